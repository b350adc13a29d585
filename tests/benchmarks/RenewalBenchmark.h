#pragma once

// A renewal run at scale: one policy on many certificate masters with many holders in all; the run moves every
// master to the new term, renders a certificate for each holder and queues its email (issue 8's target: 1,000
// holders on 10 masters in 20 s).

#include "BenchSystem.h"

#include <QJsonObject>

#include <optional>

namespace agencydesk::bench {

struct RenewalFigures
{
    int masters = 0;
    int holders = 0;
    double setupSeconds = 0;
    double renewMs = 0;              ///< RenewalService::renew: the term and the queued run, one transaction
    double runSeconds = 0;           ///< RenewalRunner::execute, wall clock
    double runCpuSeconds = 0;        ///< the same, process CPU
    double msPerHolder = 0;          ///< runSeconds / holders
    double longestMasterMs = 0;      ///< the longest transaction (one master): how long other writers may wait
    double longestProgressGapMs = 0; ///< the longest time between two progress reports (what a progress bar shows)
    int certificatesIssued = 0;
    int emailsQueued = 0;
    int mastersUpdated = 0;

    QJsonObject toJson() const;
};

class RenewalBenchmark
{
public:
    /// On a fresh database: one GL policy on \a masters masters with \a holders holders spread over them (email
    /// delivery, no requirements), renewed and run. nullopt when a step failed (the reason is in errors()).
    static std::optional<RenewalFigures> measure(int masters, int holders);
};

} // namespace agencydesk::bench
