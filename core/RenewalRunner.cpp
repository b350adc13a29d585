#include "RenewalRunner.h"

#include "ActivityService.h"
#include "CertificateHolderService.h"
#include "CertificateMailer.h"
#include "CertificateMasterService.h"
#include "CertificateService.h"
#include "Database.h"
#include "MailSettingsService.h"
#include "PolicyService.h"
#include "PrintQueueService.h"
#include "RenewalService.h"
#include "RequestService.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace agencydesk {

namespace {

QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace

Result<RenewalRunner::RunRow> RenewalRunner::load(qint64 runId) const
{
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral("SELECT policy_id, prior_policy_id, trigger, status, summary, master_id FROM "
                             "renewal_runs WHERE id = ?"));
    q.addBindValue(runId);
    if (Status s = exec(q); !s)
        return s.error();
    if (!q.next())
        return Error{ErrorCode::NotFound, tr("There is no renewal run %1.").arg(runId)};
    RunRow r;
    r.id = runId;
    r.policyId = q.value(0).toLongLong();
    if (!q.value(1).isNull())
        r.priorId = q.value(1).toLongLong();
    r.trigger = renewalTriggerFromKey(q.value(2).toString());
    if (!q.value(5).isNull())
        r.masterId = q.value(5).toLongLong();
    r.status = renewalRunStatusFromKey(q.value(3).toString()).value_or(RenewalRunStatus::Pending);
    r.summary = RenewalRunSummary::fromJson(QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object());
    r.summary.cancelled = false;
    return r;
}

Result<std::vector<qint64>> RenewalRunner::masters(const RunRow& run) const
{
    if (run.masterId)
        return std::vector<qint64>{*run.masterId};
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral("SELECT DISTINCT master_id FROM master_policies WHERE policy_id IN (?, ?) "
                             "ORDER BY master_id"));
    q.addBindValue(run.policyId);
    q.addBindValue(run.priorId ? *run.priorId : run.policyId);
    if (Status s = exec(q); !s)
        return s.error();
    std::vector<qint64> out;
    while (q.next())
        out.push_back(q.value(0).toLongLong());
    return out;
}

Result<int> RenewalRunner::holderCount(const std::vector<qint64>& masterIds) const
{
    int total = 0;
    for (qint64 id : masterIds) {
        CachedQuery q = m_session.database().cachedQuery(
            QStringLiteral("SELECT COUNT(*) FROM certificate_holders WHERE master_id = ?"));
        q->addBindValue(id);
        if (Status s = exec(*q); !s)
            return s.error();
        total += q->next() ? q->value(0).toInt() : 0;
    }
    return total;
}

Result<int> RenewalRunner::itemCount(qint64 runId) const
{
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM renewal_run_items WHERE run_id = ?"));
    q.addBindValue(runId);
    if (Status s = exec(q); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<bool> RenewalRunner::mailReady() const
{
    Result<MailSettings> settings = MailSettingsService::read(m_session.database());
    if (!settings)
        return settings.error();
    return settings->isConfigured();
}

Result<qint64> RenewalRunner::lastRunId() const
{
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM renewal_runs"));
    if (Status s = exec(q); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<bool> RenewalRunner::moveLine(const RunRow& run, const Policy& term, qint64 masterId)
{
    if (run.trigger != RenewalTrigger::Renewal || !run.priorId)
        return false;
    Result<CertificateMaster> master = CertificateMasterService(m_session).get(masterId);
    if (!master)
        return master.error();
    const MasterPolicy* prior = nullptr;
    bool holdsTerm = false;
    QSet<QString> lettersInUse;
    QString carrierLetter; // the new term's carrier on another line of this master
    for (const MasterPolicy& mp : master->policies) {
        if (mp.policyId == *run.priorId) {
            prior = &mp;
            continue;
        }
        if (mp.policyId == term.id)
            holdsTerm = true;
        lettersInUse.insert(mp.insurerLetter);
        if (mp.carrierId == term.carrierId)
            carrierLetter = mp.insurerLetter;
    }
    if (!prior)
        return false; // moved by an earlier pass
    const Database& db = m_session.database();
    QSqlQuery q = db.query();
    QString letter;
    if (holdsTerm) {
        // Someone added the new term by hand: the prior line just goes.
        q.prepare(QStringLiteral("DELETE FROM master_policies WHERE master_id = ? AND policy_id = ?"));
        q.addBindValue(masterId);
        q.addBindValue(*run.priorId);
    } else {
        // One letter per carrier: the new carrier's letter on this master, else the prior's when no other line
        // keeps it, else the first free one.
        letter = carrierLetter;
        if (letter.isEmpty() && !lettersInUse.contains(prior->insurerLetter))
            letter = prior->insurerLetter;
        for (char c = 'A'; letter.isEmpty() && c <= 'F'; ++c) {
            if (!lettersInUse.contains(QString(QLatin1Char(c))))
                letter = QString(QLatin1Char(c));
        }
        if (letter.isEmpty())
            return validationError(tr("Certificate master \"%1\" already shows six insurers: policy %2's carrier "
                                      "needs a letter. Take a line off the master, then resume the run.")
                                       .arg(master->name, term.number));
        q.prepare(QStringLiteral("UPDATE master_policies SET policy_id = ?, insurer_letter = ? "
                                 "WHERE master_id = ? AND policy_id = ?"));
        q.addBindValue(term.id);
        q.addBindValue(letter);
        q.addBindValue(masterId);
        q.addBindValue(*run.priorId);
    }
    if (Status s = exec(q); !s)
        return s.error();
    QSqlQuery touch = db.query();
    touch.prepare(QStringLiteral("UPDATE certificate_masters SET updated_at = ?, updated_by = ?, "
                                 "row_version = row_version + 1 WHERE id = ?"));
    touch.addBindValue(nowUtc());
    touch.addBindValue(m_session.user.id > 0 ? QVariant(m_session.user.id) : QVariant());
    touch.addBindValue(masterId);
    if (Status s = exec(touch); !s)
        return s.error();
    Result<Policy> priorPolicy = PolicyService(m_session).get(*run.priorId);
    if (!priorPolicy)
        return priorPolicy.error();
    if (Status s = recordActivity(
            m_session, QStringLiteral("certificate_master"), masterId, master->insuredId, QStringLiteral("renewed"),
            QStringLiteral("Renewal: %1 policy %2 (%3 to %4) replaced by %5 (%6 to %7)%8")
                .arg(lineDisplayName(term.line), priorPolicy->number, isoDate(priorPolicy->effective),
                     isoDate(priorPolicy->expiration), term.number, isoDate(term.effective), isoDate(term.expiration),
                     letter.isEmpty() ? QString() : QStringLiteral(", insurer %1").arg(letter)),
            QJsonObject{{QStringLiteral("run"), run.id},
                        {QStringLiteral("priorPolicyId"), *run.priorId},
                        {QStringLiteral("policyId"), term.id},
                        {QStringLiteral("insurerLetter"), letter}});
        !s)
        return s.error();
    return true;
}

Status RenewalRunner::followHolder(Pass& pass, qint64 masterId, const QString& masterName, qint64 holderId)
{
    const Database& db = m_session.database();
    if (!pass.dryRun) {
        CachedQuery seen =
            db.cachedQuery(QStringLiteral("SELECT 1 FROM renewal_run_items WHERE run_id = ? AND holder_id = ?"));
        seen->addBindValue(pass.run.id);
        seen->addBindValue(holderId);
        if (Status s = exec(*seen); !s)
            return s;
        if (seen->next())
            return {}; // done by an earlier pass (counted in total and done already)
    }
    Result<CertificateHolderRecord> holder = CertificateHolderService(m_session).get(holderId);
    if (!holder)
        return holder.error();
    RenewalRunItem item;
    item.masterId = masterId;
    item.masterName = masterName;
    item.holderId = holderId;
    item.holderName = holder->name;
    qint64 certificateId = 0;
    if (!holder->receivesRenewals) {
        item.outcome = RenewalRunItem::Outcome::NotReceiving;
        ++pass.summary.notReceiving;
    } else {
        Result<ComplianceReport> report = ComplianceService(m_session).check(holderId, pass.today, pass.term.id);
        if (!report)
            return report.error();
        if (!report->compliant()) {
            item.outcome = RenewalRunItem::Outcome::Request;
            item.reason = pass.run.trigger == RenewalTrigger::Lines
                              ? QStringLiteral("Lapsed lines taken off certificate master %1: %2")
                                    .arg(masterName, report->reasons().join(QLatin1Char(' ')))
                              : QStringLiteral("Renewal of policy %1 (%2 to %3): %4")
                                    .arg(pass.term.number, isoDate(pass.term.effective), isoDate(pass.term.expiration),
                                         report->reasons().join(QLatin1Char(' ')));
            if (!pass.dryRun) {
                Result<qint64> request = RequestService(m_session).raiseForReviewInTransaction(
                    holderId, RequestSource::Renewal, item.reason);
                if (!request)
                    return request.error();
                item.requestId = *request;
            }
            ++pass.summary.requestsRaised;
        } else {
            item.outcome = RenewalRunItem::Outcome::Issued;
            // A holder who wants email but cannot get it (no address, mail not set up, a bad address) is printed.
            const bool wantsEmail = holder->delivery != DeliveryPreference::Print;
            const bool hasEmail = !holder->email.trimmed().isEmpty();
            item.emailed = wantsEmail && hasEmail && pass.mailReady;
            if (wantsEmail && !hasEmail)
                item.reason = QStringLiteral("No email address on file: printed instead.");
            else if (wantsEmail && !pass.mailReady)
                item.reason = QStringLiteral("Mail is not set up: printed instead.");
            if (!pass.dryRun) {
                Result<IssuedCertificate> issued =
                    CertificateService(m_session).issueInTransaction(masterId, holderId, false, pass.term.id);
                if (!issued)
                    return issued.error();
                item.certificateNumber = issued->number;
                certificateId = issued->id;
                if (item.emailed) {
                    CertificateEmailRequest request;
                    request.toHolder = true;
                    // A republished master is not a renewal: the usual certificate email.
                    request.holderTemplate = pass.run.trigger == RenewalTrigger::Lines
                                                 ? QStringLiteral("certificate_issued_holder")
                                                 : QStringLiteral("renewal_certificate");
                    CertificateMailer mailer(m_session);
                    auto mails = mailer.prepare(issued->number, request);
                    if (!mails && mails.error().code != ErrorCode::Validation)
                        return mails.error();
                    if (!mails) {
                        item.emailed = false;
                        item.reason = QStringLiteral("%1 Printed instead.").arg(mails.error().message);
                    } else if (auto queued = mailer.queueInTransaction(*mails); !queued) {
                        return queued.error();
                    }
                }
            }
            item.printed = holder->delivery != DeliveryPreference::Email || !item.emailed;
            if (!pass.dryRun && item.printed) {
                if (Status s = PrintQueueService(m_session).queueInTransaction(certificateId, pass.run.id); !s)
                    return s;
            }
            ++pass.summary.certificatesIssued;
            pass.summary.emailsQueued += item.emailed ? 1 : 0;
            pass.summary.printQueued += item.printed ? 1 : 0;
        }
    }
    if (!pass.dryRun) {
        CachedQuery ins = db.cachedQuery(
            QStringLiteral("INSERT INTO renewal_run_items(run_id, holder_id, master_id, outcome, certificate_id, "
                           "request_id, emailed, printed, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant& v : QVariantList{pass.run.id, holderId, masterId, renewalOutcomeKey(item.outcome),
                                              optionalId(certificateId), optionalId(item.requestId), item.emailed,
                                              item.printed, item.reason.isNull() ? QStringLiteral("") : item.reason})
            ins->addBindValue(v);
        if (Status s = exec(*ins); !s)
            return s;
    }
    pass.summary.items.push_back(item);
    ++pass.done;
    if (pass.progress)
        pass.progress(pass.done, pass.total, item.holderName);
    return {};
}

Status RenewalRunner::followMaster(Pass& pass, qint64 masterId)
{
    Result<bool> moved = moveLine(pass.run, pass.term, masterId);
    if (!moved)
        return moved.error();
    if (*moved)
        ++pass.summary.mastersUpdated;
    Result<CertificateMaster> master = CertificateMasterService(m_session).get(masterId);
    if (!master)
        return master.error();
    Result<std::vector<CertificateHolderRecord>> holders = CertificateHolderService(m_session).forMaster(masterId);
    if (!holders)
        return holders.error();
    for (const CertificateHolderRecord& h : *holders) {
        if (Status s = followHolder(pass, masterId, master->name, h.id); !s)
            return s;
    }
    return {};
}

Status RenewalRunner::saveSummary(const RunRow& run, const RenewalRunSummary& summary, RenewalRunStatus status)
{
    RenewalRunSummary counts = summary;
    counts.items.clear(); // the items live in renewal_run_items
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral("UPDATE renewal_runs SET status = ?, summary = ?, finished_at = ? WHERE id = ?"));
    q.addBindValue(renewalRunStatusKey(status));
    q.addBindValue(QString::fromUtf8(QJsonDocument(counts.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(status == RenewalRunStatus::Completed ? nowUtc() : QStringLiteral(""));
    q.addBindValue(run.id);
    return exec(q);
}

Result<RenewalRunSummary> RenewalRunner::execute(qint64 runId, const Progress& progress,
                                                 const std::atomic<bool>* cancel, const QDate& today)
{
    if (Status s = authorize(m_session, Operation::RenewalRun); !s)
        return s.error();
    Result<RunRow> run = load(runId);
    if (!run)
        return run.error();
    Result<Policy> term = PolicyService(m_session).get(run->policyId);
    if (!term)
        return term.error();
    Result<std::vector<qint64>> masterIds = masters(*run);
    if (!masterIds)
        return masterIds.error();
    Result<int> total = holderCount(*masterIds);
    if (!total)
        return total.error();
    Result<int> done = itemCount(runId);
    if (!done)
        return done.error();
    Result<bool> mailReady = this->mailReady();
    if (!mailReady)
        return mailReady.error();
    const QDate day = today.isValid() ? today : QDate::currentDate();
    RenewalRunSummary summary = run->summary;
    summary.masters = int(masterIds->size());
    Pass pass{*run, *term, day, *mailReady, false, summary, *done, std::max(*total, *done), progress};
    bool cancelled = false;
    for (size_t i = 0; i < masterIds->size(); ++i) {
        if (cancel && cancel->load()) {
            cancelled = true;
            break;
        }
        Transaction tx(m_session.database());
        if (Status s = tx.begin(); !s)
            return s.error();
        // The counts as stored now, inside the write lock: the same run started elsewhere (another window, the CLI)
        // may have done masters meanwhile; its holders are skipped and its counts kept.
        Result<RunRow> current = load(runId);
        if (!current)
            return current.error();
        summary = current->summary;
        summary.masters = int(masterIds->size());
        if (Status s = followMaster(pass, (*masterIds)[i]); !s) // the master rolls back whole
            return Error{s.error().code, tr("Renewal run %1 stopped: %2").arg(runId).arg(s.error().message)};
        const bool last = i + 1 == masterIds->size();
        if (Status s = saveSummary(*run, summary, last ? RenewalRunStatus::Completed : RenewalRunStatus::Partial); !s)
            return s.error();
        if (last) {
            if (Status s = recordActivity(
                    m_session, QStringLiteral("policy"), run->policyId, term->insuredId, QStringLiteral("renewal_run"),
                    QStringLiteral("Renewal run %1 for policy %2: %3").arg(runId).arg(term->number, summary.toText()),
                    QJsonObject{{QStringLiteral("run"), runId}});
                !s)
                return s.error();
        }
        if (Status s = tx.commit(); !s)
            return s.error();
    }
    if (masterIds->empty()) {
        Transaction tx(m_session.database());
        if (Status s = tx.begin(); !s)
            return s.error();
        if (Status s = saveSummary(*run, summary, RenewalRunStatus::Completed); !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
    }
    Result<RenewalRun> stored = RenewalService(m_session).run(runId);
    if (!stored)
        return stored.error();
    RenewalRunSummary out = stored->summary;
    out.cancelled = cancelled;
    return out;
}

Result<std::vector<RenewalRunSummary>> RenewalRunner::executeOpen(qint64 afterRunId, const Progress& progress,
                                                                  const std::atomic<bool>* cancel)
{
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral("SELECT id FROM renewal_runs WHERE id > ? AND status IN ('pending','partial') "
                             "ORDER BY id"));
    q.addBindValue(afterRunId);
    if (Status s = exec(q); !s)
        return s.error();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    std::vector<RenewalRunSummary> out;
    for (qint64 id : ids) {
        if (cancel && cancel->load())
            break;
        Result<RenewalRunSummary> summary = execute(id, progress, cancel);
        if (!summary)
            return summary.error();
        out.push_back(*summary);
    }
    return out;
}

Result<RenewalRunSummary> RenewalRunner::preview(const RunRow& run, const QDate& today)
{
    Result<Policy> term = PolicyService(m_session).get(run.policyId);
    if (!term)
        return term.error();
    Result<std::vector<qint64>> masterIds = masters(run);
    if (!masterIds)
        return masterIds.error();
    Result<int> total = holderCount(*masterIds);
    if (!total)
        return total.error();
    RenewalRunSummary summary;
    summary.dryRun = true;
    summary.masters = int(masterIds->size());
    Result<bool> mailReady = this->mailReady();
    if (!mailReady)
        return mailReady.error();
    const Progress none;
    const QDate day = today.isValid() ? today : QDate::currentDate();
    Pass pass{run, *term, day, *mailReady, true, summary, 0, *total, none};
    for (qint64 id : *masterIds) {
        if (Status s = followMaster(pass, id); !s)
            return s.error();
    }
    return summary;
}

Result<RenewalRunSummary> RenewalRunner::previewRenewal(Policy term, const QDate& today)
{
    Transaction tx(m_session.database()); // never committed: the dry run leaves nothing behind
    if (Status s = tx.begin(); !s)
        return s.error();
    RenewalService renewals(m_session);
    Result<qint64> id = renewals.renewInTransaction(term);
    if (!id)
        return id.error();
    Result<std::optional<qint64>> runId = renewals.openRunFor(*id);
    if (!runId)
        return runId.error();
    if (!*runId) {
        RenewalRunSummary nothing;
        nothing.dryRun = true;
        return nothing;
    }
    Result<RunRow> run = load(**runId);
    if (!run)
        return run.error();
    return preview(*run, today);
}

Result<RenewalRunSummary> RenewalRunner::previewRun(qint64 runId, const QDate& today)
{
    Transaction tx(m_session.database());
    if (Status s = tx.begin(); !s)
        return s.error();
    Result<RunRow> run = load(runId);
    if (!run)
        return run.error();
    return preview(*run, today);
}

} // namespace agencydesk
