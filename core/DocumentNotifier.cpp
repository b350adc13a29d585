#include "DocumentNotifier.h"

#include "AgencyService.h"
#include "Database.h"
#include "MailSettingsService.h"
#include "MailTemplateService.h"
#include "OutboxService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <vector>

namespace agencydesk {

namespace {

struct Pending
{
    qint64 id = 0;
    qint64 insuredId = 0;
    QString insuredName;
    QString recipient; ///< the portal account's email, else the insured's
    QString userName;  ///< the portal user name, empty when not enrolled
    QList<qint64> documentIds;
};

} // namespace

Result<int> DocumentNotifier::queuePendingInTransaction()
{
    const Database& db = m_session.database();
    auto settings = MailSettingsService::read(db);
    if (!settings)
        return settings.error();
    if (!settings->isConfigured())
        return 0; // they wait until mail is set up
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT n.id, n.insured_id, i.name, COALESCE(NULLIF(a.email, ''), i.email), "
                             "COALESCE(a.user_name, ''), n.document_ids FROM document_notifications n "
                             "JOIN insureds i ON i.id = n.insured_id "
                             "LEFT JOIN portal_accounts a ON a.insured_id = n.insured_id "
                             "WHERE n.status = 'pending' ORDER BY n.id"));
    if (Status s = exec(q); !s)
        return s.error();
    std::vector<Pending> pending;
    while (q.next()) {
        Pending p{q.value(0).toLongLong(),         q.value(1).toLongLong(), q.value(2).toString(),
                  q.value(3).toString().trimmed(), q.value(4).toString(),   {}};
        for (const QJsonValue& v : QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array())
            p.documentIds << qint64(v.toDouble());
        pending.push_back(p);
    }
    q.finish();
    auto agency = AgencyService::readProfile(db);
    if (!agency)
        return agency.error();
    const QString link = settings->portalUrl.isEmpty() ? QStringLiteral("the client portal") : settings->portalUrl;
    int queued = 0;
    for (const Pending& p : pending) {
        if (p.recipient.isEmpty())
            continue; // waits for an email address
        QStringList lines;
        for (qint64 documentId : p.documentIds) {
            QSqlQuery d = db.query();
            d.prepare(
                QStringLiteral("SELECT file_name, doc_type, issue_date FROM documents WHERE id = ? AND shared = 1"));
            d.addBindValue(documentId);
            if (Status s = exec(d); !s)
                return s.error();
            if (d.next())
                lines << QStringLiteral("- %1 (%2, %3)")
                             .arg(d.value(0).toString(), d.value(1).toString(), d.value(2).toString());
        }
        QSqlQuery done = db.query();
        if (lines.isEmpty()) { // none of its documents is shared any more
            done.prepare(QStringLiteral("UPDATE document_notifications SET status = 'cancelled' WHERE id = ?"));
            done.addBindValue(p.id);
            if (Status s = exec(done); !s)
                return s.error();
            continue;
        }
        auto rendered = MailTemplateService(m_session).render(
            QStringLiteral("documents_shared"), {{QStringLiteral("insured.name"), p.insuredName},
                                                 {QStringLiteral("documents"), lines.join(QLatin1Char('\n'))},
                                                 {QStringLiteral("portal.username"), p.userName},
                                                 {QStringLiteral("link"), link},
                                                 {QStringLiteral("agency.name"), agency->name},
                                                 {QStringLiteral("agency.phone"), agency->phone},
                                                 {QStringLiteral("agency.email"), agency->email}});
        if (!rendered)
            return rendered.error();
        OutgoingMail mail;
        mail.kind = QStringLiteral("documents_shared");
        mail.to = {p.recipient};
        mail.subject = rendered->subject;
        mail.textBody = rendered->textBody;
        mail.htmlBody = rendered->htmlBody;
        mail.insuredId = p.insuredId;
        auto emailId = OutboxService(m_session).enqueueInTransaction(mail);
        if (!emailId && emailId.error().code == ErrorCode::Database)
            return emailId.error();
        if (!emailId)
            continue; // a refused address or a user who may not send mail: it waits, the share stands
        done.prepare(QStringLiteral("UPDATE document_notifications SET status = 'sent', sent_at = ?, email_id = ? "
                                    "WHERE id = ?"));
        done.addBindValue(nowUtc());
        done.addBindValue(*emailId);
        done.addBindValue(p.id);
        if (Status s = exec(done); !s)
            return s.error();
        ++queued;
    }
    return queued;
}

} // namespace agencydesk
