#pragma once

#include "Result.h"
#include "Session.h"

#include <QCoreApplication>

namespace agencydesk {

/// Sends the "documents shared" notifications through the outbox. Each pending notification (document_notifications)
/// becomes one email, template documents_shared, to the client's portal email (else the insured's), listing the
/// documents that are still shared, and is marked sent with the email's id in the same transaction. A notification
/// waits, pending, while mail is not set up or the client has no email address; the next call queues it (sharing,
/// "Resend shared notification", and saving the mail settings all call it).
class DocumentNotifier
{
    Q_DECLARE_TR_FUNCTIONS(DocumentNotifier)

public:
    explicit DocumentNotifier(const Session& session) : m_session(session) {}

    /// Queues every pending notification it can, in the caller's open transaction; returns how many it queued.
    Result<int> queuePendingInTransaction();

private:
    const Session& m_session;
};

} // namespace agencydesk
