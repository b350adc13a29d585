#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

namespace agencydesk {

class Database;

/// What one run of the sender did.
struct SendReport
{
    int sent = 0;
    int retryLater = 0; ///< back in the queue with a later attempt time
    int failed = 0;     ///< given up (a permanent refusal, or too many attempts)
    int requeued = 0;   ///< stale claims of a stopped sender that had not started the transfer: queued again
    int unknown = 0;    ///< stale claims after the transfer started: failed, "outcome unknown", never resent blindly
    int remaining = 0;  ///< queued and due after this run
    QString lastError;  ///< the last connection or server error, for the status bar and the CLI
};

struct SenderOptions
{
    int batchSize = 100;
    int maxAttempts = 8;
    /// A 'sending' claim older than this belongs to a sender that stopped (crashed, killed, power lost).
    int staleClaimSeconds = 600;
    /// Test seam for the crash window: runs after the server accepted a message and before the outbox records it.
    std::function<void(qint64 outboxId)> afterAccepted;
    /// Send every queued message now, whatever its next attempt time ("outbox flush", "Send now").
    bool ignoreBackoff = false;
};

/// Sends the outbox. It opens its own connection to the database file (in the thread that calls runOnce(), which
/// must stay the same thread) and one SMTP connection per run for the whole batch.
///
/// Never sent twice: a row is claimed ('sending', claimed_by, claimed_at) before the SMTP transaction; just before
/// the final dot of DATA it records transfer_started_at; after the server's 250 it marks the row sent. A sender that
/// dies leaves a 'sending' row behind. Once the claim is stale, a row without transfer_started_at is queued again
/// (the server cannot have the message), and a row with it is marked failed with outcome_unknown: it may have been
/// delivered, so it is never resent without a person deciding (Retry now, after checking the agency's Bcc copy).
class OutboxSender
{
    Q_DECLARE_TR_FUNCTIONS(OutboxSender)

public:
    explicit OutboxSender(QString databasePath, SenderOptions options = {});
    ~OutboxSender();
    OutboxSender(const OutboxSender&) = delete;
    OutboxSender& operator=(const OutboxSender&) = delete;

    /// Recovers stale claims, then sends every due message over one connection.
    Result<SendReport> runOnce();
    /// Queued messages whose next attempt is due now.
    Result<int> dueCount();
    /// Closes the database connection (call in the thread that used it, before it ends).
    void close();

    /// Seconds before attempt \a attempts + 1: 30 s, 1, 2, 4, 8 ... minutes, at most an hour.
    static int backoffSeconds(int attempts);

private:
    Status ensureOpen();
    Status recoverStale(SendReport& report);
    Status markResult(qint64 id, int attempts, const QString& status, const QString& error, int delaySeconds);

    QString m_path;
    SenderOptions m_options;
    QString m_senderId;
    std::shared_ptr<Database> m_db;
};

} // namespace agencydesk
