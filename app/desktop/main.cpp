// AgencyDesk desktop: opens (or creates) the database, logs the CSR in, shows the main window.
#include "AgencyService.h"
#include "AppIcon.h"
#include "Database.h"
#include "DemoData.h"
#include "FirstRunDialog.h"
#include "LanguageLoader.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "SecretStore.h"
#include "UserService.h"
#include "Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <optional>

using namespace agencydesk;

namespace {

/// Errors always go to stderr; a dialog too, unless nobody can see one (offscreen / minimal platforms).
int fail(const QString& title, const QString& message)
{
    std::fprintf(stderr, "agencydesk: %s\n", qUtf8Printable(message));
    const QString platform = QGuiApplication::platformName();
    if (platform != QLatin1String("offscreen") && platform != QLatin1String("minimal"))
        MessageBox::critical(nullptr, title, message);
    return 1;
}

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("agencydesk.sqlite"));
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AgencyDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("agencydesk.com"));
    QCoreApplication::setApplicationName(QStringLiteral("AgencyDesk"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(agencydesk::version::kVersion));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("AgencyDesk"));
    QGuiApplication::setDesktopFileName(QStringLiteral("com.agencydesk.AgencyDesk"));
    QApplication::setWindowIcon(appIcon());
    // Before any text is made: the user's language (File › Language), else the system's.
    LanguageLoader::installSaved();
    // The SMTP password goes to the system keychain when this computer has one (on the main thread, before the
    // outbox sender's thread asks for it); otherwise the labelled fallback in the database.
    useSystemKeychain();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Agency management for insurance CSRs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QCoreApplication::translate("main", "Open the database at <path>."),
                                            QStringLiteral("path"));
    const QCommandLineOption sharedOption(
        QStringLiteral("shared"),
        QCoreApplication::translate("main", "Open in shared mode (a file on a network folder used by several PCs)."));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Create a demo book when the database is new, and log in as maria."));
    const QCommandLineOption userOption(
        QStringLiteral("user"),
        QCoreApplication::translate("main", "Log in as <name> with the password in AGENCYDESK_PASSWORD."),
        QStringLiteral("name"));
    const QCommandLineOption quitAfterOption(
        QStringLiteral("quit-after"),
        QCoreApplication::translate("main", "Close the main window after <ms> milliseconds (installation checks)."),
        QStringLiteral("ms"));
    parser.addOptions({databaseOption, sharedOption, demoOption, userOption, quitAfterOption});
    parser.process(app);

    const QString path = parser.isSet(databaseOption) ? QFileInfo(parser.value(databaseOption)).absoluteFilePath()
                                                      : defaultDatabasePath();
    const QString title = QCoreApplication::translate("main", "AgencyDesk cannot open the database");
    if (!QFileInfo(path).absoluteDir().exists())
        return fail(title, QCoreApplication::translate("main", "The folder %1 does not exist.")
                               .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));

    OpenOptions options;
    if (parser.isSet(sharedOption))
        options.shared = 1;
    auto opened = Database::open(path, options);
    if (!opened)
        return fail(title, QStringLiteral("%1\n\n%2").arg(QDir::toNativeSeparators(path), opened.error().message));
    std::shared_ptr<Database> db = *opened;

    std::optional<Session> session;
    if (parser.isSet(demoOption) && AgencyService::needsSetup(*db)) {
        auto demo = DemoData::createDemoDatabase(db);
        if (!demo)
            return fail(title, QCoreApplication::translate("main", "The demo database could not be created: %1")
                                   .arg(demo.error().message));
        session = *demo;
    }

    if (!session && (parser.isSet(userOption) || parser.isSet(demoOption)) && !AgencyService::needsSetup(*db)) {
        const QString user = parser.isSet(userOption) ? parser.value(userOption) : QStringLiteral("maria");
        const QString password =
            parser.isSet(userOption) ? qEnvironmentVariable("AGENCYDESK_PASSWORD") : DemoData::demoPassword();
        auto loggedIn = AuthService(db).login(user, password);
        if (!loggedIn)
            return fail(QCoreApplication::translate("main", "AgencyDesk cannot log in"), loggedIn.error().message);
        session = *loggedIn;
    }

    if (!session && AgencyService::needsSetup(*db)) {
        FirstRunDialog dialog(db);
        if (dialog.exec() != QDialog::Accepted || !dialog.session())
            return 0;
        session = *dialog.session();
    }
    if (!session) {
        LoginDialog dialog(db);
        if (dialog.exec() != QDialog::Accepted || !dialog.session())
            return 0;
        session = *dialog.session();
    }

    MainWindow window(*session);
    window.show();
    if (parser.isSet(quitAfterOption))
        QTimer::singleShot(parser.value(quitAfterOption).toInt(), &window, &QWidget::close);
    return QApplication::exec();
}
