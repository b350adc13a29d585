#include "CertificateMasterService.h"

#include "ActivityService.h"
#include "Database.h"
#include "PolicyService.h"
#include "RenewalService.h"
#include "Validation.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace agencydesk {

namespace {

const QString kLetters = QStringLiteral("ABCDEF");

QVariant userId(const Session& session)
{
    return session.user.id > 0 ? QVariant(session.user.id) : QVariant();
}

Error staleMaster(const QString& name)
{
    return Error{ErrorCode::Conflict,
                 CertificateMasterService::tr("Certificate master %1 was changed by someone else after you "
                                              "opened it; reload to see their changes.")
                     .arg(name)};
}

/// Why a policy is not in force today, for messages: "GL-1 expired on 2025-06-30".
QString notInForceReason(const Policy& p, const QDate& today)
{
    switch (p.status(today)) {
    case PolicyStatus::Cancelled:
        return CertificateMasterService::tr("%1 was cancelled").arg(p.number);
    case PolicyStatus::Expired:
        return CertificateMasterService::tr("%1 expired on %2").arg(p.number, p.expiration.toString(Qt::ISODate));
    case PolicyStatus::Future:
        return CertificateMasterService::tr("%1 starts on %2").arg(p.number, p.effective.toString(Qt::ISODate));
    case PolicyStatus::InForce:
        break;
    }
    return CertificateMasterService::tr("%1 is in force").arg(p.number);
}

QJsonArray policyList(const std::vector<Policy>& policies, const QDate& today)
{
    QJsonArray out;
    for (const Policy& p : policies)
        out.append(QJsonObject{{QStringLiteral("policyId"), p.id},
                               {QStringLiteral("number"), p.number},
                               {QStringLiteral("line"), lineKey(p.line)},
                               {QStringLiteral("status"), policyStatusDisplayName(p.status(today))}});
    return out;
}

QStringList policyNumbers(const std::vector<Policy>& policies)
{
    QStringList out;
    for (const Policy& p : policies)
        out << p.number;
    return out;
}

} // namespace

QString deliveryPreferenceKey(DeliveryPreference preference)
{
    switch (preference) {
    case DeliveryPreference::Print:
        return QStringLiteral("print");
    case DeliveryPreference::Both:
        return QStringLiteral("both");
    case DeliveryPreference::Email:
        break;
    }
    return QStringLiteral("email");
}

std::optional<DeliveryPreference> deliveryPreferenceFromKey(const QString& key)
{
    for (DeliveryPreference p : {DeliveryPreference::Email, DeliveryPreference::Print, DeliveryPreference::Both}) {
        if (deliveryPreferenceKey(p) == key.trimmed().toLower())
            return p;
    }
    return std::nullopt;
}

QString deliveryMethodKey(DeliveryMethod method)
{
    switch (method) {
    case DeliveryMethod::Printed:
        return QStringLiteral("printed");
    case DeliveryMethod::Emailed:
        return QStringLiteral("emailed");
    case DeliveryMethod::Saved:
        break;
    }
    return QStringLiteral("saved");
}

bool ComplianceReport::compliant() const
{
    for (const ComplianceItem& item : items) {
        if (!item.met)
            return false;
    }
    return true;
}

QStringList ComplianceReport::reasons() const
{
    QStringList out;
    for (const ComplianceItem& item : items) {
        if (!item.met)
            out << item.reason;
    }
    return out;
}

QJsonObject CertificateMasterService::toJson(const CertificateMaster& m)
{
    QJsonArray policies;
    for (const MasterPolicy& p : m.policies)
        policies.append(QJsonObject{{QStringLiteral("policyId"), p.policyId},
                                    {QStringLiteral("number"), p.policyNumber},
                                    {QStringLiteral("line"), lineKey(p.line)},
                                    {QStringLiteral("carrier"), p.carrierName},
                                    {QStringLiteral("insurer"), p.insurerLetter},
                                    {QStringLiteral("additionalInsured"), p.additionalInsured},
                                    {QStringLiteral("subrogationWaived"), p.subrogationWaived}});
    return QJsonObject{{QStringLiteral("id"), m.id},
                       {QStringLiteral("insuredId"), m.insuredId},
                       {QStringLiteral("name"), m.name},
                       {QStringLiteral("description"), m.description},
                       {QStringLiteral("sharedToPortal"), m.sharedToPortal},
                       {QStringLiteral("policies"), policies},
                       {QStringLiteral("rowVersion"), m.rowVersion}};
}

Status CertificateMasterService::validate(CertificateMaster& m) const
{
    m.name = cleanText(m.name);
    m.description = m.description.trimmed();
    if (m.description.isNull())
        m.description = QLatin1String("");
    QStringList problems;
    if (m.name.isEmpty())
        problems << tr("Master name is required.");
    else if (m.name.size() > 200)
        problems << tr("Master name is longer than 200 characters.");
    if (m.policies.empty())
        problems << tr("A certificate master needs at least one policy.");
    if (!problems.isEmpty())
        return validationError(problems.join(QLatin1Char(' ')));

    QSqlQuery ins = m_session.database().query();
    ins.prepare(QStringLiteral("SELECT 1 FROM insureds WHERE id = ?"));
    ins.addBindValue(m.insuredId);
    if (Status s = exec(ins); !s)
        return s;
    if (!ins.next())
        return Error{ErrorCode::NotFound, tr("Insured %1 does not exist.").arg(m.insuredId)};

    // Look the policies up, then give each carrier one letter: the letters given first, then A..F in order.
    PolicyService policies(m_session);
    QSet<qint64> seen;
    QMap<qint64, QString> letterOfCarrier;
    QSet<qint64> carriers;
    for (MasterPolicy& mp : m.policies) {
        Result<Policy> p = policies.get(mp.policyId);
        if (!p) {
            problems << tr("Policy %1 does not exist.").arg(mp.policyId);
            continue;
        }
        if (p->insuredId != m.insuredId)
            problems << tr("Policy %1 does not belong to insured %2.").arg(p->number).arg(m.insuredId);
        if (seen.contains(mp.policyId))
            problems << tr("Policy %1 is given twice.").arg(p->number);
        seen.insert(mp.policyId);
        mp.policyNumber = p->number;
        mp.line = p->line;
        mp.carrierId = p->carrierId;
        mp.carrierName = p->carrierName;
        carriers.insert(mp.carrierId);
        mp.insurerLetter = mp.insurerLetter.trimmed().toUpper();
        if (mp.insurerLetter.isEmpty())
            continue;
        if (mp.insurerLetter.size() != 1 || !kLetters.contains(mp.insurerLetter))
            problems << tr("Insurer letter \"%1\" is not A to F.").arg(mp.insurerLetter);
        else if (letterOfCarrier.contains(mp.carrierId) && letterOfCarrier.value(mp.carrierId) != mp.insurerLetter)
            problems << tr("%1 is given two insurer letters.").arg(mp.carrierName);
        else if (letterOfCarrier.key(mp.insurerLetter, mp.carrierId) != mp.carrierId)
            problems << tr("Insurer letter %1 is given to two carriers.").arg(mp.insurerLetter);
        else
            letterOfCarrier.insert(mp.carrierId, mp.insurerLetter);
    }
    // The form has one row per line (property shares the "Other" row): a second policy of a row would silently
    // be missing from every certificate, so the CSR chooses which one the master shows.
    QMap<int, QString> numberOnRow;
    for (const MasterPolicy& mp : m.policies) {
        if (mp.policyNumber.isEmpty())
            continue; // not found, reported above
        const LineOfBusiness row = mp.line == LineOfBusiness::Property ? LineOfBusiness::Other : mp.line;
        if (numberOnRow.contains(int(row)))
            problems << tr("Policies %1 and %2 would share the certificate's %3 row, which shows one "
                           "policy: keep one on this master and put the other on a master of its own.")
                            .arg(numberOnRow.value(int(row)), mp.policyNumber, lineDisplayNameTr(row));
        else
            numberOnRow.insert(int(row), mp.policyNumber);
    }
    if (carriers.size() > 6)
        problems << tr("A certificate shows at most six insurers (A to F); these policies have %1 carriers.")
                        .arg(carriers.size());
    if (!problems.isEmpty())
        return validationError(problems.join(QLatin1Char(' ')));
    for (MasterPolicy& mp : m.policies) {
        if (!mp.insurerLetter.isEmpty())
            continue;
        if (!letterOfCarrier.contains(mp.carrierId)) {
            const QStringList used = letterOfCarrier.values();
            QString free;
            for (QChar c : kLetters) {
                if (!used.contains(QString(c))) {
                    free = QString(c);
                    break;
                }
            }
            if (free.isEmpty())
                return validationError(tr("No insurer letter is left for %1.").arg(mp.carrierName));
            letterOfCarrier.insert(mp.carrierId, free);
        }
        mp.insurerLetter = letterOfCarrier.value(mp.carrierId);
    }
    return {};
}

Status CertificateMasterService::writePolicies(const CertificateMaster& m)
{
    QSqlQuery del = m_session.database().query();
    del.prepare(QStringLiteral("DELETE FROM master_policies WHERE master_id = ?"));
    del.addBindValue(m.id);
    if (Status s = exec(del); !s)
        return s;
    QSqlQuery ins = m_session.database().query();
    ins.prepare(QStringLiteral("INSERT INTO master_policies(master_id, policy_id, insurer_letter, addl_insd, subr_wvd) "
                               "VALUES (?, ?, ?, ?, ?)"));
    for (const MasterPolicy& mp : m.policies) {
        ins.addBindValue(m.id);
        ins.addBindValue(mp.policyId);
        ins.addBindValue(mp.insurerLetter);
        ins.addBindValue(mp.additionalInsured);
        ins.addBindValue(mp.subrogationWaived);
        if (Status s = exec(ins); !s)
            return s;
    }
    return {};
}

Result<qint64> CertificateMasterService::create(const CertificateMaster& input)
{
    if (Status s = authorize(m_session, Operation::MasterCreate); !s)
        return s.error();
    CertificateMaster m = input;
    if (Status s = validate(m); !s)
        return s.error();
    if (m.sharedToPortal) {
        if (Status s = checkShareable(m); !s)
            return s.error();
    }
    const Database& db = m_session.database();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("INSERT INTO certificate_masters(insured_id, name, description, shared_to_portal, "
                             "created_at, updated_at, updated_by, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, 1)"));
    const QString now = nowUtc();
    for (const QVariant& v :
         QVariantList{m.insuredId, m.name, m.description, m.sharedToPortal, now, now, userId(m_session)})
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s.error();
    m.id = q.lastInsertId().toLongLong();
    m.rowVersion = 1;
    if (Status s = writePolicies(m); !s)
        return s.error();
    if (Status s = recordActivity(m_session, QStringLiteral("certificate_master"), m.id, m.insuredId,
                                  QStringLiteral("created"), QStringLiteral("Added certificate master %1").arg(m.name),
                                  toJson(m));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return m.id;
}

Status CertificateMasterService::update(const CertificateMaster& input)
{
    if (Status s = authorize(m_session, Operation::MasterUpdate); !s)
        return s;
    Result<CertificateMaster> before = get(input.id);
    if (!before)
        return before.error();
    CertificateMaster m = input;
    m.insuredId = before->insuredId; // a master stays with its insured
    if (Status s = validate(m); !s)
        return s;
    if (m.sharedToPortal && !before->sharedToPortal) {
        if (Status s = checkShareable(m); !s)
            return s;
    }
    const Database& db = m_session.database();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("UPDATE certificate_masters SET name = ?, description = ?, shared_to_portal = ?, "
                             "updated_at = ?, updated_by = ?, row_version = row_version + 1 "
                             "WHERE id = ? AND row_version = ?"));
    for (const QVariant& v :
         QVariantList{m.name, m.description, m.sharedToPortal, nowUtc(), userId(m_session), m.id, m.rowVersion})
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return staleMaster(m.name);
    if (Status s = writePolicies(m); !s)
        return s;
    ++m.rowVersion;
    if (Status s = recordActivity(m_session, QStringLiteral("certificate_master"), m.id, m.insuredId,
                                  QStringLiteral("updated"), QStringLiteral("Edited certificate master %1").arg(m.name),
                                  jsonChanges(toJson(*before), toJson(m)));
        !s)
        return s;
    return tx.commit();
}

Status CertificateMasterService::remove(qint64 id)
{
    if (Status s = authorize(m_session, Operation::MasterDelete); !s)
        return s;
    Result<CertificateMaster> m = get(id);
    if (!m)
        return m.error();
    const Database& db = m_session.database();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery used = db.query();
    used.prepare(QStringLiteral("SELECT count(*) FROM certificates WHERE master_id = ?"));
    used.addBindValue(id);
    if (Status s = exec(used); !s)
        return s;
    if (used.next() && used.value(0).toInt() > 0)
        return Error{ErrorCode::Conflict,
                     tr("Certificate master %1 has %2 issued certificate(s) and cannot be deleted.")
                         .arg(m->name)
                         .arg(used.value(0).toInt())};
    QSqlQuery del = db.query();
    del.prepare(QStringLiteral("DELETE FROM certificate_masters WHERE id = ?"));
    del.addBindValue(id);
    if (Status s = exec(del); !s)
        return s;
    if (Status s =
            recordActivity(m_session, QStringLiteral("certificate_master"), id, m->insuredId, QStringLiteral("deleted"),
                           QStringLiteral("Deleted certificate master %1").arg(m->name), toJson(*m));
        !s)
        return s;
    return tx.commit();
}

Result<CertificateMaster> CertificateMasterService::get(qint64 id) const
{
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral("SELECT id, insured_id, name, description, shared_to_portal, created_at, updated_at, "
                             "row_version FROM certificate_masters WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = exec(q); !s)
        return s.error();
    if (!q.next())
        return Error{ErrorCode::NotFound, tr("Certificate master %1 does not exist.").arg(id)};
    CertificateMaster m;
    m.id = q.value(0).toLongLong();
    m.insuredId = q.value(1).toLongLong();
    m.name = q.value(2).toString();
    m.description = q.value(3).toString();
    m.sharedToPortal = q.value(4).toBool();
    m.createdAt = q.value(5).toString();
    m.updatedAt = q.value(6).toString();
    m.rowVersion = q.value(7).toInt();

    QSqlQuery p = m_session.database().query();
    p.prepare(QStringLiteral("SELECT mp.policy_id, mp.insurer_letter, mp.addl_insd, mp.subr_wvd, p.number, p.line, "
                             "p.carrier_id, c.name FROM master_policies mp JOIN policies p ON p.id = mp.policy_id "
                             "JOIN carriers c ON c.id = p.carrier_id WHERE mp.master_id = ? "
                             "ORDER BY mp.insurer_letter, p.id"));
    p.addBindValue(id);
    if (Status s = exec(p); !s)
        return s.error();
    while (p.next()) {
        MasterPolicy mp;
        mp.policyId = p.value(0).toLongLong();
        mp.insurerLetter = p.value(1).toString();
        mp.additionalInsured = p.value(2).toBool();
        mp.subrogationWaived = p.value(3).toBool();
        mp.policyNumber = p.value(4).toString();
        mp.line = lineFromKey(p.value(5).toString()).value_or(LineOfBusiness::Other);
        mp.carrierId = p.value(6).toLongLong();
        mp.carrierName = p.value(7).toString();
        m.policies.push_back(mp);
    }
    return m;
}

Result<std::vector<CertificateMaster>> CertificateMasterService::forInsured(qint64 insuredId) const
{
    QSqlQuery q = m_session.database().query();
    q.prepare(
        QStringLiteral("SELECT id FROM certificate_masters WHERE insured_id = ? ORDER BY name COLLATE NOCASE, id"));
    q.addBindValue(insuredId);
    if (Status s = exec(q); !s)
        return s.error();
    std::vector<CertificateMaster> out;
    while (q.next()) {
        Result<CertificateMaster> m = get(q.value(0).toLongLong());
        if (!m)
            return m.error();
        out.push_back(*m);
    }
    return out;
}

Status CertificateMasterService::checkShareable(const CertificateMaster& m) const
{
    const QDate today = QDate::currentDate();
    PolicyService policies(m_session);
    QStringList reasons;
    for (const MasterPolicy& mp : m.policies) {
        Result<Policy> p = policies.get(mp.policyId);
        if (!p)
            return p.error();
        if (p->status(today) == PolicyStatus::InForce)
            return {};
        reasons << notInForceReason(*p, today);
    }
    return validationError(tr("Certificate master %1 cannot be shared with the client's portal account: "
                              "none of its policies is in force today (%2).")
                               .arg(m.name, reasons.join(QStringLiteral(", "))));
}

Status CertificateMasterService::touch(const CertificateMaster& m, std::optional<bool> shared)
{
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral("UPDATE certificate_masters SET shared_to_portal = COALESCE(?, shared_to_portal), "
                             "updated_at = ?, updated_by = ?, row_version = row_version + 1 "
                             "WHERE id = ? AND row_version = ?"));
    for (const QVariant& v :
         QVariantList{shared ? QVariant(*shared) : QVariant(), nowUtc(), userId(m_session), m.id, m.rowVersion})
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return staleMaster(m.name);
    return {};
}

Status CertificateMasterService::setShared(qint64 masterId, bool shared, std::optional<int> rowVersion)
{
    if (Status s = authorize(m_session, Operation::MasterShare); !s)
        return s;
    const Database& db = m_session.database();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    Result<CertificateMaster> m = get(masterId);
    if (!m)
        return m.error();
    if (rowVersion && *rowVersion != m->rowVersion)
        return staleMaster(m->name);
    if (m->sharedToPortal == shared)
        return {}; // already so: nothing to change or record
    if (shared) {
        if (Status s = checkShareable(*m); !s)
            return s;
    }
    if (Status s = touch(*m, shared); !s)
        return s;
    const QString summary =
        shared ? QStringLiteral("Shared certificate master %1 with the client's portal account").arg(m->name)
               : QStringLiteral("Stopped sharing certificate master %1 with the client's portal account").arg(m->name);
    if (Status s = recordActivity(m_session, QStringLiteral("certificate_master"), m->id, m->insuredId,
                                  shared ? QStringLiteral("shared") : QStringLiteral("unshared"), summary,
                                  jsonChanges(QJsonObject{{QStringLiteral("sharedToPortal"), m->sharedToPortal}},
                                              QJsonObject{{QStringLiteral("sharedToPortal"), shared}}));
        !s)
        return s;
    return tx.commit();
}

Result<std::vector<Policy>> CertificateMasterService::lapsedOf(const CertificateMaster& m, const QDate& today) const
{
    PolicyService policies(m_session);
    Result<std::vector<Policy>> book = policies.forInsured(m.insuredId);
    if (!book)
        return book.error();
    std::vector<Policy> lapsed;
    for (const MasterPolicy& mp : m.policies) {
        Result<Policy> p = policies.get(mp.policyId);
        if (!p)
            return p.error();
        const PolicyStatus status = p->status(today);
        if (status != PolicyStatus::Expired && status != PolicyStatus::Cancelled)
            continue;
        const bool renewed = std::any_of(book->begin(), book->end(), [&](const Policy& other) {
            return other.id != p->id && other.line == p->line && other.status(today) == PolicyStatus::InForce;
        });
        if (!renewed)
            lapsed.push_back(*p);
    }
    return lapsed;
}

Result<std::vector<Policy>> CertificateMasterService::lapsedPolicies(qint64 masterId, const QDate& today) const
{
    Result<CertificateMaster> m = get(masterId);
    if (!m)
        return m.error();
    return lapsedOf(*m, today);
}

Result<std::vector<Policy>> CertificateMasterService::removeLapsedLines(qint64 masterId, std::optional<int> rowVersion)
{
    if (Status s = authorize(m_session, Operation::MasterRemoveLapsed); !s)
        return s.error();
    const Database& db = m_session.database();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    // Decided inside the write transaction: what is listed in the activity row is exactly what is removed.
    Result<CertificateMaster> m = get(masterId);
    if (!m)
        return m.error();
    if (rowVersion && *rowVersion != m->rowVersion)
        return staleMaster(m->name);
    const QDate today = QDate::currentDate();
    Result<std::vector<Policy>> lapsed = lapsedOf(*m, today);
    if (!lapsed)
        return lapsed.error();
    if (lapsed->empty())
        return lapsed;
    const QStringList numbers = policyNumbers(*lapsed);
    if (lapsed->size() == m->policies.size())
        return validationError(tr("Every line of master %1 has lapsed (%2); add the renewal or delete the "
                                  "master.")
                                   .arg(m->name, numbers.join(QStringLiteral(", "))));
    QSqlQuery del = db.query();
    del.prepare(QStringLiteral("DELETE FROM master_policies WHERE master_id = ? AND policy_id = ?"));
    for (const Policy& p : *lapsed) {
        del.addBindValue(m->id);
        del.addBindValue(p.id);
        if (Status s = exec(del); !s)
            return s.error();
    }
    if (Status s = touch(*m); !s)
        return s.error();
    if (Status s = recordActivity(m_session, QStringLiteral("certificate_master"), m->id, m->insuredId,
                                  QStringLiteral("lapsed-removed"),
                                  QStringLiteral("Removed lapsed lines from certificate master %1: %2")
                                      .arg(m->name, numbers.join(QStringLiteral(", "))),
                                  QJsonObject{{QStringLiteral("removed"), policyList(*lapsed, today)}});
        !s)
        return s.error();
    // The holders get certificates without the lapsed lines (a run, like a renewal's).
    if (auto run = RenewalService(m_session).queueLinesInTransaction(m->id, lapsed->front().id); !run)
        return run.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return lapsed;
}

} // namespace agencydesk
