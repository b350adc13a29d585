#pragma once

#include "CertificateBatchBook.h"
#include "CertificateService.h"
#include "MailSettingsService.h"
#include "PolicyService.h"
#include "RenewalRunner.h"
#include "RenewalService.h"

#include <QCryptographicHash>
#include <QSqlQuery>

#include <poppler-qt6.h>

namespace agencydesk::test {

/// CertificateBatchBook's client (GL each occurrence $1,000,000, WC, one master over both) with the four holders of
/// the renewal story, each holding revision 1: one gets renewals by email, one by print, one gets no renewals, and
/// one requires $1,000,000 each occurrence (met today, not by a renewal at $500,000).
struct RenewalBook : CertificateBatchBook
{
    qint64 glId = 0;
    qint64 emailHolder = 0;
    qint64 printHolder = 0;
    qint64 quietHolder = 0;
    qint64 strictHolder = 0;

    RenewalBook()
    {
        glId = count(QStringLiteral("SELECT id FROM policies WHERE number = 'GLP-7781234'"));
        emailHolder = holder(QStringLiteral("Bayview General Contractors"), DeliveryPreference::Email,
                             QStringLiteral("coi@bayview.example"));
        printHolder = holder(QStringLiteral("Harbor Realty Trust"), DeliveryPreference::Print,
                             QStringLiteral("ops@harbor.example"));
        quietHolder = holder(QStringLiteral("Quiet Landlord LLC"), DeliveryPreference::Email,
                             QStringLiteral("landlord@quiet.example"), false);
        strictHolder = holder(QStringLiteral("Strict Builders Inc"), DeliveryPreference::Email,
                              QStringLiteral("risk@strict.example"), true, 1000000);
        for (qint64 h : {emailHolder, printHolder, quietHolder, strictHolder})
            check(CertificateService(manager).issue(masterId, h));
        // Mail set up (nothing is sent unless a test runs the sender against its own server).
        MailSettings mail;
        mail.host = QStringLiteral("127.0.0.1");
        mail.port = 2525;
        mail.fromAddress = QStringLiteral("service@testagency.example");
        mail.bccAddress = QStringLiteral("copies@testagency.example");
        if (Status s = MailSettingsService(manager).update(mail); !s)
            throw std::runtime_error(s.error().message.toStdString());
    }

    qint64 holder(const QString& name, DeliveryPreference delivery, const QString& email, bool renewals = true,
                  qint64 eachOccurrence = 0, qint64 onMaster = 0)
    {
        CertificateHolderRecord h;
        h.masterId = onMaster ? onMaster : masterId;
        h.name = name;
        h.address1 = QStringLiteral("400 Harbor Blvd");
        h.city = QStringLiteral("Boston");
        h.state = QStringLiteral("MA");
        h.postalCode = QStringLiteral("02110");
        h.email = email;
        h.delivery = delivery;
        h.receivesRenewals = renewals;
        if (eachOccurrence > 0)
            h.requirements = {{QStringLiteral("EachOccurrence"), eachOccurrence}};
        return check(CertificateHolderService(manager).create(h));
    }

    /// The GL's next term as proposed, each occurrence lowered to \a eachOccurrence.
    Policy renewalTerm(qint64 eachOccurrence = 500000) const
    {
        Policy term = check(RenewalService(manager).proposeTerm(glId));
        for (Coverage& c : term.coverages) {
            if (c.limitCode == QLatin1String("EachOccurrence"))
                c.amount = eachOccurrence;
        }
        return term;
    }

    /// The latest revision issued to \a holderId.
    int revision(qint64 holderId) const
    {
        return int(count(
            QStringLiteral("SELECT COALESCE(MAX(revision), 0) FROM certificates WHERE holder_id = %1").arg(holderId)));
    }

    /// Everything a run writes, as one string: equal fingerprints, equal outcomes.
    QString fingerprint() const
    {
        QSqlQuery q = db->query();
        q.exec(QStringLiteral(
            "SELECT (SELECT group_concat(master_id || ':' || policy_id || insurer_letter, ',') FROM "
            "(SELECT * FROM master_policies ORDER BY master_id, policy_id)) || '|' || "
            "(SELECT group_concat(holder_id || ':' || revision, ',') FROM (SELECT * FROM certificates ORDER BY "
            "holder_id, revision)) || '|' || (SELECT count(*) FROM outbox) || '|' || "
            "(SELECT count(*) FROM print_queue) || '|' || (SELECT group_concat(holder_id || manual_reason, ',') "
            "FROM certificate_requests)"));
        q.next();
        return q.value(0).toString();
    }
};

inline QString sha256(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

inline QString pdfText(const QByteArray& pdf)
{
    auto doc = Poppler::Document::loadFromData(pdf);
    if (!doc)
        return {};
    QString text;
    for (int i = 0; i < doc->numPages(); ++i)
        text += doc->page(i)->text(QRectF()) + QLatin1Char('\n');
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

} // namespace agencydesk::test
