#pragma once

#include "Certificate.h"
#include "Session.h"

#include <QList>
#include <QWidget>

#include <vector>

class QCheckBox;
class QFrame;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace agencydesk {

class CertificateIssueController;
class HolderDetailWidget;
class HolderDialog;
class HolderTableModel;
class MasterDialog;

/// The Certificates tab for the selected insured: its certificate masters, the selected master's holders with
/// their compliance, and the selected holder's compliance, preview and certificate log; Issue for the selected
/// holders. Every change goes through the certificate services (which check the role again).
class CertificatesTab : public QWidget
{
    Q_OBJECT
public:
    explicit CertificatesTab(const Session& session, QWidget* parent = nullptr);

    /// Follows the insured shown on the Insureds tab (0: none, the tab asks to pick one first).
    void setInsured(qint64 insuredId, const QString& name);
    qint64 insuredId() const { return m_insuredId; }
    /// Reads masters, holders and the detail again, keeping the selection (another user may have changed them).
    void reload();

    /// Opens the master dialog (window-modal, not blocking) for a new master or the selected one.
    MasterDialog* openMasterDialog(bool newMaster);
    /// Opens the holder dialog (window-modal, not blocking) for a new holder or the current one.
    HolderDialog* openHolderDialog(bool newHolder);
    void deleteMaster();
    void deleteHolders();
    /// Issues certificates for the selected holders of the selected master (off the UI thread, see
    /// CertificateIssueController); certificatesIssued() follows.
    void issueSelected();
    CertificateIssueController* issueController() const { return m_issueController; }

    void selectMaster(qint64 masterId);
    void selectHolder(qint64 holderId);
    qint64 currentMasterId() const;
    qint64 currentHolderId() const;
    QList<qint64> selectedHolderIds() const;
    const std::vector<CertificateMaster>& masters() const { return m_masters; }

    QListWidget* mastersList() const { return m_mastersList; }
    QTableView* holdersView() const { return m_holdersView; }
    HolderTableModel* holderModel() const { return m_holderModel; }
    HolderDetailWidget* detail() const { return m_detail; }

    /// "Notify holders…" on the lapsed-lines strip: confirm, LapseNoticeService for each lapsed policy, the result.
    void notifyLapsedHolders();

signals:
    /// Lapse notices went to the outbox (the mail sender can go now).
    void emailsQueued();
    /// Certificates were issued (their numbers), e.g. for the status bar.
    void certificatesIssued(const QStringList& numbers);
    /// Lapsed lines were taken off a master: core queued the run republishing it (keyed on \a policyId, the first
    /// line removed).
    void lapsedLinesRemoved(qint64 policyId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* createMastersBox();
    QWidget* createHoldersBox();
    void reloadMasters(qint64 keepMasterId);
    void onMasterChanged();
    void onHolderChanged();
    void showMasterSummary();
    void setMasterShared(bool shared);
    void removeLapsedLines();
    void updateButtons();
    void onIssueFinished(const QStringList& numbers);
    const CertificateMaster* currentMaster() const;

    const Session& m_session;
    qint64 m_insuredId = 0;
    QString m_insuredName;
    std::vector<CertificateMaster> m_masters;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_hintLabel = nullptr;
    QLabel* m_headerLabel = nullptr;
    QListWidget* m_mastersList = nullptr;
    QLabel* m_masterSummary = nullptr;
    QCheckBox* m_sharedCheck = nullptr;
    QFrame* m_lapsedStrip = nullptr;
    QLabel* m_lapsedLabel = nullptr;
    QPushButton* m_removeLapsedButton = nullptr;
    QPushButton* m_notifyLapsedButton = nullptr;
    QPushButton* m_newMasterButton = nullptr;
    QPushButton* m_editMasterButton = nullptr;
    QPushButton* m_deleteMasterButton = nullptr;
    QLabel* m_holdersLabel = nullptr;
    HolderTableModel* m_holderModel = nullptr;
    QTableView* m_holdersView = nullptr;
    QPushButton* m_newHolderButton = nullptr;
    QPushButton* m_editHolderButton = nullptr;
    QPushButton* m_deleteHolderButton = nullptr;
    QPushButton* m_issueButton = nullptr;
    QLabel* m_issuedLabel = nullptr;
    HolderDetailWidget* m_detail = nullptr;
    CertificateIssueController* m_issueController = nullptr;
};

} // namespace agencydesk
