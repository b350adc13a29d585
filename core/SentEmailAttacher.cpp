#include "SentEmailAttacher.h"

#include "ActivityService.h"
#include "Database.h"
#include "DocumentFileReader.h"
#include "DocumentService.h"
#include "DocumentTypeService.h"
#include "InsuredService.h"
#include "OutboxService.h"
#include "PolicyService.h"
#include "Validation.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace agencydesk {

namespace {

const QString kDocumentType = QStringLiteral("Correspondence");

QString notSentState(OutboxStatus status)
{
    switch (status) {
    case OutboxStatus::Queued:
        return SentEmailAttacher::tr("it is still queued");
    case OutboxStatus::Sending:
        return SentEmailAttacher::tr("it is being sent");
    case OutboxStatus::Failed:
        return SentEmailAttacher::tr("sending it failed");
    case OutboxStatus::Cancelled:
        return SentEmailAttacher::tr("it was cancelled");
    case OutboxStatus::Sent:
        break;
    }
    return {};
}

// The email document this insured already has with the same bytes, and the PDFs that came with it.
Result<std::optional<SentEmailAttachment>> findAttached(const Database& db, qint64 insuredId, const QString& sha256)
{
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT d.id, d.file_name, d.policy_id, p.number FROM documents d "
                             "JOIN document_blobs b ON b.id = d.blob_id LEFT JOIN policies p ON p.id = d.policy_id "
                             "WHERE d.insured_id = ? AND d.kind = 'email' AND b.sha256 = ? ORDER BY d.id LIMIT 1"));
    q.addBindValue(insuredId);
    q.addBindValue(sha256);
    if (Status s = exec(q); !s)
        return s.error();
    if (!q.next())
        return std::optional<SentEmailAttachment>();
    SentEmailAttachment found;
    found.alreadyAttached = true;
    found.insuredId = insuredId;
    found.emailDocumentId = q.value(0).toLongLong();
    found.fileName = q.value(1).toString();
    if (!q.value(2).isNull())
        found.policyId = q.value(2).toLongLong();
    found.policyNumber = q.value(3).toString();
    QSqlQuery parts = db.query();
    parts.prepare(QStringLiteral("SELECT id FROM documents WHERE email_document_id = ? ORDER BY id"));
    parts.addBindValue(found.emailDocumentId);
    if (Status s = exec(parts); !s)
        return s.error();
    while (parts.next())
        found.attachmentDocumentIds.push_back(parts.value(0).toLongLong());
    return std::optional<SentEmailAttachment>(std::move(found));
}

} // namespace

bool SentEmailAttacher::canAttach(const OutboxEntry& entry)
{
    return entry.status == OutboxStatus::Sent && entry.insuredId.has_value();
}

QDate SentEmailAttacher::sentDate(const OutboxEntry& entry)
{
    QDateTime sent = QDateTime::fromString(entry.sentAt, Qt::ISODateWithMs);
    if (!sent.isValid())
        sent = QDateTime::fromString(entry.createdAt, Qt::ISODateWithMs);
    return sent.isValid() ? sent.toLocalTime().date() : QDate::currentDate();
}

QString SentEmailAttacher::fileNameFor(const OutboxEntry& entry)
{
    // Characters Windows, macOS or Linux refuse in a file name, and control characters.
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x{0000}-\\x{001f}\\x{007f}]+"));
    QString subject = entry.subject;
    subject.replace(unsafe, QStringLiteral(" "));
    subject = subject.simplified();
    constexpr int maxSubject = 100;
    if (subject.size() > maxSubject) {
        subject.truncate(maxSubject);
        if (subject.back().isHighSurrogate())
            subject.chop(1);
    }
    while (!subject.isEmpty() && (subject.back() == QLatin1Char('.') || subject.back().isSpace()))
        subject.chop(1);
    if (subject.isEmpty())
        subject = QStringLiteral("Email %1").arg(entry.id);
    return sentDate(entry).toString(Qt::ISODate) + QLatin1Char(' ') + subject + QStringLiteral(".eml");
}

Result<SentEmailAttachment> SentEmailAttacher::attach(qint64 outboxId, std::optional<qint64> insuredId,
                                                      std::optional<qint64> policyId)
{
    if (Status s = authorize(m_session, Operation::DocumentAdd); !s)
        return s.error();
    OutboxService outbox(m_session);
    Result<OutboxEntry> entry = outbox.get(outboxId);
    if (!entry)
        return entry.error();
    if (entry->status != OutboxStatus::Sent)
        return Error{ErrorCode::Conflict, tr("Email %1 has not been sent (%2); only a sent email can be attached to a "
                                             "policy or an insured.")
                                              .arg(outboxId)
                                              .arg(notSentState(entry->status))};
    if (!insuredId)
        insuredId = entry->insuredId;
    if (!insuredId)
        return validationError(
            tr("Email %1 is not linked to a client; name the insured to attach it to.").arg(outboxId));
    Result<Insured> insured = InsuredService(m_session).get(*insuredId);
    if (!insured)
        return insured.error();
    SentEmailAttachment result;
    result.outboxId = outboxId;
    result.insuredId = *insuredId;
    result.policyId = policyId;
    if (policyId) {
        Result<Policy> policy = PolicyService(m_session).get(*policyId);
        if (!policy)
            return policy.error();
        if (policy->insuredId != *insuredId)
            return validationError(tr("Policy %1 is not %2's, so email %3 cannot be attached to it.")
                                       .arg(policy->number, insured->name, QString::number(outboxId)));
        result.policyNumber = policy->number;
    }

    // The message as it went on the wire; reading it and Poppler's look at its PDFs happen outside the write lock.
    Result<QByteArray> bytes = outbox.messageBytes(outboxId);
    if (!bytes)
        return bytes.error();
    Result<qint64> limit = DocumentTypeService(m_session).sizeLimitBytes();
    if (!limit)
        return limit.error();
    result.fileName = fileNameFor(*entry);
    Result<PreparedFile> prepared = DocumentFileReader::fromBytes(result.fileName, *bytes, *limit);
    if (!prepared)
        return prepared.error();
    if (prepared->documents.empty())
        return validationError(tr("%1: nothing to add").arg(result.fileName));

    DocumentMetadata metadata;
    metadata.insuredId = *insuredId;
    metadata.policyId = policyId;
    metadata.type = kDocumentType;
    metadata.issueDate = sentDate(*entry);
    metadata.purpose = QStringLiteral("Sent email"); // stored data stays English, like the document type

    const Database& db = m_session.database();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    Result<std::optional<SentEmailAttachment>> existing =
        findAttached(db, *insuredId, prepared->documents.front().sha256);
    if (!existing)
        return existing.error();
    if (*existing) {
        SentEmailAttachment already = **existing;
        already.outboxId = outboxId;
        return already; // nothing written: the transaction rolls back
    }
    Result<DocumentAddOutcome> outcome = DocumentService(m_session).storeInTransaction(*prepared, metadata);
    if (!outcome)
        return outcome.error();
    result.emailDocumentId = outcome->documentIds.front();
    result.attachmentDocumentIds.assign(outcome->documentIds.begin() + 1, outcome->documentIds.end());
    result.notes = outcome->notes;
    QJsonArray attachments;
    for (qint64 id : result.attachmentDocumentIds)
        attachments.append(id);
    const QString summary =
        policyId ? QStringLiteral("Attached sent email \"%1\" to policy %2").arg(entry->subject, result.policyNumber)
                 : QStringLiteral("Attached sent email \"%1\" to the insured").arg(entry->subject);
    if (Status s = recordActivity(m_session, QStringLiteral("outbox"), outboxId, *insuredId, QStringLiteral("attached"),
                                  summary,
                                  QJsonObject{{QStringLiteral("document"), result.emailDocumentId},
                                              {QStringLiteral("fileName"), result.fileName},
                                              {QStringLiteral("policy"), result.policyNumber},
                                              {QStringLiteral("messageId"), entry->messageId},
                                              {QStringLiteral("attachments"), attachments}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return result;
}

QString SentEmailAttacher::describe(const SentEmailAttachment& r)
{
    const QString where =
        r.policyNumber.isEmpty() ? tr("on the insured (no policy)") : tr("on policy %1").arg(r.policyNumber);
    if (r.alreadyAttached)
        return tr("Email %1 is already attached as document %2 \"%3\" %4; nothing was added.")
            .arg(QString::number(r.outboxId), QString::number(r.emailDocumentId), r.fileName, where);
    return tr("Email %1 attached as document %2 \"%3\" %4, with %5 PDF attachment(s) as linked documents.")
        .arg(QString::number(r.outboxId), QString::number(r.emailDocumentId), r.fileName, where,
             QString::number(r.attachmentDocumentIds.size()));
}

} // namespace agencydesk
