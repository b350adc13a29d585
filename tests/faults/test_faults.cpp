#include "CatchCompat.h"
#include "ChangeWatcher.h"
#include "DatabaseMaintenance.h"
#include "InsuredService.h"
#include "TestConfig.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>

#include <unistd.h>

using namespace agencydesk;

namespace {

int insuredCount(const QString& path)
{
    auto db = Database::open(path, OpenOptions{false});
    REQUIRE(db.ok());
    Session s{db.value(), {}};
    auto n = InsuredService(s).count({});
    REQUIRE(n.ok());
    return *n;
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Runs the CLI under a file size limit of \a bytes; \a ignoreSignal makes the kernel return EFBIG
// (what a full disk looks like to SQLite) instead of killing the process with SIGXFSZ.
test::ProcessResult seedUnderLimit(const QString& dbPath, qint64 bytes, bool ignoreSignal)
{
    const QString script = QStringLiteral("%1exec prlimit --fsize=%2 \"$0\" \"$@\"")
                               .arg(ignoreSignal ? QStringLiteral("trap '' XFSZ; ") : QString())
                               .arg(bytes);
    return test::runProcess(QStringLiteral("/bin/sh"),
                            {QStringLiteral("-c"), script, QStringLiteral(AGENCYDESK_CLI_PATH),
                             QStringLiteral("--database"), dbPath, QStringLiteral("--user"), QStringLiteral("boss"),
                             QStringLiteral("seed-demo"), QStringLiteral("--insureds"), QStringLiteral("20000")},
                            {QStringLiteral("AGENCYDESK_PASSWORD=") + test::kPassword});
}

} // namespace

TEST_CASE("a disk that fills up during a large write gives a clear error and leaves the database unchanged")
{
    test::TestDatabase t;
    Insured existing;
    existing.name = QStringLiteral("Keystone Logistics Inc.");
    REQUIRE(InsuredService(t.manager).create(existing).ok());
    const QString path = t.path();
    REQUIRE(execSql(*t.db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    t.db.reset();
    t.manager.db.reset();
    const qint64 limit = QFileInfo(path).size() + 256 * 1024; // room for a few pages, not for 20,000 insureds

    const test::ProcessResult run = seedUnderLimit(path, limit, true);
    CHECK(run.exitCode != 0);
    CHECK(run.err.contains(QStringLiteral("could not be written (the disk may be full")));
    CHECK(run.err.contains(QStringLiteral("nothing was saved")));
    CHECK(run.err.trimmed().count(QLatin1Char('\n')) == 0); // one clear line

    CHECK(insuredCount(path) == 1);
    auto db = Database::open(path);
    REQUIRE(db.ok());
    auto problems = DatabaseMaintenance::check(*db.value());
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
}

TEST_CASE("a writer killed in the middle of a transaction leaves the database consistent and unchanged")
{
    test::TestDatabase t;
    const QString path = t.path();
    REQUIRE(execSql(*t.db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    t.db.reset();
    t.manager.db.reset();
    const qint64 limit = QFileInfo(path).size() + 256 * 1024;

    const test::ProcessResult run = seedUnderLimit(path, limit, false); // SIGXFSZ kills it mid-write
    CHECK(run.exitCode != 0);
    CHECK(insuredCount(path) == 0);
    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK(DatabaseMaintenance::check(*db.value())->isEmpty());
}

TEST_CASE("a read-only database file is refused with a message that says so, and is not modified")
{
    test::TestDatabase t;
    const QString path = t.path();
    REQUIRE(execSql(*t.db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    REQUIRE(execSql(*t.db, QStringLiteral("PRAGMA journal_mode = DELETE")).ok());
    t.db.reset();
    t.manager.db.reset();
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    const QByteArray before = fileHash(path);

    test::ProcessResult run;
    const QStringList args = {QStringLiteral("--database"), path, QStringLiteral("db"), QStringLiteral("check")};
    if (geteuid() == 0) {
        // root may write anything; run as an unprivileged user so the file is really read-only.
        QFile::setPermissions(t.dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                                QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        // A copy of the CLI beside the file, so no private parent folder of the build tree stops that user.
        const QString cli = t.dir.filePath(QStringLiteral("agencydesk-cli"));
        REQUIRE(QFile::copy(QStringLiteral(AGENCYDESK_CLI_PATH), cli));
        QFile::setPermissions(cli, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                       QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        run = test::runProcess(QStringLiteral("setpriv"),
                               QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                           QStringLiteral("--clear-groups"), cli} +
                                   args);
    } else {
        run = test::runProcess(QStringLiteral(AGENCYDESK_CLI_PATH), args);
    }
    CHECK(run.exitCode != 0);
    CHECK(run.err.contains(QStringLiteral("read-only")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("another process's change is noticed within two seconds")
{
    test::TestDatabase t;
    ChangeWatcher watcher(t.db, 250);
    QSignalSpy spy(&watcher, &ChangeWatcher::databaseChanged);
    const test::ProcessResult run =
        test::runProcess(QStringLiteral(AGENCYDESK_CLI_PATH),
                         {QStringLiteral("--database"), t.path(), QStringLiteral("--user"), QStringLiteral("boss"),
                          QStringLiteral("insured"), QStringLiteral("add"), QStringLiteral("--name"),
                          QStringLiteral("Lakeshore Painting Co.")},
                         {QStringLiteral("AGENCYDESK_PASSWORD=") + test::kPassword});
    REQUIRE(run.exitCode == 0);
    REQUIRE(spy.wait(2000));
    Session s{t.db, t.manager.user};
    auto hits = InsuredService(s).page({}, 0, 10);
    REQUIRE(hits->size() == 1);
    CHECK(hits->front().name == QStringLiteral("Lakeshore Painting Co."));
}
