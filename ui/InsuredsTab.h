#pragma once

#include "Session.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace agencydesk {

class InsuredDetailWidget;
class InsuredListModel;

/// The Insureds tab: the paged list (sortable, filtered by status) and the selected insured's details.
class InsuredsTab : public QWidget
{
    Q_OBJECT
public:
    explicit InsuredsTab(const Session& session, QWidget* parent = nullptr);

    /// Selects \a insuredId in the list when it is loaded there, and shows its details in any case.
    void openInsured(qint64 insuredId);
    void newInsured();
    /// Another instance changed the database: refresh the list and the open insured.
    void refresh();

    InsuredListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    InsuredDetailWidget* detail() const { return m_detail; }

signals:
    void insuredShown(qint64 insuredId, const QString& name);

private:
    void onCurrentRowChanged();
    void toggleActive();
    void updateButtons();
    void updateCount();
    void reselect(qint64 insuredId);

    const Session& m_session;
    InsuredListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QComboBox* m_statusCombo = nullptr;
    QLabel* m_countLabel = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_activeButton = nullptr;
    QSplitter* m_splitter = nullptr;
    InsuredDetailWidget* m_detail = nullptr;
};

} // namespace agencydesk
