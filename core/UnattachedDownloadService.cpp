#include "UnattachedDownloadService.h"

#include "ActivityService.h"
#include "Database.h"
#include "InsuredService.h"
#include "PolicyService.h"
#include "Validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace agencydesk {

namespace {

const char* kSelectUnattached =
    "SELECT p.id, d.id, d.data, d.imported_at FROM policies p "
    "JOIN policy_downloads d ON d.id = (SELECT MAX(id) FROM policy_downloads WHERE policy_id = p.id) "
    "WHERE p.insured_id IS NULL ";

} // namespace

QJsonObject UnattachedDownload::toJson() const
{
    QJsonObject json = PolicyService::toJson(policy);
    json.insert(QStringLiteral("downloadId"), downloadId);
    json.insert(QStringLiteral("importedAt"), importedAt);
    json.insert(QStringLiteral("insured"), download.insured.toJson());
    json.insert(QStringLiteral("sourceFile"), download.sourceFile);
    json.insert(QStringLiteral("transaction"), transactionKey(download.transaction));
    return json;
}

Result<std::vector<UnattachedDownload>> UnattachedDownloadService::list() const
{
    QSqlQuery q = m_session.database().query();
    q.prepare(QString::fromLatin1(kSelectUnattached) + QStringLiteral("ORDER BY d.id"));
    if (Status s = exec(q); !s)
        return s.error();
    std::vector<UnattachedDownload> out;
    PolicyService policies(m_session);
    while (q.next()) {
        UnattachedDownload u;
        u.policyId = q.value(0).toLongLong();
        u.downloadId = q.value(1).toLongLong();
        u.download = PolicyDownload::fromJson(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object());
        u.importedAt = q.value(3).toString();
        out.push_back(std::move(u));
    }
    for (UnattachedDownload& u : out) {
        Result<Policy> p = policies.get(u.policyId);
        if (!p)
            return p.error();
        u.policy = *p;
    }
    return out;
}

Result<UnattachedDownload> UnattachedDownloadService::get(qint64 policyId) const
{
    QSqlQuery q = m_session.database().query();
    q.prepare(QString::fromLatin1(kSelectUnattached) + QStringLiteral("AND p.id = ?"));
    q.addBindValue(policyId);
    if (Status s = exec(q); !s)
        return s.error();
    if (!q.next()) {
        Result<Policy> p = PolicyService(m_session).get(policyId);
        if (!p)
            return Error{ErrorCode::NotFound, tr("Unattached download %1 does not exist.").arg(policyId)};
        return Error{ErrorCode::Validation,
                     tr("Policy %1 is not waiting in Unattached downloads (it belongs to insured %2).")
                         .arg(p->number)
                         .arg(p->insuredId.value_or(0))};
    }
    UnattachedDownload u;
    u.policyId = q.value(0).toLongLong();
    u.downloadId = q.value(1).toLongLong();
    u.download = PolicyDownload::fromJson(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object());
    u.importedAt = q.value(3).toString();
    Result<Policy> p = PolicyService(m_session).get(policyId);
    if (!p)
        return p.error();
    u.policy = *p;
    return u;
}

Result<std::vector<InsuredSuggestion>> UnattachedDownloadService::suggest(qint64 policyId, int limit) const
{
    Result<UnattachedDownload> u = get(policyId);
    if (!u)
        return u.error();
    return DownloadMatcher(m_session).suggest(u->download.insured, limit);
}

Status UnattachedDownloadService::setInsured(const Policy& policy, std::optional<qint64> from, std::optional<qint64> to)
{
    // Every term of the policy that sits where this one sits moves with it (renewals stay together).
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral("UPDATE policies SET insured_id = ?, updated_at = ?, updated_by = ?, "
                             "row_version = row_version + 1 WHERE carrier_id = ? AND number = ? AND insured_id IS ?"));
    q.addBindValue(to ? QVariant(*to) : QVariant());
    q.addBindValue(nowUtc());
    q.addBindValue(m_session.user.id > 0 ? QVariant(m_session.user.id) : QVariant());
    q.addBindValue(policy.carrierId);
    q.addBindValue(policy.number);
    q.addBindValue(from ? QVariant(*from) : QVariant());
    return exec(q);
}

Status UnattachedDownloadService::attach(qint64 policyId, qint64 insuredId)
{
    if (Status s = authorize(m_session, Operation::DownloadAttach); !s)
        return s;
    Transaction tx(m_session.database());
    if (Status s = tx.begin(); !s)
        return s;
    Result<UnattachedDownload> u = get(policyId);
    if (!u)
        return u.error();
    Result<Insured> insured = InsuredService(m_session).get(insuredId);
    if (!insured)
        return insured.error();
    if (Status s = setInsured(u->policy, std::nullopt, insuredId); !s)
        return s;
    if (Status s = recordActivity(
            m_session, QStringLiteral("policy"), policyId, insuredId, QStringLiteral("attached"),
            QStringLiteral("Attached downloaded %1 policy %2 (%3) to %4; the download named "
                           "\"%5\"")
                .arg(lineDisplayName(u->policy.line), u->policy.number, u->policy.carrierName, insured->name,
                     u->download.insured.name),
            QJsonObject{{QStringLiteral("insuredId"), insuredId}, {QStringLiteral("downloadId"), u->downloadId}});
        !s)
        return s;
    return tx.commit();
}

Result<qint64> UnattachedDownloadService::createInsured(qint64 policyId)
{
    if (Status s = authorize(m_session, Operation::InsuredCreate); !s)
        return s.error();
    if (Status s = authorize(m_session, Operation::DownloadAttach); !s)
        return s.error();
    Transaction tx(m_session.database());
    if (Status s = tx.begin(); !s)
        return s.error();
    Result<UnattachedDownload> u = get(policyId);
    if (!u)
        return u.error();
    const DownloadParty& party = u->download.insured;
    Insured insured;
    insured.name = cleanText(party.name);
    insured.address1 = cleanText(party.address1);
    insured.address2 = cleanText(party.address2);
    insured.city = cleanText(party.city);
    insured.state = cleanText(party.state);
    insured.postalCode = cleanText(party.postalCode);
    insured.country = party.country.trimmed().isEmpty() ? QStringLiteral("US") : cleanText(party.country).toUpper();
    insured.phone = cleanText(party.phone);
    insured.email = cleanText(party.email);
    Result<qint64> id = InsuredService(m_session).createInTransaction(
        insured, QStringLiteral("Added insured %1 from the download of policy %2").arg(insured.name, u->policy.number));
    if (!id)
        return Error{id.error().code,
                     tr("The download's insured cannot be added as it is: %1").arg(id.error().message)};
    if (Status s = setInsured(u->policy, std::nullopt, *id); !s)
        return s.error();
    if (Status s = recordActivity(
            m_session, QStringLiteral("policy"), policyId, *id, QStringLiteral("attached"),
            QStringLiteral("Attached downloaded %1 policy %2 (%3) to the new insured %4")
                .arg(lineDisplayName(u->policy.line), u->policy.number, u->policy.carrierName, insured.name),
            QJsonObject{{QStringLiteral("insuredId"), *id}, {QStringLiteral("downloadId"), u->downloadId}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status UnattachedDownloadService::unattach(qint64 policyId)
{
    if (Status s = authorize(m_session, Operation::PolicyUnattach); !s)
        return s;
    const Database& db = m_session.database();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    Result<Policy> policy = PolicyService(m_session).get(policyId);
    if (!policy)
        return policy.error();
    if (!policy->insuredId)
        return validationError(
            tr("Policy %1 is not attached to an insured; it is already in Unattached downloads.").arg(policy->number));
    Result<Insured> insured = InsuredService(m_session).get(*policy->insuredId);
    if (!insured)
        return insured.error();
    // A certificate master of the insured holds it: its certificates would show another's policy, and the
    // master would not follow the policy's renewals. The CSR takes it off the master first.
    QSqlQuery held = db.query();
    held.prepare(
        QStringLiteral("SELECT m.name FROM master_policies mp JOIN certificate_masters m ON m.id = mp.master_id "
                       "WHERE mp.policy_id = ? ORDER BY m.name"));
    held.addBindValue(policyId);
    if (Status s = exec(held); !s)
        return s;
    QStringList masters;
    while (held.next())
        masters << held.value(0).toString();
    if (!masters.isEmpty())
        return validationError(tr("Policy %1 is on the certificate master(s) %2 of %3; take it off there before "
                                  "un-attaching it.")
                                   .arg(policy->number, masters.join(QStringLiteral(", ")), insured->name));
    // A policy keyed in by hand has no download: record one from the insured it leaves, so the list can show
    // whose it was and suggest where it goes.
    QSqlQuery has = db.query();
    has.prepare(QStringLiteral("SELECT 1 FROM policy_downloads WHERE policy_id = ?"));
    has.addBindValue(policyId);
    if (Status s = exec(has); !s)
        return s;
    if (!has.next()) {
        PolicyDownload d;
        d.format = QStringLiteral("manual");
        d.sourceFile = QStringLiteral("(un-attached from %1)").arg(insured->name);
        d.insured = DownloadParty{insured->name,
                                  {},
                                  {},
                                  insured->address1,
                                  insured->address2,
                                  insured->city,
                                  insured->state,
                                  insured->postalCode,
                                  insured->country,
                                  insured->phone,
                                  insured->email};
        d.policyNumber = policy->number;
        d.line = policy->line;
        d.carrierName = policy->carrierName;
        d.carrierNaic = policy->carrierNaic;
        d.effective = policy->effective;
        d.expiration = policy->expiration;
        d.premiumCents = policy->premiumCents;
        for (const Coverage& c : policy->coverages)
            d.coverages.push_back({c.limitCode, c.limitCode, c.amount, std::nullopt});
        QSqlQuery ins = db.query();
        ins.prepare(QStringLiteral("INSERT INTO policy_downloads(source_file, format, transaction_type, carrier_id, "
                                   "policy_number, effective_date, transaction_date, policy_id, insured_name, data, "
                                   "imported_at, imported_by) VALUES (?, 'manual', 'new', ?, ?, ?, 'manual', ?, ?, ?, "
                                   "?, ?)"));
        ins.addBindValue(d.sourceFile);
        ins.addBindValue(policy->carrierId);
        ins.addBindValue(policy->number);
        ins.addBindValue(policy->effective.toString(Qt::ISODate));
        ins.addBindValue(policyId);
        ins.addBindValue(insured->name);
        ins.addBindValue(d.toJsonText().text());
        ins.addBindValue(nowUtc());
        ins.addBindValue(m_session.user.id > 0 ? QVariant(m_session.user.id) : QVariant());
        if (Status s = exec(ins); !s)
            return s;
    }
    if (Status s = setInsured(*policy, policy->insuredId, std::nullopt); !s)
        return s;
    if (Status s = recordActivity(
            m_session, QStringLiteral("policy"), policyId, policy->insuredId, QStringLiteral("unattached"),
            QStringLiteral("Un-attached %1 policy %2 (%3) from %4; it is back in Unattached "
                           "downloads")
                .arg(lineDisplayName(policy->line), policy->number, policy->carrierName, insured->name),
            QJsonObject{{QStringLiteral("formerInsuredId"), *policy->insuredId}});
        !s)
        return s;
    return tx.commit();
}

} // namespace agencydesk
