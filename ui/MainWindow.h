#pragma once

#include "Session.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QTabWidget;

namespace agencydesk {

class BackgroundIntegrityCheck;
class CertificatesTab;
class ChangeWatcher;
class DocumentsTab;
class DownloadImportController;
class InsuredsTab;
class MailSenderThread;
class RenewalsTab;
class RequestsTab;
class SuperSearchLineEdit;
class UnattachedDownloadsWidget;

/// The main window: super search, the Insureds / Documents / Certificates / Requests / Renewals tabs, menus.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Session session, QWidget* parent = nullptr);
    ~MainWindow() override;

    const Session& session() const { return m_session; }
    InsuredsTab* insuredsTab() const { return m_insuredsTab; }
    CertificatesTab* certificatesTab() const { return m_certificatesTab; }
    DocumentsTab* documentsTab() const { return m_documentsTab; }
    RequestsTab* requestsTab() const { return m_requestsTab; }
    RenewalsTab* renewalsTab() const { return m_renewalsTab; }
    SuperSearchLineEdit* superSearch() const { return m_search; }
    QTabWidget* tabs() const { return m_tabs; }
    ChangeWatcher* changeWatcher() const { return m_watcher; }
    /// The background sender of the outbox (started with the window; stopped when it closes).
    MailSenderThread* mailSender() const { return m_mailSender; }
    void showMailSettings();
    void showOutbox();
    DownloadImportController* downloadImport() const { return m_downloadImport; }
    UnattachedDownloadsWidget* unattachedDownloads() const { return m_unattached; }
    QDockWidget* unattachedDock() const { return m_unattachedDock; }
    /// Imports download files, folders or zips (off the UI thread, with progress and a summary).
    void importDownloads(const QStringList& paths);
    void showUnattachedDownloads();

    void openInsured(qint64 insuredId);

protected:
    void showEvent(QShowEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    /// Download files, folders and zips dropped onto the window are imported.
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    /// Files dropped onto an insured in the Insureds list go to that insured's documents.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createMenus();
    void createStatusBar();
    void createDownloads();
    void updateUnattachedCount(int count);
    void updateWatchFolder(const QString& folder);
    void updateRequestsTitle(int pending);
    void onInsuredShown(qint64 insuredId, const QString& name);
    void showAbout();
    void startIntegrityCheck();

    Session m_session;
    QTabWidget* m_tabs = nullptr;
    InsuredsTab* m_insuredsTab = nullptr;
    DocumentsTab* m_documentsTab = nullptr;
    CertificatesTab* m_certificatesTab = nullptr;
    RequestsTab* m_requestsTab = nullptr;
    RenewalsTab* m_renewalsTab = nullptr;
    SuperSearchLineEdit* m_search = nullptr;
    ChangeWatcher* m_watcher = nullptr;
    BackgroundIntegrityCheck* m_integrityCheck = nullptr;
    MailSenderThread* m_mailSender = nullptr;
    QLabel* m_mailStatus = nullptr;
    DownloadImportController* m_downloadImport = nullptr;
    QDockWidget* m_unattachedDock = nullptr;
    UnattachedDownloadsWidget* m_unattached = nullptr;
    QAction* m_unattachedAction = nullptr;
    QAction* m_watchAction = nullptr;
    QLabel* m_watchLabel = nullptr;
    bool m_viewStateRestored = false;
};

} // namespace agencydesk
