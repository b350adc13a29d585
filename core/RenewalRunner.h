#pragma once

#include "Renewal.h"
#include "Result.h"
#include "Session.h"

#include <QCoreApplication>
#include <QDate>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace agencydesk {

/// Follows a renewal (or a term's new dates) through every certificate master that holds the policy (or republishes
/// the one master whose lapsed lines were taken off):
/// - the master's line moves from the prior term to the new one (the carrier's insurer letter kept or recomputed);
/// - each holder who receives renewal certificates and whose requirements are met (the new term checked on its first
///   day, the master's other lines today) gets the next revision, emailed with the renewal template (agency Bcc) and/or
///   put in the print queue, as the holder prefers (email without an address on file: print);
/// - a holder whose requirements are no longer met gets no certificate: a request goes to the manual list with
///   the reasons; a holder who does not receive renewals gets nothing.
/// Each master is one transaction (line moved, certificates, emails, print queue, requests, run items, summary),
/// and cancel is seen between masters, so a cancelled run leaves every master fully done or untouched. Running a run
/// again resumes it: holders with an item are skipped, so a completed run changes nothing.
class RenewalRunner
{
    Q_DECLARE_TR_FUNCTIONS(RenewalRunner)

public:
    /// After each holder: holders done (including those done by an earlier, interrupted run), holders in all.
    using Progress = std::function<void(int done, int total, const QString& holderName)>;

    explicit RenewalRunner(const Session& session) : m_session(session) {}

    /// Runs or resumes run \a runId; returns the run's whole summary (every item so far).
    Result<RenewalRunSummary> execute(qint64 runId, const Progress& progress = {},
                                      const std::atomic<bool>* cancel = nullptr, const QDate& today = {});
    /// Every run still pending or partial, oldest first, with id above \a afterRunId (downloads run the runs their
    /// import queued). Stops at the first error.
    Result<std::vector<RenewalRunSummary>> executeOpen(qint64 afterRunId, const Progress& progress = {},
                                                       const std::atomic<bool>* cancel = nullptr);
    /// What renewing would do: the term is stored and followed through in one transaction that is rolled back;
    /// nothing is rendered, queued or kept.
    Result<RenewalRunSummary> previewRenewal(Policy term, const QDate& today = {});
    /// What running \a runId would do now (rolled back).
    Result<RenewalRunSummary> previewRun(qint64 runId, const QDate& today = {});
    /// The highest run id so far (0 when none): a mark to pass to executeOpen().
    Result<qint64> lastRunId() const;

private:
    struct RunRow
    {
        qint64 id = 0;
        qint64 policyId = 0;
        std::optional<qint64> priorId;
        std::optional<qint64> masterId; ///< lines: the one master
        RenewalTrigger trigger = RenewalTrigger::Renewal;
        RenewalRunStatus status = RenewalRunStatus::Pending;
        RenewalRunSummary summary;
    };
    struct Pass
    {
        const RunRow& run;
        const Policy& term;
        QDate today;
        bool mailReady = true;
        bool dryRun = false;
        RenewalRunSummary& summary;
        int done = 0;
        int total = 0;
        const Progress& progress;
    };
    Result<RunRow> load(qint64 runId) const;
    Result<std::vector<qint64>> masters(const RunRow& run) const;
    Result<int> holderCount(const std::vector<qint64>& masterIds) const;
    Result<int> itemCount(qint64 runId) const;
    Result<bool> mailReady() const;
    /// Moves the master's line to the new term; true when it changed anything.
    Result<bool> moveLine(const RunRow& run, const Policy& term, qint64 masterId);
    Status followMaster(Pass& pass, qint64 masterId);
    Status followHolder(Pass& pass, qint64 masterId, const QString& masterName, qint64 holderId);
    Status saveSummary(const RunRow& run, const RenewalRunSummary& summary, RenewalRunStatus status);
    Result<RenewalRunSummary> preview(const RunRow& run, const QDate& today);

    const Session& m_session;
};

} // namespace agencydesk
