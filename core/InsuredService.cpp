#include "InsuredService.h"

#include "ActivityService.h"
#include "Database.h"
#include "Validation.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace agencydesk {

namespace {

const char* kSelectInsured =
    "SELECT i.id, i.name, i.dba, i.address1, i.address2, i.city, i.state, i.postal_code, i.country, i.phone, "
    "i.email, i.status, i.automation_eligible, i.portal_enrolled, i.portal_user_name, i.created_at, i.updated_at, "
    "COALESCE(u.user_name, ''), i.row_version, "
    "(SELECT count(*) FROM policies p WHERE p.insured_id = i.id AND p.status = 'active' "
    "   AND p.effective_date <= date('now', 'localtime') AND p.expiration_date > date('now', 'localtime')) "
    "FROM insureds i LEFT JOIN users u ON u.id = i.updated_by ";

Insured readInsured(const QSqlQuery& q)
{
    Insured i;
    i.id = q.value(0).toLongLong();
    i.name = q.value(1).toString();
    i.dba = q.value(2).toString();
    i.address1 = q.value(3).toString();
    i.address2 = q.value(4).toString();
    i.city = q.value(5).toString();
    i.state = q.value(6).toString();
    i.postalCode = q.value(7).toString();
    i.country = q.value(8).toString();
    i.phone = q.value(9).toString();
    i.email = q.value(10).toString();
    i.active = q.value(11).toString() == QLatin1String("active");
    i.automationEligible = q.value(12).toBool();
    i.portalEnrolled = q.value(13).toBool();
    i.portalUserName = q.value(14).toString();
    i.createdAt = q.value(15).toString();
    i.updatedAt = q.value(16).toString();
    i.updatedByName = q.value(17).toString();
    i.rowVersion = q.value(18).toInt();
    i.policiesInForce = q.value(19).toInt();
    return i;
}

QString sortColumn(InsuredSort sort)
{
    switch (sort) {
    case InsuredSort::Name:
        return QStringLiteral("i.name COLLATE NOCASE");
    case InsuredSort::Dba:
        return QStringLiteral("i.dba COLLATE NOCASE");
    case InsuredSort::City:
        return QStringLiteral("i.city COLLATE NOCASE");
    case InsuredSort::PostalCode:
        return QStringLiteral("i.postal_code COLLATE NOCASE");
    case InsuredSort::Email:
        return QStringLiteral("i.email COLLATE NOCASE");
    case InsuredSort::Status:
        return QStringLiteral("i.status");
    }
    return QStringLiteral("i.name COLLATE NOCASE");
}

QString statusWhere(int filter)
{
    if (filter == 1)
        return QStringLiteral(" WHERE i.status = 'active' ");
    if (filter == 2)
        return QStringLiteral(" WHERE i.status = 'inactive' ");
    return QStringLiteral(" ");
}

} // namespace

QJsonObject InsuredService::toJson(const Insured& i)
{
    return QJsonObject{
        {QStringLiteral("id"), i.id},
        {QStringLiteral("name"), i.name},
        {QStringLiteral("dba"), i.dba},
        {QStringLiteral("address1"), i.address1},
        {QStringLiteral("address2"), i.address2},
        {QStringLiteral("city"), i.city},
        {QStringLiteral("state"), i.state},
        {QStringLiteral("postalCode"), i.postalCode},
        {QStringLiteral("country"), i.country},
        {QStringLiteral("phone"), i.phone},
        {QStringLiteral("email"), i.email},
        {QStringLiteral("status"), i.active ? QStringLiteral("active") : QStringLiteral("inactive")},
        {QStringLiteral("automationEligible"), i.automationEligible},
        {QStringLiteral("portalEnrolled"), i.portalEnrolled},
        {QStringLiteral("portalUserName"), i.portalUserName},
        {QStringLiteral("policiesInForce"), i.policiesInForce},
        {QStringLiteral("rowVersion"), i.rowVersion},
    };
}

Status InsuredService::validate(Insured& i)
{
    for (QString* field : {&i.name, &i.dba, &i.address1, &i.address2, &i.city, &i.state, &i.postalCode, &i.country,
                           &i.phone, &i.email, &i.portalUserName})
        *field = cleanText(*field);
    i.country = i.country.isEmpty() ? QStringLiteral("US") : i.country.toUpper();
    i.state = i.state.toUpper();

    QStringList problems;
    if (i.name.isEmpty())
        problems << tr("Name is required.");
    if (i.name.size() > 200)
        problems << tr("Name is longer than 200 characters.");
    if (i.country != QLatin1String("US") && i.country != QLatin1String("CA"))
        problems << tr("Country must be US or CA, not \"%1\".").arg(i.country);
    else {
        if (!i.postalCode.isEmpty()) {
            if (isValidPostalCode(i.country, i.postalCode))
                i.postalCode = normalizedPostalCode(i.country, i.postalCode);
            else if (i.country == QLatin1String("US"))
                problems << tr("Postal code \"%1\" is not a US ZIP code (12345 or 12345-6789).").arg(i.postalCode);
            else
                problems << tr("Postal code \"%1\" is not a Canadian postal code (A1A 1A1).").arg(i.postalCode);
        }
        if (!i.state.isEmpty() && !isValidRegion(i.country, i.state))
            problems << tr("\"%1\" is not a %2 code for %3.")
                            .arg(i.state, i.country == QLatin1String("US") ? tr("state") : tr("province"), i.country);
    }
    if (!i.email.isEmpty() && !isPlausibleEmail(i.email))
        problems << tr("\"%1\" is not an email address.").arg(i.email);
    if (!problems.isEmpty())
        return validationError(problems.join(QLatin1Char(' ')));
    return {};
}

Result<qint64> InsuredService::create(const Insured& input)
{
    if (Status s = authorize(m_session, Operation::InsuredCreate); !s)
        return s.error();
    Insured i = input;
    if (Status s = validate(i); !s)
        return s.error();
    Transaction tx(m_session.database());
    if (Status s = tx.begin(); !s)
        return s.error();
    Result<qint64> id = createInTransaction(i);
    if (!id)
        return id;
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<qint64> InsuredService::createInTransaction(Insured& i, const QString& summary)
{
    if (Status s = validate(i); !s)
        return s.error();
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral(
        "INSERT INTO insureds(name, dba, address1, address2, city, state, postal_code, country, phone, email, status, "
        "automation_eligible, portal_enrolled, portal_user_name, created_at, updated_at, updated_by, row_version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"));
    const QString now = nowUtc();
    for (const QVariant& v :
         QVariantList{i.name, i.dba, i.address1, i.address2, i.city, i.state, i.postalCode, i.country, i.phone, i.email,
                      i.active ? QStringLiteral("active") : QStringLiteral("inactive"), i.automationEligible,
                      i.portalEnrolled, i.portalUserName, now, now})
        q.addBindValue(v);
    q.addBindValue(m_session.user.id > 0 ? QVariant(m_session.user.id) : QVariant());
    if (Status s = exec(q); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    i.id = id;
    i.rowVersion = 1;
    if (Status s =
            recordActivity(m_session, QStringLiteral("insured"), id, id, QStringLiteral("created"),
                           summary.isEmpty() ? QStringLiteral("Added insured %1").arg(i.name) : summary, toJson(i));
        !s)
        return s.error();
    return id;
}

Status InsuredService::conflictOrMissing(qint64 id) const
{
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral("SELECT i.updated_at, COALESCE(u.user_name, 'someone') FROM insureds i "
                             "LEFT JOIN users u ON u.id = i.updated_by WHERE i.id = ?"));
    q.addBindValue(id);
    if (Status s = exec(q); !s)
        return s;
    if (!q.next())
        return Error{ErrorCode::NotFound, tr("Insured %1 does not exist.").arg(id)};
    return Error{ErrorCode::Conflict,
                 tr("This insured was changed by %1 at %2 after you opened it; reload to see their changes.")
                     .arg(q.value(1).toString(), q.value(0).toString())};
}

Status InsuredService::update(const Insured& input)
{
    if (Status s = authorize(m_session, Operation::InsuredUpdate); !s)
        return s;
    Insured i = input;
    if (Status s = validate(i); !s)
        return s;
    const Database& db = m_session.database();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    Result<Insured> before = get(i.id);
    if (!before)
        return before.error();
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("UPDATE insureds SET name = ?, dba = ?, address1 = ?, address2 = ?, city = ?, state = ?, "
                             "postal_code = ?, country = ?, phone = ?, email = ?, automation_eligible = ?, "
                             "portal_enrolled = ?, portal_user_name = ?, updated_at = ?, updated_by = ?, "
                             "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    for (const QVariant& v :
         QVariantList{i.name, i.dba, i.address1, i.address2, i.city, i.state, i.postalCode, i.country, i.phone, i.email,
                      i.automationEligible, i.portalEnrolled, i.portalUserName, nowUtc()})
        q.addBindValue(v);
    q.addBindValue(m_session.user.id > 0 ? QVariant(m_session.user.id) : QVariant());
    q.addBindValue(i.id);
    q.addBindValue(i.rowVersion);
    if (Status s = exec(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return conflictOrMissing(i.id);
    QJsonObject beforeJson = toJson(*before);
    QJsonObject afterJson = toJson(i);
    for (const char* key : {"id", "rowVersion", "policiesInForce", "status"}) {
        beforeJson.remove(QLatin1String(key));
        afterJson.remove(QLatin1String(key));
    }
    const QJsonObject changes = jsonChanges(beforeJson, afterJson);
    if (Status s =
            recordActivity(m_session, QStringLiteral("insured"), i.id, i.id, QStringLiteral("updated"),
                           QStringLiteral("Edited insured %1 (%2)").arg(i.name, changes.keys().join(u", ")), changes);
        !s)
        return s;
    return tx.commit();
}

Status InsuredService::setActive(qint64 id, bool active)
{
    if (Status s = authorize(m_session, Operation::InsuredSetActive); !s)
        return s;
    const Database& db = m_session.database();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    Result<Insured> before = get(id);
    if (!before)
        return before.error();
    if (before->active == active)
        return validationError(active ? tr("%1 is already active.").arg(before->name)
                                      : tr("%1 is already inactive.").arg(before->name));
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("UPDATE insureds SET status = ?, updated_at = ?, updated_by = ?, "
                             "row_version = row_version + 1 WHERE id = ?"));
    q.addBindValue(active ? QStringLiteral("active") : QStringLiteral("inactive"));
    q.addBindValue(nowUtc());
    q.addBindValue(m_session.user.id > 0 ? QVariant(m_session.user.id) : QVariant());
    q.addBindValue(id);
    if (Status s = exec(q); !s)
        return s;
    const QString action = active ? QStringLiteral("reactivated") : QStringLiteral("deactivated");
    if (Status s =
            recordActivity(m_session, QStringLiteral("insured"), id, id, action,
                           QStringLiteral("%1 insured %2").arg(active ? u"Reactivated" : u"Deactivated", before->name));
        !s)
        return s;
    return tx.commit();
}

Result<Insured> InsuredService::get(qint64 id) const
{
    QSqlQuery q = m_session.database().query();
    q.prepare(QString::fromLatin1(kSelectInsured) + QStringLiteral("WHERE i.id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (Status s = exec(q); !s)
        return s.error();
    if (!q.next())
        return Error{ErrorCode::NotFound, tr("Insured %1 does not exist.").arg(id)};
    return readInsured(q);
}

Result<int> InsuredService::count(const InsuredListQuery& query) const
{
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral("SELECT count(*) FROM insureds i") + statusWhere(query.statusFilter));
    if (Status s = exec(q); !s)
        return s.error();
    q.next();
    return q.value(0).toInt();
}

Result<std::vector<Insured>> InsuredService::page(const InsuredListQuery& query, int offset, int limit) const
{
    const QString order = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QSqlQuery q = m_session.database().query();
    q.setForwardOnly(true);
    // The page's ids come from the covering sort index alone, so skipping 99,800 rows to reach the
    // last page never touches the table rows it skips.
    const QString orderBy =
        QStringLiteral(" ORDER BY ") + sortColumn(query.sort) + order + QStringLiteral(", i.id") + order;
    q.prepare(QString::fromLatin1(kSelectInsured) + QStringLiteral("WHERE i.id IN (SELECT i.id FROM insureds i") +
              statusWhere(query.statusFilter) + orderBy + QStringLiteral(" LIMIT :limit OFFSET :offset)") + orderBy);
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    if (Status s = exec(q); !s)
        return s.error();
    std::vector<Insured> out;
    out.reserve(limit);
    while (q.next())
        out.push_back(readInsured(q));
    return out;
}

} // namespace agencydesk
