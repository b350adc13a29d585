#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace agencydesk {

struct OutgoingAttachment
{
    QString fileName;
    QString contentType = QStringLiteral("application/pdf");
    QByteArray data;          ///< the bytes, or empty with certificateId set
    qint64 certificateId = 0; ///< an issued certificate: its stored PDF is attached when the email is sent
};

/// An email to queue. The sender (From) comes from the mail settings; client emails get the agency Bcc.
struct OutgoingMail
{
    QString kind; ///< a template key, "test", ... (for the outbox list)
    QStringList to;
    QStringList cc;
    QStringList bcc; ///< envelope only, never a header
    QString subject;
    QString textBody;
    QString htmlBody;
    bool clientFacing = true; ///< adds the agency Bcc address (on by default in the mail settings)
    std::vector<OutgoingAttachment> attachments;
    std::optional<qint64> insuredId;
    std::optional<qint64>
        certificateId; ///< the certificate this email delivers (its "emailed" delivery is logged when sent)
};

enum class OutboxStatus
{
    Queued,
    Sending,
    Sent,
    Failed,
    Cancelled
};
QString outboxStatusKey(OutboxStatus status); ///< queued, sending, sent, failed, cancelled
std::optional<OutboxStatus> outboxStatusFromKey(const QString& key);

/// One row of the outbox (and sent log).
struct OutboxEntry
{
    qint64 id = 0;
    OutboxStatus status = OutboxStatus::Queued;
    QString kind;
    bool clientFacing = true;
    QString fromName;
    QString fromAddress;
    QStringList to;
    QStringList cc;
    QStringList bcc;
    QString subject;
    QString textBody;
    QString htmlBody;
    QString messageId;
    int attempts = 0;
    QString nextAttemptAt;
    QString lastError;
    bool outcomeUnknown = false; ///< the sender stopped after handing the message over: it may have been delivered
    std::optional<qint64> insuredId;
    std::optional<qint64> certificateId;
    QString createdByName;
    QString createdAt;
    QString sentAt;
    QStringList attachmentNames;
    int rowVersion = 0;
};

} // namespace agencydesk
