#pragma once

#include "Session.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTableView;

namespace agencydesk {

class CertificateLogModel;
struct IssuedCertificate;

/// The certificate log of an insured (every master) or of one holder: number, revision, holder, when, by whom,
/// how it went out and whether it is current. Preview, print, print preview, save as PDF (the stored bytes) and
/// re-issue act on the selected certificate; actions the user's role may not take are disabled (core still checks).
class CertificateLogWidget : public QWidget
{
    Q_OBJECT
public:
    explicit CertificateLogWidget(const Session& session, QWidget* parent = nullptr);

    void showInsured(qint64 insuredId); ///< every certificate of the insured's masters
    void showHolder(qint64 holderId);   ///< one holder's certificates
    void reload();
    QString selectedNumber() const;
    /// Selects the certificate \a number when it is listed; false otherwise.
    bool selectNumber(const QString& number);

    QTableView* view() const { return m_view; }
    CertificateLogModel* model() const { return m_model; }

    // The actions (also in the context menu), so a tab can put them in its own toolbar.
    QAction* previewAction() const { return m_previewAction; }
    QAction* printAction() const { return m_printAction; }
    QAction* printPreviewAction() const { return m_printPreviewAction; }
    QAction* saveAction() const { return m_saveAction; }
    QAction* reissueAction() const { return m_reissueAction; }
    QAction* emailAction() const { return m_emailAction; }

signals:
    /// The selection moved to a certificate, or Preview was asked for (Enter, double-click): the tab previews
    /// the stored bytes.
    void certificateSelected(const QString& number);
    void reissueRequested(qint64 masterId, qint64 holderId);

private:
    enum class Scope
    {
        None,
        Insured,
        Holder
    };
    const IssuedCertificate* selected() const;
    bool selectRow(int row);
    void updateActions();
    void preview();
    void print();
    void printPreview();
    void save();
    void reissue();
    void email();

    const Session& m_session;
    Scope m_scope = Scope::None;
    qint64 m_scopeId = 0;
    CertificateLogModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QAction* m_previewAction = nullptr;
    QAction* m_printAction = nullptr;
    QAction* m_printPreviewAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_reissueAction = nullptr;
    QAction* m_emailAction = nullptr;
    QPushButton* m_emailButton = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_printPreviewButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_reissueButton = nullptr;
};

} // namespace agencydesk
