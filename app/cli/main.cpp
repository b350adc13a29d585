#include "Cli.h"
#include "SecretStore.h"
#include "Version.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char** argv)
{
    // Rendering a certificate (also when a request is processed or submitted, and when a renewal, by hand or in an
    // imported download, re-issues certificates) needs fonts and turning a picture into a document needs QPdfWriter,
    // hence a QGuiApplication; the offscreen platform needs no display. Every other command
    // stays a plain QCoreApplication and starts as fast as before.
    bool renders = false;
    for (int i = 1; i < argc; ++i)
        renders = renders || std::strcmp(argv[i], "certificate") == 0 || std::strcmp(argv[i], "doc") == 0 ||
                  std::strcmp(argv[i], "request") == 0 || std::strcmp(argv[i], "wos") == 0 ||
                  std::strcmp(argv[i], "policy") == 0 || std::strcmp(argv[i], "renewals") == 0 ||
                  std::strcmp(argv[i], "import") == 0 || std::strcmp(argv[i], "master") == 0;
    if (renders && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Platform start-up chatter (XDG_RUNTIME_DIR, ...) must not break "an error is one line on stderr";
    // run() installs the real handler (--verbose shows the core's log).
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context, const QString& message) {
        if (type == QtFatalMsg)
            fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
    });
    std::unique_ptr<QCoreApplication> app =
        renders ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    // Same names as the desktop app, so both find the same default database (AppDataLocation).
    QCoreApplication::setOrganizationName(QStringLiteral("AgencyDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("agencydesk.example"));
    QCoreApplication::setApplicationName(QStringLiteral("AgencyDesk"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(agencydesk::version::kVersion));
    // Only the mail commands touch the SMTP password: the others do not wait for the keychain's answer.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "mail") == 0 || std::strcmp(argv[i], "outbox") == 0) {
            agencydesk::useSystemKeychain();
            break;
        }
    }
    return agencydesk::cli::run(QCoreApplication::arguments());
}
