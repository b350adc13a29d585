#include "RequestMailer.h"

#include "AgencyService.h"
#include "MailTemplateService.h"
#include "MimeMessage.h"

#include <QFileInfo>

namespace agencydesk {

Result<QMap<QString, QString>> RequestMailer::values(const CertificateRequest& request, const Insured& insured) const
{
    auto agency = AgencyService(m_session).profile();
    if (!agency)
        return agency.error();
    return QMap<QString, QString>{{QStringLiteral("insured.name"), insured.name},
                                  {QStringLiteral("holder.name"), request.holder.name},
                                  {QStringLiteral("agency.name"), agency->name},
                                  {QStringLiteral("agency.phone"), agency->phone},
                                  {QStringLiteral("agency.email"), agency->email},
                                  {QStringLiteral("user.name"), m_session.user.fullName.isEmpty()
                                                                    ? m_session.user.userName
                                                                    : m_session.user.fullName}};
}

Result<std::vector<OutgoingMail>> RequestMailer::uploadedCertificate(const CertificateRequest& request,
                                                                     const Insured& insured, const QByteArray& pdf,
                                                                     const QString& fileName, bool toHolder,
                                                                     const QString& message) const
{
    auto filled = values(request, insured);
    if (!filled)
        return filled.error();
    QMap<QString, QString> v = *filled;
    v.insert(QStringLiteral("certificate.number"), QFileInfo(fileName).completeBaseName());
    v.insert(QStringLiteral("message"), message.trimmed());
    MailTemplateService templates(m_session);
    const auto make = [&](const QString& key, const QString& to) -> Result<OutgoingMail> {
        if (Status s = MimeMessage::checkAddress(tr("The recipient"), to); !s)
            return s.error();
        auto rendered = templates.render(key, v);
        if (!rendered)
            return rendered.error();
        OutgoingMail mail;
        mail.kind = key;
        mail.to = QStringList{to};
        mail.subject = rendered->subject;
        mail.textBody = rendered->textBody;
        mail.htmlBody = rendered->htmlBody;
        mail.insuredId = insured.id;
        mail.attachments.push_back({QFileInfo(fileName).fileName(), QStringLiteral("application/pdf"), pdf, 0});
        return mail;
    };
    std::vector<OutgoingMail> mails;
    if (toHolder) {
        if (request.holder.email.trimmed().isEmpty())
            return validationError(
                tr("Holder %1 has no email address; add one to the request or send to the client only.")
                    .arg(request.holder.name));
        auto mail = make(QStringLiteral("certificate_issued_holder"), request.holder.email.trimmed());
        if (!mail)
            return mail.error();
        mails.push_back(*mail);
    }
    if (insured.email.trimmed().isEmpty())
        return validationError(tr("%1 has no email address; add one to the insured.").arg(insured.name));
    auto mail = make(QStringLiteral("certificate_issued_client"), insured.email.trimmed());
    if (!mail)
        return mail.error();
    mails.push_back(*mail);
    return mails;
}

Result<OutgoingMail> RequestMailer::rejection(const CertificateRequest& request, const Insured& insured,
                                              const QString& reason) const
{
    auto filled = values(request, insured);
    if (!filled)
        return filled.error();
    QMap<QString, QString> v = *filled;
    v.insert(QStringLiteral("reason"), reason);
    if (Status s = MimeMessage::checkAddress(tr("The recipient"), insured.email.trimmed()); !s)
        return s.error();
    auto rendered = MailTemplateService(m_session).render(QStringLiteral("request_rejected"), v);
    if (!rendered)
        return rendered.error();
    OutgoingMail mail;
    mail.kind = QStringLiteral("request_rejected");
    mail.to = QStringList{insured.email.trimmed()};
    mail.subject = rendered->subject;
    mail.textBody = rendered->textBody;
    mail.htmlBody = rendered->htmlBody;
    mail.insuredId = insured.id;
    return mail;
}

Result<OutgoingMail> RequestMailer::newRequestNotice(const CertificateRequest& request, const Insured& insured,
                                                     const QString& to) const
{
    auto filled = values(request, insured);
    if (!filled)
        return filled.error();
    QMap<QString, QString> v = *filled;
    v.insert(QStringLiteral("reason"), request.manualReason);
    // The CSR opens it in the app: the link names where (stored English, like the rest of the template).
    v.insert(QStringLiteral("link"),
             QStringLiteral("AgencyDesk > Requests, request %1 (agencydesk-cli request show %1)").arg(request.id));
    if (Status s = MimeMessage::checkAddress(tr("The certificates department's address"), to); !s)
        return s.error();
    auto rendered = MailTemplateService(m_session).render(QStringLiteral("request_new_csr"), v);
    if (!rendered)
        return rendered.error();
    OutgoingMail mail;
    mail.kind = QStringLiteral("request_new_csr");
    mail.to = QStringList{to};
    mail.subject = rendered->subject;
    mail.textBody = rendered->textBody;
    mail.htmlBody = rendered->htmlBody;
    mail.clientFacing = false;
    mail.insuredId = insured.id;
    return mail;
}

} // namespace agencydesk
