#pragma once

#include "CertificateRequest.h"
#include "Insured.h"
#include "Result.h"
#include "Session.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace agencydesk {

/// RequestService's steps inside its open transaction: automatic processing or the manual list, completing a request
/// (certificate issued or the uploaded one, emails queued) and writing a request with its activity row.
class RequestProcessor
{
    Q_DECLARE_TR_FUNCTIONS(RequestProcessor)

public:
    explicit RequestProcessor(const Session& session) : m_session(session) {}

    /// Processed automatically when nothing stands in the way, else to the manual list (certificates department)
    /// with the reason. A failed automatic attempt is undone (a savepoint) and becomes the manual reason.
    Status route(CertificateRequest& request, const Insured& insured);
    /// The CSR's edits before Submit (SubmitOptions: holder, description, lines left off), checked; the corrected
    /// holder is kept on \a request (saved with it) and an activity row lists what changed. Nothing to do without
    /// edits.
    Status applyEdits(CertificateRequest& request, const SubmitOptions& options);
    /// Issues the certificate (or takes the uploaded PDF), queues the emails, and marks the request Completed.
    /// The certificate carries \a options' description and leaves off its omitted lines.
    Status complete(CertificateRequest& request, const SubmitOptions& options, bool automatic);
    /// Saves the request's mutable columns (row version checked) and records the activity row.
    Status write(const CertificateRequest& request, const QString& action, const QString& summary,
                 const QJsonObject& details = {});
    Result<bool> hasWosEndorsement(qint64 masterId) const;
    /// Queues request_new_csr to the certificates department's address (mail settings) for a request that went to
    /// the manual list; nothing when no address is set. Never fails the intake over the notice.
    Status announce(const CertificateRequest& request, const Insured& insured);

private:
    /// Why the request cannot be processed automatically; empty when it can. May add the holder to the master.
    Result<QStringList> automationBlockers(CertificateRequest& request, const Insured& insured);
    /// The holder record on the master: the request's, one with the same name, address and postal code, or a new one.
    /// \a markWos (when a WOS certificate is being issued) records that the holder now requires the waiver.
    Result<qint64> ensureHolder(CertificateRequest& request, bool markWos);
    const Session& m_session;
};

} // namespace agencydesk
