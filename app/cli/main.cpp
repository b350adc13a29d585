#include "Cli.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // Same names as the desktop app, so both find the same default database (AppDataLocation).
    QCoreApplication::setOrganizationName(QStringLiteral("AgencyDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("agencydesk.example"));
    QCoreApplication::setApplicationName(QStringLiteral("AgencyDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AGENCYDESK_VERSION));
    return agencydesk::cli::run(QCoreApplication::arguments());
}
