#include "CatchCompat.h"
#include "DemoData.h"
#include "InsuredService.h"
#include "PolicyService.h"
#include "SearchService.h"
#include "TestSupport.h"

using namespace agencydesk;

namespace {

struct Book
{
    test::TestDatabase t;
    qint64 smith = 0;
    qint64 harbor = 0;

    Book()
    {
        REQUIRE(DemoData::seed(t.manager, 40).ok()); // noise around the two we look for
        Insured a;
        a.name = QStringLiteral("Christopher Smith");
        a.email = QStringLiteral("csmith.home@fastmail.example");
        smith = *InsuredService(t.manager).create(a);
        Insured b;
        b.name = QStringLiteral("Harbor Point Roofing LLC");
        b.dba = QStringLiteral("Quayside Roofs");
        harbor = *InsuredService(t.manager).create(b);
        Policy p;
        p.insuredId = harbor;
        p.number = QStringLiteral("ZQX-7781234");
        p.line = LineOfBusiness::Auto;
        p.carrierName = QStringLiteral("Cincinnati Insurance Company");
        p.effective = QDate::currentDate();
        p.expiration = p.effective.addYears(1);
        REQUIRE(PolicyService(t.manager).create(p).ok());
    }

    std::vector<SearchHit> find(const QString& text) const
    {
        auto r = SearchService(t.manager).search(text);
        REQUIRE(r.ok());
        return *r;
    }
};

bool contains(const std::vector<SearchHit>& hits, qint64 id)
{
    return std::any_of(hits.begin(), hits.end(), [id](const SearchHit& h) { return h.insuredId == id; });
}

} // namespace

TEST_CASE("the super search finds an insured by any part of the name, the DBA, a policy number or an email")
{
    Book book;
    CHECK(contains(book.find(QStringLiteral("Christopher Sm")), book.smith));
    CHECK(contains(book.find(QStringLiteral("topher smi")), book.smith)); // middle of the name, any case
    CHECK(contains(book.find(QStringLiteral("Point Roof")), book.harbor));
    CHECK(contains(book.find(QStringLiteral("quayside")), book.harbor));

    const auto byPolicy = book.find(QStringLiteral("7781234"));
    REQUIRE(contains(byPolicy, book.harbor));
    CHECK(byPolicy.front().matchedField == QStringLiteral("policy"));
    CHECK(byPolicy.front().matchedText == QStringLiteral("ZQX-7781234"));
    CHECK(contains(book.find(QStringLiteral("ZQX-77")), book.harbor)); // number prefix

    const auto byEmail = book.find(QStringLiteral("csmith.home@fast"));
    REQUIRE(contains(byEmail, book.smith));
    CHECK(byEmail.front().matchedField == QStringLiteral("email"));
}

TEST_CASE("names starting with what was typed come first, one or two letters search name prefixes")
{
    Book book;
    const auto hits = book.find(QStringLiteral("Harbor"));
    REQUIRE_FALSE(hits.empty());
    CHECK(hits.front().name.startsWith(QStringLiteral("Harbor"), Qt::CaseInsensitive));
    const auto two = book.find(QStringLiteral("Ch"));
    REQUIRE(contains(two, book.smith));
    for (const SearchHit& h : two)
        CHECK(h.name.startsWith(QStringLiteral("ch"), Qt::CaseInsensitive));
}

TEST_CASE("the index follows edits: a renamed insured is found by the new name only")
{
    Book book;
    Insured i = *InsuredService(book.t.manager).get(book.smith);
    i.name = QStringLiteral("Kristoffer Smythe");
    REQUIRE(InsuredService(book.t.manager).update(i).ok());
    CHECK(contains(book.find(QStringLiteral("Smythe")), book.smith));
    CHECK_FALSE(contains(book.find(QStringLiteral("Christopher Smith")), book.smith));
}

TEST_CASE("search text with quotes and FTS operators is taken literally")
{
    Book book;
    for (const char* odd : {"\"", "O'Brien", "AND OR NOT", "smith*", "a\"b", "(((", "%", "_"}) {
        CAPTURE(odd);
        auto r = SearchService(book.t.manager).search(QString::fromUtf8(odd));
        CHECK(r.ok());
    }
    CHECK(book.find(QStringLiteral("zzzz-nothing-like-this")).empty());
}
