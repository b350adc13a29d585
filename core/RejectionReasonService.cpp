#include "RejectionReasonService.h"

#include "Database.h"
#include "Validation.h"

#include <QSqlQuery>
#include <QVariant>

namespace agencydesk {

namespace {

RejectionReason readReason(const QSqlQuery& q)
{
    RejectionReason r;
    r.id = q.value(0).toLongLong();
    r.text = q.value(1).toString();
    r.position = q.value(2).toInt();
    r.retired = q.value(3).toBool();
    return r;
}

const QString kColumns = QStringLiteral("SELECT id, text, position, retired FROM rejection_reasons ");

} // namespace

Result<std::vector<RejectionReason>> RejectionReasonService::list(bool withRetired) const
{
    QSqlQuery q = m_session.database().query();
    q.prepare(kColumns + (withRetired ? QString() : QStringLiteral("WHERE retired = 0 ")) +
              QStringLiteral("ORDER BY position, id"));
    if (Status s = exec(q); !s)
        return s.error();
    std::vector<RejectionReason> out;
    while (q.next())
        out.push_back(readReason(q));
    return out;
}

Result<RejectionReason> RejectionReasonService::get(qint64 id) const
{
    QSqlQuery q = m_session.database().query();
    q.prepare(kColumns + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = exec(q); !s)
        return s.error();
    if (!q.next())
        return Error{ErrorCode::NotFound, tr("Rejection reason %1 does not exist.").arg(id)};
    return readReason(q);
}

Result<RejectionReason> RejectionReasonService::find(const QString& text) const
{
    QSqlQuery q = m_session.database().query();
    q.prepare(kColumns + QStringLiteral("WHERE text = ? COLLATE NOCASE"));
    q.addBindValue(cleanText(text));
    if (Status s = exec(q); !s)
        return s.error();
    if (!q.next())
        return Error{ErrorCode::NotFound, tr("There is no rejection reason \"%1\".").arg(cleanText(text))};
    return readReason(q);
}

Result<QString> RejectionReasonService::checkText(const QString& text, qint64 exceptId) const
{
    const QString clean = cleanText(text);
    if (clean.isEmpty())
        return validationError(tr("Enter the rejection reason's text."));
    if (clean.size() > 200)
        return validationError(tr("A rejection reason has at most 200 characters."));
    auto existing = find(clean);
    if (existing && existing->id != exceptId)
        return Error{ErrorCode::Conflict, tr("The rejection reason \"%1\" already exists.").arg(existing->text)};
    return clean;
}

Result<qint64> RejectionReasonService::add(const QString& text)
{
    if (Status s = authorize(m_session, Operation::RequestConfigure); !s)
        return s.error();
    const Database& db = m_session.database();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto clean = checkText(text, 0);
    if (!clean)
        return clean.error();
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("INSERT INTO rejection_reasons(text, position, updated_at) "
                             "VALUES (?, (SELECT COALESCE(MAX(position), 0) + 1 FROM rejection_reasons), ?)"));
    q.addBindValue(*clean);
    q.addBindValue(nowUtc());
    if (Status s = exec(q); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s =
            recordActivity(m_session, QStringLiteral("rejection_reason"), id, std::nullopt, QStringLiteral("created"),
                           QStringLiteral("Added rejection reason \"%1\"").arg(*clean));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status RejectionReasonService::rename(qint64 id, const QString& text)
{
    if (Status s = authorize(m_session, Operation::RequestConfigure); !s)
        return s;
    const Database& db = m_session.database();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    auto before = get(id);
    if (!before)
        return before.error();
    auto clean = checkText(text, id);
    if (!clean)
        return clean.error();
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("UPDATE rejection_reasons SET text = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(*clean);
    q.addBindValue(nowUtc());
    q.addBindValue(id);
    if (Status s = exec(q); !s)
        return s;
    if (Status s =
            recordActivity(m_session, QStringLiteral("rejection_reason"), id, std::nullopt, QStringLiteral("updated"),
                           QStringLiteral("Renamed rejection reason \"%1\" to \"%2\"").arg(before->text, *clean));
        !s)
        return s;
    return tx.commit();
}

Status RejectionReasonService::retire(qint64 id, bool retired)
{
    if (Status s = authorize(m_session, Operation::RequestConfigure); !s)
        return s;
    const Database& db = m_session.database();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    auto before = get(id);
    if (!before)
        return before.error();
    if (before->retired == retired)
        return validationError(retired ? tr("The rejection reason \"%1\" is already retired.").arg(before->text)
                                       : tr("The rejection reason \"%1\" is not retired.").arg(before->text));
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("UPDATE rejection_reasons SET retired = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(retired);
    q.addBindValue(nowUtc());
    q.addBindValue(id);
    if (Status s = exec(q); !s)
        return s;
    if (Status s = recordActivity(m_session, QStringLiteral("rejection_reason"), id, std::nullopt,
                                  retired ? QStringLiteral("retired") : QStringLiteral("restored"),
                                  (retired ? QStringLiteral("Retired rejection reason \"%1\"")
                                           : QStringLiteral("Restored rejection reason \"%1\""))
                                      .arg(before->text));
        !s)
        return s;
    return tx.commit();
}

} // namespace agencydesk
