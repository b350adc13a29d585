#include "CatchCompat.h"
#include "ChangeWatcher.h"
#include "Database.h"
#include "InsuredService.h"
#include "PolicyService.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

using namespace agencydesk;

TEST_CASE("saving a stale copy of an insured fails with a conflict that names who changed it")
{
    test::TestDatabase t;
    Insured in;
    in.name = QStringLiteral("Summit Catering Inc.");
    const qint64 id = *InsuredService(t.manager).create(in);

    // Two CSRs on two connections read the same record.
    const Session alice = t.as(Role::DataProcessor);
    auto bobDb = t.openSecondConnection();
    const Session bob{bobDb, t.as(Role::CertificateSpecialist).user};
    Insured alicesCopy = *InsuredService(alice).get(id);
    Insured bobsCopy = *InsuredService(bob).get(id);

    bobsCopy.phone = QStringLiteral("(614) 555-0101");
    REQUIRE(InsuredService(bob).update(bobsCopy).ok());

    alicesCopy.email = QStringLiteral("events@summit.example");
    auto stale = InsuredService(alice).update(alicesCopy);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);
    CHECK(stale.error().message.contains(QStringLiteral("certificate-specialist")));
    // Bob's change survived; Alice's was not half-applied.
    const Insured now = *InsuredService(alice).get(id);
    CHECK(now.phone == QStringLiteral("(614) 555-0101"));
    CHECK(now.email.isEmpty());
    // After reloading, Alice can save.
    Insured reloaded = now;
    reloaded.email = QStringLiteral("events@summit.example");
    CHECK(InsuredService(alice).update(reloaded).ok());
}

TEST_CASE("saving a stale copy of a policy fails with a conflict")
{
    test::TestDatabase t;
    Insured in;
    in.name = QStringLiteral("Redstone Flooring Ltd.");
    const qint64 insured = *InsuredService(t.manager).create(in);
    Policy p;
    p.insuredId = insured;
    p.number = QStringLiteral("PR-100");
    p.line = LineOfBusiness::Property;
    p.carrierName = QStringLiteral("Intact Insurance Company");
    p.effective = QDate(2026, 1, 1);
    p.expiration = QDate(2027, 1, 1);
    const qint64 id = *PolicyService(t.manager).create(p);

    auto otherDb = t.openSecondConnection();
    const Session other{otherDb, t.as(Role::DataProcessor).user};
    Policy mine = *PolicyService(t.manager).get(id);
    Policy theirs = *PolicyService(other).get(id);
    theirs.premiumCents = 120000;
    REQUIRE(PolicyService(other).update(theirs).ok());
    mine.premiumCents = 99;
    auto stale = PolicyService(t.manager).update(mine);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);
    CHECK(stale.error().message.contains(QStringLiteral("data-processor")));
    CHECK(PolicyService(t.manager).get(id)->premiumCents == 120000);
}

TEST_CASE("another connection's commit is noticed within two seconds")
{
    test::TestDatabase t;
    ChangeWatcher watcher(t.db, 250);
    QSignalSpy spy(&watcher, &ChangeWatcher::databaseChanged);
    auto otherDb = t.openSecondConnection();
    const Session other{otherDb, t.manager.user};
    Insured in;
    in.name = QStringLiteral("Bluebird Fitness Co.");
    REQUIRE(InsuredService(other).create(in).ok());
    REQUIRE(spy.wait(2000));
    CHECK(spy.count() >= 1);
}

TEST_CASE("a failed write leaves nothing behind: the transaction is rolled back")
{
    test::TestDatabase t;
    Insured in;
    in.name = QStringLiteral("Pioneer Brewing LLC");
    const qint64 insured = *InsuredService(t.manager).create(in);
    // A policy whose second coverage row breaks the UNIQUE(policy, limit) rule at the database level
    // cannot be produced through validation, so force the fault with a trigger (a real SQLite error).
    REQUIRE(execSql(*t.db, QStringLiteral("CREATE TRIGGER fail_coverage BEFORE INSERT ON coverages "
                                          "WHEN new.limit_code = 'GeneralAggregate' BEGIN "
                                          "SELECT RAISE(ABORT, 'simulated disk failure'); END"))
                .ok());
    Policy p;
    p.insuredId = insured;
    p.number = QStringLiteral("GL-77");
    p.carrierName = QStringLiteral("Brand New Mutual");
    p.effective = QDate(2026, 1, 1);
    p.expiration = QDate(2027, 1, 1);
    p.coverages = {{QStringLiteral("EachOccurrence"), 1'000'000}, {QStringLiteral("GeneralAggregate"), 2'000'000}};
    auto r = PolicyService(t.manager).create(p);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QStringLiteral("simulated disk failure")));
    CHECK(PolicyService(t.manager).forInsured(insured)->empty());
    QSqlQuery q = t.db->query();
    q.exec(QStringLiteral("SELECT count(*) FROM carriers WHERE name = 'Brand New Mutual'"));
    q.next();
    CHECK(q.value(0).toInt() == 0);
}

TEST_CASE("a kept statement read halfway does not keep a shared database locked, and a nested use gets its own")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    OpenOptions shared;
    shared.shared = 1; // the rollback journal: an unfinished read holds a SHARED lock that blocks every writer
    auto reader = Database::open(path, shared);
    REQUIRE(reader.ok());
    for (int i = 0; i < 3; ++i)
        REQUIRE(
            execSql(**reader, QStringLiteral("INSERT INTO settings(key, value) VALUES ('cache-test-%1', 'x')").arg(i))
                .ok());
    const QString sql = QStringLiteral("SELECT key FROM settings WHERE key LIKE 'cache-test-%' ORDER BY key");
    QStringList outer;
    {
        CachedQuery first = (*reader)->cachedQuery(sql);
        REQUIRE(exec(*first).ok());
        while (first->next()) {
            outer << first->value(0).toString();
            // The same SQL asked for while the first is being read: a statement of its own, the first undisturbed.
            CachedQuery nested = (*reader)->cachedQuery(sql);
            REQUIRE(exec(*nested).ok());
            REQUIRE(nested->next());
            CHECK(nested->value(0).toString() == QStringLiteral("cache-test-0"));
        }
        CachedQuery half = (*reader)->cachedQuery(QStringLiteral("SELECT key FROM settings"));
        REQUIRE(exec(*half).ok());
        REQUIRE(half->next()); // read halfway, then dropped
    }
    CHECK(outer ==
          QStringList{QStringLiteral("cache-test-0"), QStringLiteral("cache-test-1"), QStringLiteral("cache-test-2")});

    // Another instance can write (without the reset the reader's SHARED lock would block its commit).
    auto writer = Database::open(path, shared);
    REQUIRE(writer.ok());
    Transaction tx(**writer);
    REQUIRE(tx.begin().ok());
    REQUIRE(execSql(**writer, QStringLiteral("INSERT INTO settings(key, value) VALUES ('cache-test-9', 'y')")).ok());
    CHECK(tx.commit().ok()); // held by a SHARED lock, it would time out busy and fail
}
