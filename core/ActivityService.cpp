#include "ActivityService.h"

#include "Database.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace agencydesk {

namespace {

Status insertActivity(const Session& session, const QString& entityType, qint64 entityId,
                      std::optional<qint64> insuredId, const QString& action, const QString& summary,
                      const QString& detailsJson)
{
    CachedQuery qCached = session.database().cachedQuery(
        QStringLiteral("INSERT INTO activities(at, user_id, user_name, kind, entity_type, entity_id, insured_id, "
                       "action, summary, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery& q = *qCached;
    q.addBindValue(nowUtc());
    q.addBindValue(session.user.id > 0 ? QVariant(session.user.id) : QVariant());
    q.addBindValue(session.user.userName);
    q.addBindValue(action == QLatin1String("note") ? QStringLiteral("note") : QStringLiteral("audit"));
    q.addBindValue(entityType);
    q.addBindValue(entityId);
    q.addBindValue(insuredId ? QVariant(*insuredId) : QVariant());
    q.addBindValue(action);
    q.addBindValue(summary);
    q.addBindValue(detailsJson);
    return exec(q);
}

} // namespace

Status recordActivity(const Session& session, const QString& entityType, qint64 entityId,
                      std::optional<qint64> insuredId, const QString& action, const QString& summary,
                      const QJsonObject& details)
{
    return insertActivity(session, entityType, entityId, insuredId, action, summary,
                          QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
}

Status recordActivity(const Session& session, const QString& entityType, qint64 entityId,
                      std::optional<qint64> insuredId, const QString& action, const QString& summary,
                      const JsonObjectText& details)
{
    return insertActivity(session, entityType, entityId, insuredId, action, summary, details.text());
}

QJsonObject jsonChanges(const QJsonObject& before, const QJsonObject& after)
{
    QJsonObject changes;
    for (auto it = after.begin(); it != after.end(); ++it) {
        const QJsonValue old = before.value(it.key());
        if (old != it.value())
            changes.insert(it.key(), QJsonObject{{QStringLiteral("from"), old}, {QStringLiteral("to"), it.value()}});
    }
    return changes;
}

Result<qint64> ActivityService::addNote(qint64 insuredId, const QString& text)
{
    if (Status s = authorize(m_session, Operation::NoteAdd); !s)
        return s.error();
    const QString note = text.trimmed();
    if (note.isEmpty())
        return validationError(tr("The note is empty."));
    if (note.size() > 10000)
        return validationError(tr("The note is too long (at most 10,000 characters)."));
    const Database& db = m_session.database();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    QSqlQuery exists = db.query();
    exists.prepare(QStringLiteral("SELECT 1 FROM insureds WHERE id = ?"));
    exists.addBindValue(insuredId);
    if (Status s = exec(exists); !s)
        return s.error();
    if (!exists.next())
        return Error{ErrorCode::NotFound, tr("Insured %1 does not exist.").arg(insuredId)};
    if (Status s =
            recordActivity(m_session, QStringLiteral("insured"), insuredId, insuredId, QStringLiteral("note"), note);
        !s)
        return s.error();
    QSqlQuery id = db.query();
    id.exec(QStringLiteral("SELECT last_insert_rowid()"));
    id.next();
    const qint64 noteId = id.value(0).toLongLong();
    if (Status s = tx.commit(); !s)
        return s.error();
    return noteId;
}

Result<std::vector<Activity>> ActivityService::forInsured(qint64 insuredId, int limit) const
{
    return select(QStringLiteral("insured_id = ?"), {insuredId}, limit);
}

Result<std::vector<Activity>> ActivityService::forEntity(const QString& entityType, qint64 entityId, int limit) const
{
    return select(QStringLiteral("entity_type = ? AND entity_id = ?"), {entityType, entityId}, limit);
}

Result<std::vector<Activity>> ActivityService::recent(int limit) const
{
    return select(QStringLiteral("1 = 1"), {}, limit);
}

Result<std::vector<Activity>> ActivityService::select(const QString& where, const QVariantList& binds, int limit) const
{
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral("SELECT id, at, user_name, kind, entity_type, entity_id, insured_id, action, summary, "
                             "details FROM activities WHERE %1 ORDER BY id DESC LIMIT %2")
                  .arg(where)
                  .arg(limit));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (Status s = exec(q); !s)
        return s.error();
    std::vector<Activity> out;
    while (q.next()) {
        Activity a;
        a.id = q.value(0).toLongLong();
        a.at = q.value(1).toString();
        a.userName = q.value(2).toString();
        a.kind = q.value(3).toString();
        a.entityType = q.value(4).toString();
        a.entityId = q.value(5).toLongLong();
        if (!q.value(6).isNull())
            a.insuredId = q.value(6).toLongLong();
        a.action = q.value(7).toString();
        a.summary = q.value(8).toString();
        a.details = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
        out.push_back(std::move(a));
    }
    return out;
}

} // namespace agencydesk
