#pragma once

#include "CertificateRequest.h"
#include "Insured.h"
#include "Result.h"
#include "Session.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace agencydesk {

struct ReceivedEmail;

/// The certificate request desk's rules. Every state change is one transaction with an activity row on the request
/// (entity "certificate_request": who and when); impossible transitions are refused with a message that says why.
class RequestService
{
    Q_DECLARE_TR_FUNCTIONS(RequestService)

public:
    explicit RequestService(const Session& session) : m_session(session) {}

    /// Takes a request in. An inactive customer is refused. A request without notes, for an automation-eligible
    /// customer, with a master, complete holder data and the holder's requirements met (and for a WOS an endorsement
    /// on the policy and the payment approved) is processed at once: the certificate is issued, emailed to the client
    /// and the holder through the outbox, and the request is Completed. Anything else goes to the manual list,
    /// assigned to the certificates department, with the reason. Returns the request's id.
    Result<qint64> intake(const CertificateRequest& request);
    /// The same for a request that came by email: the email is kept on the request (source "email").
    Result<qint64> intakeEmail(CertificateRequest request, const QByteArray& eml, const QString& fileName);

    /// Marks the request In Progress and assigns it to the acting user. A request someone else has in progress is
    /// refused unless \a takeOver.
    Status take(qint64 id, bool takeOver = false);
    /// Issues the certificate (or uses the uploaded one) and emails it to the client and, if chosen, the holder; the
    /// request is Completed. Refused twice, on a rejected request, and on someone else's request in progress.
    Status submit(qint64 id, const SubmitOptions& options = {});
    /// Keeps a certificate already issued elsewhere (a PDF Poppler opens) with the request; submit emails it.
    Status uploadExisting(qint64 id, const QByteArray& pdf, const QString& fileName);
    /// COI/POI <-> WOS.
    Status relabel(qint64 id, RequestType type);
    /// Rejected with a reason from the list (not retired) and an optional comment; only the customer is emailed.
    Status reject(qint64 id, qint64 reasonId, const QString& comment = {});
    Result<qint64> addNote(qint64 id, const QString& text);
    /// WOS only: "payment approved" with who and when. A request that is otherwise clean is then processed.
    Status approvePayment(qint64 id);
    /// The customer's automation-eligible flag.
    Status setAutomationEligible(qint64 insuredId, bool eligible);

    /// Inside the caller's transaction (a renewal run): a request for the holder on its master straight to the manual
    /// list, certificates department, with \a reason; never processed automatically. Returns its id.
    Result<qint64> raiseForReviewInTransaction(qint64 holderId, RequestSource source, const QString& reason);

private:
    Result<qint64> insertRequest(CertificateRequest& request, const Insured& insured);
    Status checkOpen(const CertificateRequest& request, bool allowOthersInProgress = false) const;
    const Session& m_session;
};

} // namespace agencydesk
