#include "PolicyService.h"

#include "ActivityService.h"
#include "CarrierService.h"
#include "Database.h"
#include "LimitCodes.h"
#include "RenewalService.h"
#include "Validation.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace agencydesk {

using namespace Qt::StringLiterals;

namespace {

const char* kSelectPolicy =
    "SELECT p.id, p.insured_id, p.number, p.line, p.carrier_id, c.name, c.naic, p.effective_date, "
    "p.expiration_date, p.status, p.cancelled_at, p.premium_cents, p.indicators, p.updated_at, "
    "COALESCE(u.user_name, ''), p.row_version, p.prior_policy_id "
    "FROM policies p JOIN carriers c ON c.id = p.carrier_id LEFT JOIN users u ON u.id = p.updated_by ";

Policy readPolicy(const QSqlQuery& q)
{
    Policy p;
    p.id = q.value(0).toLongLong();
    if (!q.value(1).isNull())
        p.insuredId = q.value(1).toLongLong();
    p.number = q.value(2).toString();
    p.line = lineFromKey(q.value(3).toString()).value_or(LineOfBusiness::Other);
    p.carrierId = q.value(4).toLongLong();
    p.carrierName = q.value(5).toString();
    p.carrierNaic = q.value(6).toString();
    p.effective = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    p.expiration = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    p.cancelled = q.value(9).toString() == QLatin1String("cancelled");
    p.cancelledAt = q.value(10).toString();
    if (!q.value(11).isNull())
        p.premiumCents = q.value(11).toLongLong();
    p.indicators = PolicyIndicators::fromJson(QJsonDocument::fromJson(q.value(12).toString().toUtf8()).object());
    p.updatedAt = q.value(13).toString();
    p.updatedByName = q.value(14).toString();
    p.rowVersion = q.value(15).toInt();
    if (!q.value(16).isNull())
        p.priorPolicyId = q.value(16).toLongLong();
    return p;
}

QString indicatorsText(const PolicyIndicators& indicators)
{
    return indicators.toJsonText().text();
}

QVariant userId(const Session& session)
{
    return session.user.id > 0 ? QVariant(session.user.id) : QVariant();
}

} // namespace

JsonObjectText PolicyService::toJsonText(const Policy& p)
{
    JsonArrayText coverages;
    for (const Coverage& c : p.coverages)
        coverages.append(JsonObjectText().add("code"_L1, c.limitCode).add("amount"_L1, c.amount));
    JsonObjectText json;
    json.add("id"_L1, p.id).add("insuredId"_L1, p.insuredId).add("priorPolicyId"_L1, p.priorPolicyId);
    json.add("number"_L1, p.number).add("line"_L1, lineKey(p.line));
    json.add("carrier"_L1, p.carrierName).add("naic"_L1, p.carrierNaic);
    json.add("effective"_L1, isoDate(p.effective)).add("expiration"_L1, isoDate(p.expiration));
    json.add("status"_L1, policyStatusDisplayName(p.status())).add("premiumCents"_L1, p.premiumCents);
    json.add("indicators"_L1, p.indicators.toJsonText()).add("limits"_L1, coverages).add("rowVersion"_L1, p.rowVersion);
    return json;
}

Status PolicyService::validate(Policy& p) const
{
    p.number = cleanText(p.number);
    p.carrierName = cleanText(p.carrierName);
    p.carrierNaic = cleanText(p.carrierNaic);
    QStringList problems;
    if (p.number.isEmpty())
        problems << tr("Policy number is required.");
    else if (p.number.size() > 60)
        problems << tr("Policy number is longer than 60 characters.");
    if (p.carrierId == 0 && p.carrierName.isEmpty())
        problems << tr("Carrier is required.");
    if (!p.effective.isValid())
        problems << tr("Effective date is missing or not a valid date.");
    if (!p.expiration.isValid())
        problems << tr("Expiration date is missing or not a valid date.");
    if (p.effective.isValid() && p.expiration.isValid() && p.expiration <= p.effective)
        problems << tr("Expiration date (%1) must be after the effective date (%2).")
                        .arg(isoDate(p.expiration), isoDate(p.effective));
    if (p.premiumCents && *p.premiumCents < 0)
        problems << tr("Premium cannot be negative.");
    const QString per = p.indicators.aggregateAppliesPer;
    if (per != QLatin1String("policy") && per != QLatin1String("project") && per != QLatin1String("location"))
        problems << tr("General aggregate applies per policy, project or location, not \"%1\".").arg(per);
    const QString dr = p.indicators.deductibleOrRetention;
    if (!dr.isEmpty() && dr != QLatin1String("deductible") && dr != QLatin1String("retention"))
        problems << tr("Umbrella has a deductible or a retention, not \"%1\".").arg(dr);

    QSet<QString> seen;
    for (Coverage& c : p.coverages) {
        const LimitCode* known = findLimitCode(c.limitCode);
        if (!known) {
            problems << tr("\"%1\" is not a limit code.").arg(c.limitCode);
            continue;
        }
        c.limitCode = known->code;
        if (known->line != p.line)
            problems << tr("%1 is a %2 limit, not a %3 limit.")
                            .arg(known->code, lineDisplayNameTr(known->line), lineDisplayNameTr(p.line));
        if (c.amount < 0)
            problems << tr("%1 cannot be negative.").arg(known->code);
        if (seen.contains(known->code))
            problems << tr("%1 is given twice.").arg(known->code);
        seen.insert(known->code);
    }
    if (!problems.isEmpty())
        return validationError(problems.join(QLatin1Char(' ')));

    if (p.insuredId) {
        CachedQuery qCached = m_session.database().cachedQuery(QStringLiteral("SELECT 1 FROM insureds WHERE id = ?"));
        QSqlQuery& q = *qCached;
        q.addBindValue(*p.insuredId);
        if (Status s = exec(q); !s)
            return s;
        if (!q.next())
            return Error{ErrorCode::NotFound, tr("Insured %1 does not exist.").arg(*p.insuredId)};
    }
    return {};
}

Status PolicyService::writeCoverages(const Policy& p, bool replace)
{
    if (replace) {
        CachedQuery delCached =
            m_session.database().cachedQuery(QStringLiteral("DELETE FROM coverages WHERE policy_id = ?"));
        QSqlQuery& del = *delCached;
        del.addBindValue(p.id);
        if (Status s = exec(del); !s)
            return s;
    }
    CachedQuery insCached = m_session.database().cachedQuery(
        QStringLiteral("INSERT INTO coverages(policy_id, limit_code, amount) VALUES (?, ?, ?)"));
    QSqlQuery& ins = *insCached;
    for (const Coverage& c : p.coverages) {
        ins.addBindValue(p.id);
        ins.addBindValue(c.limitCode);
        ins.addBindValue(c.amount);
        if (Status s = exec(ins); !s)
            return s;
    }
    return {};
}

Result<std::pair<QString, QString>> PolicyService::carrierNameAndNaic(qint64 carrierId)
{
    if (auto known = m_carrierNames.constFind(carrierId); known != m_carrierNames.constEnd())
        return *known;
    Result<Carrier> carrier = CarrierService(m_session).get(carrierId);
    if (!carrier)
        return carrier.error();
    return *m_carrierNames.insert(carrierId, {carrier->name, carrier->naic});
}

Status PolicyService::resolveCarrier(Policy& p)
{
    CarrierService carriers(m_session);
    if (p.carrierId == 0) {
        Result<qint64> carrierId = carriers.resolveForPolicy(p.carrierName, p.carrierNaic);
        if (!carrierId)
            return carrierId.error();
        p.carrierId = *carrierId;
    }
    Result<std::pair<QString, QString>> carrier = carrierNameAndNaic(p.carrierId);
    if (!carrier)
        return carrier.error();
    std::tie(p.carrierName, p.carrierNaic) = *carrier;

    // A carrier never issues the same number for two overlapping terms; a second row would be a duplicate
    // download. The next term of the same number (a renewal) is a row of its own.
    CachedQuery dupCached = m_session.database().cachedQuery(
        QStringLiteral("SELECT id FROM policies WHERE carrier_id = ? AND number = ? AND id <> ? "
                       "AND effective_date < ? AND expiration_date > ?"));
    QSqlQuery& dup = *dupCached;
    dup.addBindValue(p.carrierId);
    dup.addBindValue(p.number);
    dup.addBindValue(p.id);
    dup.addBindValue(isoDate(p.expiration));
    dup.addBindValue(isoDate(p.effective));
    if (Status s = exec(dup); !s)
        return s;
    if (dup.next())
        return validationError(tr("Policy number %1 already exists for %2 (policy %3) for an overlapping term.")
                                   .arg(p.number, p.carrierName, dup.value(0).toString()));
    return {};
}

Result<qint64> PolicyService::create(const Policy& input)
{
    if (Status s = authorize(m_session, Operation::PolicyCreate); !s)
        return s.error();
    Policy p = input;
    Transaction tx(m_session.database());
    if (Status s = tx.begin(); !s)
        return s.error();
    Result<qint64> id = createInTransaction(p);
    if (!id)
        return id;
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<qint64> PolicyService::createInTransaction(Policy& p, const QString& summary)
{
    if (Status s = validate(p); !s)
        return s.error();
    if (Status s = resolveCarrier(p); !s)
        return s.error();
    const Database& db = m_session.database();
    CachedQuery qCached = db.cachedQuery(
        QStringLiteral("INSERT INTO policies(insured_id, number, line, carrier_id, effective_date, "
                       "expiration_date, status, cancelled_at, premium_cents, indicators, created_at, updated_at, "
                       "updated_by, row_version, prior_policy_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"));
    QSqlQuery& q = *qCached;
    const QString now = nowUtc();
    q.addBindValue(p.insuredId ? QVariant(*p.insuredId) : QVariant());
    q.addBindValue(p.number);
    q.addBindValue(lineKey(p.line));
    q.addBindValue(p.carrierId);
    q.addBindValue(isoDate(p.effective));
    q.addBindValue(isoDate(p.expiration));
    q.addBindValue(p.cancelled ? QStringLiteral("cancelled") : QStringLiteral("active"));
    q.addBindValue(p.cancelled ? QVariant(p.cancelledAt) : QVariant());
    q.addBindValue(p.premiumCents ? QVariant(*p.premiumCents) : QVariant());
    q.addBindValue(indicatorsText(p.indicators));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(userId(m_session));
    q.addBindValue(p.priorPolicyId ? QVariant(*p.priorPolicyId) : QVariant());
    if (Status s = exec(q); !s)
        return s.error();
    p.id = q.lastInsertId().toLongLong();
    p.rowVersion = 1;
    // The super search's number index, written here rather than by a trigger (migration 14 says why).
    CachedQuery searchCached = db.cachedQuery(QStringLiteral("INSERT INTO policy_search(rowid, number) VALUES (?, ?)"));
    searchCached->addBindValue(p.id);
    searchCached->addBindValue(p.number);
    if (Status s = exec(*searchCached); !s)
        return s.error();
    if (Status s = writeCoverages(p, false); !s)
        return s.error();
    const QString line = summary.isEmpty() ? QStringLiteral("Added %1 policy %2 (%3, %4 to %5)")
                                                 .arg(lineDisplayName(p.line), p.number, p.carrierName,
                                                      isoDate(p.effective), isoDate(p.expiration))
                                           : summary;
    if (Status s = recordActivity(m_session, QStringLiteral("policy"), p.id, p.insuredId, QStringLiteral("created"),
                                  line, toJsonText(p));
        !s)
        return s.error();
    // A term that renews another: the masters holding the prior term follow it (a run, queued with the term).
    if (p.priorPolicyId && p.insuredId && !p.cancelled) {
        if (auto run = RenewalService(m_session).queueInTransaction(p.id, p.priorPolicyId, RenewalTrigger::Renewal);
            !run)
            return run.error();
    }
    return p.id;
}

Result<QJsonObject> PolicyService::updateInTransaction(Policy& p, const QString& summaryPrefix)
{
    if (Status s = validate(p); !s)
        return s.error();
    Result<Policy> before = get(p.id);
    if (!before)
        return before.error();
    if (Status s = resolveCarrier(p); !s)
        return s.error();
    QJsonObject beforeJson = toJson(*before);
    QJsonObject afterJson = toJson(p);
    for (const char* key : {"id", "rowVersion", "status"}) {
        beforeJson.remove(QLatin1String(key));
        afterJson.remove(QLatin1String(key));
    }
    const QJsonObject changes = jsonChanges(beforeJson, afterJson);
    if (changes.isEmpty())
        return changes;
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral("UPDATE policies SET insured_id = ?, number = ?, line = ?, carrier_id = ?, "
                             "effective_date = ?, expiration_date = ?, premium_cents = ?, indicators = ?, "
                             "prior_policy_id = ?, updated_at = ?, updated_by = ?, row_version = row_version + 1 "
                             "WHERE id = ?"));
    q.addBindValue(p.insuredId ? QVariant(*p.insuredId) : QVariant());
    q.addBindValue(p.number);
    q.addBindValue(lineKey(p.line));
    q.addBindValue(p.carrierId);
    q.addBindValue(isoDate(p.effective));
    q.addBindValue(isoDate(p.expiration));
    q.addBindValue(p.premiumCents ? QVariant(*p.premiumCents) : QVariant());
    q.addBindValue(indicatorsText(p.indicators));
    q.addBindValue(p.priorPolicyId ? QVariant(*p.priorPolicyId) : QVariant());
    q.addBindValue(nowUtc());
    q.addBindValue(userId(m_session));
    q.addBindValue(p.id);
    if (Status s = exec(q); !s)
        return s.error();
    if (p.coverages != before->coverages) {
        if (Status s = writeCoverages(p); !s)
            return s.error();
    }
    if (Status s = recordActivity(m_session, QStringLiteral("policy"), p.id, p.insuredId, QStringLiteral("updated"),
                                  QStringLiteral("%1 %2 (%3)").arg(summaryPrefix, p.number, changes.keys().join(u", ")),
                                  changes);
        !s)
        return s.error();
    if (Status s = queueIfDatesChanged(*before, p); !s)
        return s.error();
    return changes;
}

Status PolicyService::queueIfDatesChanged(const Policy& before, const Policy& after)
{
    // New dates on a term its holders' certificates show: they get certificates with the new dates.
    if (before.effective == after.effective && before.expiration == after.expiration)
        return {};
    if (!after.insuredId || after.cancelled)
        return {};
    auto run = RenewalService(m_session).queueInTransaction(after.id, std::nullopt, RenewalTrigger::Dates);
    if (!run)
        return run.error();
    return {};
}

Status PolicyService::setCancelledInTransaction(qint64 id, bool cancelled, const QString& at, const QString& summary)
{
    Result<Policy> before = get(id);
    if (!before)
        return before.error();
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral("UPDATE policies SET status = ?, cancelled_at = ?, updated_at = ?, updated_by = ?, "
                             "row_version = row_version + 1 WHERE id = ?"));
    q.addBindValue(cancelled ? QStringLiteral("cancelled") : QStringLiteral("active"));
    q.addBindValue(cancelled ? QVariant(at) : QVariant());
    q.addBindValue(nowUtc());
    q.addBindValue(userId(m_session));
    q.addBindValue(id);
    if (Status s = exec(q); !s)
        return s;
    return recordActivity(
        m_session, QStringLiteral("policy"), id, before->insuredId,
        cancelled ? QStringLiteral("cancelled") : QStringLiteral("reinstated"), summary,
        QJsonObject{{QStringLiteral("status"), cancelled ? QStringLiteral("cancelled") : QStringLiteral("active")},
                    {QStringLiteral("cancelledAt"), cancelled ? QJsonValue(at) : QJsonValue()}});
}

Status PolicyService::conflictOrMissing(qint64 id) const
{
    Result<Policy> current = get(id);
    if (!current)
        return current.error();
    return Error{ErrorCode::Conflict,
                 tr("Policy %1 was changed by %2 at %3 after you opened it; reload to see their changes.")
                     .arg(current->number,
                          current->updatedByName.isEmpty() ? QStringLiteral("someone") : current->updatedByName,
                          current->updatedAt)};
}

Status PolicyService::update(const Policy& input)
{
    if (Status s = authorize(m_session, Operation::PolicyUpdate); !s)
        return s;
    Policy p = input;
    if (Status s = validate(p); !s)
        return s;
    const Database& db = m_session.database();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    Result<Policy> before = get(p.id);
    if (!before)
        return before.error();
    if (Status s = resolveCarrier(p); !s)
        return s;

    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("UPDATE policies SET insured_id = ?, number = ?, line = ?, carrier_id = ?, "
                             "effective_date = ?, expiration_date = ?, premium_cents = ?, indicators = ?, "
                             "updated_at = ?, updated_by = ?, row_version = row_version + 1 "
                             "WHERE id = ? AND row_version = ?"));
    q.addBindValue(p.insuredId ? QVariant(*p.insuredId) : QVariant());
    q.addBindValue(p.number);
    q.addBindValue(lineKey(p.line));
    q.addBindValue(p.carrierId);
    q.addBindValue(isoDate(p.effective));
    q.addBindValue(isoDate(p.expiration));
    q.addBindValue(p.premiumCents ? QVariant(*p.premiumCents) : QVariant());
    q.addBindValue(indicatorsText(p.indicators));
    q.addBindValue(nowUtc());
    q.addBindValue(userId(m_session));
    q.addBindValue(p.id);
    q.addBindValue(p.rowVersion);
    if (Status s = exec(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return conflictOrMissing(p.id);
    if (Status s = writeCoverages(p); !s)
        return s;
    QJsonObject beforeJson = toJson(*before);
    QJsonObject afterJson = toJson(p);
    for (const char* key : {"id", "rowVersion", "status"}) {
        beforeJson.remove(QLatin1String(key));
        afterJson.remove(QLatin1String(key));
    }
    const QJsonObject changes = jsonChanges(beforeJson, afterJson);
    if (Status s =
            recordActivity(m_session, QStringLiteral("policy"), p.id, p.insuredId, QStringLiteral("updated"),
                           QStringLiteral("Edited policy %1 (%2)").arg(p.number, changes.keys().join(u", ")), changes);
        !s)
        return s;
    if (Status s = queueIfDatesChanged(*before, p); !s)
        return s;
    return tx.commit();
}

Status PolicyService::cancel(qint64 id)
{
    if (Status s = authorize(m_session, Operation::PolicyCancel); !s)
        return s;
    const Database& db = m_session.database();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    Result<Policy> before = get(id);
    if (!before)
        return before.error();
    if (before->cancelled)
        return validationError(tr("Policy %1 is already cancelled.").arg(before->number));
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("UPDATE policies SET status = 'cancelled', cancelled_at = ?, updated_at = ?, "
                             "updated_by = ?, row_version = row_version + 1 WHERE id = ?"));
    const QString now = nowUtc();
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(userId(m_session));
    q.addBindValue(id);
    if (Status s = exec(q); !s)
        return s;
    if (Status s =
            recordActivity(m_session, QStringLiteral("policy"), id, before->insuredId, QStringLiteral("cancelled"),
                           QStringLiteral("Cancelled policy %1 (%2)").arg(before->number, before->carrierName));
        !s)
        return s;
    return tx.commit();
}

Result<Policy> PolicyService::get(qint64 id) const
{
    QSqlQuery q = m_session.database().query();
    q.prepare(QString::fromLatin1(kSelectPolicy) + QStringLiteral("WHERE p.id = ?"));
    q.addBindValue(id);
    if (Status s = exec(q); !s)
        return s.error();
    if (!q.next())
        return Error{ErrorCode::NotFound, tr("Policy %1 does not exist.").arg(id)};
    Policy p = readPolicy(q);
    QSqlQuery c = m_session.database().query();
    c.prepare(QStringLiteral("SELECT limit_code, amount FROM coverages WHERE policy_id = ? ORDER BY id"));
    c.addBindValue(id);
    if (Status s = exec(c); !s)
        return s.error();
    while (c.next())
        p.coverages.push_back({c.value(0).toString(), c.value(1).toLongLong()});
    return p;
}

Result<std::vector<Policy>> PolicyService::forInsured(qint64 insuredId) const
{
    QSqlQuery q = m_session.database().query();
    q.prepare(QString::fromLatin1(kSelectPolicy) +
              QStringLiteral("WHERE p.insured_id = ? ORDER BY p.status, p.expiration_date DESC, p.number"));
    q.addBindValue(insuredId);
    if (Status s = exec(q); !s)
        return s.error();
    std::vector<Policy> out;
    while (q.next())
        out.push_back(readPolicy(q));
    QSqlQuery c = m_session.database().query();
    c.prepare(QStringLiteral("SELECT limit_code, amount FROM coverages WHERE policy_id = ? ORDER BY id"));
    for (Policy& p : out) {
        c.addBindValue(p.id);
        if (Status s = exec(c); !s)
            return s.error();
        while (c.next())
            p.coverages.push_back({c.value(0).toString(), c.value(1).toLongLong()});
    }
    return out;
}

} // namespace agencydesk
