#pragma once

#include "Outbox.h"
#include "Result.h"
#include "Session.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace agencydesk {

/// Who gets an issued certificate by email, and the CSR's optional message ({message} in the templates).
struct CertificateEmailRequest
{
    bool toHolder = false; ///< the holder's email, template certificate_issued_holder
    bool toClient = false; ///< the insured's email, template certificate_issued_client
    QString holderAddress; ///< instead of the holder's email on file (edited in the Email dialog)
    QString clientAddress; ///< instead of the insured's email on file
    QStringList extra;     ///< more addresses, sent the holder's version
    QString message;
    QString holderTemplate = QStringLiteral("certificate_issued_holder"); ///< renewal_certificate for renewals
};

/// Emails issued certificates through the outbox: the PDF attached is the certificate's stored bytes, and the
/// "emailed" delivery is logged when the email is sent.
class CertificateMailer
{
    Q_DECLARE_TR_FUNCTIONS(CertificateMailer)

public:
    explicit CertificateMailer(const Session& session) : m_session(session) {}

    /// The emails as they would be queued (for a preview the CSR can edit): holder's and extra addresses first.
    Result<std::vector<OutgoingMail>> prepare(const QString& number, const CertificateEmailRequest& request) const;
    /// Queues \a mails (from prepare(), possibly edited) in one transaction; returns the outbox ids.
    /// queueInTransaction() does the same inside the caller's transaction (MailSend checked there too).
    Result<std::vector<qint64>> queue(const std::vector<OutgoingMail>& mails);
    Result<std::vector<qint64>> queueInTransaction(const std::vector<OutgoingMail>& mails);
    /// prepare() then queue().
    Result<std::vector<qint64>> send(const QString& number, const CertificateEmailRequest& request);

private:
    const Session& m_session;
};

} // namespace agencydesk
