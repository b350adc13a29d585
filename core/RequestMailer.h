#pragma once

#include "CertificateRequest.h"
#include "Insured.h"
#include "Outbox.h"
#include "Result.h"
#include "Session.h"

#include <QByteArray>
#include <QCoreApplication>

#include <vector>

namespace agencydesk {

/// The emails of the certificate request desk that CertificateMailer does not make: a certificate issued elsewhere
/// (uploaded to the request), the rejection, which goes to the customer only, and the notice of a new request that
/// needs review, to the certificates department. Templates from MailTemplateService.
class RequestMailer
{
    Q_DECLARE_TR_FUNCTIONS(RequestMailer)

public:
    explicit RequestMailer(const Session& session) : m_session(session) {}

    /// The uploaded PDF to the client (certificate_issued_client) and, when \a toHolder, the holder.
    Result<std::vector<OutgoingMail>> uploadedCertificate(const CertificateRequest& request, const Insured& insured,
                                                          const QByteArray& pdf, const QString& fileName, bool toHolder,
                                                          const QString& message) const;
    /// request_rejected to the customer, {reason} the reason's text and the comment.
    Result<OutgoingMail> rejection(const CertificateRequest& request, const Insured& insured,
                                   const QString& reason) const;

    /// request_new_csr to the certificates department's address (\a to): a request that needs review. Internal: no
    /// agency Bcc.
    Result<OutgoingMail> newRequestNotice(const CertificateRequest& request, const Insured& insured,
                                          const QString& to) const;

private:
    Result<QMap<QString, QString>> values(const CertificateRequest& request, const Insured& insured) const;
    const Session& m_session;
};

} // namespace agencydesk
