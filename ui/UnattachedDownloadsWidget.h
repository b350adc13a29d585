#pragma once

#include "DownloadMatcher.h"
#include "Session.h"
#include "UnattachedDownloadService.h"

#include <QWidget>

#include <vector>

class QAbstractItemView;
class QLabel;
class QPushButton;
class QTableWidget;

namespace agencydesk {

class UnattachedDownloadList;

/// Unattached downloads: the policies no insured was found for, the insured the download names beside the
/// ranked suggestions (score and why), and what a CSR does with one: Attach to the chosen suggestion, drag it onto
/// an insured in the Insureds list, or Create insured from download.
class UnattachedDownloadsWidget : public QWidget
{
    Q_OBJECT
public:
    enum SuggestionColumn
    {
        Score,
        Name,
        Address,
        Why,
        SuggestionColumnCount
    };

    explicit UnattachedDownloadsWidget(const Session& session, QWidget* parent = nullptr);

    /// Tall enough for the download's details beside its suggestions when the panel first opens.
    QSize sizeHint() const override { return {1000, 340}; }

    void reload();
    int count() const { return static_cast<int>(m_items.size()); }
    /// Selects the download of \a policyId; false when it is not in the list.
    bool selectPolicy(qint64 policyId);
    /// Attaches the download \a policyId to \a insuredId; says why not (a message) and returns false when refused.
    bool attach(qint64 policyId, qint64 insuredId);
    /// Lets downloads be dropped onto the insureds of \a insuredsView (an InsuredListModel view).
    void acceptDropsOn(QAbstractItemView* insuredsView);

    UnattachedDownloadList* list() const { return m_list; }
    QTableWidget* suggestions() const { return m_suggestions; }
    QLabel* detailsLabel() const { return m_details; }
    QPushButton* attachButton() const { return m_attachButton; }
    QPushButton* createButton() const { return m_createButton; }
    QPushButton* openButton() const { return m_openButton; }

signals:
    void countChanged(int count);
    /// A download went to an insured (attached, or a new insured made from it).
    void attached(qint64 insuredId, const QString& message);
    void openInsuredRequested(qint64 insuredId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const UnattachedDownload* selected() const;
    qint64 selectedSuggestion() const;
    void showSelected();
    void attachToSuggestion();
    void createInsured();
    void updateButtons();

    const Session& m_session;
    std::vector<UnattachedDownload> m_items;
    QAbstractItemView* m_dropView = nullptr;
    QLabel* m_summary = nullptr;
    UnattachedDownloadList* m_list = nullptr;
    QLabel* m_details = nullptr;
    QTableWidget* m_suggestions = nullptr;
    QPushButton* m_attachButton = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_createButton = nullptr;
};

} // namespace agencydesk
