#include "OutboxSender.h"

#include "Database.h"
#include "MailSettingsService.h"
#include "MimeMessage.h"
#include "OutboxService.h"
#include "Session.h"
#include "SmtpClient.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QUuid>

#include <vector>

namespace agencydesk {

namespace {

/// A sent portal welcome / reset email keeps no live code: the client has it, the portal keeps only its hash, and
/// the outbox row lives on in every backup and on the shared folder. Codes are 32 hex characters (PortalService).
Status redactCodes(const Database& db, qint64 id)
{
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT body_text, body_html FROM outbox WHERE id = ? "
                             "AND kind IN ('welcome', 'password_reset')"));
    q.addBindValue(id);
    if (Status s = exec(q); !s)
        return s;
    if (!q.next())
        return {};
    static const QRegularExpression code(QStringLiteral("\\b[0-9a-fA-F]{32}\\b"));
    const QString removed = QStringLiteral("[code removed after sending]");
    QString text = q.value(0).toString();
    QString html = q.value(1).toString();
    q.finish();
    QSqlQuery update = db.query();
    update.prepare(QStringLiteral("UPDATE outbox SET body_text = ?, body_html = ? WHERE id = ?"));
    update.addBindValue(text.replace(code, removed));
    update.addBindValue(html.replace(code, removed));
    update.addBindValue(id);
    return exec(update);
}

QString utcIn(int seconds)
{
    return QDateTime::currentDateTimeUtc().addSecs(seconds).toString(Qt::ISODateWithMs);
}

} // namespace

OutboxSender::OutboxSender(QString databasePath, SenderOptions options)
    : m_path(std::move(databasePath)), m_options(std::move(options)),
      m_senderId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

OutboxSender::~OutboxSender()
{
    close();
}

void OutboxSender::close()
{
    m_db.reset();
}

int OutboxSender::backoffSeconds(int attempts)
{
    if (attempts <= 1)
        return 30;
    return std::min(3600, 60 << std::min(attempts - 2, 6));
}

Status OutboxSender::ensureOpen()
{
    if (m_db)
        return {};
    OpenOptions options;
    options.create = false;
    options.integrityCheck = false;
    auto db = Database::open(m_path, options);
    if (!db)
        return db.error();
    m_db = *db;
    return {};
}

Result<int> OutboxSender::dueCount()
{
    if (Status s = ensureOpen(); !s)
        return s.error();
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE status = 'queued' AND next_attempt_at <= ?"));
    q.addBindValue(m_options.ignoreBackoff ? QStringLiteral("9999") : nowUtc());
    if (Status s = exec(q); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Status OutboxSender::recoverStale(SendReport& report)
{
    const QString cutoff = utcIn(-m_options.staleClaimSeconds);
    QSqlQuery requeue = m_db->query();
    requeue.prepare(QStringLiteral(
        "UPDATE outbox SET status = 'queued', claimed_by = NULL, claimed_at = NULL, next_attempt_at = ?, "
        "last_error = 'The sender stopped before handing this email to the server; it was queued again.', "
        "row_version = row_version + 1 "
        "WHERE status = 'sending' AND claimed_at <= ? AND transfer_started_at IS NULL"));
    requeue.addBindValue(nowUtc());
    requeue.addBindValue(cutoff);
    if (Status s = exec(requeue); !s)
        return s;
    report.requeued += requeue.numRowsAffected();
    QSqlQuery unknown = m_db->query();
    unknown.prepare(QStringLiteral(
        "UPDATE outbox SET status = 'failed', outcome_unknown = 1, claimed_by = NULL, claimed_at = NULL, "
        "last_error = 'Outcome unknown: the sender stopped after handing this email to the server at ' || "
        "transfer_started_at || '. It may have been delivered: check the agency''s Bcc copy before you use "
        "Retry now.', row_version = row_version + 1 "
        "WHERE status = 'sending' AND claimed_at <= ? AND transfer_started_at IS NOT NULL"));
    unknown.addBindValue(cutoff);
    if (Status s = exec(unknown); !s)
        return s;
    report.unknown += unknown.numRowsAffected();
    return {};
}

Status OutboxSender::markResult(qint64 id, int attempts, const QString& status, const QString& error, int delaySeconds)
{
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("UPDATE outbox SET status = ?, attempts = ?, last_error = ?, next_attempt_at = ?, "
                             "claimed_by = NULL, claimed_at = NULL, transfer_started_at = NULL, "
                             "row_version = row_version + 1 WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(attempts);
    q.addBindValue(error.isEmpty() ? QString(QLatin1String("")) : error);
    q.addBindValue(utcIn(delaySeconds));
    q.addBindValue(id);
    return exec(q);
}

Result<SendReport> OutboxSender::runOnce()
{
    if (Status s = ensureOpen(); !s)
        return s.error();
    SendReport report;
    if (Status s = recoverStale(report); !s)
        return s.error();

    std::vector<std::pair<qint64, int>> due; // id, attempts so far
    {
        QSqlQuery q = m_db->query();
        q.prepare(QStringLiteral("SELECT id, attempts FROM outbox WHERE status = 'queued' AND next_attempt_at <= ? "
                                 "ORDER BY id LIMIT ?"));
        q.addBindValue(m_options.ignoreBackoff ? QStringLiteral("9999") : nowUtc());
        q.addBindValue(m_options.batchSize);
        if (Status s = exec(q); !s)
            return s.error();
        while (q.next())
            due.emplace_back(q.value(0).toLongLong(), q.value(1).toInt());
    }
    if (due.empty())
        return report;

    auto settings = MailSettingsService::read(*m_db);
    if (!settings)
        return settings.error();
    if (!settings->isConfigured()) {
        report.lastError =
            tr("Mail is not set up (Agency > Mail settings); %1 email(s) wait in the outbox.").arg(due.size());
        report.remaining = static_cast<int>(due.size());
        return report;
    }
    auto password = MailSettingsService::readPassword(*m_db);
    if (!password)
        return password.error();

    SmtpClient client(settings->server(*password));
    // A connection that cannot be opened (server down, wrong password, untrusted certificate) leaves every due email
    // queued with the error and a later attempt time: a server problem never gives up on an email.
    const auto connectionFailed = [&](size_t from, const QString& error) -> Status {
        for (size_t i = from; i < due.size(); ++i) {
            QSqlQuery q = m_db->query();
            q.prepare(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?, "
                                     "row_version = row_version + 1 WHERE id = ? AND status = 'queued'"));
            q.addBindValue(error);
            q.addBindValue(utcIn(backoffSeconds(due[i].second + 1)));
            q.addBindValue(due[i].first);
            if (Status s = exec(q); !s)
                return s;
            report.retryLater += q.numRowsAffected();
        }
        report.lastError = error;
        return {};
    };
    if (Status opened = client.open(); !opened) {
        if (Status s = connectionFailed(0, opened.error().message); !s)
            return s.error();
        report.remaining = static_cast<int>(due.size());
        return report;
    }

    for (size_t i = 0; i < due.size(); ++i) {
        const qint64 id = due[i].first;
        if (!client.isOpen()) {
            if (Status reopened = client.open(); !reopened) {
                if (Status s = connectionFailed(i, reopened.error().message); !s)
                    return s.error();
                break;
            }
        }
        QSqlQuery claim = m_db->query();
        claim.prepare(QStringLiteral("UPDATE outbox SET status = 'sending', claimed_by = ?, claimed_at = ?, "
                                     "attempts = attempts + 1, transfer_started_at = NULL, "
                                     "row_version = row_version + 1 WHERE id = ? AND status = 'queued'"));
        claim.addBindValue(m_senderId);
        claim.addBindValue(nowUtc());
        claim.addBindValue(id);
        if (Status s = exec(claim); !s)
            return s.error();
        if (claim.numRowsAffected() != 1)
            continue; // cancelled, or another sender took it
        auto entry = OutboxService::read(*m_db, id);
        if (!entry)
            return entry.error();
        auto message = OutboxService::buildMessage(*m_db, *entry);
        Result<QByteArray> bytes = message ? message->toBytes() : Result<QByteArray>(message.error());
        if (!bytes) {
            if (Status s = markResult(id, entry->attempts, QStringLiteral("failed"), bytes.error().message, 0); !s)
                return s.error();
            ++report.failed;
            continue;
        }
        const QStringList recipients = entry->to + entry->cc + entry->bcc;
        const auto result = client.send(entry->fromAddress, recipients, *bytes, [&] {
            QSqlQuery q = m_db->query();
            q.prepare(QStringLiteral("UPDATE outbox SET transfer_started_at = ? WHERE id = ? AND claimed_by = ?"));
            q.addBindValue(nowUtc());
            q.addBindValue(id);
            q.addBindValue(m_senderId);
            return exec(q).ok() && q.numRowsAffected() == 1;
        });
        if (result.outcome == SmtpClient::Outcome::Accepted) {
            if (m_options.afterAccepted)
                m_options.afterAccepted(id);
            Transaction tx(*m_db);
            if (Status s = tx.begin(); !s)
                return s.error();
            QSqlQuery sent = m_db->query();
            const QString now = nowUtc();
            sent.prepare(QStringLiteral("UPDATE outbox SET status = 'sent', sent_at = ?, last_error = '', "
                                        "claimed_by = NULL, claimed_at = NULL, row_version = row_version + 1 "
                                        "WHERE id = ?"));
            sent.addBindValue(now);
            sent.addBindValue(id);
            if (Status s = exec(sent); !s)
                return s.error();
            // Each certificate this email carried gets its "emailed" delivery, in the name of who queued it.
            QSqlQuery delivery = m_db->query();
            delivery.prepare(QStringLiteral(
                "INSERT INTO certificate_deliveries(certificate_id, how, detail, user_id, user_name, at) "
                "SELECT DISTINCT a.certificate_id, 'emailed', o.to_addrs || CASE WHEN o.cc_addrs <> '' "
                "THEN ', ' || o.cc_addrs ELSE '' END, o.created_by, o.created_by_name, ? FROM outbox_attachments a "
                "JOIN outbox o ON o.id = a.outbox_id WHERE a.outbox_id = ? AND a.certificate_id IS NOT NULL"));
            delivery.addBindValue(now);
            delivery.addBindValue(id);
            if (Status s = exec(delivery); !s)
                return s.error();
            if (Status s = redactCodes(*m_db, id); !s)
                return s.error();
            if (Status s = tx.commit(); !s)
                return s.error();
            ++report.sent;
            continue;
        }
        QString status = QStringLiteral("queued");
        int delay = backoffSeconds(entry->attempts);
        if (result.outcome == SmtpClient::Outcome::Rejected || entry->attempts >= m_options.maxAttempts) {
            status = QStringLiteral("failed");
            delay = 0;
            ++report.failed;
        } else {
            ++report.retryLater;
        }
        // Outcome::Unknown (no reply after the dot) is retried: the server has not taken responsibility without its
        // 250 (RFC 5321 4.1.1.4), and the agency's Bcc copy shows a rare duplicate (RFC 1047).
        if (Status s = markResult(id, entry->attempts, status, result.message, delay); !s)
            return s.error();
        report.lastError = result.message;
    }
    client.close();
    auto remaining = dueCount();
    report.remaining = remaining ? *remaining : 0;
    return report;
}

} // namespace agencydesk
