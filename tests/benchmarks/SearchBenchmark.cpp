#include "SearchBenchmark.h"

#include "Database.h"
#include "SearchService.h"
#include "Session.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace agencydesk::bench {

std::optional<SearchBenchmark> SearchBenchmark::measure(const Database& db, const Session& session, int queryCount,
                                                        int naiveCount)
{
    const SearchService search(session);
    QuerySampler sampler(db);
    if (!sampler.usable()) {
        fail(QStringLiteral("the book has no insureds or policies to sample queries from"));
        return std::nullopt;
    }
    std::vector<SearchCase> cases;
    cases.reserve(static_cast<std::size_t>(queryCount));
    for (int i = 0; i < queryCount; ++i)
        cases.push_back(sampler.next());

    for (int i = 0; i < 10; ++i) // warm-up: statement cache, first pages of the indexes
        (void)search.search(sampler.next().text, 25);

    SearchBenchmark r;
    std::vector<double> all;
    std::vector<double> hitCounts;
    int empty = 0;
    for (const SearchCase& c : cases) {
        QElapsedTimer t;
        t.start();
        Result<std::vector<SearchHit>> hits = search.search(c.text, 25);
        const double ms = msSince(t);
        if (!hits) {
            fail(QStringLiteral("search \"%1\" failed: %2").arg(c.text, hits.error().message));
            continue;
        }
        all.push_back(ms);
        r.byKind[c.kind].push_back(ms);
        hitCounts.push_back(static_cast<double>(hits->size()));
        if (hits->empty()) {
            ++empty;
            fail(QStringLiteral("search \"%1\" (%2, taken from the data) found nothing").arg(c.text, kindName(c.kind)));
        } else if (c.expectedId != 0 && std::none_of(hits->begin(), hits->end(),
                                                     [&](const SearchHit& h) { return h.insuredId == c.expectedId; })) {
            fail(QStringLiteral("search \"%1\" (%2) did not find insured %3")
                     .arg(c.text, kindName(c.kind))
                     .arg(c.expectedId));
        }
    }
    r.searchStats = statsOf(all);
    r.searchJson = r.searchStats.toJson();
    r.searchJson.insert(QStringLiteral("limit"), 25);
    r.searchJson.insert(QStringLiteral("emptyResults"), empty);
    r.searchJson.insert(QStringLiteral("meanHits"), statsOf(hitCounts).mean);
    QJsonObject kinds;
    for (Kind k : kAllKinds)
        kinds.insert(kindName(k), statsOf(r.byKind[k]).toJson());
    r.searchJson.insert(QStringLiteral("byKind"), kinds);
    QJsonArray examples;
    for (int i = 0; i < std::min<int>(12, static_cast<int>(cases.size())); ++i)
        examples.append(QStringLiteral("%1: %2").arg(kindName(cases[i].kind), cases[i].text));
    r.searchJson.insert(QStringLiteral("sampleQueries"), examples);

    // The same first naiveCount queries through the super search and the LIKE scan, for the ratio.
    std::vector<double> naive, sameSubset;
    for (int i = 0; i < naiveCount; ++i) {
        const SearchCase& c = cases[static_cast<std::size_t>(i)];
        sameSubset.push_back(all.size() > static_cast<std::size_t>(i) ? all[static_cast<std::size_t>(i)] : 0.0);
        QElapsedTimer t;
        t.start();
        Result<std::vector<qint64>> ids = search.naiveScan(c.text, 25);
        const double ms = msSince(t);
        if (!ids) {
            fail(QStringLiteral("naive scan \"%1\" failed: %2").arg(c.text, ids.error().message));
            continue;
        }
        naive.push_back(ms);
        if (ids->empty())
            fail(QStringLiteral("naive scan \"%1\" (%2, taken from the data) found nothing")
                     .arg(c.text, kindName(c.kind)));
    }
    r.naiveStats = statsOf(naive);
    r.subsetStats = statsOf(sameSubset);
    r.naiveJson = r.naiveStats.toJson();
    r.naiveJson.insert(QStringLiteral("superSearchSameQueries"), r.subsetStats.toJson());
    r.ratioP50 = r.subsetStats.p50 > 0 ? r.naiveStats.p50 / r.subsetStats.p50 : 0;
    r.ratioP95 = r.subsetStats.p95 > 0 ? r.naiveStats.p95 / r.subsetStats.p95 : 0;
    r.naiveJson.insert(QStringLiteral("ratioP50"), r.ratioP50);
    r.naiveJson.insert(QStringLiteral("ratioP95"), r.ratioP95);
    return r;
}

QJsonObject SearchBenchmark::queryPlans(const Database& db)
{
    const QString namePrefixSql =
        QStringLiteral("SELECT id FROM insureds WHERE name >= ? COLLATE NOCASE AND name < ? COLLATE NOCASE "
                       "ORDER BY name COLLATE NOCASE LIMIT ?");
    const QString policyPrefixSql = QStringLiteral(
        "SELECT insured_id, number FROM policies WHERE number >= ? COLLATE NOCASE AND number < ? COLLATE NOCASE AND "
        "insured_id IS NOT NULL LIMIT ?");
    const QVariantList binds{QStringLiteral("Sm"), QString(QStringLiteral("Sm") + QChar(0xFFFF)), 25};
    return QJsonObject{
        {QStringLiteral("namePrefix"), QJsonArray::fromStringList(queryPlan(db, namePrefixSql, binds))},
        {QStringLiteral("policyPrefix"), QJsonArray::fromStringList(queryPlan(db, policyPrefixSql, binds))}};
}

} // namespace agencydesk::bench
