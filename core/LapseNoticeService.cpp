#include "LapseNoticeService.h"

#include "ActivityService.h"
#include "AgencyService.h"
#include "CertificateHolderService.h"
#include "Database.h"
#include "InsuredService.h"
#include "MailTemplateService.h"
#include "OutboxService.h"
#include "PolicyService.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

namespace agencydesk {

Result<LapseNoticeResult> LapseNoticeService::notifyHolders(qint64 policyId, const QDate& date)
{
    if (Status s = authorize(m_session, Operation::LapseNotify); !s)
        return s.error();
    if (Status s = authorize(m_session, Operation::MailSend); !s)
        return s.error();
    const QDate today = date.isValid() ? date : QDate::currentDate();
    const Database& db = m_session.database();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    Result<Policy> policy = PolicyService(m_session).get(policyId);
    if (!policy)
        return policy.error();
    if (!policy->insuredId)
        return validationError(tr("Policy %1 is an unattached download: no holder lists it.").arg(policy->number));
    const PolicyStatus status = policy->status(today);
    if (status != PolicyStatus::Cancelled && status != PolicyStatus::Expired)
        return validationError(tr("Policy %1 is in force until %2: its holders have nothing to be told.")
                                   .arg(policy->number, policy->expiration.toString(Qt::ISODate)));
    QSqlQuery renewal = db.query();
    renewal.prepare(QStringLiteral("SELECT number FROM policies WHERE prior_policy_id = ? AND status = 'active'"));
    renewal.addBindValue(policyId);
    if (Status s = exec(renewal); !s)
        return s.error();
    if (status == PolicyStatus::Expired && renewal.next())
        return validationError(
            tr("Policy %1 renewed (policy %2): its holders get renewal certificates, not a lapse notice.")
                .arg(policy->number, renewal.value(0).toString()));

    Result<Insured> insured = InsuredService(m_session).get(*policy->insuredId);
    if (!insured)
        return insured.error();
    Result<AgencyProfile> agency = AgencyService::readProfile(db);
    if (!agency)
        return agency.error();
    const bool cancelled = status == PolicyStatus::Cancelled;
    const QString when = cancelled ? policy->cancelledAt.left(10) : policy->expiration.toString(Qt::ISODate);
    QMap<QString, QString> values{
        {QStringLiteral("insured.name"), insured->name},
        {QStringLiteral("policy.number"), policy->number},
        {QStringLiteral("policy.line"), lineDisplayName(policy->line)},
        {QStringLiteral("policy.carrier"), policy->carrierName},
        {QStringLiteral("policy.state"), cancelled ? QStringLiteral("was cancelled") : QStringLiteral("expired")},
        {QStringLiteral("policy.date"), when},
        {QStringLiteral("agency.name"), agency->name},
        {QStringLiteral("agency.phone"), agency->phone},
        {QStringLiteral("agency.email"), agency->email},
        {QStringLiteral("user.name"),
         m_session.user.fullName.isEmpty() ? m_session.user.userName : m_session.user.fullName}};

    QSqlQuery holders = db.query();
    holders.prepare(QStringLiteral(
        "SELECT h.id, h.name, h.email, EXISTS (SELECT 1 FROM lapse_notices n WHERE n.policy_id = mp.policy_id AND "
        "n.holder_id = h.id) FROM certificate_holders h JOIN master_policies mp ON mp.master_id = h.master_id "
        "WHERE mp.policy_id = ? ORDER BY h.name COLLATE NOCASE, h.id"));
    holders.addBindValue(policyId);
    if (Status s = exec(holders); !s)
        return s.error();
    LapseNoticeResult result;
    QJsonArray notified;
    MailTemplateService templates(m_session);
    OutboxService outbox(m_session);
    while (holders.next()) {
        const qint64 holderId = holders.value(0).toLongLong();
        const QString name = holders.value(1).toString();
        const QString email = holders.value(2).toString().trimmed();
        if (holders.value(3).toBool()) {
            ++result.alreadyNotified;
            continue;
        }
        if (email.isEmpty()) {
            result.noEmail << name;
            continue;
        }
        values.insert(QStringLiteral("holder.name"), name);
        auto rendered = templates.render(QStringLiteral("policy_lapsed_holder"), values);
        if (!rendered)
            return rendered.error();
        OutgoingMail mail;
        mail.kind = QStringLiteral("policy_lapsed_holder");
        mail.to = {email};
        mail.subject = rendered->subject;
        mail.textBody = rendered->textBody;
        mail.htmlBody = rendered->htmlBody;
        mail.insuredId = policy->insuredId;
        auto outboxId = outbox.enqueueInTransaction(mail);
        if (!outboxId)
            return outboxId.error();
        QSqlQuery notice = db.query();
        notice.prepare(QStringLiteral("INSERT INTO lapse_notices(policy_id, holder_id, outbox_id, sent_to, at, "
                                      "by_name) VALUES (?, ?, ?, ?, ?, ?)"));
        for (const QVariant& v : QVariantList{policyId, holderId, *outboxId, email, nowUtc(), m_session.user.userName})
            notice.addBindValue(v);
        if (Status s = exec(notice); !s)
            return s.error();
        notified.append(QJsonObject{{QStringLiteral("holder"), name}, {QStringLiteral("email"), email}});
        ++result.notified;
    }
    if (result.notified > 0) {
        if (Status s = recordActivity(
                m_session, QStringLiteral("policy"), policyId, policy->insuredId, QStringLiteral("lapse_notice"),
                QStringLiteral("Holders told policy %1 %2 on %3: %4")
                    .arg(policy->number, values.value(QStringLiteral("policy.state")), when, result.toText()),
                QJsonObject{{QStringLiteral("notified"), notified}});
            !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return result;
}

} // namespace agencydesk
