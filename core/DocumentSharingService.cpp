#include "DocumentSharingService.h"

#include "ActivityService.h"
#include "Database.h"
#include "DocumentNotifier.h"
#include "DocumentService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <map>

namespace agencydesk {

Result<std::vector<qint64>> DocumentSharingService::setShared(const QList<qint64>& documentIds, bool shared,
                                                              bool notify)
{
    if (Status s = authorize(m_session, Operation::DocumentShare); !s)
        return s.error();
    const Database& db = m_session.database();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    DocumentService documents(m_session);
    std::map<qint64, std::vector<qint64>> changedByInsured;
    const QString now = nowUtc();
    for (qint64 id : documentIds) {
        Result<Document> d = documents.get(id);
        if (!d)
            return d.error();
        if (d->shared == shared)
            continue;
        QSqlQuery q = db.query();
        q.prepare(QStringLiteral("UPDATE documents SET shared = ?, shared_at = ?, updated_at = ?, "
                                 "row_version = row_version + 1 WHERE id = ?"));
        q.addBindValue(shared);
        q.addBindValue(shared ? QVariant(now) : QVariant(QMetaType(QMetaType::QString)));
        q.addBindValue(now);
        q.addBindValue(id);
        if (Status s = exec(q); !s)
            return s.error();
        const QString summary =
            shared ? QStringLiteral("Shared document %1 with the client's portal account").arg(d->fileName)
                   : QStringLiteral("Stopped sharing document %1 with the client's portal account").arg(d->fileName);
        if (Status s = recordActivity(m_session, QStringLiteral("document"), id, d->insuredId,
                                      shared ? QStringLiteral("shared") : QStringLiteral("unshared"), summary,
                                      jsonChanges(QJsonObject{{QStringLiteral("shared"), d->shared}},
                                                  QJsonObject{{QStringLiteral("shared"), shared}}));
            !s)
            return s.error();
        changedByInsured[d->insuredId].push_back(id);
    }
    std::vector<qint64> notifications;
    if (shared && notify) {
        for (const auto& [insuredId, ids] : changedByInsured) {
            Result<qint64> n = recordNotification(insuredId, ids, QStringLiteral("shared"));
            if (!n)
                return n.error();
            notifications.push_back(*n);
        }
        if (auto queued = DocumentNotifier(m_session).queuePendingInTransaction(); !queued)
            return queued.error();
    }
    if (!shared && !changedByInsured.empty()) {
        QSqlQuery cancel = db.query();
        cancel.prepare(QStringLiteral("UPDATE document_notifications SET status = 'cancelled' WHERE status = 'pending' "
                                      "AND NOT EXISTS (SELECT 1 FROM json_each(document_notifications.document_ids) j "
                                      "JOIN documents d ON d.id = j.value WHERE d.shared = 1)"));
        if (Status s = exec(cancel); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return notifications;
}

Result<std::vector<qint64>> DocumentSharingService::resendNotification(const QList<qint64>& documentIds)
{
    if (Status s = authorize(m_session, Operation::DocumentShare); !s)
        return s.error();
    const Database& db = m_session.database();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    DocumentService documents(m_session);
    std::map<qint64, std::vector<qint64>> byInsured;
    QStringList notShared;
    for (qint64 id : documentIds) {
        Result<Document> d = documents.get(id);
        if (!d)
            return d.error();
        if (d->shared)
            byInsured[d->insuredId].push_back(id);
        else
            notShared << d->fileName;
    }
    if (byInsured.empty())
        return validationError((notShared.size() == 1 ? tr("No notification: %1 is not shared with the client.")
                                                      : tr("No notification: %1 are not shared with the client."))
                                   .arg(notShared.join(QStringLiteral(", "))));
    std::vector<qint64> notifications;
    for (const auto& [insuredId, ids] : byInsured) {
        Result<qint64> n = recordNotification(insuredId, ids, QStringLiteral("resent"));
        if (!n)
            return n.error();
        notifications.push_back(*n);
    }
    if (auto queued = DocumentNotifier(m_session).queuePendingInTransaction(); !queued)
        return queued.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return notifications;
}

Result<qint64> DocumentSharingService::recordNotification(qint64 insuredId, const std::vector<qint64>& documentIds,
                                                          const QString& reason)
{
    QJsonArray ids;
    for (qint64 id : documentIds)
        ids.append(id);
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral("INSERT INTO document_notifications(insured_id, document_ids, reason, requested_by, "
                             "requested_by_name, requested_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(insuredId);
    q.addBindValue(QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    q.addBindValue(reason);
    q.addBindValue(m_session.user.id > 0 ? QVariant(m_session.user.id) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(m_session.user.userName.isNull() ? QStringLiteral("") : m_session.user.userName);
    q.addBindValue(nowUtc());
    if (Status s = exec(q); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    const QString summary = reason == QLatin1String("shared")
                                ? QStringLiteral("Client to be notified of %n shared document(s)")
                                : QStringLiteral("Shared-document notification to be sent again (%n document(s))");
    if (Status s = recordActivity(
            m_session, QStringLiteral("document_notification"), id, insuredId, QStringLiteral("notification requested"),
            QString(summary).replace(QStringLiteral("%n"), QString::number(documentIds.size())),
            QJsonObject{{QStringLiteral("documentIds"), ids}, {QStringLiteral("reason"), reason}});
        !s)
        return s.error();
    return id;
}

Result<std::vector<Document>> DocumentSharingService::portalDocuments(qint64 insuredId) const
{
    Result<std::vector<Document>> all = DocumentService(m_session).forInsured(insuredId);
    if (!all)
        return all.error();
    std::vector<Document> shared;
    for (const Document& d : *all) {
        if (d.shared)
            shared.push_back(d);
    }
    return shared;
}

Result<std::vector<DocumentNotification>> DocumentSharingService::selectNotifications(const QString& where,
                                                                                      const QVariantList& binds) const
{
    QSqlQuery q = m_session.database().query();
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, insured_id, document_ids, reason, status, requested_by_name, requested_at "
                             "FROM document_notifications ") +
              where);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s.error();
    std::vector<DocumentNotification> out;
    while (q.next()) {
        DocumentNotification n;
        n.id = q.value(0).toLongLong();
        n.insuredId = q.value(1).toLongLong();
        for (const QJsonValue& v : QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array())
            n.documentIds.push_back(v.toInteger());
        n.reason = q.value(3).toString();
        n.status = q.value(4).toString();
        n.requestedByName = q.value(5).toString();
        n.requestedAt = q.value(6).toString();
        out.push_back(std::move(n));
    }
    return out;
}

Result<std::vector<DocumentNotification>> DocumentSharingService::pendingNotifications() const
{
    return selectNotifications(QStringLiteral("WHERE status = 'pending' ORDER BY id"), {});
}

Result<std::vector<DocumentNotification>> DocumentSharingService::notificationsFor(qint64 insuredId) const
{
    return selectNotifications(QStringLiteral("WHERE insured_id = ? ORDER BY id DESC"), {insuredId});
}

Status DocumentSharingService::markNotificationSent(qint64 notificationId, std::optional<qint64> emailId)
{
    if (Status s = authorize(m_session, Operation::DocumentShare); !s)
        return s;
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral("UPDATE document_notifications SET status = 'sent', sent_at = ?, email_id = ? "
                             "WHERE id = ? AND status = 'pending'"));
    q.addBindValue(nowUtc());
    q.addBindValue(emailId ? QVariant(*emailId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(notificationId);
    if (Status s = exec(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error{ErrorCode::NotFound,
                     tr("There is no pending document notification with ID %1.").arg(notificationId)};
    return {};
}

} // namespace agencydesk
