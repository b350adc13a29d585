#pragma once

#include "Session.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QTabWidget;

namespace agencydesk {

class BackgroundIntegrityCheck;
class CertificatesTab;
class ChangeWatcher;
class InsuredsTab;
class MailSenderThread;
class PlaceholderTab;
class SuperSearchLineEdit;

/// The main window: super search, the Insureds / Documents / Certificates / Requests tabs, menus.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Session session, QWidget* parent = nullptr);
    ~MainWindow() override;

    const Session& session() const { return m_session; }
    InsuredsTab* insuredsTab() const { return m_insuredsTab; }
    CertificatesTab* certificatesTab() const { return m_certificatesTab; }
    SuperSearchLineEdit* superSearch() const { return m_search; }
    QTabWidget* tabs() const { return m_tabs; }
    ChangeWatcher* changeWatcher() const { return m_watcher; }
    /// The background sender of the outbox (started with the window; stopped when it closes).
    MailSenderThread* mailSender() const { return m_mailSender; }
    void showMailSettings();
    void showOutbox();

    void openInsured(qint64 insuredId);

protected:
    void showEvent(QShowEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createStatusBar();
    void onInsuredShown(qint64 insuredId, const QString& name);
    void showAbout();
    void startIntegrityCheck();

    Session m_session;
    QTabWidget* m_tabs = nullptr;
    InsuredsTab* m_insuredsTab = nullptr;
    PlaceholderTab* m_documentsTab = nullptr;
    CertificatesTab* m_certificatesTab = nullptr;
    PlaceholderTab* m_requestsTab = nullptr;
    SuperSearchLineEdit* m_search = nullptr;
    ChangeWatcher* m_watcher = nullptr;
    BackgroundIntegrityCheck* m_integrityCheck = nullptr;
    MailSenderThread* m_mailSender = nullptr;
    QLabel* m_mailStatus = nullptr;
    bool m_viewStateRestored = false;
};

} // namespace agencydesk
