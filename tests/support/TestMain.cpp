#define CATCH_CONFIG_RUNNER
#include "CatchCompat.h"

#ifdef AGENCYDESK_TEST_WIDGETS
#include <QApplication>
#else
#include <QGuiApplication>
#endif
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

// Catch2 v2 discovers tests by running this binary without CTest's environment: without a display
// QApplication would abort and zero tests would register, so default to the offscreen platform.
int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Messages and number formats are asserted in English whatever the machine's locale; child processes
    // (the CLI) inherit this.
    qputenv("LANG", "C.UTF-8");
    qputenv("LC_ALL", "C.UTF-8");
    qputenv("QT_LOGGING_RULES", "agencydesk.*.warning=true");
    QStandardPaths::setTestModeEnabled(true);
#ifdef AGENCYDESK_TEST_WIDGETS
    QApplication app(argc, argv);
#else
    QGuiApplication app(argc, argv);
#endif
    QCoreApplication::setOrganizationName(QStringLiteral("AgencyDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("agencydesk-tests"));
    // Each test process gets settings of its own (remembered layouts, the last user name), so no test sees
    // what an earlier one left behind.
    const QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    return Catch::Session().run(argc, argv);
}
