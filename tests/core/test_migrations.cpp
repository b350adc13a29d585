#include "AgencyService.h"
#include "CatchCompat.h"
#include "Database.h"
#include "InsuredService.h"
#include "Migrations.h"
#include "SearchService.h"
#include "Session.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

using namespace agencydesk;

namespace {

// Data that a database of schema \a version can hold, written with that version's SQL.
void insertVersion1Data(const Database& db)
{
    QSqlQuery q = db.query();
    REQUIRE(q.exec(QStringLiteral("INSERT INTO users(user_name, role, password_hash, created_at) "
                                  "VALUES ('old', 'manager', 'x', '2024-01-01')")));
    REQUIRE(q.exec(QStringLiteral("INSERT INTO carriers(name, naic) VALUES ('Old Carrier', '12345')")));
    REQUIRE(q.exec(QStringLiteral("INSERT INTO insureds(name, dba, city, email, created_at, updated_at) VALUES "
                                  "('Legacy Roofing LLC', 'Legacy Roofs', 'Tampa', 'ops@legacy.example', "
                                  "'2024-01-01', '2024-01-01')")));
    REQUIRE(q.exec(QStringLiteral("INSERT INTO policies(insured_id, number, line, carrier_id, effective_date, "
                                  "expiration_date, created_at, updated_at) VALUES (1, 'OLD-GL-778899', 'gl', 1, "
                                  "'2024-01-01', '2099-01-01', '2024-01-01', '2024-01-01')")));
    REQUIRE(q.exec(QStringLiteral("INSERT INTO coverages(policy_id, limit_code, amount) VALUES (1, 'EachOccurrence', "
                                  "1000000)")));
}

} // namespace

TEST_CASE("a database built at every earlier schema version migrates to the newest with its data intact")
{
    for (int version = 0; version < latestSchemaVersion(); ++version) {
        CAPTURE(version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            OpenOptions old;
            old.migrateToVersion = version;
            auto db = Database::open(path, old);
            REQUIRE(db.ok());
            REQUIRE(db.value()->schemaVersion() == version);
            if (version >= 1)
                insertVersion1Data(*db.value());
        }
        auto db = Database::open(path);
        REQUIRE(db.ok());
        CHECK(db.value()->schemaVersion() == latestSchemaVersion());
        if (version >= 1) {
            Session session{db.value(), UserContext{1, QStringLiteral("old"), {}, Role::Manager}};
            auto insured = InsuredService(session).get(1);
            REQUIRE(insured.ok());
            CHECK(insured->name == QStringLiteral("Legacy Roofing LLC"));
            CHECK(insured->policiesInForce == 1);
            // The search index built by a later migration covers rows that existed before it.
            auto byName = SearchService(session).search(QStringLiteral("acy Roof"));
            REQUIRE(byName.ok());
            REQUIRE(byName->size() == 1);
            CHECK(byName->front().insuredId == 1);
            auto byPolicy = SearchService(session).search(QStringLiteral("778899"));
            REQUIRE(byPolicy.ok());
            REQUIRE(byPolicy->size() == 1);
            CHECK(byPolicy->front().matchedText == QStringLiteral("OLD-GL-778899"));
        }
    }
}

TEST_CASE("a version 4 database keeps its agency profile and gets the default certificate settings")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
    {
        OpenOptions old;
        old.migrateToVersion = 4;
        auto db = Database::open(path, old);
        REQUIRE(db.ok());
        QSqlQuery q = db.value()->query();
        REQUIRE(q.exec(QStringLiteral("INSERT INTO agency(id, name, city, state, postal_code, email, row_version, "
                                      "updated_at) VALUES (1, 'Old Harbor Agency', 'Tampa', 'FL', '33602', "
                                      "'desk@oldharbor.example', 7, '2025-01-01')")));
    }
    auto db = Database::open(path);
    REQUIRE(db.ok());
    REQUIRE(db.value()->schemaVersion() >= 5);
    auto profile = AgencyService::readProfile(*db.value());
    REQUIRE(profile.ok());
    CHECK(profile->name == QStringLiteral("Old Harbor Agency"));
    CHECK(profile->city == QStringLiteral("Tampa"));
    CHECK(profile->email == QStringLiteral("desk@oldharbor.example"));
    CHECK(profile->rowVersion == 7);
    CHECK(profile->paperSize == CertificatePaperSize::Letter);
    CHECK(profile->certificateDateFormat == QStringLiteral("MM/dd/yyyy"));
    CHECK(profile->complianceWarningDays == 30);
}

TEST_CASE("each migration is applied once, reopening the newest database changes nothing")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    REQUIRE(Database::open(path).ok());
    auto again = Database::open(path);
    REQUIRE(again.ok());
    CHECK(again.value()->schemaVersion() == latestSchemaVersion());
}

TEST_CASE("a database from a newer AgencyDesk is refused with a clear message")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        REQUIRE(execSql(*db.value(), QStringLiteral("PRAGMA user_version = 999")).ok());
    }
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.contains(QStringLiteral("newer AgencyDesk")));
}

TEST_CASE("local databases use WAL, shared databases use the rollback journal and keep the setting")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    auto journalMode = [](const Database& db) {
        QSqlQuery q = db.query();
        q.exec(QStringLiteral("PRAGMA journal_mode"));
        q.next();
        return q.value(0).toString().toLower();
    };
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        CHECK_FALSE(db.value()->isShared());
        CHECK(journalMode(*db.value()) == QStringLiteral("wal"));
        REQUIRE(db.value()->setSharedMode(true).ok());
        CHECK(journalMode(*db.value()) == QStringLiteral("delete"));
    }
    auto reopened = Database::open(path);
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->isShared());
    CHECK(journalMode(*reopened.value()) == QStringLiteral("delete"));
    QSqlQuery fk = reopened.value()->query();
    fk.exec(QStringLiteral("PRAGMA foreign_keys"));
    fk.next();
    CHECK(fk.value(0).toInt() == 1);
}
