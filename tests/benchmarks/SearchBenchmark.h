#pragma once

// Super-search latency over queries sampled from the book, against the naive LIKE scan it replaced, and the
// query plans that explain the difference.

#include "BenchSystem.h"
#include "QuerySampler.h"

#include <QJsonObject>

#include <map>
#include <optional>
#include <vector>

namespace agencydesk {
class Database;
struct Session;
} // namespace agencydesk

namespace agencydesk::bench {

struct SearchBenchmark
{
    Stats searchStats; ///< every sampled query through the super search
    Stats subsetStats; ///< the first naiveCount of them through the super search
    Stats naiveStats;  ///< the same first naiveCount through the LIKE scan
    std::map<Kind, std::vector<double>> byKind;
    double ratioP50 = 0, ratioP95 = 0; ///< naive / super search on the same queries
    QJsonObject searchJson, naiveJson; ///< the report's "search" and "naiveScan" sections

    /// Times queryCount sampled queries through the super search, then the first naiveCount of them through
    /// the naive scan too. nullopt when the book has nothing to sample queries from.
    static std::optional<SearchBenchmark> measure(const Database& db, const Session& session, int queryCount,
                                                  int naiveCount);

    /// Plans of the prefix queries (the index must be used, not a scan).
    static QJsonObject queryPlans(const Database& db);
};

} // namespace agencydesk::bench
