#pragma once

#include "Outbox.h"
#include "Result.h"
#include "Session.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>
#include <vector>

namespace agencydesk {

class Database;
struct MimeMessage;

/// The outbox: every email is written here first (queued) and sent later by OutboxSender, so nothing is lost when
/// the application closes or the server is down.
class OutboxService
{
    Q_DECLARE_TR_FUNCTIONS(OutboxService)

public:
    explicit OutboxService(const Session& session) : m_session(session) {}

    /// Queues \a mail in its own transaction (permission: send an email) and returns the outbox id.
    Result<qint64> enqueue(const OutgoingMail& mail);
    /// The same inside the caller's open Transaction (a request rejected and its email queued together, or neither).
    Result<qint64> enqueueInTransaction(const OutgoingMail& mail);

    Result<std::vector<OutboxEntry>> list(std::optional<OutboxStatus> status = std::nullopt, int limit = 500) const;
    Result<std::vector<OutboxEntry>> forInsured(qint64 insuredId) const;
    Result<OutboxEntry> get(qint64 id) const;
    /// Counts by status key (queued, sending, sent, failed, cancelled).
    Result<QJsonObject> counts() const;
    /// Queued or failed (also "outcome unknown"): queued again, due now. The user decides a possible duplicate.
    Status retryNow(qint64 id);
    /// Queued or failed: cancelled, never sent.
    Status cancel(qint64 id);
    /// The message exactly as it goes (or went) on the wire, for .eml and preview (no Bcc in it).
    Result<QByteArray> messageBytes(qint64 id) const;

    /// The MIME message of an outbox row (certificate attachments read from their stored PDF).
    static Result<MimeMessage> buildMessage(const Database& db, const OutboxEntry& entry);
    static Result<OutboxEntry> read(const Database& db, qint64 id);
    static QJsonObject toJson(const OutboxEntry& entry);

private:
    Result<std::vector<OutboxEntry>> select(const QString& where, const QVariantList& binds, int limit) const;
    Status setStatus(qint64 id, Operation op, const QString& action);
    const Session& m_session;
};

} // namespace agencydesk
