#include "ActivityService.h"
#include "CatchCompat.h"
#include "InsuredService.h"
#include "TestSupport.h"

using namespace agencydesk;

namespace {

Insured sampleInsured()
{
    Insured i;
    i.name = QStringLiteral("Harbor Point Roofing LLC");
    i.dba = QStringLiteral("Harbor Roofs");
    i.address1 = QStringLiteral("12 Dock St");
    i.city = QStringLiteral("Tampa");
    i.state = QStringLiteral("fl");
    i.postalCode = QStringLiteral("33602");
    i.email = QStringLiteral("office@harborpoint.example");
    return i;
}

int insuredCount(const Session& s)
{
    auto n = InsuredService(s).count({});
    REQUIRE(n.ok());
    return *n;
}

} // namespace

TEST_CASE("adding an insured stores it, normalises codes and writes an audit row naming the user")
{
    test::TestDatabase t;
    const Session csr = t.as(Role::DataProcessor);
    auto id = InsuredService(csr).create(sampleInsured());
    REQUIRE(id.ok());
    auto stored = InsuredService(csr).get(*id);
    REQUIRE(stored.ok());
    CHECK(stored->name == QStringLiteral("Harbor Point Roofing LLC"));
    CHECK(stored->state == QStringLiteral("FL"));
    CHECK(stored->active);
    CHECK(stored->rowVersion == 1);

    auto trail = ActivityService(csr).forInsured(*id);
    REQUIRE(trail.ok());
    REQUIRE(trail->size() == 1);
    CHECK(trail->front().action == QStringLiteral("created"));
    CHECK(trail->front().userName == QStringLiteral("data-processor"));
    CHECK(trail->front().summary.contains(QStringLiteral("Harbor Point Roofing LLC")));
}

TEST_CASE("bad insured input is refused with a message naming the problem, and nothing is saved")
{
    test::TestDatabase t;
    const Session csr = t.as(Role::CertificateSpecialist);
    struct Case
    {
        const char* what;
        std::function<void(Insured&)> spoil;
        const char* expected;
    };
    const std::vector<Case> cases = {
        {"empty name", [](Insured& i) { i.name = QStringLiteral("   "); }, "Name is required"},
        {"US ZIP", [](Insured& i) { i.postalCode = QStringLiteral("K1P 1J1"); }, "not a US ZIP code"},
        {"CA postal",
         [](Insured& i) {
             i.country = QStringLiteral("CA");
             i.state = QStringLiteral("ON");
             i.postalCode = QStringLiteral("90210");
         },
         "not a Canadian postal code"},
        {"state", [](Insured& i) { i.state = QStringLiteral("ZZ"); }, "is not a state code"},
        {"province",
         [](Insured& i) {
             i.country = QStringLiteral("CA");
             i.state = QStringLiteral("TX");
             i.postalCode = QStringLiteral("K1P 1J1");
         },
         "is not a province code"},
        {"email", [](Insured& i) { i.email = QStringLiteral("office at harbor"); }, "is not an email address"},
        {"country", [](Insured& i) { i.country = QStringLiteral("MX"); }, "Country must be US or CA"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.what);
        Insured bad = sampleInsured();
        c.spoil(bad);
        auto id = InsuredService(csr).create(bad);
        REQUIRE_FALSE(id.ok());
        CHECK(id.error().code == ErrorCode::Validation);
        CHECK(id.error().message.contains(QString::fromUtf8(c.expected)));
    }
    CHECK(insuredCount(csr) == 0);
}

TEST_CASE("a Canadian postal code without its space is accepted and stored in the usual form")
{
    test::TestDatabase t;
    Insured i = sampleInsured();
    i.country = QStringLiteral("CA");
    i.state = QStringLiteral("ON");
    i.city = QStringLiteral("Ottawa");
    i.postalCode = QStringLiteral("k1p1j1");
    auto id = InsuredService(t.manager).create(i);
    REQUIRE(id.ok());
    CHECK(InsuredService(t.manager).get(*id)->postalCode == QStringLiteral("K1P 1J1"));
}

TEST_CASE("editing an insured records what changed, from and to")
{
    test::TestDatabase t;
    InsuredService service(t.manager);
    auto id = service.create(sampleInsured());
    REQUIRE(id.ok());
    Insured edited = *service.get(*id);
    edited.email = QStringLiteral("claims@harborpoint.example");
    edited.city = QStringLiteral("Clearwater");
    edited.postalCode = QStringLiteral("33755");
    REQUIRE(service.update(edited).ok());

    auto stored = service.get(*id);
    CHECK(stored->email == QStringLiteral("claims@harborpoint.example"));
    CHECK(stored->rowVersion == 2);
    CHECK(stored->updatedByName == QStringLiteral("boss"));
    auto trail = ActivityService(t.manager).forInsured(*id);
    REQUIRE(trail->size() == 2);
    const Activity& update = trail->front();
    CHECK(update.action == QStringLiteral("updated"));
    CHECK(update.details.value(QStringLiteral("email")).toObject().value(QStringLiteral("from")).toString() ==
          QStringLiteral("office@harborpoint.example"));
    CHECK(update.details.value(QStringLiteral("city")).toObject().value(QStringLiteral("to")).toString() ==
          QStringLiteral("Clearwater"));
    CHECK_FALSE(update.details.contains(QStringLiteral("name")));
}

TEST_CASE("deactivating and reactivating an insured keeps the record and writes the trail")
{
    test::TestDatabase t;
    InsuredService service(t.manager);
    auto id = service.create(sampleInsured());
    REQUIRE(service.setActive(*id, false).ok());
    CHECK_FALSE(service.get(*id)->active);
    auto again = service.setActive(*id, false);
    CHECK_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("already inactive")));
    REQUIRE(service.setActive(*id, true).ok());
    CHECK(service.get(*id)->active);
    auto trail = ActivityService(t.manager).forInsured(*id);
    REQUIRE(trail->size() == 3);
    CHECK(trail->at(0).action == QStringLiteral("reactivated"));
    CHECK(trail->at(1).action == QStringLiteral("deactivated"));
}

TEST_CASE("notes are added to the insured's trail, empty notes are refused")
{
    test::TestDatabase t;
    auto id = InsuredService(t.manager).create(sampleInsured());
    const Session specialist = t.as(Role::CertificateSpecialist); // services keep a reference: no temporary
    ActivityService activities(specialist);
    REQUIRE(activities.addNote(*id, QStringLiteral("Client called: needs a COI for the marina job.")).ok());
    CHECK_FALSE(activities.addNote(*id, QStringLiteral("  ")).ok());
    auto missing = activities.addNote(987654, QStringLiteral("hello"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);
    auto trail = activities.forInsured(*id);
    REQUIRE(trail->size() == 2);
    CHECK(trail->front().kind == QStringLiteral("note"));
    CHECK(trail->front().summary == QStringLiteral("Client called: needs a COI for the marina job."));
}

TEST_CASE("the Insureds list pages and sorts in SQL")
{
    test::TestDatabase t;
    InsuredService service(t.manager);
    const QStringList names = {QStringLiteral("Zephyr Bakery Inc."), QStringLiteral("alpha Dental Co."),
                               QStringLiteral("Maple Trucking Ltd.")};
    const QStringList cities = {QStringLiteral("Austin"), QStringLiteral("Tampa"), QStringLiteral("Denver")};
    for (int i = 0; i < names.size(); ++i) {
        Insured in = sampleInsured();
        in.name = names[i];
        in.city = cities[i];
        REQUIRE(service.create(in).ok());
    }
    auto byName = service.page({}, 0, 10);
    REQUIRE(byName->size() == 3);
    CHECK(byName->at(0).name == QStringLiteral("alpha Dental Co.")); // case-insensitive order
    CHECK(byName->at(2).name == QStringLiteral("Zephyr Bakery Inc."));
    InsuredListQuery byCityDesc{InsuredSort::City, true, 0};
    auto cityPage = service.page(byCityDesc, 1, 1);
    REQUIRE(cityPage->size() == 1);
    CHECK(cityPage->front().city == QStringLiteral("Denver"));
}
