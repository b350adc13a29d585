#include "ActivityService.h"
#include "CarrierService.h"
#include "CatchCompat.h"
#include "InsuredService.h"
#include "LimitCodes.h"
#include "PolicyService.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QVariant>

using namespace agencydesk;

namespace {

qint64 addInsured(const Session& s, const QString& name = QStringLiteral("Cedar Plumbing Inc."))
{
    Insured i;
    i.name = name;
    i.postalCode = QStringLiteral("43215");
    auto id = InsuredService(s).create(i);
    REQUIRE(id.ok());
    return *id;
}

Policy glPolicy(qint64 insuredId)
{
    Policy p;
    p.insuredId = insuredId;
    p.number = QStringLiteral("GL-2026-0042");
    p.line = LineOfBusiness::GeneralLiability;
    p.carrierName = QStringLiteral("Hartford Fire Insurance Company");
    p.carrierNaic = QStringLiteral("19682");
    p.effective = QDate::currentDate().addDays(-30);
    p.expiration = p.effective.addYears(1);
    p.coverages = {{QStringLiteral("EachOccurrence"), 1'000'000}, {QStringLiteral("GeneralAggregate"), 2'000'000}};
    p.indicators.additionalInsuredEndorsement = true;
    return p;
}

int policyCount(const Database& db)
{
    QSqlQuery q = db.query();
    q.exec(QStringLiteral("SELECT count(*) FROM policies"));
    q.next();
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("a policy is stored with its carrier, limits and indicators, and is in force today")
{
    test::TestDatabase t;
    const Session csr = t.as(Role::DataProcessor);
    const qint64 insured = addInsured(csr);
    auto id = PolicyService(csr).create(glPolicy(insured));
    REQUIRE(id.ok());
    auto p = PolicyService(csr).get(*id);
    REQUIRE(p.ok());
    CHECK(p->carrierName == QStringLiteral("Hartford Fire Insurance Company"));
    CHECK(p->carrierNaic == QStringLiteral("19682"));
    CHECK(p->limit(QStringLiteral("EachOccurrence")) == 1'000'000);
    CHECK(p->limit(QStringLiteral("GeneralAggregate")) == 2'000'000);
    CHECK(p->indicators.additionalInsuredEndorsement);
    CHECK(p->status() == PolicyStatus::InForce);
    CHECK(InsuredService(csr).get(insured)->policiesInForce == 1);
    auto trail = ActivityService(csr).forInsured(insured);
    REQUIRE(trail.ok());
    CHECK(trail->front().entityType == QStringLiteral("policy"));
    CHECK(trail->front().summary.contains(QStringLiteral("GL-2026-0042")));
    // The carrier joined the managed list.
    CHECK(CarrierService(csr).findByName(QStringLiteral("hartford fire insurance company")).ok());
}

TEST_CASE("bad policy input gets a clear message and nothing is saved")
{
    test::TestDatabase t;
    const Session csr = t.as(Role::CertificateSpecialist);
    const qint64 insured = addInsured(csr);
    REQUIRE(PolicyService(csr).create(glPolicy(insured)).ok());
    const int before = policyCount(*t.db);

    struct Case
    {
        const char* what;
        std::function<void(Policy&)> spoil;
        const char* expected;
    };
    const std::vector<Case> cases = {
        {"empty number", [](Policy& p) { p.number.clear(); }, "Policy number is required"},
        {"no carrier", [](Policy& p) { p.carrierName.clear(); }, "Carrier is required"},
        {"invalid date", [](Policy& p) { p.effective = QDate(2026, 2, 30); },
         "Effective date is missing or not a valid date"},
        {"expiration first", [](Policy& p) { p.expiration = p.effective.addDays(-1); }, "must be after the effective"},
        {"duplicate number", [](Policy&) {}, "already exists for Hartford"},
        {"unknown limit",
         [](Policy& p) {
             p.coverages.push_back({QStringLiteral("EachBanana"), 5});
         },
         "is not a limit code"},
        {"limit of another line",
         [](Policy& p) {
             p.coverages.push_back({QStringLiteral("ELEachAccident"), 5});
         },
         "not a General liability limit"},
        {"negative limit", [](Policy& p) { p.coverages[0].amount = -1; }, "cannot be negative"},
        {"bad NAIC",
         [](Policy& p) {
             p.number = QStringLiteral("NEW-1");
             p.carrierName = QStringLiteral("Brand New Mutual");
             p.carrierNaic = QStringLiteral("12AB");
         },
         "must be five digits"},
        {"missing insured",
         [](Policy& p) {
             p.number = QStringLiteral("NEW-2");
             p.insuredId = 999999;
         },
         "Insured 999999 does not exist"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.what);
        Policy bad = glPolicy(insured);
        c.spoil(bad);
        auto id = PolicyService(csr).create(bad);
        REQUIRE_FALSE(id.ok());
        CHECK(id.error().message.contains(QString::fromUtf8(c.expected)));
    }
    CHECK(policyCount(*t.db) == before);
    CHECK_FALSE(CarrierService(csr).findByName(QStringLiteral("Brand New Mutual")).ok());
}

TEST_CASE("the same policy number is allowed at another carrier")
{
    test::TestDatabase t;
    const qint64 insured = addInsured(t.manager);
    REQUIRE(PolicyService(t.manager).create(glPolicy(insured)).ok());
    Policy other = glPolicy(insured);
    other.carrierName = QStringLiteral("Zurich American Insurance Company");
    other.carrierNaic = QStringLiteral("16535");
    CHECK(PolicyService(t.manager).create(other).ok());
}

TEST_CASE("amounts parse from what CSRs type and refuse what is not a number")
{
    CHECK(parseAmount(QStringLiteral("$1,000,000")).value() == 1'000'000);
    CHECK(parseAmount(QStringLiteral("2000000")).value() == 2'000'000);
    CHECK(parseAmount(QStringLiteral("1M")).value() == 1'000'000);
    CHECK(parseAmount(QStringLiteral("500k")).value() == 500'000);
    for (const char* bad : {"one million", "", "12abc", "-5", "1.5"}) {
        CAPTURE(bad);
        auto r = parseAmount(QString::fromUtf8(bad));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("not")));
    }
    CHECK(formatAmount(1'000'000) == QStringLiteral("$1,000,000"));
}

TEST_CASE("cancelling a policy keeps it and its history, it no longer counts as in force")
{
    test::TestDatabase t;
    const qint64 insured = addInsured(t.manager);
    auto id = PolicyService(t.manager).create(glPolicy(insured));
    REQUIRE(PolicyService(t.manager).cancel(*id).ok());
    auto p = PolicyService(t.manager).get(*id);
    REQUIRE(p.ok());
    CHECK(p->status() == PolicyStatus::Cancelled);
    CHECK_FALSE(p->cancelledAt.isEmpty());
    CHECK(p->limit(QStringLiteral("EachOccurrence")) == 1'000'000);
    CHECK(InsuredService(t.manager).get(insured)->policiesInForce == 0);
    CHECK_FALSE(PolicyService(t.manager).cancel(*id).ok());
    auto trail = ActivityService(t.manager).forEntity(QStringLiteral("policy"), *id);
    REQUIRE(trail->size() == 2);
    CHECK(trail->front().action == QStringLiteral("cancelled"));
}

TEST_CASE("editing a policy's limits records the change")
{
    test::TestDatabase t;
    const qint64 insured = addInsured(t.manager);
    auto id = PolicyService(t.manager).create(glPolicy(insured));
    Policy p = *PolicyService(t.manager).get(*id);
    p.coverages[0].amount = 2'000'000;
    REQUIRE(PolicyService(t.manager).update(p).ok());
    CHECK(PolicyService(t.manager).get(*id)->limit(QStringLiteral("EachOccurrence")) == 2'000'000);
    auto trail = ActivityService(t.manager).forEntity(QStringLiteral("policy"), *id);
    CHECK(trail->front().action == QStringLiteral("updated"));
    CHECK(trail->front().details.contains(QStringLiteral("limits")));
}

TEST_CASE("policy status follows the dates")
{
    Policy p;
    p.effective = QDate(2026, 1, 1);
    p.expiration = QDate(2027, 1, 1);
    CHECK(p.status(QDate(2025, 12, 31)) == PolicyStatus::Future);
    CHECK(p.status(QDate(2026, 1, 1)) == PolicyStatus::InForce);
    CHECK(p.status(QDate(2027, 1, 1)) == PolicyStatus::Expired);
    p.cancelled = true;
    CHECK(p.status(QDate(2026, 6, 1)) == PolicyStatus::Cancelled);
}
