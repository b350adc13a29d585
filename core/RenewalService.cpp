#include "RenewalService.h"

#include "ActivityService.h"
#include "AgencyService.h"
#include "CertificateHolderService.h"
#include "Database.h"
#include "InsuredService.h"
#include "MailTemplateService.h"
#include "OutboxService.h"
#include "PolicyService.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace agencydesk {

namespace {

QDate today(const QDate& given)
{
    return given.isValid() ? given : QDate::currentDate();
}

/// The prior term's length carried over: whole months when the term is whole months (a year, six months), else days.
QDate sameLength(const Policy& prior, const QDate& start)
{
    const int months =
        (prior.expiration.year() - prior.effective.year()) * 12 + prior.expiration.month() - prior.effective.month();
    if (months > 0 && prior.effective.addMonths(months) == prior.expiration)
        return start.addMonths(months);
    return start.addDays(prior.effective.daysTo(prior.expiration));
}

const char* const runColumns =
    "r.id, r.policy_id, r.prior_policy_id, r.trigger, r.status, r.summary, r.created_at, r.created_by_name, "
    "r.finished_at, p.number, p.insured_id, COALESCE(i.name, ''), p.effective_date, p.expiration_date, r.master_id "
    "FROM renewal_runs r JOIN policies p ON p.id = r.policy_id LEFT JOIN insureds i ON i.id = p.insured_id";

RenewalRun readRun(const QSqlQuery& q)
{
    RenewalRun r;
    r.id = q.value(0).toLongLong();
    r.policyId = q.value(1).toLongLong();
    if (!q.value(2).isNull())
        r.priorPolicyId = q.value(2).toLongLong();
    r.trigger = renewalTriggerFromKey(q.value(3).toString());
    r.status = renewalRunStatusFromKey(q.value(4).toString()).value_or(RenewalRunStatus::Pending);
    r.summary = RenewalRunSummary::fromJson(QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object());
    r.createdAt = q.value(6).toString();
    r.createdByName = q.value(7).toString();
    r.finishedAt = q.value(8).toString();
    r.policyNumber = q.value(9).toString();
    r.insuredId = q.value(10).toLongLong();
    r.insuredName = q.value(11).toString();
    r.effective = QDate::fromString(q.value(12).toString(), Qt::ISODate);
    r.expiration = QDate::fromString(q.value(13).toString(), Qt::ISODate);
    if (!q.value(14).isNull())
        r.masterId = q.value(14).toLongLong();
    return r;
}

} // namespace

Result<Policy> RenewalService::proposeTerm(qint64 priorId) const
{
    Result<Policy> prior = PolicyService(m_session).get(priorId);
    if (!prior)
        return prior.error();
    Policy term = *prior;
    term.id = 0;
    term.priorPolicyId = priorId;
    term.effective = prior->expiration;
    term.expiration = sameLength(*prior, term.effective);
    term.cancelled = false;
    term.cancelledAt.clear();
    term.updatedAt.clear();
    term.updatedByName.clear();
    term.rowVersion = 0;
    return term;
}

Result<qint64> RenewalService::renew(Policy term)
{
    if (Status s = authorize(m_session, Operation::PolicyRenew); !s)
        return s.error();
    Transaction tx(m_session.database());
    if (Status s = tx.begin(); !s)
        return s.error();
    Result<qint64> id = renewInTransaction(term);
    if (!id)
        return id;
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<qint64> RenewalService::renewInTransaction(Policy& term)
{
    if (Status s = authorize(m_session, Operation::PolicyRenew); !s)
        return s.error();
    if (!term.priorPolicyId)
        return validationError(tr("A renewal names the policy term it renews."));
    PolicyService policies(m_session);
    Result<Policy> prior = policies.get(*term.priorPolicyId);
    if (!prior)
        return prior.error();
    if (!prior->insuredId)
        return validationError(
            tr("Policy %1 is an unattached download: attach it to a client before renewing it.").arg(prior->number));
    QSqlQuery existing = m_session.database().query();
    existing.prepare(QStringLiteral("SELECT number, effective_date, expiration_date FROM policies "
                                    "WHERE prior_policy_id = ? ORDER BY effective_date DESC LIMIT 1"));
    existing.addBindValue(prior->id);
    if (Status s = exec(existing); !s)
        return s.error();
    if (existing.next())
        return Error{ErrorCode::Conflict, tr("Policy %1 (%2 to %3) is already renewed: policy %4, %5 to %6.")
                                              .arg(prior->number, isoDate(prior->effective), isoDate(prior->expiration),
                                                   existing.value(0).toString(), existing.value(1).toString(),
                                                   existing.value(2).toString())};
    if (term.effective.isValid() && term.effective <= prior->effective)
        return validationError(tr("The renewal of policy %1 must start after %2, when the term it renews started.")
                                   .arg(prior->number, isoDate(prior->effective)));
    term.id = 0;
    term.insuredId = prior->insuredId;
    term.line = prior->line;
    term.cancelled = false;
    term.cancelledAt.clear();
    if (term.carrierId == 0 && term.carrierName.trimmed().isEmpty())
        term.carrierId = prior->carrierId;
    if (term.number.trimmed().isEmpty())
        term.number = prior->number;
    const QString summary = QStringLiteral("Renewed policy %1 (%2 to %3): new term %4, %5 to %6")
                                .arg(prior->number, isoDate(prior->effective), isoDate(prior->expiration),
                                     term.number.trimmed(), isoDate(term.effective), isoDate(term.expiration));
    return policies.createInTransaction(term, summary); // queues the run when masters hold the prior term
}

Result<qint64> RenewalService::queueInTransaction(qint64 policyId, std::optional<qint64> priorId,
                                                  RenewalTrigger trigger)
{
    const Database& db = m_session.database();
    CachedQuery heldCached =
        db.cachedQuery(QStringLiteral("SELECT 1 FROM master_policies WHERE policy_id = ? OR policy_id = ? LIMIT 1"));
    QSqlQuery& held = *heldCached;
    held.addBindValue(policyId);
    held.addBindValue(priorId ? *priorId : policyId);
    if (Status s = exec(held); !s)
        return s.error();
    if (!held.next())
        return qint64(0);
    QString key = QStringLiteral("renewal");
    if (trigger == RenewalTrigger::Dates) {
        // A dates run nobody started yet is replaced by the newer dates: the holders get one new revision.
        QSqlQuery drop = db.query();
        drop.prepare(QStringLiteral("DELETE FROM renewal_runs WHERE policy_id = ? AND trigger = 'dates' AND "
                                    "status = 'pending' AND NOT EXISTS (SELECT 1 FROM renewal_run_items "
                                    "WHERE run_id = renewal_runs.id)"));
        drop.addBindValue(policyId);
        if (Status s = exec(drop); !s)
            return s.error();
        key = QStringLiteral("dates %1").arg(nowUtc());
    }
    QSqlQuery ins = db.query();
    ins.prepare(QStringLiteral("INSERT OR IGNORE INTO renewal_runs(policy_id, prior_policy_id, trigger, term_key, "
                               "created_at, created_by_name) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v : QVariantList{policyId, priorId ? QVariant(*priorId) : QVariant(),
                                          renewalTriggerKey(trigger), key, nowUtc(), m_session.user.userName})
        ins.addBindValue(v);
    if (Status s = exec(ins); !s)
        return s.error();
    if (ins.numRowsAffected() == 1)
        return ins.lastInsertId().toLongLong();
    QSqlQuery found = db.query();
    found.prepare(QStringLiteral("SELECT id FROM renewal_runs WHERE policy_id = ? AND term_key = ?"));
    found.addBindValue(policyId);
    found.addBindValue(key);
    if (Status s = exec(found); !s)
        return s.error();
    return found.next() ? found.value(0).toLongLong() : qint64(0);
}

Result<qint64> RenewalService::queueLinesInTransaction(qint64 masterId, qint64 lapsedPolicyId)
{
    const Database& db = m_session.database();
    QSqlQuery holders = db.query();
    holders.prepare(QStringLiteral("SELECT 1 FROM certificate_holders WHERE master_id = ? LIMIT 1"));
    holders.addBindValue(masterId);
    if (Status s = exec(holders); !s)
        return s.error();
    if (!holders.next())
        return qint64(0);
    QSqlQuery ins = db.query();
    ins.prepare(QStringLiteral("INSERT INTO renewal_runs(policy_id, master_id, trigger, term_key, created_at, "
                               "created_by_name) VALUES (?, ?, 'lines', ?, ?, ?)"));
    const QString now = nowUtc();
    for (const QVariant& v :
         QVariantList{lapsedPolicyId, masterId, QStringLiteral("lines %1 %2").arg(masterId).arg(now), now,
                      m_session.user.userName})
        ins.addBindValue(v);
    if (Status s = exec(ins); !s)
        return s.error();
    return ins.lastInsertId().toLongLong();
}

Result<std::vector<RenewalDue>> RenewalService::due(std::optional<int> days, const QDate& date) const
{
    int window = 0;
    if (days) {
        window = *days;
    } else {
        Result<RenewalSettings> s = settings();
        if (!s)
            return s.error();
        window = s->dueDays;
    }
    if (window < 0 || window > 3650)
        return validationError(tr("The renewals due window is 0 to 3,650 days, not %1.").arg(window));
    const QDate from = today(date);
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral(
        "SELECT p.id, i.name, (SELECT COUNT(*) FROM master_policies mp WHERE mp.policy_id = p.id) "
        "FROM policies p JOIN insureds i ON i.id = p.insured_id "
        "WHERE p.status = 'active' AND i.status = 'active' AND p.expiration_date >= ? AND p.expiration_date <= ? "
        "AND p.effective_date <= ? "
        "AND NOT EXISTS (SELECT 1 FROM policies r WHERE r.prior_policy_id = p.id) "
        "AND NOT EXISTS (SELECT 1 FROM policies_not_renewing n WHERE n.policy_id = p.id) "
        "ORDER BY p.expiration_date, i.name COLLATE NOCASE, p.number"));
    q.addBindValue(isoDate(from));
    q.addBindValue(isoDate(from.addDays(window)));
    q.addBindValue(isoDate(from));
    if (Status s = exec(q); !s)
        return s.error();
    std::vector<RenewalDue> out;
    PolicyService policies(m_session);
    while (q.next()) {
        Result<Policy> p = policies.get(q.value(0).toLongLong());
        if (!p)
            return p.error();
        RenewalDue d;
        d.policy = *p;
        d.insuredName = q.value(1).toString();
        d.masters = q.value(2).toInt();
        d.daysLeft = int(from.daysTo(p->expiration));
        out.push_back(d);
    }
    return out;
}

Status RenewalService::setNotRenewing(qint64 policyId, bool notRenewing, const QString& reason)
{
    if (Status s = authorize(m_session, Operation::PolicyNotRenewing); !s)
        return s;
    const QString why = reason.simplified();
    if (why.size() > 500)
        return validationError(tr("The reason is too long (at most 500 characters)."));
    const Database& db = m_session.database();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    Result<Policy> p = PolicyService(m_session).get(policyId);
    if (!p)
        return p.error();
    QSqlQuery q = db.query();
    if (notRenewing) {
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO policies_not_renewing(policy_id, reason, by_name, at) "
                                 "VALUES (?, ?, ?, ?)"));
        for (const QVariant& v :
             QVariantList{policyId, why.isNull() ? QStringLiteral("") : why, m_session.user.userName, nowUtc()})
            q.addBindValue(v);
    } else {
        q.prepare(QStringLiteral("DELETE FROM policies_not_renewing WHERE policy_id = ?"));
        q.addBindValue(policyId);
    }
    if (Status s = exec(q); !s)
        return s;
    const QString summary = notRenewing
                                ? QStringLiteral("Policy %1 marked not renewing%2")
                                      .arg(p->number, why.isEmpty() ? QString() : QStringLiteral(": %1").arg(why))
                                : QStringLiteral("Policy %1 no longer marked not renewing").arg(p->number);
    if (Status s = recordActivity(m_session, QStringLiteral("policy"), policyId, p->insuredId,
                                  notRenewing ? QStringLiteral("not_renewing") : QStringLiteral("renewing"), summary,
                                  QJsonObject{{QStringLiteral("reason"), why}});
        !s)
        return s;
    return tx.commit();
}

Result<std::vector<RenewalRun>> RenewalService::runs(std::optional<RenewalRunStatus> status, int limit) const
{
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral("SELECT %1 WHERE (? = '' OR r.status = ?) ORDER BY r.id DESC LIMIT ?")
                  .arg(QLatin1String(runColumns)));
    const QString key = status ? renewalRunStatusKey(*status) : QStringLiteral("");
    q.addBindValue(key);
    q.addBindValue(key);
    q.addBindValue(qBound(1, limit, 10000));
    if (Status s = exec(q); !s)
        return s.error();
    std::vector<RenewalRun> out;
    while (q.next())
        out.push_back(readRun(q));
    return out;
}

Result<RenewalRun> RenewalService::run(qint64 runId) const
{
    const Database& db = m_session.database();
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT %1 WHERE r.id = ?").arg(QLatin1String(runColumns)));
    q.addBindValue(runId);
    if (Status s = exec(q); !s)
        return s.error();
    if (!q.next())
        return Error{ErrorCode::NotFound, tr("There is no renewal run %1.").arg(runId)};
    RenewalRun r = readRun(q);
    QSqlQuery items = db.query();
    items.prepare(QStringLiteral(
        "SELECT it.master_id, m.name, it.holder_id, h.name, it.outcome, COALESCE(c.number, ''), "
        "COALESCE(it.request_id, 0), it.emailed, it.printed, it.reason FROM renewal_run_items it "
        "JOIN certificate_masters m ON m.id = it.master_id JOIN certificate_holders h ON h.id = it.holder_id "
        "LEFT JOIN certificates c ON c.id = it.certificate_id WHERE it.run_id = ? ORDER BY m.name, h.name, h.id"));
    items.addBindValue(runId);
    if (Status s = exec(items); !s)
        return s.error();
    while (items.next()) {
        RenewalRunItem i;
        i.masterId = items.value(0).toLongLong();
        i.masterName = items.value(1).toString();
        i.holderId = items.value(2).toLongLong();
        i.holderName = items.value(3).toString();
        const QString outcome = items.value(4).toString();
        i.outcome = outcome == QLatin1String("request")         ? RenewalRunItem::Outcome::Request
                    : outcome == QLatin1String("not_receiving") ? RenewalRunItem::Outcome::NotReceiving
                                                                : RenewalRunItem::Outcome::Issued;
        i.certificateNumber = items.value(5).toString();
        i.requestId = items.value(6).toLongLong();
        i.emailed = items.value(7).toBool();
        i.printed = items.value(8).toBool();
        i.reason = items.value(9).toString();
        r.summary.items.push_back(i);
    }
    return r;
}

Result<std::optional<qint64>> RenewalService::openRunFor(qint64 policyId) const
{
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral("SELECT id FROM renewal_runs WHERE policy_id = ? AND status IN ('pending','partial') "
                             "ORDER BY id DESC LIMIT 1"));
    q.addBindValue(policyId);
    if (Status s = exec(q); !s)
        return s.error();
    if (q.next())
        return std::optional<qint64>(q.value(0).toLongLong());
    return std::optional<qint64>();
}

Result<RenewalSettings> RenewalService::settings() const
{
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral("SELECT key, value FROM settings WHERE key IN ('renewal.follow_through', "
                             "'renewal.due_days')"));
    if (Status s = exec(q); !s)
        return s.error();
    RenewalSettings out;
    while (q.next()) {
        const QString value = q.value(1).toString();
        if (q.value(0).toString() == QLatin1String("renewal.follow_through")) {
            out.followThrough = value == QLatin1String("ask") ? FollowThrough::Ask : FollowThrough::Automatic;
        } else {
            bool ok = false;
            const int days = value.toInt(&ok);
            if (ok)
                out.dueDays = days;
        }
    }
    return out;
}

Status RenewalService::setSettings(const RenewalSettings& settings)
{
    if (Status s = authorize(m_session, Operation::RenewalSettings); !s)
        return s;
    if (settings.dueDays < 1 || settings.dueDays > 365)
        return validationError(tr("Renewals due: 1 to 365 days, not %1.").arg(settings.dueDays));
    const Database& db = m_session.database();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    const QString follow =
        settings.followThrough == FollowThrough::Ask ? QStringLiteral("ask") : QStringLiteral("automatic");
    for (const auto& [key, value] :
         {std::pair{QStringLiteral("renewal.follow_through"), follow},
          std::pair{QStringLiteral("renewal.due_days"), QString::number(settings.dueDays)}}) {
        QSqlQuery q = db.query();
        q.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(key);
        q.addBindValue(value);
        if (Status s = exec(q); !s)
            return s;
    }
    if (Status s = recordActivity(m_session, QStringLiteral("agency"), 1, std::nullopt, QStringLiteral("updated"),
                                  QStringLiteral("Renewal settings: follow-through %1, renewals due within %2 days")
                                      .arg(follow)
                                      .arg(settings.dueDays));
        !s)
        return s;
    return tx.commit();
}

} // namespace agencydesk
