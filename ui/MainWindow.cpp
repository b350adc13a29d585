#include "MainWindow.h"

#include "AboutDialog.h"
#include "ActionIcons.h"
#include "AgencyProfileDialog.h"
#include "AppIcon.h"
#include "BackgroundIntegrityCheck.h"
#include "CarriersDialog.h"
#include "CertificatesTab.h"
#include "ChangeWatcher.h"
#include "Database.h"
#include "DocumentsTab.h"
#include "DownloadImportController.h"
#include "FileDialog.h"
#include "InsuredDetailWidget.h"
#include "InsuredListModel.h"
#include "InsuredsTab.h"
#include "LanguageDialog.h"
#include "MailSenderThread.h"
#include "MailSettingsDialog.h"
#include "MailTemplatesDialog.h"
#include "MessageBox.h"
#include "OutboxDialog.h"
#include "PoliciesWidget.h"
#include "RejectionReasonsDialog.h"
#include "RenewalRunController.h"
#include "RenewalsTab.h"
#include "RequestsTab.h"
#include "ShortcutsDialog.h"
#include "SuperSearchLineEdit.h"
#include "UnattachedDownloadList.h"
#include "UnattachedDownloadsWidget.h"
#include "UsersDialog.h"
#include "ViewStateStore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QShortcut>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>

namespace agencydesk {

namespace {

QStringList localPaths(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

MainWindow::MainWindow(Session session, QWidget* parent) : QMainWindow(parent), m_session(std::move(session))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("AgencyDesk"));
    setWindowIcon(appIcon());

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabWidget"));
    m_tabs->setDocumentMode(true);
    m_insuredsTab = new InsuredsTab(m_session, m_tabs);
    m_documentsTab = new DocumentsTab(m_session, m_tabs);
    m_certificatesTab = new CertificatesTab(m_session, m_tabs);
    m_requestsTab = new RequestsTab(m_session, m_tabs);
    m_tabs->addTab(m_insuredsTab, tr("&Insureds"));
    m_tabs->addTab(m_documentsTab, tr("&Documents"));
    m_tabs->addTab(m_certificatesTab, tr("&Certificates"));
    m_tabs->addTab(m_requestsTab, tr("&Requests"));
    m_renewalsTab = new RenewalsTab(m_session, m_tabs);
    m_tabs->addTab(m_renewalsTab, tr("Re&newals"));
    connect(m_renewalsTab, &RenewalsTab::openInsuredRequested, this, &MainWindow::openInsured);
    updateRequestsTitle(m_requestsTab->pendingCount());
    connect(m_requestsTab, &RequestsTab::pendingCountChanged, this, &MainWindow::updateRequestsTitle);
    setCentralWidget(m_tabs);

    m_search = new SuperSearchLineEdit(m_session, this);
    auto* toolbar = addToolBar(tr("Search"));
    toolbar->setObjectName(QStringLiteral("searchToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon); // "Unattached downloads (N)": the count is the point
    toolbar->setIconSize(QSize(16, 16));                       // as on the tabs' buttons and tool bars
    toolbar->addWidget(new QLabel(tr("Find: "), toolbar));
    m_search->addAction(actionIcon(ActionIcon::Search), QLineEdit::LeadingPosition);
    toolbar->addWidget(m_search);
    auto* focusSearch = new QShortcut(QKeySequence::Find, this);
    focusSearch->setWhatsThis(tr("Find an insured or a policy (super search)"));
    connect(focusSearch, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_search, &SuperSearchLineEdit::insuredActivated, this, &MainWindow::openInsured);
    connect(m_insuredsTab, &InsuredsTab::insuredShown, this, &MainWindow::onInsuredShown);

    // Files dropped onto an insured or one of its policies become documents. Installed before createDownloads(), so
    // the unattached-downloads filter (installed later, called first) sees a dragged download before this one.
    m_insuredsTab->view()->viewport()->setAcceptDrops(true);
    m_insuredsTab->view()->viewport()->installEventFilter(this);
    QWidget* policies = m_insuredsTab->detail()->policiesWidget()->table()->viewport();
    policies->setAcceptDrops(true);
    policies->installEventFilter(this);
    createDownloads();
    createMenus();
    createStatusBar();
    connect(m_downloadImport, &DownloadImportController::watchFolderChanged, this, &MainWindow::updateWatchFolder);
    connect(m_downloadImport, &DownloadImportController::watchProblem, this,
            [this](const QString& message) { statusBar()->showMessage(message, 15000); });
    if (Status s = m_downloadImport->restoreWatchFolder(); !s)
        statusBar()->showMessage(tr("The download folder is no longer watched: %1").arg(s.error().message), 15000);
    toolbar->addSeparator();
    toolbar->addAction(m_unattachedAction);

    m_watcher = new ChangeWatcher(m_session.db, 1000, this);
    connect(m_watcher, &ChangeWatcher::databaseChanged, m_insuredsTab, &InsuredsTab::refresh);
    connect(m_watcher, &ChangeWatcher::databaseChanged, m_certificatesTab, &CertificatesTab::reload);
    connect(m_watcher, &ChangeWatcher::databaseChanged, m_unattached, &UnattachedDownloadsWidget::reload);
    connect(m_watcher, &ChangeWatcher::databaseChanged, m_documentsTab, &DocumentsTab::reload);
    connect(m_watcher, &ChangeWatcher::databaseChanged, m_requestsTab, &RequestsTab::reload);
    connect(m_requestsTab, &RequestsTab::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_watcher, &ChangeWatcher::databaseChanged, m_renewalsTab, [this] {
        if (m_renewalsTab->isVisible())
            m_renewalsTab->reload();
    });
    connect(m_renewalsTab, &RenewalsTab::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_documentsTab, &DocumentsTab::documentsAdded, this, [this](int added, int refused) {
        statusBar()->showMessage(refused == 0 ? tr("Added %n document file(s).", nullptr, added)
                                              : tr("Added %1 document file(s), %2 refused.").arg(added).arg(refused),
                                 8000);
    });
    connect(m_certificatesTab, &CertificatesTab::certificatesIssued, this, [this](const QStringList& numbers) {
        statusBar()->showMessage(tr("Issued %1.").arg(numbers.join(QStringLiteral(", "))), 8000);
    });
    resize(1280, 800);

    // Sends the outbox in its own thread on its own connection; the status bar shows what it last did.
    m_mailSender = new MailSenderThread(m_session.database().path(), 30, this);
    connect(m_mailSender, &MailSenderThread::ran, this,
            [this](int sent, int waiting, int failed, const QString& lastError) {
                QString text = waiting > 0 ? tr("Outbox: %n waiting", nullptr, waiting) : QString();
                if (failed > 0)
                    text += (text.isEmpty() ? QString() : QStringLiteral(", ")) + tr("%n failed", nullptr, failed);
                m_mailStatus->setText(text);
                m_mailStatus->setToolTip(lastError);
                if (sent > 0)
                    statusBar()->showMessage(tr("Sent %n email(s).", nullptr, sent), 5000);
            });
    m_mailSender->start(QThread::LowPriority);
    connect(m_requestsTab, &RequestsTab::emailsQueued, m_mailSender, &MailSenderThread::wake);
    connect(m_certificatesTab, &CertificatesTab::emailsQueued, m_mailSender, &MailSenderThread::wake);
    // A renewal run queues renewal certificates by email: send them now rather than at the next poll.
    for (RenewalRunController* runs :
         {m_renewalsTab->runController(), m_insuredsTab->detail()->policiesWidget()->renewalRunController()})
        connect(runs, &RenewalRunController::runFinished, m_mailSender, &MailSenderThread::wake);
    connect(m_certificatesTab, &CertificatesTab::lapsedLinesRemoved, m_renewalsTab->runController(),
            &RenewalRunController::followUp);

    if (m_session.db->integrityCheckPending())
        startIntegrityCheck();
}

void MainWindow::startIntegrityCheck()
{
    statusBar()->showMessage(tr("Checking the database in the background…"));
    m_integrityCheck = new BackgroundIntegrityCheck(m_session.db, this);
    connect(m_integrityCheck, &BackgroundIntegrityCheck::finished, this, [this](const QStringList& problems) {
        if (problems.isEmpty()) {
            statusBar()->showMessage(tr("Database check passed."), 5000);
            return;
        }
        statusBar()->showMessage(tr("The database check found problems."));
        MessageBox::warning(
            this, tr("The database is damaged"),
            tr("The integrity check of %1 found problems:\n\n%2\n\nStop working in this file and "
               "restore a backup (ask your manager).")
                .arg(QDir::toNativeSeparators(m_session.db->path()), problems.mid(0, 5).join(QLatin1Char('\n'))));
    });
    m_integrityCheck->start();
}

MainWindow::~MainWindow()
{
    // Stop the sender before the session's connection goes; it finishes the message in hand first.
    delete m_mailSender;
}

void MainWindow::showMailSettings()
{
    MailSettingsDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        m_mailSender->wake();
}

void MainWindow::showOutbox()
{
    OutboxDialog dialog(m_session, this);
    dialog.setSendNow([this] { m_mailSender->wake(); });
    dialog.exec();
}

void MainWindow::createDownloads()
{
    m_downloadImport = new DownloadImportController(m_session, this);
    connect(m_downloadImport, &DownloadImportController::finished, this, [this](const DownloadImportSummary& summary) {
        m_unattached->reload();
        m_insuredsTab->refresh();
        statusBar()->showMessage(tr("Imported downloads: %1 imported, %2 updated, %3 unattached, %4 failed.")
                                     .arg(summary.count(&DownloadFileOutcome::imported))
                                     .arg(summary.count(&DownloadFileOutcome::updated))
                                     .arg(summary.count(&DownloadFileOutcome::unattached))
                                     .arg(summary.failed()),
                                 8000);
    });
    connect(m_downloadImport, &DownloadImportController::showUnattachedRequested, this,
            &MainWindow::showUnattachedDownloads);

    m_unattachedDock = new QDockWidget(tr("Unattached downloads"), this);
    m_unattachedDock->setObjectName(QStringLiteral("unattachedDownloadsDock"));
    m_unattached = new UnattachedDownloadsWidget(m_session, m_unattachedDock);
    m_unattachedDock->setWidget(m_unattached);
    // Below the Insureds list, so a download can be dragged up onto its insured.
    addDockWidget(Qt::BottomDockWidgetArea, m_unattachedDock);
    m_unattachedDock->hide();
    m_unattached->acceptDropsOn(m_insuredsTab->view());
    connect(m_unattached, &UnattachedDownloadsWidget::countChanged, this, &MainWindow::updateUnattachedCount);
    connect(m_unattached, &UnattachedDownloadsWidget::attached, this, [this](qint64, const QString& message) {
        m_insuredsTab->refresh();
        statusBar()->showMessage(message, 8000);
    });
    connect(m_unattached, &UnattachedDownloadsWidget::openInsuredRequested, this, &MainWindow::openInsured);
    connect(m_insuredsTab->detail()->policiesWidget(), &PoliciesWidget::policiesChanged, m_unattached,
            &UnattachedDownloadsWidget::reload);
    setAcceptDrops(true);
}

void MainWindow::updateUnattachedCount(int count)
{
    if (m_unattachedAction)
        m_unattachedAction->setText(count > 0 ? tr("&Unattached downloads (%1)").arg(count)
                                              : tr("&Unattached downloads"));
}

void MainWindow::updateRequestsTitle(int pending)
{
    const int index = m_tabs->indexOf(m_requestsTab);
    m_tabs->setTabText(index, pending > 0 ? tr("&Requests (%1)").arg(pending) : tr("&Requests"));
    m_tabs->setTabToolTip(index, tr("Certificate requests: %1 new or in progress").arg(pending));
}

void MainWindow::updateWatchFolder(const QString& folder)
{
    m_watchAction->setChecked(!folder.isEmpty());
    m_watchLabel->setVisible(!folder.isEmpty());
    m_watchLabel->setText(tr("Watching %1").arg(QDir::toNativeSeparators(folder)));
    m_watchLabel->setToolTip(
        tr("Downloads saved into %1 are imported as they arrive, then moved to its Imported or Failed folder.")
            .arg(QDir::toNativeSeparators(folder)));
}

void MainWindow::importDownloads(const QStringList& paths)
{
    if (m_downloadImport->isRunning()) {
        MessageBox::information(this, tr("Import downloads"),
                                tr("Downloads are still being imported; try again when they are done."));
        return;
    }
    m_downloadImport->importPaths(paths);
}

void MainWindow::showUnattachedDownloads()
{
    m_unattached->reload();
    if (!m_unattachedDock->isVisible()) {
        m_unattachedDock->show();
        // Once the dock is laid out: tall enough for the download's details beside its suggestions.
        QMetaObject::invokeMethod(
            this, [this] { resizeDocks({m_unattachedDock}, {qMax(330, height() * 2 / 5)}, Qt::Vertical); },
            Qt::QueuedConnection);
    }
    m_unattachedDock->raise();
    m_tabs->setCurrentWidget(m_insuredsTab); // the drop target for a download
    m_unattached->list()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!DownloadImportController::downloadPaths(localPaths(event->mimeData())).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent* event)
{
    if (!DownloadImportController::downloadPaths(localPaths(event->mimeData())).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    // PDFs and other documents are not downloads: they are left to the Documents tab.
    const QStringList paths = DownloadImportController::downloadPaths(localPaths(event->mimeData()));
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop returns: the import's progress dialog must not run inside the drag's event loop.
    QMetaObject::invokeMethod(
        this, [this, paths] { importDownloads(paths); }, Qt::QueuedConnection);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    QTableWidget* policies = m_insuredsTab->detail()->policiesWidget()->table();
    const bool onInsureds = watched == m_insuredsTab->view()->viewport();
    const bool onPolicies = watched == policies->viewport();
    const QEvent::Type type = event->type();
    if ((!onInsureds && !onPolicies) || (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop))
        return QMainWindow::eventFilter(watched, event);
    auto* drop = static_cast<QDropEvent*>(event);
    if (onPolicies) {
        // A policy row of the insured shown: that insured's documents, with the policy chosen.
        const QTableWidgetItem* item =
            policies->item(policies->rowAt(drop->position().toPoint().y()), PoliciesWidget::Number);
        const QStringList paths = DocumentsTab::localFiles(drop->mimeData());
        if (!item || paths.isEmpty() || !roleMay(m_session.user.role, Operation::DocumentAdd)) {
            drop->ignore();
            return true;
        }
        drop->acceptProposedAction();
        if (type == QEvent::Drop) {
            m_tabs->setCurrentWidget(m_documentsTab);
            m_documentsTab->addFiles(paths, item->data(Qt::UserRole).toLongLong());
        }
        return true;
    }
    const QModelIndex index = m_insuredsTab->view()->indexAt(drop->position().toPoint());
    const QStringList paths = DocumentsTab::localFiles(drop->mimeData());
    if (!index.isValid() || paths.isEmpty() || !roleMay(m_session.user.role, Operation::DocumentAdd)) {
        drop->ignore();
        return true;
    }
    drop->acceptProposedAction();
    if (type == QEvent::Drop) {
        openInsured(index.data(InsuredListModel::IdRole).toLongLong());
        m_tabs->setCurrentWidget(m_documentsTab);
        m_documentsTab->addFiles(paths);
    }
    return true;
}

void MainWindow::openInsured(qint64 insuredId)
{
    m_tabs->setCurrentWidget(m_insuredsTab);
    m_insuredsTab->openInsured(insuredId);
}

void MainWindow::onInsuredShown(qint64 insuredId, const QString& name)
{
    m_documentsTab->setInsured(insuredId, name);
    m_certificatesTab->setInsured(insuredId, name);
    setWindowTitle(insuredId == 0 ? tr("AgencyDesk") : tr("%1 — AgencyDesk").arg(name));
}

void MainWindow::createMenus()
{
    const Role role = m_session.user.role;
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newInsured = file->addAction(tr("&New insured…"), this, [this] {
        openInsured(0);
        m_insuredsTab->newInsured();
    });
    newInsured->setObjectName(QStringLiteral("newInsuredAction"));
    newInsured->setIcon(actionIcon(ActionIcon::UserAdd));
    newInsured->setShortcut(QKeySequence::New);
    newInsured->setEnabled(roleMay(role, Operation::InsuredCreate));
    QAction* language = file->addAction(tr("&Language…"), this, [this] {
        LanguageDialog dialog(this);
        dialog.exec();
    });
    language->setObjectName(QStringLiteral("languageAction"));
    language->setIcon(actionIcon(ActionIcon::Language));
    file->addSeparator();
    const bool mayImport = roleMay(role, Operation::DownloadImport);
    QAction* importFiles = file->addAction(tr("&Import downloads…"), this, [this] {
        const QStringList paths =
            FileDialog::getOpenFileNames(this, tr("Import downloads"), FileDialog::lastFolder(),
                                         tr("Carrier downloads (*.xml *.al3 *.dat *.txt *.zip);;All files (*)"));
        if (!paths.isEmpty())
            importDownloads(paths);
    });
    importFiles->setObjectName(QStringLiteral("importDownloadsAction"));
    importFiles->setIcon(actionIcon(ActionIcon::Import));
    importFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    importFiles->setToolTip(tr("Import ACORD XML, CSIO XML or AL3 downloads, or a .zip of them"));
    importFiles->setEnabled(mayImport);
    QAction* importFolder = file->addAction(tr("Import downloads from a &folder…"), this, [this] {
        const QString folder =
            FileDialog::getExistingDirectory(this, tr("Import the downloads in a folder"), FileDialog::lastFolder());
        if (!folder.isEmpty())
            importDownloads({folder});
    });
    importFolder->setObjectName(QStringLiteral("importDownloadsFolderAction"));
    importFolder->setIcon(actionIcon(ActionIcon::ImportFolder));
    importFolder->setEnabled(mayImport);
    QAction* watch = file->addAction(tr("&Watch a download folder…"));
    watch->setObjectName(QStringLiteral("watchDownloadFolderAction"));
    watch->setIcon(actionIcon(ActionIcon::WatchFolder));
    watch->setCheckable(true);
    watch->setEnabled(mayImport);
    watch->setToolTip(tr("Import what the carriers' download software saves into a folder, as it arrives"));
    connect(watch, &QAction::triggered, this, [this](bool on) {
        QString folder;
        if (on) {
            folder = FileDialog::getExistingDirectory(this, tr("Watch a download folder"), FileDialog::lastFolder());
            if (folder.isEmpty()) {
                updateWatchFolder(m_downloadImport->watchFolder());
                return;
            }
        }
        if (Status s = m_downloadImport->setWatchFolder(folder); !s) {
            MessageBox::showError(this, tr("The folder is not watched."), s.error());
            updateWatchFolder(m_downloadImport->watchFolder());
        }
    });
    m_watchAction = watch;
    m_unattachedAction = file->addAction(tr("&Unattached downloads"), this, &MainWindow::showUnattachedDownloads);
    m_unattachedAction->setObjectName(QStringLiteral("unattachedDownloadsAction"));
    m_unattachedAction->setIcon(actionIcon(ActionIcon::Inbox));
    m_unattachedAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    updateUnattachedCount(m_unattached->count());
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setIcon(actionIcon(ActionIcon::Quit));
    // Windows has no standard Quit key (Alt+F4 closes the window): Ctrl+Q there too.
    const QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    quit->setShortcuts(quitKeys.isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Q)} : quitKeys);

    QMenu* agency = menuBar()->addMenu(tr("&Agency"));
    QAction* profile = agency->addAction(tr("Agency &profile…"), this, [this] {
        AgencyProfileDialog dialog(m_session, this);
        dialog.exec();
    });
    profile->setObjectName(QStringLiteral("agencyProfileAction"));
    profile->setIcon(actionIcon(ActionIcon::Agency));
    QAction* users = agency->addAction(tr("&Users…"), this, [this] {
        UsersDialog dialog(m_session, this);
        dialog.exec();
    });
    users->setObjectName(QStringLiteral("usersAction"));
    users->setIcon(actionIcon(ActionIcon::Users));
    users->setEnabled(roleMay(role, Operation::UserAdd));
    QAction* carriers = agency->addAction(tr("&Carriers…"), this, [this] {
        CarriersDialog dialog(m_session, this);
        dialog.exec();
    });
    carriers->setObjectName(QStringLiteral("carriersAction"));
    carriers->setIcon(actionIcon(ActionIcon::Carrier));
    agency->addSeparator();
    QAction* mail = agency->addAction(tr("&Mail settings…"), this, &MainWindow::showMailSettings);
    mail->setObjectName(QStringLiteral("mailSettingsAction"));
    mail->setIcon(actionIcon(ActionIcon::Settings));
    QAction* templates = agency->addAction(tr("Email &templates…"), this, [this] {
        MailTemplatesDialog dialog(m_session, this);
        dialog.exec();
    });
    templates->setObjectName(QStringLiteral("mailTemplatesAction"));
    templates->setIcon(actionIcon(ActionIcon::Template));
    QAction* outbox = agency->addAction(tr("&Outbox…"), this, &MainWindow::showOutbox);
    outbox->setObjectName(QStringLiteral("outboxAction"));
    outbox->setIcon(actionIcon(ActionIcon::Outbox));
    agency->addSeparator();
    QAction* reasons = agency->addAction(tr("&Rejection reasons…"), this, [this] {
        RejectionReasonsDialog dialog(m_session, this);
        dialog.exec();
    });
    reasons->setObjectName(QStringLiteral("rejectionReasonsAction"));
    reasons->setIcon(actionIcon(ActionIcon::List));
    reasons->setToolTip(tr("The reasons a certificate request is rejected with (managers edit them)"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* shortcuts = help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        ShortcutsDialog dialog(this, this);
        dialog.exec();
    });
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setIcon(actionIcon(ActionIcon::Keyboard));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    QAction* about = help->addAction(tr("&About AgencyDesk"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setIcon(actionIcon(ActionIcon::About));
}

void MainWindow::createStatusBar()
{
    auto* path = new QLabel(QDir::toNativeSeparators(m_session.database().path()), this);
    path->setObjectName(QStringLiteral("databasePathLabel"));
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* mode = new QLabel(m_session.database().isShared() ? tr("Shared") : tr("Local"), this);
    mode->setObjectName(QStringLiteral("databaseModeLabel"));
    mode->setToolTip(m_session.database().isShared() ? tr("A shared database on a network folder")
                                                     : tr("A database on this computer"));
    auto* user = new QLabel(
        tr("%1 (%2)").arg(m_session.user.fullName.isEmpty() ? m_session.user.userName : m_session.user.fullName,
                          roleDisplayNameTr(m_session.user.role)),
        this);
    user->setObjectName(QStringLiteral("userLabel"));
    m_mailStatus = new QLabel(this);
    m_mailStatus->setObjectName(QStringLiteral("mailStatusLabel"));
    m_watchLabel = new QLabel(this);
    m_watchLabel->setObjectName(QStringLiteral("watchFolderLabel"));
    m_watchLabel->hide();
    statusBar()->addWidget(path, 1);
    statusBar()->addPermanentWidget(m_watchLabel);
    statusBar()->addPermanentWidget(m_mailStatus);
    statusBar()->addPermanentWidget(mode);
    statusBar()->addPermanentWidget(user);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_session.database(), this);
    dialog.exec();
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (!m_viewStateRestored) {
        m_viewStateRestored = true;
        ViewStateStore(m_session.user.userName).restore(this);
        // Again, now that every other filter on the Insureds list is installed: the last installed sees a
        // dragged download first (the others may take every drag they see).
        m_unattached->acceptDropsOn(m_insuredsTab->view());
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    ViewStateStore(m_session.user.userName).save(this);
    QMainWindow::closeEvent(event);
}

} // namespace agencydesk
