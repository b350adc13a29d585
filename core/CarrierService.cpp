#include "CarrierService.h"

#include "ActivityService.h"
#include "Database.h"
#include "Validation.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace agencydesk {

Status CarrierService::validate(QString& name, QString& naic)
{
    name = cleanText(name);
    naic = cleanText(naic);
    static const QRegularExpression naicPattern(QStringLiteral("^\\d{5}$"));
    if (name.isEmpty())
        return validationError(tr("Carrier name is required."));
    if (!naic.isEmpty() && !naicPattern.match(naic).hasMatch())
        return validationError(tr("NAIC code \"%1\" must be five digits.").arg(naic));
    return {};
}

Result<std::vector<Carrier>> CarrierService::list() const
{
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral("SELECT id, name, naic FROM carriers ORDER BY name COLLATE NOCASE"));
    if (Status s = exec(q); !s)
        return s.error();
    std::vector<Carrier> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

Result<Carrier> CarrierService::get(qint64 id) const
{
    CachedQuery qCached =
        m_session.database().cachedQuery(QStringLiteral("SELECT id, name, naic FROM carriers WHERE id = ?"));
    QSqlQuery& q = *qCached;
    q.addBindValue(id);
    if (Status s = exec(q); !s)
        return s.error();
    if (!q.next())
        return Error{ErrorCode::NotFound, tr("Carrier %1 does not exist.").arg(id)};
    return Carrier{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
}

Result<Carrier> CarrierService::findByName(const QString& name) const
{
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral("SELECT id, name, naic FROM carriers WHERE name = ? COLLATE NOCASE"));
    q.addBindValue(name.simplified());
    if (Status s = exec(q); !s)
        return s.error();
    if (!q.next())
        return Error{ErrorCode::NotFound, tr("Carrier \"%1\" does not exist.").arg(name)};
    return Carrier{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
}

Result<qint64> CarrierService::add(const QString& nameIn, const QString& naicIn)
{
    if (Status s = authorize(m_session, Operation::CarrierAdd); !s)
        return s.error();
    QString name = nameIn, naic = naicIn;
    if (Status s = validate(name, naic); !s)
        return s.error();
    const Database& db = m_session.database();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    if (findByName(name))
        return Error{ErrorCode::Conflict, tr("Carrier \"%1\" already exists.").arg(name)};
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("INSERT INTO carriers(name, naic) VALUES (?, ?)"));
    q.addBindValue(name);
    q.addBindValue(naic);
    if (Status s = exec(q); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s = recordActivity(
            m_session, QStringLiteral("carrier"), id, std::nullopt, QStringLiteral("created"),
            QStringLiteral("Added carrier %1 (NAIC %2)").arg(name, naic.isEmpty() ? QStringLiteral("-") : naic));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status CarrierService::update(const Carrier& input)
{
    if (Status s = authorize(m_session, Operation::CarrierUpdate); !s)
        return s;
    Carrier c = input;
    if (Status s = validate(c.name, c.naic); !s)
        return s;
    const Database& db = m_session.database();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    Result<Carrier> before = get(c.id);
    if (!before)
        return before.error();
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("UPDATE carriers SET name = ?, naic = ? WHERE id = ?"));
    q.addBindValue(c.name);
    q.addBindValue(c.naic);
    q.addBindValue(c.id);
    if (Status s = exec(q); !s)
        return s;
    if (Status s = recordActivity(
            m_session, QStringLiteral("carrier"), c.id, std::nullopt, QStringLiteral("updated"),
            QStringLiteral("Edited carrier %1 (was %2, NAIC %3)").arg(c.name, before->name, before->naic));
        !s)
        return s;
    return tx.commit();
}

Result<qint64> CarrierService::resolveForPolicy(const QString& nameIn, const QString& naicIn)
{
    QString name = nameIn, naic = naicIn;
    if (Status s = validate(name, naic); !s)
        return s.error();
    Result<Carrier> existing = findByName(name);
    if (!existing) {
        if (existing.error().code != ErrorCode::NotFound)
            return existing.error();
        QSqlQuery q = m_session.database().query();
        q.prepare(QStringLiteral("INSERT INTO carriers(name, naic) VALUES (?, ?)"));
        q.addBindValue(name);
        q.addBindValue(naic);
        if (Status s = exec(q); !s)
            return s.error();
        const qint64 id = q.lastInsertId().toLongLong();
        if (Status s = recordActivity(m_session, QStringLiteral("carrier"), id, std::nullopt, QStringLiteral("created"),
                                      QStringLiteral("Added carrier %1").arg(name));
            !s)
            return s.error();
        return id;
    }
    if (!naic.isEmpty() && existing->naic != naic) {
        if (!existing->naic.isEmpty())
            return validationError(tr("Carrier \"%1\" has NAIC %2, not %3.").arg(existing->name, existing->naic, naic));
        QSqlQuery q = m_session.database().query();
        q.prepare(QStringLiteral("UPDATE carriers SET naic = ? WHERE id = ?"));
        q.addBindValue(naic);
        q.addBindValue(existing->id);
        if (Status s = exec(q); !s)
            return s.error();
    }
    return existing->id;
}

} // namespace agencydesk
