// Sharing a certificate master with the client's portal account, and taking lapsed lines off a master.
#include "ActivityService.h"
#include "CatchCompat.h"
#include "CertificateMasterService.h"
#include "InsuredService.h"
#include "PolicyService.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QVariant>

using namespace agencydesk;

namespace {

const QDate kToday = QDate::currentDate();

struct Book
{
    test::TestDatabase t;
    qint64 insuredId = 0;

    Book()
    {
        Insured i;
        i.name = QStringLiteral("Summit Paving Co.");
        insuredId = *InsuredService(t.manager).create(i);
    }

    qint64 policy(const QString& number, LineOfBusiness line, const QDate& effective, const QDate& expiration,
                  bool cancelled = false)
    {
        Policy p;
        p.insuredId = insuredId;
        p.number = number;
        p.line = line;
        p.carrierName = QStringLiteral("Acme Casualty Company");
        p.effective = effective;
        p.expiration = expiration;
        auto id = PolicyService(t.manager).create(p);
        INFO((id.ok() ? QString() : id.error().message).toStdString());
        REQUIRE(id.ok());
        if (cancelled)
            REQUIRE(PolicyService(t.manager).cancel(*id).ok());
        return *id;
    }
    qint64 inForce(const QString& number, LineOfBusiness line)
    {
        return policy(number, line, kToday.addDays(-30), kToday.addDays(335));
    }
    qint64 expired(const QString& number, LineOfBusiness line)
    {
        return policy(number, line, kToday.addDays(-400), kToday.addDays(-35));
    }
    qint64 cancelled(const QString& number, LineOfBusiness line)
    {
        return policy(number, line, kToday.addDays(-100), kToday.addDays(265), true);
    }

    Result<qint64> tryMaster(const std::vector<qint64>& policyIds, bool shared = false)
    {
        CertificateMaster m;
        m.insuredId = insuredId;
        m.name = QStringLiteral("Standard");
        m.sharedToPortal = shared;
        for (qint64 id : policyIds) {
            m.policies.push_back({});
            m.policies.back().policyId = id;
        }
        return CertificateMasterService(t.manager).create(m);
    }
    qint64 master(const std::vector<qint64>& policyIds)
    {
        auto id = tryMaster(policyIds);
        REQUIRE(id.ok());
        return *id;
    }

    qint64 scalar(const QString& sql) const
    {
        QSqlQuery q = t.db->query();
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
    qint64 activities() const { return scalar(QStringLiteral("SELECT count(*) FROM activities")); }
    CertificateMaster get(qint64 masterId) const { return *CertificateMasterService(t.manager).get(masterId); }
};

QStringList numbers(const std::vector<Policy>& policies)
{
    QStringList out;
    for (const Policy& p : policies)
        out << p.number;
    out.sort();
    return out;
}

} // namespace

TEST_CASE("sharing: refused with each policy's state when none of the master's policies is in force")
{
    Book b;
    const qint64 masterId = b.master(
        {b.expired(QStringLiteral("AU-100"), LineOfBusiness::Auto),
         b.cancelled(QStringLiteral("GL-200"), LineOfBusiness::GeneralLiability),
         b.policy(QStringLiteral("WC-300"), LineOfBusiness::WorkersComp, kToday.addDays(10), kToday.addDays(375))});
    const qint64 otherExpired = b.expired(QStringLiteral("AU-101"), LineOfBusiness::Auto);
    const qint64 activities = b.activities();
    const Status s = CertificateMasterService(b.t.manager).setShared(masterId, true);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == ErrorCode::Validation);
    const QString message = s.error().message;
    INFO(message.toStdString());
    CHECK(message.startsWith(QStringLiteral("Certificate master Standard cannot be shared with the client's portal "
                                            "account: none of its policies is in force today")));
    CHECK(message.contains(QStringLiteral("AU-100 expired on %1").arg(kToday.addDays(-35).toString(Qt::ISODate))));
    CHECK(message.contains(QStringLiteral("GL-200 was cancelled")));
    CHECK(message.contains(QStringLiteral("WC-300 starts on %1").arg(kToday.addDays(10).toString(Qt::ISODate))));
    CHECK_FALSE(b.get(masterId).sharedToPortal);
    CHECK(b.get(masterId).rowVersion == 1);
    CHECK(b.activities() == activities);

    // The same rule holds when the flag comes with a new master or an edit.
    auto created = b.tryMaster({otherExpired}, true);
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().message.contains(QStringLiteral("none of its policies is in force today")));
    CertificateMaster edited = b.get(masterId);
    edited.sharedToPortal = true;
    const Status update = CertificateMasterService(b.t.manager).update(edited);
    REQUIRE_FALSE(update.ok());
    CHECK(update.error().message.contains(QStringLiteral("cannot be shared")));
    CHECK_FALSE(b.get(masterId).sharedToPortal);
    CHECK(b.activities() == activities);
}

TEST_CASE("sharing: allowed with one policy in force, recorded, un-sharing is always allowed")
{
    Book b;
    const qint64 glId = b.inForce(QStringLiteral("GL-1"), LineOfBusiness::GeneralLiability);
    const qint64 masterId = b.master({glId, b.expired(QStringLiteral("AU-1"), LineOfBusiness::Auto)});
    CertificateMasterService service(b.t.manager);
    REQUIRE(service.setShared(masterId, true).ok());
    CertificateMaster m = b.get(masterId);
    CHECK(m.sharedToPortal);
    CHECK(m.rowVersion == 2);
    auto rows = ActivityService(b.t.manager).forEntity(QStringLiteral("certificate_master"), masterId);
    REQUIRE(rows.ok());
    CHECK(rows->front().action == QStringLiteral("shared"));
    CHECK(rows->front().summary ==
          QStringLiteral("Shared certificate master Standard with the client's portal account"));

    // Sharing again changes nothing and records nothing.
    const qint64 activities = b.activities();
    REQUIRE(service.setShared(masterId, true).ok());
    CHECK(b.get(masterId).rowVersion == 2);
    CHECK(b.activities() == activities);

    // The policy is cancelled: nothing is in force any more, yet the master can still be un-shared.
    REQUIRE(PolicyService(b.t.manager).cancel(glId).ok());
    REQUIRE(service.setShared(masterId, false).ok());
    CHECK_FALSE(b.get(masterId).sharedToPortal);
    rows = ActivityService(b.t.manager).forEntity(QStringLiteral("certificate_master"), masterId);
    CHECK(rows->front().action == QStringLiteral("unshared"));
    CHECK(rows->front().summary.startsWith(QStringLiteral("Stopped sharing certificate master Standard")));
}

TEST_CASE("sharing: a stale row version is a conflict and changes nothing")
{
    Book b;
    const qint64 masterId = b.master({b.inForce(QStringLiteral("GL-1"), LineOfBusiness::GeneralLiability)});
    const CertificateMaster shown = b.get(masterId);
    // Someone else renames the master after this CSR opened it.
    CertificateMaster other = shown;
    other.name = QStringLiteral("Renamed elsewhere");
    REQUIRE(CertificateMasterService(b.t.manager).update(other).ok());
    const Status s = CertificateMasterService(b.t.manager).setShared(masterId, true, shown.rowVersion);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == ErrorCode::Conflict);
    CHECK(s.error().message.contains(QStringLiteral("changed by someone else")));
    CHECK_FALSE(b.get(masterId).sharedToPortal);
    // With the current version it goes through.
    REQUIRE(CertificateMasterService(b.t.manager).setShared(masterId, true, b.get(masterId).rowVersion).ok());
    CHECK(b.get(masterId).sharedToPortal);
}

TEST_CASE("sharing: a view-only user may not share or un-share")
{
    Book b;
    const qint64 masterId = b.master({b.inForce(QStringLiteral("GL-1"), LineOfBusiness::GeneralLiability)});
    const Session viewer = b.t.as(Role::PayrollAdvisor);
    const Status s = CertificateMasterService(viewer).setShared(masterId, true);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == ErrorCode::Permission);
    CHECK(s.error().message.contains(QStringLiteral("share a certificate master with the client's portal account")));
    CHECK(CertificateMasterService(b.t.as(Role::CertificateSpecialist)).setShared(masterId, true).ok());
    CHECK(CertificateMasterService(viewer).setShared(masterId, false).error().code == ErrorCode::Permission);
    CHECK(b.get(masterId).sharedToPortal);
}

TEST_CASE("lapsed lines: expired or cancelled policies without a renewal in force")
{
    Book b;
    const qint64 glId = b.inForce(QStringLiteral("GL-1"), LineOfBusiness::GeneralLiability);
    const qint64 autoId = b.expired(QStringLiteral("AU-OLD"), LineOfBusiness::Auto);
    const qint64 umbrellaId = b.cancelled(QStringLiteral("UMB-X"), LineOfBusiness::Umbrella);
    // Workers comp expired but was renewed (the renewal is not on the master): not lapsed.
    const qint64 wcOld = b.expired(QStringLiteral("WC-2025"), LineOfBusiness::WorkersComp);
    b.inForce(QStringLiteral("WC-2026"), LineOfBusiness::WorkersComp);
    // A policy starting next month has not lapsed.
    const qint64 propertyId =
        b.policy(QStringLiteral("PR-NEXT"), LineOfBusiness::Property, kToday.addDays(30), kToday.addDays(395));
    // An in-force policy of another line does not renew the auto policy; a renewal of the umbrella that has not
    // started yet is not in force.
    b.policy(QStringLiteral("UMB-FUTURE"), LineOfBusiness::Umbrella, kToday.addDays(5), kToday.addDays(370));
    const qint64 masterId = b.master({glId, autoId, umbrellaId, wcOld, propertyId});

    CertificateMasterService service(b.t.manager);
    auto lapsed = service.lapsedPolicies(masterId);
    REQUIRE(lapsed.ok());
    CHECK(numbers(*lapsed) == QStringList{QStringLiteral("AU-OLD"), QStringLiteral("UMB-X")});

    const qint64 activities = b.activities();
    auto removed = service.removeLapsedLines(masterId);
    REQUIRE(removed.ok());
    CHECK(numbers(*removed) == QStringList{QStringLiteral("AU-OLD"), QStringLiteral("UMB-X")});
    const CertificateMaster m = b.get(masterId);
    QStringList left;
    for (const MasterPolicy& mp : m.policies)
        left << mp.policyNumber;
    left.sort();
    CHECK(left == QStringList{QStringLiteral("GL-1"), QStringLiteral("PR-NEXT"), QStringLiteral("WC-2025")});
    CHECK(m.rowVersion == 2);
    CHECK(b.activities() == activities + 1);
    auto rows = ActivityService(b.t.manager).forEntity(QStringLiteral("certificate_master"), masterId);
    REQUIRE(rows.ok());
    CHECK(rows->front().action == QStringLiteral("lapsed-removed"));
    CHECK(rows->front().summary.contains(QStringLiteral("AU-OLD")));
    CHECK(rows->front().summary.contains(QStringLiteral("UMB-X")));
    // The policies themselves stay in the insured's history.
    CHECK(PolicyService(b.t.manager).get(autoId).ok());

    // Nothing left to remove: nothing changes, nothing is recorded.
    CHECK(service.lapsedPolicies(masterId)->empty());
    auto again = service.removeLapsedLines(masterId);
    REQUIRE(again.ok());
    CHECK(again->empty());
    CHECK(b.get(masterId).rowVersion == 2);
    CHECK(b.activities() == activities + 1);
}

TEST_CASE("lapsed lines: refused when every line has lapsed, since a master needs a policy")
{
    Book b;
    const qint64 masterId = b.master({b.expired(QStringLiteral("AU-OLD"), LineOfBusiness::Auto),
                                      b.cancelled(QStringLiteral("GL-GONE"), LineOfBusiness::GeneralLiability)});
    const qint64 activities = b.activities();
    auto removed = CertificateMasterService(b.t.manager).removeLapsedLines(masterId);
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.error().code == ErrorCode::Validation);
    CHECK(removed.error().message.startsWith(QStringLiteral("Every line of master Standard has lapsed")));
    CHECK(removed.error().message.contains(QStringLiteral("add the renewal or delete the master")));
    CHECK(b.get(masterId).policies.size() == 2);
    CHECK(b.get(masterId).rowVersion == 1);
    CHECK(b.activities() == activities);
}

TEST_CASE("lapsed lines: a stale row version or a view-only user changes nothing")
{
    Book b;
    const qint64 masterId = b.master({b.inForce(QStringLiteral("GL-1"), LineOfBusiness::GeneralLiability),
                                      b.expired(QStringLiteral("AU-OLD"), LineOfBusiness::Auto)});
    const Session viewer = b.t.as(Role::PayrollAdvisor);
    CHECK(CertificateMasterService(viewer).lapsedPolicies(masterId)->size() == 1); // reading is allowed
    auto denied = CertificateMasterService(viewer).removeLapsedLines(masterId);
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == ErrorCode::Permission);

    auto stale = CertificateMasterService(b.t.manager).removeLapsedLines(masterId, 0);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);
    CHECK(b.get(masterId).policies.size() == 2);
    CHECK(CertificateMasterService(b.t.as(Role::DataProcessor)).removeLapsedLines(masterId, 1).ok());
    CHECK(b.get(masterId).policies.size() == 1);
}

TEST_CASE("lapsed lines: a master that does not exist is not found")
{
    Book b;
    CHECK(CertificateMasterService(b.t.manager).lapsedPolicies(999).error().code == ErrorCode::NotFound);
    CHECK(CertificateMasterService(b.t.manager).removeLapsedLines(999).error().code == ErrorCode::NotFound);
    CHECK(CertificateMasterService(b.t.manager).setShared(999, true).error().code == ErrorCode::NotFound);
}
