#include "BookGenerator.h"

#include "BenchSystem.h"
#include "Database.h"
#include "DemoData.h"
#include "Session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QStringList>

#include <cstdio>

namespace agencydesk::bench {

int BookGenerator::generateOnly(const QString& path, int insureds)
{
    QElapsedTimer total;
    total.start();
    Result<std::shared_ptr<Database>> db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "ERROR: %s\n", qPrintable(db.error().message));
        return 2;
    }
    QElapsedTimer lastNote;
    lastNote.start();
    Result<Session> session = DemoData::createDemoDatabase(*db, insureds, [&](int done, int all) {
        if (lastNote.elapsed() > 5000 || done == all) {
            note(QStringLiteral("  generated %1 / %2 insureds (%3 s)").arg(done).arg(all).arg(total.elapsed() / 1000));
            lastNote.restart();
        }
        return true;
    });
    if (!session) {
        std::fprintf(stderr, "ERROR: %s\n", qPrintable(session.error().message));
        return 2;
    }
    const double ms = msSince(total);
    const QString policies = scalar(**db, QStringLiteral("SELECT count(*) FROM policies"));
    const qint64 mainBytes = fileSize(path);
    const qint64 walBytes = fileSize(path + QStringLiteral("-wal"));
    const QJsonObject out{{QStringLiteral("ms"), ms},
                          {QStringLiteral("policies"), policies.toLongLong()},
                          {QStringLiteral("mainBytes"), mainBytes},
                          {QStringLiteral("walBytes"), walBytes},
                          {QStringLiteral("peakRssBytes"), peakRssBytes()}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    return 0;
}

QJsonObject BookGenerator::generateInChild(const QString& path, int insureds)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--generate-only"), path, QStringLiteral("--insureds"), QString::number(insureds)});
    if (!child.waitForStarted()) {
        fail(QStringLiteral("cannot start the generator: %1").arg(child.errorString()));
        return {};
    }
    child.waitForFinished(-1);
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        fail(QStringLiteral("generating %1 insureds failed (exit code %2)").arg(insureds).arg(child.exitCode()));
        return {};
    }
    // The generator's progress goes to stderr; its result is the last line of stdout.
    const QByteArray output = child.readAllStandardOutput().trimmed();
    const QJsonObject result = QJsonDocument::fromJson(output.split('\n').last()).object();
    if (result.isEmpty())
        fail(QStringLiteral("the generator printed no result: %1").arg(QString::fromUtf8(output)));
    return result;
}

} // namespace agencydesk::bench
