#pragma once

// The certificate request desk's speed: the Requests tab's default view (New + In Progress) and its pending count
// with many requests in the database, and one clean request taken in and processed automatically (certificate
// issued, two emails queued).

#include "BenchSystem.h"

#include <QJsonObject>

#include <optional>

namespace agencydesk::bench {

struct RequestFigures
{
    int requests = 0; ///< requests in the database
    int pending = 0;  ///< of which New + In Progress
    int insureds = 0; ///< customers (each with a master of two policies)
    double generateSeconds = 0;
    int defaultViewRows = 0; ///< rows the default view returns (its page size caps it)
    Stats defaultView;       ///< RequestListService::list() with the default filter
    Stats tabOpen;      ///< the real RequestsTab built, shown and painted on its default view (when the ui is linked)
    Stats pendingCount; ///< RequestListService::pendingCount()
    Stats searchView;   ///< the default view searched by a customer's name
    Stats intake;       ///< RequestService::intake of a clean request: issued + 2 emails queued, one transaction
    int intakeCompleted = 0; ///< of the timed intakes, how many completed automatically (all should)

    QJsonObject toJson() const;
};

class RequestBenchmark
{
public:
    /// On a fresh database with \a insureds customers and \a requests requests (about 5 % pending), times the
    /// default view and the pending count \a samples times each, then \a intakes automatic intakes. nullopt when a
    /// step failed (the reason is in errors()).
    static std::optional<RequestFigures> measure(int requests, int insureds, int samples, int intakes);
};

} // namespace agencydesk::bench
