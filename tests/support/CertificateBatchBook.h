#pragma once

#include "CertificateHolderService.h"
#include "CertificateMasterService.h"
#include "InsuredService.h"
#include "PolicyService.h"
#include "TestSupport.h"

#include <QList>
#include <QSqlQuery>
#include <QVariant>

#include <stdexcept>

namespace agencydesk::test {

/// A client with a general liability policy (each occurrence $1,000,000) and workers' comp, one certificate
/// master over both, and as many holders as a test asks for: a holder that requires more than $1,000,000 each
/// occurrence is not compliant.
struct CertificateBatchBook : TestDatabase
{
    qint64 insuredId = 0;
    qint64 masterId = 0;

    CertificateBatchBook()
    {
        Insured insured;
        insured.name = QStringLiteral("Granite HVAC Corp.");
        insured.address1 = QStringLiteral("12 Elm St");
        insured.city = QStringLiteral("Portland");
        insured.state = QStringLiteral("ME");
        insured.postalCode = QStringLiteral("04101");
        insuredId = check(InsuredService(manager).create(insured));
        Policy gl;
        gl.insuredId = insuredId;
        gl.number = QStringLiteral("GLP-7781234");
        gl.line = LineOfBusiness::GeneralLiability;
        gl.carrierName = QStringLiteral("Acme Casualty Company");
        gl.effective = QDate::currentDate().addDays(-30);
        gl.expiration = QDate::currentDate().addDays(300);
        gl.coverages = {{QStringLiteral("EachOccurrence"), 1000000}, {QStringLiteral("GeneralAggregate"), 2000000}};
        const qint64 glId = check(PolicyService(manager).create(gl));
        Policy wc;
        wc.insuredId = insuredId;
        wc.number = QStringLiteral("WCX-5550001");
        wc.line = LineOfBusiness::WorkersComp;
        wc.carrierName = QStringLiteral("Erie Insurance Exchange");
        wc.effective = QDate::currentDate().addDays(-30);
        wc.expiration = QDate::currentDate().addDays(335);
        wc.coverages = {{QStringLiteral("ELEachAccident"), 500000}};
        const qint64 wcId = check(PolicyService(manager).create(wc));
        CertificateMaster master;
        master.insuredId = insuredId;
        master.name = QStringLiteral("Standard certificate");
        master.description = QStringLiteral("HVAC installation and service.");
        master.policies = {MasterPolicy{}, MasterPolicy{}};
        master.policies[0].policyId = glId;
        master.policies[1].policyId = wcId;
        masterId = check(CertificateMasterService(manager).create(master));
    }

    /// A holder named \a name that requires \a eachOccurrence (0: no requirement).
    qint64 addHolder(const QString& name, qint64 eachOccurrence = 0)
    {
        CertificateHolderRecord h;
        h.masterId = masterId;
        h.name = name;
        h.address1 = QStringLiteral("400 Harbor Blvd");
        h.city = QStringLiteral("Boston");
        h.state = QStringLiteral("MA");
        h.postalCode = QStringLiteral("02110");
        if (eachOccurrence > 0)
            h.requirements = {{QStringLiteral("EachOccurrence"), eachOccurrence}};
        return check(CertificateHolderService(manager).create(h));
    }

    /// \a count compliant holders named "Acme Builders 001", ...
    QList<qint64> addHolders(int count)
    {
        QList<qint64> ids;
        for (int i = 1; i <= count; ++i)
            ids << addHolder(QStringLiteral("Acme Builders %1").arg(i, 3, 10, QLatin1Char('0')));
        return ids;
    }

    qint64 count(const QString& sql) const
    {
        QSqlQuery q = db->query();
        if (!q.exec(sql) || !q.next())
            throw std::runtime_error(sql.toStdString());
        return q.value(0).toLongLong();
    }

    template <typename T> static T check(Result<T> result)
    {
        if (!result)
            throw std::runtime_error(result.error().message.toStdString());
        return *result;
    }
};

} // namespace agencydesk::test
