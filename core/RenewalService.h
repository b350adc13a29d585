#pragma once

#include "Renewal.h"
#include "Result.h"
#include "Session.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>
#include <vector>

namespace agencydesk {

/// Renewing policies and what follows: the next term (by hand or from a download), the run queued for the masters
/// that hold the policy, the Renewals due list, "not renewing" and the agency's renewal settings. The run itself is
/// RenewalRunner's; lapse notices are LapseNoticeService's.
class RenewalService
{
    Q_DECLARE_TR_FUNCTIONS(RenewalService)

public:
    explicit RenewalService(const Session& session) : m_session(session) {}

    /// The next term of \a priorId as a renewal proposes it: the same length starting at the prior's expiration, the
    /// same number, carrier, line, coverages and indicators, linked to the prior (id 0: not stored).
    Result<Policy> proposeTerm(qint64 priorId) const;
    /// Stores \a term (from proposeTerm, edited) as the renewal of term.priorPolicyId in one transaction with its
    /// activity row and, when masters hold the prior term, a pending run. Refused when the prior term is already
    /// renewed, is unattached, or the new term does not start after the prior one starts. Returns the new term's id.
    Result<qint64> renew(Policy term);
    /// The same inside the caller's transaction (a dry run rolls it back); \a term gets its id.
    Result<qint64> renewInTransaction(Policy& term);

    /// Queues a run for \a policyId inside the caller's transaction when masters hold the policy (or \a priorId);
    /// the same policy and dates twice queue one run. Returns the run's id, or 0 when no master is concerned.
    Result<qint64> queueInTransaction(qint64 policyId, std::optional<qint64> priorId, RenewalTrigger trigger);
    /// Queues the republishing of \a masterId after its lapsed lines (\a lapsedPolicyId the first of them) were taken
    /// off, inside the caller's transaction; 0 when the master has no holders.
    Result<qint64> queueLinesInTransaction(qint64 masterId, qint64 lapsedPolicyId);

    /// Policies of active insureds expiring within \a days (settings' dueDays when empty) that are in force, have no
    /// renewal term and are not marked "not renewing"; soonest first.
    Result<std::vector<RenewalDue>> due(std::optional<int> days = std::nullopt, const QDate& today = {}) const;
    /// Marks the policy as not renewing (it leaves the due list) with an optional reason, or clears the mark.
    Status setNotRenewing(qint64 policyId, bool notRenewing, const QString& reason = {});

    Result<std::vector<RenewalRun>> runs(std::optional<RenewalRunStatus> status = std::nullopt, int limit = 200) const;
    Result<RenewalRun> run(qint64 runId) const;
    /// The pending or partial run of \a policyId, if any (the UI asks or starts it after a save).
    Result<std::optional<qint64>> openRunFor(qint64 policyId) const;

    Result<RenewalSettings> settings() const;
    Status setSettings(const RenewalSettings& settings); ///< managers

private:
    const Session& m_session;
};

} // namespace agencydesk
