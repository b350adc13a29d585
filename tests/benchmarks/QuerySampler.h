#pragma once

// Super-search queries sampled from the book itself, so every query has at least one right answer and a
// search that finds nothing is a failure of the pipeline, not bad luck.

#include <QRandomGenerator>
#include <QString>
#include <QtGlobal>

#include <optional>
#include <tuple>
#include <utility>

namespace agencydesk {
class Database;
}

namespace agencydesk::bench {

/// What a CSR types into the super search; the latency is reported per kind.
enum class Kind
{
    NamePrefix,
    NameMiddle,
    PolicyFull,
    PolicyPartial,
    EmailFull,
    EmailFragment
};

QString kindName(Kind k);

/// In the order the report lists them.
inline constexpr Kind kAllKinds[] = {Kind::NamePrefix,    Kind::NameMiddle, Kind::PolicyFull,
                                     Kind::PolicyPartial, Kind::EmailFull,  Kind::EmailFragment};

struct SearchCase
{
    Kind kind = Kind::NamePrefix;
    QString text;
    qint64 expectedId = 0; ///< an insured that must be among the hits (full policy number, full email), or 0
};

class QuerySampler
{
public:
    /// db must outlive the sampler. The seed is fixed so two runs on the same book time the same queries.
    explicit QuerySampler(const Database& db);

    bool usable() const { return m_maxInsured > 0 && m_maxPolicy > 0; }

    // The mix: what CSRs type most is the start of a name; the rest spread over the other kinds.
    SearchCase next();

private:
    int pick(int from, int to) { return from >= to ? from : from + static_cast<int>(m_rng.bounded(to - from + 1)); }

    std::optional<SearchCase> make(Kind kind);
    std::tuple<qint64, QString, QString> insured();
    std::pair<qint64, QString> policy();

    const Database& m_db;
    QRandomGenerator m_rng;
    qint64 m_minInsured = 0, m_maxInsured = 0, m_minPolicy = 0, m_maxPolicy = 0;
};

} // namespace agencydesk::bench
