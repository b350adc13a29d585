#pragma once

#include "CertificateHolderService.h"
#include "CertificateMasterService.h"
#include "CertificateService.h"
#include "InsuredService.h"
#include "MessageBox.h"
#include "PolicyService.h"
#include "TestSupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QVariant>

#include <stdexcept>

namespace agencydesk::test {

/// A real database with one insured, a GL policy, a master and two holders, ready to issue certificates.
struct CertificateBook : TestDatabase
{
    qint64 insuredId = 0;
    qint64 policyId = 0;
    qint64 masterId = 0;
    qint64 holderId = 0;
    qint64 strictHolderId = 0; ///< requires $2,000,000 each occurrence: issued only with force

    CertificateBook()
    {
        MessageBox::setTestMode(true);
        MessageBox::clearLog();
        Insured i;
        i.name = QStringLiteral("Harborview Masonry Inc.");
        i.address1 = QStringLiteral("77 Quarry Road");
        i.city = QStringLiteral("Portland");
        i.state = QStringLiteral("ME");
        i.postalCode = QStringLiteral("04101");
        insuredId = check(InsuredService(manager).create(i));
        Policy p;
        p.insuredId = insuredId;
        p.number = QStringLiteral("GLM-2048661");
        p.line = LineOfBusiness::GeneralLiability;
        p.carrierName = QStringLiteral("Casco Mutual Casualty");
        p.effective = QDate::currentDate().addDays(-20);
        p.expiration = QDate::currentDate().addDays(345);
        p.coverages = {{QStringLiteral("EachOccurrence"), 1000000}, {QStringLiteral("GeneralAggregate"), 2000000}};
        policyId = check(PolicyService(manager).create(p));
        CertificateMaster m;
        m.insuredId = insuredId;
        m.name = QStringLiteral("Standard");
        m.description = QStringLiteral("Masonry and concrete work.");
        m.policies = {MasterPolicy{}};
        m.policies[0].policyId = policyId;
        masterId = check(CertificateMasterService(manager).create(m));
        holderId = check(CertificateHolderService(manager).create(holder(QStringLiteral("Back Cove Property Trust"))));
        CertificateHolderRecord strict = holder(QStringLiteral("Eastern Promenade Builders"));
        strict.requirements = {{QStringLiteral("EachOccurrence"), 2000000}};
        strictHolderId = check(CertificateHolderService(manager).create(strict));
    }

    CertificateHolderRecord holder(const QString& name) const
    {
        CertificateHolderRecord h;
        h.masterId = masterId;
        h.name = name;
        h.address1 = QStringLiteral("1 Commercial Street");
        h.city = QStringLiteral("Portland");
        h.state = QStringLiteral("ME");
        h.postalCode = QStringLiteral("04101");
        return h;
    }

    IssuedCertificate issue(qint64 holder, bool force = false)
    {
        return check(CertificateService(manager).issue(masterId, holder, force));
    }

    /// "how|detail" of every delivery of certificate \a id, oldest first.
    QStringList deliveries(qint64 id) const
    {
        QSqlQuery q = db->query();
        q.prepare(
            QStringLiteral("SELECT how, detail FROM certificate_deliveries WHERE certificate_id = ? ORDER BY id"));
        q.addBindValue(id);
        if (!q.exec())
            throw std::runtime_error("cannot read certificate_deliveries");
        QStringList out;
        while (q.next())
            out << q.value(0).toString() + QLatin1Char('|') + q.value(1).toString();
        return out;
    }

    template <typename T> static T check(Result<T> r)
    {
        if (!r)
            throw std::runtime_error(r.error().message.toStdString());
        return std::move(r).value();
    }
};

inline QByteArray readBytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace agencydesk::test
