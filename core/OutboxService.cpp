#include "OutboxService.h"

#include "ActivityService.h"
#include "Database.h"
#include "MailSettingsService.h"
#include "MimeMessage.h"
#include "Validation.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlRecord>

namespace agencydesk {

namespace {

const QString kColumns = QStringLiteral(
    "o.id, o.status, o.kind, o.client_facing, o.from_name, o.from_address, o.to_addrs, o.cc_addrs, o.bcc_addrs, "
    "o.subject, o.body_text, o.body_html, o.message_id, o.attempts, o.next_attempt_at, o.last_error, "
    "o.outcome_unknown, o.insured_id, o.certificate_id, o.created_by_name, o.created_at, o.sent_at, o.row_version, "
    "(SELECT group_concat(file_name, char(10)) FROM (SELECT file_name FROM outbox_attachments a "
    " WHERE a.outbox_id = o.id ORDER BY position))");

QStringList splitAddresses(const QString& text)
{
    return text.split(QLatin1Char(','), Qt::SkipEmptyParts).replaceInStrings(QStringLiteral(" "), QString());
}

QString joinAddresses(const QStringList& list)
{
    return list.isEmpty() ? QString(QLatin1String("")) : list.join(QStringLiteral(", "));
}

std::optional<qint64> optionalId(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

QVariant bindId(const std::optional<qint64>& id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

OutboxEntry fromQuery(const QSqlQuery& q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.status = outboxStatusFromKey(q.value(1).toString()).value_or(OutboxStatus::Queued);
    e.kind = q.value(2).toString();
    e.clientFacing = q.value(3).toBool();
    e.fromName = q.value(4).toString();
    e.fromAddress = q.value(5).toString();
    e.to = splitAddresses(q.value(6).toString());
    e.cc = splitAddresses(q.value(7).toString());
    e.bcc = splitAddresses(q.value(8).toString());
    e.subject = q.value(9).toString();
    e.textBody = q.value(10).toString();
    e.htmlBody = q.value(11).toString();
    e.messageId = q.value(12).toString();
    e.attempts = q.value(13).toInt();
    e.nextAttemptAt = q.value(14).toString();
    e.lastError = q.value(15).toString();
    e.outcomeUnknown = q.value(16).toBool();
    e.insuredId = optionalId(q.value(17));
    e.certificateId = optionalId(q.value(18));
    e.createdByName = q.value(19).toString();
    e.createdAt = q.value(20).toString();
    e.sentAt = q.value(21).toString();
    e.rowVersion = q.value(22).toInt();
    e.attachmentNames = q.value(23).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return e;
}

Status checkList(const QString& what, const QStringList& addresses)
{
    for (const QString& a : addresses) {
        if (Status s = MimeMessage::checkAddress(what, a); !s)
            return s;
    }
    return {};
}

QStringList cleaned(const QStringList& list)
{
    QStringList out;
    for (const QString& a : list) {
        // Trim only spaces and tabs: a CR or LF must reach the check below and be refused, never silently dropped.
        QString t = a;
        while (!t.isEmpty() && (t.front() == QLatin1Char(' ') || t.front() == QLatin1Char('\t')))
            t.remove(0, 1);
        while (!t.isEmpty() && (t.back() == QLatin1Char(' ') || t.back() == QLatin1Char('\t')))
            t.chop(1);
        if (!t.isEmpty() && !out.contains(t, Qt::CaseInsensitive))
            out << t;
    }
    return out;
}

} // namespace

QString outboxStatusKey(OutboxStatus status)
{
    switch (status) {
    case OutboxStatus::Queued:
        return QStringLiteral("queued");
    case OutboxStatus::Sending:
        return QStringLiteral("sending");
    case OutboxStatus::Sent:
        return QStringLiteral("sent");
    case OutboxStatus::Failed:
        return QStringLiteral("failed");
    case OutboxStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<OutboxStatus> outboxStatusFromKey(const QString& key)
{
    for (OutboxStatus s : {OutboxStatus::Queued, OutboxStatus::Sending, OutboxStatus::Sent, OutboxStatus::Failed,
                           OutboxStatus::Cancelled}) {
        if (outboxStatusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

Result<qint64> OutboxService::enqueue(const OutgoingMail& mail)
{
    if (Status s = authorize(m_session, Operation::MailSend); !s)
        return s.error();
    Transaction tx(m_session.database());
    if (Status s = tx.begin(); !s)
        return s.error();
    auto id = enqueueInTransaction(mail);
    if (!id)
        return id;
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<qint64> OutboxService::enqueueInTransaction(const OutgoingMail& mail)
{
    if (Status s = authorize(m_session, Operation::MailSend); !s)
        return s.error();
    const Database& db = m_session.database();
    auto settings = MailSettingsService::read(db);
    if (!settings)
        return settings.error();
    if (!settings->isConfigured())
        return validationError(tr("Mail is not set up yet: a manager enters the SMTP server and the "
                                  "sender's address in Agency > Mail settings."));
    const QStringList to = cleaned(mail.to);
    const QStringList cc = cleaned(mail.cc);
    QStringList bcc = cleaned(mail.bcc);
    if (Status s = checkList(tr("The recipient"), to); !s)
        return s.error();
    if (Status s = checkList(tr("The Cc recipient"), cc); !s)
        return s.error();
    if (Status s = checkList(tr("The Bcc recipient"), bcc); !s)
        return s.error();
    if (to.isEmpty() && cc.isEmpty())
        return validationError(tr("The email has no recipient: enter at least one address."));
    if (Status s = MimeMessage::checkHeaderText(tr("The subject"), mail.subject); !s)
        return s.error();
    if (mail.subject.trimmed().isEmpty())
        return validationError(tr("The email has no subject."));
    if (mail.clientFacing && settings->bccEnabled && !settings->bccAddress.isEmpty() &&
        !bcc.contains(settings->bccAddress, Qt::CaseInsensitive))
        bcc << settings->bccAddress;
    for (const OutgoingAttachment& a : mail.attachments) {
        if (Status s = MimeMessage::checkHeaderText(tr("The attachment name"), a.fileName); !s)
            return s.error();
        if (a.fileName.trimmed().isEmpty())
            return validationError(tr("An attachment has no file name."));
        if (a.data.isEmpty() && a.certificateId <= 0)
            return validationError(tr("The attachment %1 is empty.").arg(a.fileName));
    }

    const QString now = nowUtc();
    const QString messageId = MimeMessage::newMessageId(settings->fromAddress);
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral(
        "INSERT INTO outbox(kind, client_facing, from_name, from_address, to_addrs, cc_addrs, bcc_addrs, subject, "
        "body_text, body_html, message_id, next_attempt_at, insured_id, certificate_id, created_by, created_by_name, "
        "created_at) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(cleanText(mail.kind));
    q.addBindValue(mail.clientFacing ? 1 : 0);
    q.addBindValue(cleanText(settings->fromName));
    q.addBindValue(settings->fromAddress);
    q.addBindValue(joinAddresses(to));
    q.addBindValue(joinAddresses(cc));
    q.addBindValue(joinAddresses(bcc));
    q.addBindValue(mail.subject.trimmed());
    q.addBindValue(mail.textBody.isNull() ? QString(QLatin1String("")) : mail.textBody);
    q.addBindValue(mail.htmlBody.isNull() ? QString(QLatin1String("")) : mail.htmlBody);
    q.addBindValue(messageId);
    q.addBindValue(now);
    q.addBindValue(bindId(mail.insuredId));
    q.addBindValue(bindId(mail.certificateId));
    q.addBindValue(m_session.user.id > 0 ? QVariant(m_session.user.id) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(cleanText(m_session.user.userName));
    q.addBindValue(now);
    if (Status s = exec(q); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    int position = 0;
    for (const OutgoingAttachment& a : mail.attachments) {
        QSqlQuery att = db.query();
        att.prepare(QStringLiteral("INSERT INTO outbox_attachments(outbox_id, position, file_name, content_type, data, "
                                   "certificate_id) VALUES(?,?,?,?,?,?)"));
        att.addBindValue(id);
        att.addBindValue(position++);
        att.addBindValue(a.fileName.trimmed());
        att.addBindValue(cleanText(a.contentType));
        att.addBindValue(a.certificateId > 0 ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(a.data));
        att.addBindValue(a.certificateId > 0 ? QVariant(a.certificateId) : QVariant(QMetaType::fromType<qint64>()));
        if (Status s = exec(att); !s)
            return s.error();
    }
    if (Status s = recordActivity(
            m_session, QStringLiteral("email"), id, mail.insuredId, QStringLiteral("queued"),
            QStringLiteral("Email queued to %1: %2").arg(to.join(QStringLiteral(", ")), mail.subject.trimmed()));
        !s)
        return s.error();
    return id;
}

Result<std::vector<OutboxEntry>> OutboxService::select(const QString& where, const QVariantList& binds, int limit) const
{
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral("SELECT %1 FROM outbox o %2 ORDER BY o.id DESC LIMIT %3").arg(kColumns, where).arg(limit));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (Status s = exec(q); !s)
        return s.error();
    std::vector<OutboxEntry> out;
    while (q.next())
        out.push_back(fromQuery(q));
    return out;
}

Result<std::vector<OutboxEntry>> OutboxService::list(std::optional<OutboxStatus> status, int limit) const
{
    if (status)
        return select(QStringLiteral("WHERE o.status = ?"), {outboxStatusKey(*status)}, limit);
    return select({}, {}, limit);
}

Result<std::vector<OutboxEntry>> OutboxService::forInsured(qint64 insuredId) const
{
    return select(QStringLiteral("WHERE o.insured_id = ?"), {insuredId}, 1000);
}

Result<OutboxEntry> OutboxService::read(const Database& db, qint64 id)
{
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT %1 FROM outbox o WHERE o.id = ?").arg(kColumns));
    q.addBindValue(id);
    if (Status s = exec(q); !s)
        return s.error();
    if (!q.next())
        return Error{ErrorCode::NotFound, tr("There is no email %1 in the outbox.").arg(id)};
    return fromQuery(q);
}

Result<OutboxEntry> OutboxService::get(qint64 id) const
{
    return read(m_session.database(), id);
}

Result<QJsonObject> OutboxService::counts() const
{
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral("SELECT status, count(*) FROM outbox GROUP BY status"));
    if (Status s = exec(q); !s)
        return s.error();
    QJsonObject out;
    for (const char* key : {"queued", "sending", "sent", "failed", "cancelled"})
        out.insert(QLatin1String(key), 0);
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}

Status OutboxService::setStatus(qint64 id, Operation op, const QString& action)
{
    if (Status s = authorize(m_session, op); !s)
        return s;
    const Database& db = m_session.database();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    auto entry = read(db, id);
    if (!entry)
        return entry.error();
    if (entry->status != OutboxStatus::Queued && entry->status != OutboxStatus::Failed)
        return Error{ErrorCode::Conflict, (action == QLatin1String("retried")
                                               ? tr("Email %1 is %2: only a queued or failed email can be retried.")
                                               : tr("Email %1 is %2: only a queued or failed email can be cancelled."))
                                              .arg(id)
                                              .arg(outboxStatusKey(entry->status))};
    QSqlQuery q = db.query();
    if (action == QLatin1String("retried")) {
        q.prepare(QStringLiteral("UPDATE outbox SET status = 'queued', next_attempt_at = ?, outcome_unknown = 0, "
                                 "transfer_started_at = NULL, claimed_by = NULL, claimed_at = NULL, "
                                 "row_version = row_version + 1 WHERE id = ? AND status IN ('queued','failed')"));
        q.addBindValue(nowUtc());
    } else {
        q.prepare(QStringLiteral("UPDATE outbox SET status = 'cancelled', row_version = row_version + 1 "
                                 "WHERE id = ? AND status IN ('queued','failed')"));
    }
    q.addBindValue(id);
    if (Status s = exec(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error{ErrorCode::Conflict, tr("Email %1 changed meanwhile; reload the outbox.").arg(id)};
    QJsonObject details{{QStringLiteral("attempts"), entry->attempts}, {QStringLiteral("lastError"), entry->lastError}};
    if (entry->outcomeUnknown)
        details.insert(QStringLiteral("outcomeUnknown"), true);
    if (Status s = recordActivity(m_session, QStringLiteral("email"), id, entry->insuredId, action,
                                  QStringLiteral("Email %1 %2: %3").arg(id).arg(action, entry->subject), details);
        !s)
        return s;
    return tx.commit();
}

Status OutboxService::retryNow(qint64 id)
{
    return setStatus(id, Operation::OutboxManage, QStringLiteral("retried"));
}

Status OutboxService::cancel(qint64 id)
{
    return setStatus(id, Operation::OutboxManage, QStringLiteral("cancelled"));
}

Result<MimeMessage> OutboxService::buildMessage(const Database& db, const OutboxEntry& entry)
{
    MimeMessage m;
    m.fromName = entry.fromName;
    m.fromAddress = entry.fromAddress;
    m.to = entry.to;
    m.cc = entry.cc;
    m.subject = entry.subject;
    m.textBody = entry.textBody;
    m.htmlBody = entry.htmlBody;
    m.messageId = entry.messageId;
    m.date = QDateTime::fromString(entry.createdAt, Qt::ISODateWithMs);
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT a.file_name, a.content_type, COALESCE(a.data, c.pdf), a.certificate_id, c.id "
                             "FROM outbox_attachments a LEFT JOIN certificates c ON c.id = a.certificate_id "
                             "WHERE a.outbox_id = ? ORDER BY a.position"));
    q.addBindValue(entry.id);
    if (Status s = exec(q); !s)
        return s.error();
    while (q.next()) {
        if (!q.value(3).isNull() && q.value(4).isNull())
            return Error{ErrorCode::NotFound,
                         tr("The certificate attached to email %1 no longer exists.").arg(entry.id)};
        m.attachments.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toByteArray()});
    }
    return m;
}

Result<QByteArray> OutboxService::messageBytes(qint64 id) const
{
    auto entry = get(id);
    if (!entry)
        return entry.error();
    auto message = buildMessage(m_session.database(), *entry);
    if (!message)
        return message.error();
    return message->toBytes();
}

QJsonObject OutboxService::toJson(const OutboxEntry& e)
{
    QJsonObject o{{QStringLiteral("id"), e.id},
                  {QStringLiteral("status"), outboxStatusKey(e.status)},
                  {QStringLiteral("kind"), e.kind},
                  {QStringLiteral("from"), e.fromAddress},
                  {QStringLiteral("to"), QJsonArray::fromStringList(e.to)},
                  {QStringLiteral("cc"), QJsonArray::fromStringList(e.cc)},
                  {QStringLiteral("bcc"), QJsonArray::fromStringList(e.bcc)},
                  {QStringLiteral("subject"), e.subject},
                  {QStringLiteral("messageId"), e.messageId},
                  {QStringLiteral("attempts"), e.attempts},
                  {QStringLiteral("nextAttemptAt"), e.nextAttemptAt},
                  {QStringLiteral("lastError"), e.lastError},
                  {QStringLiteral("outcomeUnknown"), e.outcomeUnknown},
                  {QStringLiteral("createdBy"), e.createdByName},
                  {QStringLiteral("createdAt"), e.createdAt},
                  {QStringLiteral("sentAt"), e.sentAt},
                  {QStringLiteral("attachments"), QJsonArray::fromStringList(e.attachmentNames)}};
    if (e.insuredId)
        o.insert(QStringLiteral("insuredId"), *e.insuredId);
    if (e.certificateId)
        o.insert(QStringLiteral("certificateId"), *e.certificateId);
    return o;
}

} // namespace agencydesk
