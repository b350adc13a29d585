#include "TestSupport.h"

#include "AgencyService.h"
#include "UserService.h"

#include <QProcessEnvironment>

#include <stdexcept>

namespace agencydesk::test {

TestDatabase::TestDatabase()
{
    auto opened = Database::open(path());
    if (!opened)
        throw std::runtime_error(opened.error().message.toStdString());
    db = *opened;
    AgencyProfile profile;
    profile.name = QStringLiteral("Test Agency");
    profile.city = QStringLiteral("Columbus");
    profile.state = QStringLiteral("OH");
    profile.postalCode = QStringLiteral("43215");
    auto session =
        AgencyService::initialize(db, profile, QStringLiteral("boss"), QStringLiteral("Boss Person"), kPassword);
    if (!session)
        throw std::runtime_error(session.error().message.toStdString());
    manager = *session;
}

Session TestDatabase::as(Role role)
{
    if (role == Role::Manager)
        return manager;
    const QString name = roleKey(role);
    UserService users(manager);
    auto existing = users.findByName(name);
    qint64 id = 0;
    if (existing) {
        id = existing->id;
    } else {
        auto added = users.add(name, name, role, kPassword);
        if (!added)
            throw std::runtime_error(added.error().message.toStdString());
        id = *added;
    }
    return Session{db, UserContext{id, name, name, role}};
}

std::shared_ptr<Database> TestDatabase::openSecondConnection() const
{
    auto second = Database::open(path(), OpenOptions{false});
    if (!second)
        throw std::runtime_error(second.error().message.toStdString());
    return *second;
}

ProcessResult runProcess(const QString& program, const QStringList& args, const QStringList& extraEnv, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& kv : extraEnv)
        env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    process.start(program, args);
    ProcessResult result;
    if (!process.waitForStarted(10000)) {
        result.err = QStringLiteral("could not start %1").arg(program);
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace agencydesk::test
