#pragma once

#include "Outbox.h"
#include "Result.h"
#include "Session.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace agencydesk {

/// What attaching a sent email did: the email document and its PDF attachments as linked documents, or the
/// document it already was.
struct SentEmailAttachment
{
    qint64 outboxId = 0;
    qint64 insuredId = 0;
    std::optional<qint64> policyId;
    QString policyNumber;
    QString fileName;
    qint64 emailDocumentId = 0;
    std::vector<qint64> attachmentDocumentIds; ///< each PDF the email carried, linked to the email document
    bool alreadyAttached = false;              ///< this insured already has the email: nothing was added
    QStringList notes;
};

/// "Attach to policy": keeps a sent email (the message exactly as it went, without Bcc) as an .eml document of
/// type Correspondence on the insured or one of its policies, its PDF attachments as documents linked to it,
/// like a dropped .eml. One transaction with an activity row; attaching it again adds nothing.
class SentEmailAttacher
{
    Q_DECLARE_TR_FUNCTIONS(SentEmailAttacher)

public:
    explicit SentEmailAttacher(const Session& session) : m_session(session) {}

    /// Attaches outbox email \a outboxId (it must be sent) to \a insuredId (default: the email's client) and
    /// optionally to \a policyId, a policy of that insured. Permission: add a document.
    Result<SentEmailAttachment> attach(qint64 outboxId, std::optional<qint64> insuredId = std::nullopt,
                                       std::optional<qint64> policyId = std::nullopt);

    /// Whether \a entry can be attached at all (sent, and with a client or an insured given).
    static bool canAttach(const OutboxEntry& entry);
    /// "2026-12-06 Certificate of insurance COI-2026-000123 for Granite HVAC Corp.eml": the sent date (local) and
    /// the subject, with characters file systems refuse replaced and the length bounded.
    static QString fileNameFor(const OutboxEntry& entry);
    /// The sent date in local time (the document's issue date).
    static QDate sentDate(const OutboxEntry& entry);
    /// One line for the status bar or the CLI, in the interface language.
    static QString describe(const SentEmailAttachment& result);

private:
    const Session& m_session;
};

} // namespace agencydesk
