#include "CertificateHolderService.h"

#include "ActivityService.h"
#include "Database.h"
#include "HolderCsv.h"
#include "LimitCodes.h"
#include "Validation.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace agencydesk {

namespace {

QVariant userId(const Session& session)
{
    return session.user.id > 0 ? QVariant(session.user.id) : QVariant();
}

const char* kSelectHolder =
    "SELECT id, master_id, name, address1, address2, city, state, postal_code, country, email, delivery, "
    "receives_renewals, require_ai, require_wos, require_pnc, updated_at, row_version FROM certificate_holders ";

CertificateHolderRecord readHolder(const QSqlQuery& q)
{
    CertificateHolderRecord h;
    h.id = q.value(0).toLongLong();
    h.masterId = q.value(1).toLongLong();
    h.name = q.value(2).toString();
    h.address1 = q.value(3).toString();
    h.address2 = q.value(4).toString();
    h.city = q.value(5).toString();
    h.state = q.value(6).toString();
    h.postalCode = q.value(7).toString();
    h.country = q.value(8).toString();
    h.email = q.value(9).toString();
    h.delivery = deliveryPreferenceFromKey(q.value(10).toString()).value_or(DeliveryPreference::Email);
    h.receivesRenewals = q.value(11).toBool();
    h.requireAdditionalInsured = q.value(12).toBool();
    h.requireWaiverOfSubrogation = q.value(13).toBool();
    h.requirePrimaryNonContributory = q.value(14).toBool();
    h.updatedAt = q.value(15).toString();
    h.rowVersion = q.value(16).toInt();
    return h;
}

} // namespace

QJsonObject CertificateHolderService::toJson(const CertificateHolderRecord& h)
{
    QJsonObject requirements;
    for (const HolderRequirement& r : h.requirements)
        requirements.insert(r.limitCode, r.minimum);
    return QJsonObject{{QStringLiteral("id"), h.id},
                       {QStringLiteral("masterId"), h.masterId},
                       {QStringLiteral("name"), h.name},
                       {QStringLiteral("address1"), h.address1},
                       {QStringLiteral("address2"), h.address2},
                       {QStringLiteral("city"), h.city},
                       {QStringLiteral("state"), h.state},
                       {QStringLiteral("postalCode"), h.postalCode},
                       {QStringLiteral("country"), h.country},
                       {QStringLiteral("email"), h.email},
                       {QStringLiteral("delivery"), deliveryPreferenceKey(h.delivery)},
                       {QStringLiteral("receivesRenewals"), h.receivesRenewals},
                       {QStringLiteral("minimumLimits"), requirements},
                       {QStringLiteral("requireAdditionalInsured"), h.requireAdditionalInsured},
                       {QStringLiteral("requireWaiverOfSubrogation"), h.requireWaiverOfSubrogation},
                       {QStringLiteral("requirePrimaryNonContributory"), h.requirePrimaryNonContributory},
                       {QStringLiteral("rowVersion"), h.rowVersion}};
}

Status CertificateHolderService::validate(CertificateHolderRecord& h)
{
    for (QString* field : {&h.name, &h.address1, &h.address2, &h.city, &h.state, &h.postalCode, &h.country, &h.email})
        *field = cleanText(*field);
    h.country = h.country.isEmpty() ? QStringLiteral("US") : h.country.toUpper();
    h.state = h.state.toUpper();
    QStringList problems;
    if (h.name.isEmpty())
        problems << tr("Holder name is required.");
    else if (h.name.size() > 200)
        problems << tr("Holder name is longer than 200 characters.");
    if (h.address1.isEmpty() || h.city.isEmpty())
        problems << tr("Holder address (street and city) is required.");
    if (h.country != QLatin1String("US") && h.country != QLatin1String("CA")) {
        problems << tr("Country must be US or CA, not \"%1\".").arg(h.country);
    } else {
        if (h.postalCode.isEmpty())
            problems << tr("Holder postal code is required.");
        else if (isValidPostalCode(h.country, h.postalCode))
            h.postalCode = normalizedPostalCode(h.country, h.postalCode);
        else if (h.country == QLatin1String("US"))
            problems << tr("Postal code \"%1\" is not a US ZIP code (12345 or 12345-6789).").arg(h.postalCode);
        else
            problems << tr("Postal code \"%1\" is not a Canadian postal code (A1A 1A1).").arg(h.postalCode);
        if (!h.state.isEmpty() && !isValidRegion(h.country, h.state))
            problems << tr("\"%1\" is not a %2 code for %3.")
                            .arg(h.state,
                                 h.country == QLatin1String("US") ? QStringLiteral("state")
                                                                  : QStringLiteral("province"),
                                 h.country);
    }
    if (!h.email.isEmpty() && (!isPlausibleEmail(h.email) || containsLineBreak(h.email)))
        problems << tr("\"%1\" is not an email address.").arg(h.email);
    if (h.email.isEmpty() && h.delivery != DeliveryPreference::Print)
        h.delivery = DeliveryPreference::Print; // nothing to email to
    QSet<QString> seen;
    for (HolderRequirement& r : h.requirements) {
        const LimitCode* known = findLimitCode(r.limitCode);
        if (!known) {
            problems << tr("\"%1\" is not a limit code.").arg(r.limitCode);
            continue;
        }
        r.limitCode = known->code;
        if (r.minimum <= 0)
            problems << tr("The required %1 must be more than $0.").arg(known->code);
        if (seen.contains(known->code))
            problems << tr("%1 is required twice.").arg(known->code);
        seen.insert(known->code);
    }
    if (!problems.isEmpty())
        return validationError(problems.join(QLatin1Char(' ')));
    return {};
}

Status CertificateHolderService::writeRequirements(const CertificateHolderRecord& h)
{
    QSqlQuery del = m_session.database().query();
    del.prepare(QStringLiteral("DELETE FROM holder_requirements WHERE holder_id = ?"));
    del.addBindValue(h.id);
    if (Status s = exec(del); !s)
        return s;
    QSqlQuery ins = m_session.database().query();
    ins.prepare(QStringLiteral("INSERT INTO holder_requirements(holder_id, limit_code, minimum) VALUES (?, ?, ?)"));
    for (const HolderRequirement& r : h.requirements) {
        ins.addBindValue(h.id);
        ins.addBindValue(r.limitCode);
        ins.addBindValue(r.minimum);
        if (Status s = exec(ins); !s)
            return s;
    }
    return {};
}

namespace {

Result<qint64> masterInsured(const Database& db, qint64 masterId)
{
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT insured_id FROM certificate_masters WHERE id = ?"));
    q.addBindValue(masterId);
    if (Status s = exec(q); !s)
        return s.error();
    if (!q.next())
        return Error{ErrorCode::NotFound,
                     CertificateHolderService::tr("Certificate master %1 does not exist.").arg(masterId)};
    return q.value(0).toLongLong();
}

} // namespace

Result<qint64> CertificateHolderService::insert(const CertificateHolderRecord& input)
{
    CertificateHolderRecord h = input;
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral(
        "INSERT INTO certificate_holders(master_id, name, address1, address2, city, state, postal_code, country, "
        "email, delivery, receives_renewals, require_ai, require_wos, require_pnc, created_at, updated_at, "
        "updated_by, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"));
    const QString now = nowUtc();
    for (const QVariant& v :
         QVariantList{h.masterId, h.name, h.address1, h.address2, h.city, h.state, h.postalCode, h.country, h.email,
                      deliveryPreferenceKey(h.delivery), h.receivesRenewals, h.requireAdditionalInsured,
                      h.requireWaiverOfSubrogation, h.requirePrimaryNonContributory, now, now, userId(m_session)})
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s.error();
    h.id = q.lastInsertId().toLongLong();
    if (Status s = writeRequirements(h); !s)
        return s.error();
    return h.id;
}

Result<qint64> CertificateHolderService::create(const CertificateHolderRecord& input)
{
    if (Status s = authorize(m_session, Operation::HolderCreate); !s)
        return s.error();
    CertificateHolderRecord h = input;
    if (Status s = validate(h); !s)
        return s.error();
    Transaction tx(m_session.database());
    if (Status s = tx.begin(); !s)
        return s.error();
    Result<qint64> id = createInTransaction(h);
    if (!id)
        return id;
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<qint64> CertificateHolderService::createInTransaction(const CertificateHolderRecord& input)
{
    if (Status s = authorize(m_session, Operation::HolderCreate); !s)
        return s.error();
    CertificateHolderRecord h = input;
    if (Status s = validate(h); !s)
        return s.error();
    Result<qint64> insuredId = masterInsured(m_session.database(), h.masterId);
    if (!insuredId)
        return insuredId.error();
    Result<qint64> id = insert(h);
    if (!id)
        return id.error();
    h.id = *id;
    h.rowVersion = 1;
    if (Status s =
            recordActivity(m_session, QStringLiteral("certificate_holder"), h.id, *insuredId, QStringLiteral("created"),
                           QStringLiteral("Added certificate holder %1").arg(h.name), toJson(h));
        !s)
        return s.error();
    return h.id;
}

Status CertificateHolderService::update(const CertificateHolderRecord& input)
{
    if (Status s = authorize(m_session, Operation::HolderUpdate); !s)
        return s;
    Result<CertificateHolderRecord> before = get(input.id);
    if (!before)
        return before.error();
    CertificateHolderRecord h = input;
    h.masterId = before->masterId;
    if (Status s = validate(h); !s)
        return s;
    const Database& db = m_session.database();
    Result<qint64> insuredId = masterInsured(db, h.masterId);
    if (!insuredId)
        return insuredId.error();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral(
        "UPDATE certificate_holders SET name = ?, address1 = ?, address2 = ?, city = ?, state = ?, postal_code = ?, "
        "country = ?, email = ?, delivery = ?, receives_renewals = ?, require_ai = ?, require_wos = ?, "
        "require_pnc = ?, updated_at = ?, updated_by = ?, row_version = row_version + 1 "
        "WHERE id = ? AND row_version = ?"));
    for (const QVariant& v :
         QVariantList{h.name, h.address1, h.address2, h.city, h.state, h.postalCode, h.country, h.email,
                      deliveryPreferenceKey(h.delivery), h.receivesRenewals, h.requireAdditionalInsured,
                      h.requireWaiverOfSubrogation, h.requirePrimaryNonContributory, nowUtc(), userId(m_session), h.id,
                      h.rowVersion})
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error{ErrorCode::Conflict,
                     tr("Certificate holder %1 was changed by someone else after you opened it; reload "
                        "to see their changes.")
                         .arg(h.name)};
    if (Status s = writeRequirements(h); !s)
        return s;
    ++h.rowVersion;
    if (Status s = recordActivity(m_session, QStringLiteral("certificate_holder"), h.id, *insuredId,
                                  QStringLiteral("updated"), QStringLiteral("Edited certificate holder %1").arg(h.name),
                                  jsonChanges(toJson(*before), toJson(h)));
        !s)
        return s;
    return tx.commit();
}

Status CertificateHolderService::remove(qint64 id)
{
    if (Status s = authorize(m_session, Operation::HolderDelete); !s)
        return s;
    Result<CertificateHolderRecord> h = get(id);
    if (!h)
        return h.error();
    const Database& db = m_session.database();
    Result<qint64> insuredId = masterInsured(db, h->masterId);
    if (!insuredId)
        return insuredId.error();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery used = db.query();
    used.prepare(QStringLiteral("SELECT count(*) FROM certificates WHERE holder_id = ?"));
    used.addBindValue(id);
    if (Status s = exec(used); !s)
        return s;
    if (used.next() && used.value(0).toInt() > 0)
        return Error{ErrorCode::Conflict,
                     tr("Certificate holder %1 has %2 issued certificate(s) and cannot be removed.")
                         .arg(h->name)
                         .arg(used.value(0).toInt())};
    QSqlQuery del = db.query();
    del.prepare(QStringLiteral("DELETE FROM certificate_holders WHERE id = ?"));
    del.addBindValue(id);
    if (Status s = exec(del); !s)
        return s;
    if (Status s =
            recordActivity(m_session, QStringLiteral("certificate_holder"), id, *insuredId, QStringLiteral("deleted"),
                           QStringLiteral("Removed certificate holder %1").arg(h->name), toJson(*h));
        !s)
        return s;
    return tx.commit();
}

namespace {

/// Two rows name the same holder when name, street and postal code match (ignoring case).
QString holderKey(const CertificateHolderRecord& h)
{
    const QString key = h.name + QLatin1Char('\n') + h.address1 + QLatin1Char('\n') + h.postalCode;
    return key.toCaseFolded();
}

} // namespace

Result<HolderImportReport> CertificateHolderService::importCsv(qint64 masterId, const QByteArray& csv,
                                                               const QString& fileName)
{
    if (Status s = authorize(m_session, Operation::HolderCreate); !s)
        return s.error();
    const QString name = fileName.isEmpty() ? tr("The file") : fileName;
    const Database& db = m_session.database();
    Result<qint64> insuredId = masterInsured(db, masterId);
    if (!insuredId)
        return insuredId.error();
    Result<HolderCsvFile> read = HolderCsv::read(csv, name);
    if (!read)
        return read.error();
    HolderCsvFile file = std::move(read).value();
    Result<std::vector<CertificateHolderRecord>> existing = forMaster(masterId);
    if (!existing)
        return existing.error();
    QSet<QString> keys;
    for (const CertificateHolderRecord& h : *existing)
        keys.insert(holderKey(h));

    HolderImportReport report;
    report.ignoredColumns = file.ignoredColumns;
    report.rowCount = static_cast<int>(file.rows.size());
    std::vector<CertificateHolderRecord> good;
    for (HolderCsvRow& row : file.rows) {
        CertificateHolderRecord& h = row.holder;
        h.masterId = masterId;
        // Every problem of the row at once, so one round of fixes in the spreadsheet is enough.
        QStringList problems;
        if (!row.problem.isEmpty())
            problems << row.problem;
        if (Status valid = validate(h); !valid)
            problems << valid.error().message;
        else if (problems.isEmpty() && keys.contains(holderKey(h)))
            problems << tr("Already a holder of this master (same name, street and postal code).");
        const QString problem = problems.join(QLatin1Char(' '));
        if (!problem.isEmpty()) {
            const QString who = cleanText(h.name);
            report.refused.push_back({row.line, who.isEmpty() ? problem : who + QStringLiteral(": ") + problem});
            continue;
        }
        keys.insert(holderKey(h));
        good.push_back(h);
    }
    if (good.empty())
        return report;

    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    QJsonArray added;
    for (const CertificateHolderRecord& h : good) {
        Result<qint64> id = insert(h);
        if (!id)
            return id.error();
        report.addedIds.push_back(*id);
        added.append(QJsonObject{{QStringLiteral("id"), *id}, {QStringLiteral("name"), h.name}});
    }
    QJsonArray refusedLines;
    for (const HolderImportProblem& p : report.refused)
        refusedLines.append(p.line);
    const QString summary = report.refused.empty()
                                ? QStringLiteral("Imported %1 certificate holder(s) from %2").arg(good.size()).arg(name)
                                : QStringLiteral("Imported %1 certificate holder(s) from %2; %3 row(s) refused")
                                      .arg(good.size())
                                      .arg(name)
                                      .arg(report.refused.size());
    if (Status s = recordActivity(
            m_session, QStringLiteral("certificate_master"), masterId, *insuredId, QStringLiteral("imported"), summary,
            QJsonObject{{QStringLiteral("file"), name},
                        {QStringLiteral("added"), added},
                        {QStringLiteral("refusedLines"), refusedLines},
                        {QStringLiteral("ignoredColumns"), QJsonArray::fromStringList(report.ignoredColumns)}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return report;
}

Result<QByteArray> CertificateHolderService::exportCsv(qint64 masterId) const
{
    if (Result<qint64> insuredId = masterInsured(m_session.database(), masterId); !insuredId)
        return insuredId.error();
    Result<std::vector<CertificateHolderRecord>> holders = forMaster(masterId);
    if (!holders)
        return holders.error();
    return HolderCsv::write(*holders);
}

Result<CertificateHolderRecord> CertificateHolderService::get(qint64 id) const
{
    QSqlQuery q = m_session.database().query();
    q.prepare(QString::fromLatin1(kSelectHolder) + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = exec(q); !s)
        return s.error();
    if (!q.next())
        return Error{ErrorCode::NotFound, tr("Certificate holder %1 does not exist.").arg(id)};
    CertificateHolderRecord h = readHolder(q);
    QSqlQuery r = m_session.database().query();
    r.prepare(QStringLiteral("SELECT limit_code, minimum FROM holder_requirements WHERE holder_id = ? ORDER BY rowid"));
    r.addBindValue(id);
    if (Status s = exec(r); !s)
        return s.error();
    while (r.next())
        h.requirements.push_back({r.value(0).toString(), r.value(1).toLongLong()});
    return h;
}

Result<std::vector<CertificateHolderRecord>> CertificateHolderService::forMaster(qint64 masterId) const
{
    QSqlQuery q = m_session.database().query();
    q.prepare(
        QStringLiteral("SELECT id FROM certificate_holders WHERE master_id = ? ORDER BY name COLLATE NOCASE, id"));
    q.addBindValue(masterId);
    if (Status s = exec(q); !s)
        return s.error();
    std::vector<CertificateHolderRecord> out;
    while (q.next()) {
        Result<CertificateHolderRecord> h = get(q.value(0).toLongLong());
        if (!h)
            return h.error();
        out.push_back(*h);
    }
    return out;
}

} // namespace agencydesk
