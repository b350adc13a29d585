#include "CertificateMailer.h"

#include "AgencyService.h"
#include "CertificateHolderService.h"
#include "CertificateService.h"
#include "Database.h"
#include "InsuredService.h"
#include "MailTemplateService.h"
#include "MimeMessage.h"
#include "OutboxService.h"

namespace agencydesk {

Result<std::vector<OutgoingMail>> CertificateMailer::prepare(const QString& number,
                                                             const CertificateEmailRequest& request) const
{
    if (!request.toHolder && !request.toClient && request.extra.isEmpty())
        return validationError(tr("Choose who gets certificate %1: the holder, the client or an address.").arg(number));
    auto certificate = CertificateService(m_session).get(number);
    if (!certificate)
        return certificate.error();
    auto insured = InsuredService(m_session).get(certificate->insuredId);
    if (!insured)
        return insured.error();
    auto holder = CertificateHolderService(m_session).get(certificate->holderId);
    if (!holder)
        return holder.error();
    auto agency = AgencyService(m_session).profile();
    if (!agency)
        return agency.error();

    const QMap<QString, QString> values{{QStringLiteral("insured.name"), insured->name},
                                        {QStringLiteral("holder.name"), holder->name},
                                        {QStringLiteral("certificate.number"), certificate->number},
                                        {QStringLiteral("message"), request.message.trimmed()},
                                        {QStringLiteral("agency.name"), agency->name},
                                        {QStringLiteral("agency.phone"), agency->phone},
                                        {QStringLiteral("agency.email"), agency->email},
                                        {QStringLiteral("user.name"), m_session.user.fullName.isEmpty()
                                                                          ? m_session.user.userName
                                                                          : m_session.user.fullName}};
    MailTemplateService templates(m_session);
    const auto make = [&](const QString& key, const QStringList& to) -> Result<OutgoingMail> {
        auto rendered = templates.render(key, values);
        if (!rendered)
            return rendered.error();
        OutgoingMail mail;
        mail.kind = key;
        mail.to = to;
        mail.subject = rendered->subject;
        mail.textBody = rendered->textBody;
        mail.htmlBody = rendered->htmlBody;
        mail.insuredId = certificate->insuredId;
        mail.certificateId = certificate->id;
        mail.attachments.push_back(
            {certificate->number + QStringLiteral(".pdf"), QStringLiteral("application/pdf"), {}, certificate->id});
        return mail;
    };

    std::vector<OutgoingMail> mails;
    QStringList holderTo = request.extra;
    const QString holderEmail =
        request.holderAddress.trimmed().isEmpty() ? holder->email.trimmed() : request.holderAddress.trimmed();
    const QString clientEmail =
        request.clientAddress.trimmed().isEmpty() ? insured->email.trimmed() : request.clientAddress.trimmed();
    if (request.toHolder) {
        if (holderEmail.isEmpty())
            return validationError(tr("Holder %1 has no email address; add one to the holder or enter an "
                                      "address.")
                                       .arg(holder->name));
        holderTo.prepend(holderEmail);
    }
    if (!holderTo.isEmpty()) {
        auto mail = make(request.holderTemplate, holderTo);
        if (!mail)
            return mail.error();
        mails.push_back(*mail);
    }
    if (request.toClient) {
        if (clientEmail.isEmpty())
            return validationError(
                tr("%1 has no email address; add one to the insured or enter an address.").arg(insured->name));
        auto mail = make(QStringLiteral("certificate_issued_client"), {clientEmail});
        if (!mail)
            return mail.error();
        mails.push_back(*mail);
    }
    // The addresses are checked here too, so a preview shows a bad address before anything is queued.
    for (const OutgoingMail& mail : mails) {
        for (const QString& address : mail.to) {
            if (Status s = MimeMessage::checkAddress(tr("The recipient"), address.trimmed()); !s)
                return s.error();
        }
    }
    return mails;
}

Result<std::vector<qint64>> CertificateMailer::queue(const std::vector<OutgoingMail>& mails)
{
    if (Status s = authorize(m_session, Operation::MailSend); !s)
        return s.error();
    Transaction tx(m_session.database());
    if (Status s = tx.begin(); !s)
        return s.error();
    auto ids = queueInTransaction(mails);
    if (!ids)
        return ids;
    if (Status s = tx.commit(); !s)
        return s.error();
    return ids;
}

Result<std::vector<qint64>> CertificateMailer::queueInTransaction(const std::vector<OutgoingMail>& mails)
{
    if (Status s = authorize(m_session, Operation::MailSend); !s)
        return s.error();
    OutboxService outbox(m_session);
    std::vector<qint64> ids;
    for (const OutgoingMail& mail : mails) {
        auto id = outbox.enqueueInTransaction(mail);
        if (!id)
            return id.error();
        ids.push_back(*id);
    }
    return ids;
}

Result<std::vector<qint64>> CertificateMailer::send(const QString& number, const CertificateEmailRequest& request)
{
    auto mails = prepare(number, request);
    if (!mails)
        return mails.error();
    return queue(*mails);
}

} // namespace agencydesk
