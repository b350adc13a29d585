#include "CatchCompat.h"
#include "Database.h"
#include "DatabaseMaintenance.h"
#include "TestConfig.h"
#include "TestSupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace agencydesk;

TEST_CASE("opening something that is not a database gives a clear message and leaves the file alone")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    const QByteArray content = "Dear CSR, this is a letter, not a database.\n";
    file.write(content);
    file.close();

    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.contains(QStringLiteral("not an AgencyDesk database")));
    CHECK(db.error().message.contains(QStringLiteral("notes.txt")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == content);
}

TEST_CASE("a missing folder is named in the message")
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("no/such/folder/agency.sqlite")));
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == ErrorCode::NotFound);
    CHECK(db.error().message.contains(QStringLiteral("no/such/folder")));
}

TEST_CASE("a damaged database is reported at open, not used")
{
    test::TestDatabase t;
    const QString path = t.path();
    // Enough rows to fill many pages, then checkpoint so everything is in the main file.
    for (int i = 0; i < 200; ++i) {
        REQUIRE(execSql(*t.db, QStringLiteral("INSERT INTO carriers(name, naic) VALUES ('Carrier %1 %2', '')")
                                   .arg(i)
                                   .arg(QString(400, QLatin1Char('x'))))
                    .ok());
    }
    REQUIRE(execSql(*t.db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    t.db.reset();
    t.manager.db.reset();

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    REQUIRE(size > 40000);
    // Overwrite pages in the middle (b-tree pages of the carriers table) with garbage.
    file.seek(size / 2);
    file.write(QByteArray(16384, '\xA5'));
    file.close();

    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.contains(QStringLiteral("damaged")));
}

TEST_CASE("a folder or an empty path is refused with a message")
{
    QTemporaryDir dir;
    auto folder = Database::open(dir.path());
    REQUIRE_FALSE(folder.ok());
    CHECK(folder.error().message.contains(QStringLiteral("is a folder")));
    auto empty = Database::open(QString());
    REQUIRE_FALSE(empty.ok());
}

TEST_CASE("on a large file the integrity check is deferred at open and still finds damage when run")
{
    test::TestDatabase t;
    const QString path = t.path();
    for (int i = 0; i < 200; ++i) {
        REQUIRE(execSql(*t.db, QStringLiteral("INSERT INTO carriers(name, naic) VALUES ('Carrier %1 %2', '')")
                                   .arg(i)
                                   .arg(QString(400, QLatin1Char('y'))))
                    .ok());
    }
    REQUIRE(execSql(*t.db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    t.db.reset();
    t.manager.db.reset();
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    // The carrier rows written last fill the end of the file; damage there, not in the schema or the
    // agency and user tables that open() reads (the middle of the file is schema since migration 4).
    file.seek(file.size() - 3 * 16384);
    file.write(QByteArray(16384, '\x5A'));
    file.close();

    OpenOptions options;
    options.deferIntegrityCheckAbove = 0; // treat this file as large
    auto db = Database::open(path, options);
    INFO((db.ok() ? QString() : db.error().message).toStdString());
    REQUIRE(db.ok());
    CHECK(db.value()->integrityCheckPending());
    auto problems = DatabaseMaintenance::quickCheck(*db.value());
    REQUIRE(problems.ok());
    CHECK_FALSE(problems->isEmpty());
}

TEST_CASE("the database records which AgencyDesk created it and which opened it last")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("agency.sqlite"));
    const QString thisVersion = QStringLiteral("AgencyDesk ") + QStringLiteral(AGENCYDESK_TEST_PROJECT_VERSION);
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        CHECK(db.value()->programRecord().createdBy == thisVersion);
        CHECK(db.value()->programRecord().lastOpenedBy == thisVersion);
        // An older program opened it since: the next open records this one again, the creator stays.
        QSqlQuery q = db.value()->query();
        REQUIRE(q.exec(
            QStringLiteral("UPDATE settings SET value = 'AgencyDesk 0.0.9' WHERE key = 'database.last_opened_by'")));
        REQUIRE(
            q.exec(QStringLiteral("UPDATE settings SET value = 'AgencyDesk 0.0.1' WHERE key = 'database.created_by'")));
    }
    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK(db.value()->programRecord().createdBy == QStringLiteral("AgencyDesk 0.0.1"));
    CHECK(db.value()->programRecord().lastOpenedBy == thisVersion);
}
