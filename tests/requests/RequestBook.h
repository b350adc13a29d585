#pragma once

#include "CertificateHolderService.h"
#include "CertificateMasterService.h"
#include "CertificateRequest.h"
#include "InsuredService.h"
#include "MailTestSupport.h"
#include "PolicyService.h"
#include "RequestListService.h"
#include "RequestService.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QVariant>

#include <stdexcept>

namespace agencydesk::test {

template <typename T> T checked(const Result<T>& r)
{
    if (!r)
        throw std::runtime_error(r.error().message.toStdString());
    return *r;
}

/// A customer with an email address, eligible for automation, a general liability policy ($1,000,000 each
/// occurrence; a waiver of subrogation endorsement when asked) and workers' comp on one master; mail configured
/// (a real SMTP server when the test starts one, else an address nothing listens on: emails stay queued).
struct RequestBook : TestDatabase
{
    qint64 insuredId = 0;
    qint64 masterId = 0;
    qint64 glId = 0;

    explicit RequestBook(bool wosEndorsement = false, const SmtpTestServer* server = nullptr)
    {
        Insured insured;
        insured.name = QStringLiteral("Granite HVAC Corp.");
        insured.address1 = QStringLiteral("12 Elm St");
        insured.city = QStringLiteral("Portland");
        insured.state = QStringLiteral("ME");
        insured.postalCode = QStringLiteral("04101");
        insured.email = QStringLiteral("office@granite.example");
        insuredId = checked(InsuredService(manager).create(insured));
        Policy gl;
        gl.insuredId = insuredId;
        gl.number = QStringLiteral("GLP-7781234");
        gl.line = LineOfBusiness::GeneralLiability;
        gl.carrierName = QStringLiteral("Acme Casualty Company");
        gl.effective = QDate::currentDate().addDays(-30);
        gl.expiration = QDate::currentDate().addDays(300);
        gl.indicators.waiverOfSubrogationEndorsement = wosEndorsement;
        gl.coverages = {{QStringLiteral("EachOccurrence"), 1000000}, {QStringLiteral("GeneralAggregate"), 2000000}};
        glId = checked(PolicyService(manager).create(gl));
        Policy wc;
        wc.insuredId = insuredId;
        wc.number = QStringLiteral("WCX-5550001");
        wc.line = LineOfBusiness::WorkersComp;
        wc.carrierName = QStringLiteral("Erie Insurance Exchange");
        wc.effective = QDate::currentDate().addDays(-30);
        wc.expiration = QDate::currentDate().addDays(335);
        wc.coverages = {{QStringLiteral("ELEachAccident"), 500000}};
        wc.indicators.waiverOfSubrogationEndorsement = wosEndorsement;
        const qint64 wcId = checked(PolicyService(manager).create(wc));
        CertificateMaster master;
        master.insuredId = insuredId;
        master.name = QStringLiteral("Standard certificate");
        master.description = QStringLiteral("HVAC installation and service.");
        master.policies = {MasterPolicy{}, MasterPolicy{}};
        master.policies[0].policyId = glId;
        master.policies[1].policyId = wcId;
        masterId = checked(CertificateMasterService(manager).create(master));
        if (server) {
            configureMail(manager, mailSettingsFor(*server));
        } else {
            MailSettings m;
            m.host = QStringLiteral("127.0.0.1");
            m.port = 9; // discard: nothing is sent in these tests
            m.fromAddress = kAgencyFrom;
            m.bccAddress = kAgencyBcc;
            configureMail(manager, m);
        }
    }

    /// A clean request: complete holder with an email, no notes.
    CertificateRequest clean(const QString& holderName = QStringLiteral("Bayside Property Group")) const
    {
        CertificateRequest r;
        r.insuredId = insuredId;
        r.masterId = masterId;
        r.holder.name = holderName;
        r.holder.address1 = QStringLiteral("400 Harbor Blvd");
        r.holder.city = QStringLiteral("Boston");
        r.holder.state = QStringLiteral("MA");
        r.holder.postalCode = QStringLiteral("02110");
        r.holder.email = QStringLiteral("certs@bayside.example");
        r.source = RequestSource::Portal;
        return r;
    }

    CertificateRequest request(qint64 id) const { return checked(RequestListService(manager).get(id)); }

    qint64 count(const QString& sql) const
    {
        QSqlQuery q = db->query();
        if (!q.exec(sql) || !q.next())
            throw std::runtime_error(sql.toStdString());
        return q.value(0).toLongLong();
    }
};

} // namespace agencydesk::test
