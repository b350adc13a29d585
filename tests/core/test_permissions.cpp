#include "ActivityService.h"
#include "AgencyService.h"
#include "CarrierService.h"
#include "CatchCompat.h"
#include "CertificateHolderService.h"
#include "CertificateMasterService.h"
#include "CertificateService.h"
#include "DemoData.h"
#include "DocumentService.h"
#include "DocumentSharingService.h"
#include "DocumentTypeService.h"
#include "DownloadImportService.h"
#include "InsuredService.h"
#include "LapseNoticeService.h"
#include "MailSettingsService.h"
#include "MailTemplateService.h"
#include "OutboxService.h"
#include "PolicyService.h"
#include "PrintQueueService.h"
#include "RejectionReasonService.h"
#include "RenewalRunner.h"
#include "RenewalService.h"
#include "RequestService.h"
#include "TestConfig.h"
#include "TestSupport.h"
#include "UnattachedDownloadService.h"
#include "UserService.h"

#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <map>

using namespace agencydesk;

namespace {

struct Fixture
{
    test::TestDatabase t;
    qint64 insuredId = 0;
    qint64 policyId = 0;
    qint64 userId = 0;
    qint64 carrierId = 0;
    qint64 masterId = 0;
    qint64 holderId = 0;
    qint64 certificateId = 0;
    qint64 outboxId = 0;
    qint64 documentId = 0;
    qint64 requestId = 0;
    qint64 renewalRunId = 0;
    qint64 printEntryId = 0;

    Fixture()
    {
        Insured i;
        i.name = QStringLiteral("Granite HVAC Corp.");
        insuredId = *InsuredService(t.manager).create(i);
        Policy p;
        p.insuredId = insuredId;
        p.number = QStringLiteral("WC-1");
        p.line = LineOfBusiness::WorkersComp;
        p.carrierName = QStringLiteral("Erie Insurance Exchange");
        p.effective = QDate::currentDate();
        p.expiration = p.effective.addYears(1);
        policyId = *PolicyService(t.manager).create(p);
        carrierId = PolicyService(t.manager).get(policyId)->carrierId;
        userId = *UserService(t.manager).add(QStringLiteral("victim"), {}, Role::DataProcessor, test::kPassword);
        CertificateMaster m;
        m.insuredId = insuredId;
        m.name = QStringLiteral("Standard");
        m.policies.push_back({});
        m.policies.back().policyId = policyId;
        masterId = *CertificateMasterService(t.manager).create(m);
        CertificateHolderRecord h;
        h.masterId = masterId;
        h.name = QStringLiteral("Holder One");
        h.address1 = QStringLiteral("1 Main St");
        h.city = QStringLiteral("Boston");
        h.state = QStringLiteral("MA");
        h.postalCode = QStringLiteral("02110");
        holderId = *CertificateHolderService(t.manager).create(h);
        certificateId = CertificateService(t.manager).issue(masterId, holderId, true)->id;
        MailSettings mail;
        mail.host = QStringLiteral("127.0.0.1");
        mail.fromAddress = QStringLiteral("service@agency.example");
        mail.bccAddress = QStringLiteral("copies@agency.example");
        (void)MailSettingsService(t.manager).update(mail);
        OutgoingMail queued;
        queued.to = {QStringLiteral("client@example.com")};
        queued.subject = QStringLiteral("Queued");
        outboxId = *OutboxService(t.manager).enqueue(queued);
        documentId = DocumentService(t.manager).add(documentFile())->documentIds.at(0);
        CertificateRequest r;
        r.insuredId = insuredId;
        r.masterId = masterId;
        r.type = RequestType::Wos;
        r.holder.name = QStringLiteral("Requested Holder");
        requestId = *RequestService(t.manager).intake(r);
        // A renewal run waiting (the policy's new dates, on a master) and a certificate in the print queue.
        Policy edited = *PolicyService(t.manager).get(policyId);
        edited.expiration = edited.expiration.addDays(1);
        (void)PolicyService(t.manager).update(edited);
        renewalRunId = RenewalService(t.manager).openRunFor(policyId)->value_or(0);
        Transaction tx(*t.db);
        (void)tx.begin();
        (void)PrintQueueService(t.manager).queueInTransaction(certificateId);
        (void)tx.commit();
        printEntryId = PrintQueueService(t.manager).pending()->at(0).id;
    }

    DocumentFile documentFile() const
    {
        DocumentFile f;
        f.path = QStringLiteral(AGENCYDESK_SOURCE_DIR "/tests/data/pdf/real/okular-file1.pdf");
        f.metadata = {insuredId, std::nullopt, QStringLiteral("Policy"), QDate(2026, 1, 1), {}};
        return f;
    }

    // A fingerprint of everything a mutation could touch.
    QString state() const
    {
        QSqlQuery q = t.db->query();
        q.exec(
            QStringLiteral("SELECT (SELECT group_concat(row_version || status || name) FROM insureds) || "
                           "(SELECT group_concat(row_version || status || number) FROM policies) || "
                           "(SELECT group_concat(row_version || active || role || password_hash) FROM users) || "
                           "(SELECT group_concat(name || naic) FROM carriers) || "
                           "(SELECT count(*) FROM activities) || (SELECT row_version || name FROM agency) || "
                           "(SELECT count(*) FROM insureds) || "
                           "(SELECT group_concat(row_version || name) FROM certificate_masters) || "
                           "(SELECT group_concat(row_version || name) FROM certificate_holders) || "
                           "(SELECT count(*) FROM certificates) || (SELECT count(*) FROM certificate_deliveries) || "
                           "(SELECT group_concat(status || row_version) FROM outbox) || "
                           "(SELECT group_concat(value) FROM settings WHERE key LIKE 'mail.%') || "
                           "(SELECT group_concat(subject || row_version) FROM mail_templates) || "
                           "(SELECT count(*) FROM policy_downloads) || "
                           "(SELECT group_concat(row_version || shared || COALESCE(policy_id, '-')) FROM documents) || "
                           "(SELECT count(*) FROM document_notifications) || "
                           "(SELECT group_concat(name || active) FROM document_types) || "
                           "(SELECT group_concat(value) FROM settings WHERE key LIKE 'documents.%') || "
                           "(SELECT group_concat(status || row_version || payment_approved_at) FROM "
                           "certificate_requests) || (SELECT count(*) FROM certificate_requests) || "
                           "(SELECT group_concat(text || retired) FROM rejection_reasons) || "
                           "(SELECT group_concat(automation_eligible) FROM insureds) || "
                           "(SELECT group_concat(status || summary) FROM renewal_runs) || "
                           "(SELECT count(*) FROM renewal_run_items) || (SELECT count(*) FROM lapse_notices) || "
                           "(SELECT group_concat(printed_at) FROM print_queue) || "
                           "(SELECT count(*) FROM print_queue) || (SELECT count(*) FROM policies_not_renewing) || "
                           "(SELECT group_concat(value) FROM settings WHERE key LIKE 'renewal.%')"));
        q.next();
        return q.value(0).toString();
    }
};

using Call = std::function<bool(const Session&, Fixture&)>; // true when the call was refused for permission

bool refused(const Status& s)
{
    return !s.ok() && s.error().code == ErrorCode::Permission;
}

template <typename T> bool refused(const Result<T>& r)
{
    return !r.ok() && r.error().code == ErrorCode::Permission;
}

// One entry per Operation: the test fails when a new mutating operation has no entry here.
std::map<Operation, Call> mutatingCalls()
{
    std::map<Operation, Call> calls;
    calls[Operation::AgencyUpdate] = [](const Session& s, Fixture&) {
        AgencyProfile p = *AgencyService(s).profile();
        p.name = QStringLiteral("Hijacked Agency");
        return refused(AgencyService(s).update(p));
    };
    calls[Operation::UserAdd] = [](const Session& s, Fixture&) {
        return refused(UserService(s).add(QStringLiteral("intruder"), {}, Role::Manager, test::kPassword));
    };
    calls[Operation::UserResetPassword] = [](const Session& s, Fixture& f) {
        return refused(UserService(s).resetPassword(f.userId, QStringLiteral("new-password-1")));
    };
    calls[Operation::UserSetActive] = [](const Session& s, Fixture& f) {
        return refused(UserService(s).setActive(f.userId, false));
    };
    calls[Operation::UserChangeRole] = [](const Session& s, Fixture& f) {
        return refused(UserService(s).changeRole(f.userId, Role::Manager));
    };
    calls[Operation::CarrierAdd] = [](const Session& s, Fixture&) {
        return refused(CarrierService(s).add(QStringLiteral("Rogue Mutual"), QStringLiteral("99999")));
    };
    calls[Operation::CarrierUpdate] = [](const Session& s, Fixture& f) {
        return refused(CarrierService(s).update({f.carrierId, QStringLiteral("Renamed"), QStringLiteral("11111")}));
    };
    calls[Operation::InsuredCreate] = [](const Session& s, Fixture&) {
        Insured i;
        i.name = QStringLiteral("Sneaky Insured");
        return refused(InsuredService(s).create(i));
    };
    calls[Operation::InsuredUpdate] = [](const Session& s, Fixture& f) {
        Insured i = *InsuredService(s).get(f.insuredId);
        i.name = QStringLiteral("Changed Name");
        return refused(InsuredService(s).update(i));
    };
    calls[Operation::InsuredSetActive] = [](const Session& s, Fixture& f) {
        return refused(InsuredService(s).setActive(f.insuredId, false));
    };
    calls[Operation::PolicyCreate] = [](const Session& s, Fixture& f) {
        Policy p = *PolicyService(s).get(f.policyId);
        p.id = 0;
        p.number = QStringLiteral("WC-2");
        return refused(PolicyService(s).create(p));
    };
    calls[Operation::PolicyUpdate] = [](const Session& s, Fixture& f) {
        Policy p = *PolicyService(s).get(f.policyId);
        p.number = QStringLiteral("WC-9");
        return refused(PolicyService(s).update(p));
    };
    calls[Operation::PolicyCancel] = [](const Session& s, Fixture& f) {
        return refused(PolicyService(s).cancel(f.policyId));
    };
    calls[Operation::NoteAdd] = [](const Session& s, Fixture& f) {
        return refused(ActivityService(s).addNote(f.insuredId, QStringLiteral("sneaky note")));
    };
    calls[Operation::DemoSeed] = [](const Session& s, Fixture&) { return refused(DemoData::seed(s, 3)); };
    calls[Operation::DatabaseSetShared] = [](const Session& s, Fixture&) {
        // Database::setSharedMode is the raw switch; the service-level gate is this authorization.
        return refused(authorize(s, Operation::DatabaseSetShared));
    };
    calls[Operation::MasterCreate] = [](const Session& s, Fixture& f) {
        CertificateMaster m = *CertificateMasterService(s).get(f.masterId);
        m.id = 0;
        m.name = QStringLiteral("Sneaky master");
        return refused(CertificateMasterService(s).create(m));
    };
    calls[Operation::MasterUpdate] = [](const Session& s, Fixture& f) {
        CertificateMaster m = *CertificateMasterService(s).get(f.masterId);
        m.name = QStringLiteral("Renamed master");
        return refused(CertificateMasterService(s).update(m));
    };
    calls[Operation::MasterDelete] = [](const Session& s, Fixture& f) {
        return refused(CertificateMasterService(s).remove(f.masterId));
    };
    calls[Operation::HolderCreate] = [](const Session& s, Fixture& f) {
        CertificateHolderRecord h = *CertificateHolderService(s).get(f.holderId);
        h.id = 0;
        h.name = QStringLiteral("Sneaky holder");
        return refused(CertificateHolderService(s).create(h));
    };
    calls[Operation::HolderUpdate] = [](const Session& s, Fixture& f) {
        CertificateHolderRecord h = *CertificateHolderService(s).get(f.holderId);
        h.name = QStringLiteral("Renamed holder");
        return refused(CertificateHolderService(s).update(h));
    };
    calls[Operation::HolderDelete] = [](const Session& s, Fixture& f) {
        return refused(CertificateHolderService(s).remove(f.holderId));
    };
    calls[Operation::CertificateIssue] = [](const Session& s, Fixture& f) {
        return refused(CertificateService(s).issue(f.masterId, f.holderId, true));
    };
    calls[Operation::CertificateDeliveryRecord] = [](const Session& s, Fixture& f) {
        return refused(CertificateService(s).recordDelivery(f.certificateId, DeliveryMethod::Saved));
    };
    calls[Operation::MasterShare] = [](const Session& s, Fixture& f) {
        return refused(CertificateMasterService(s).setShared(f.masterId, true));
    };
    calls[Operation::MasterRemoveLapsed] = [](const Session& s, Fixture& f) {
        return refused(CertificateMasterService(s).removeLapsedLines(f.masterId));
    };
    calls[Operation::MailSettingsUpdate] = [](const Session& s, Fixture&) {
        MailSettings m;
        m.host = QStringLiteral("smtp.evil.example");
        m.fromAddress = QStringLiteral("spoof@evil.example");
        m.bccAddress = QStringLiteral("copy@evil.example");
        return refused(MailSettingsService(s).update(m, QStringLiteral("pw")));
    };
    calls[Operation::MailTemplateUpdate] = [](const Session& s, Fixture&) {
        MailTemplate t = *MailTemplateService(s).get(QStringLiteral("welcome"));
        t.subject = QStringLiteral("Hijacked");
        return refused(MailTemplateService(s).update(t));
    };
    calls[Operation::MailSend] = [](const Session& s, Fixture&) {
        OutgoingMail m;
        m.to = {QStringLiteral("someone@example.com")};
        m.subject = QStringLiteral("Hello");
        return refused(OutboxService(s).enqueue(m));
    };
    calls[Operation::OutboxManage] = [](const Session& s, Fixture& f) {
        return refused(OutboxService(s).cancel(f.outboxId));
    };
    calls[Operation::DownloadImport] = [](const Session& s, Fixture&) {
        const auto summary = DownloadImportService(s).importPaths(
            {QStringLiteral(AGENCYDESK_SOURCE_DIR "/tests/data/downloads/acord-personal-new.xml")});
        return !summary.ok() && summary.error().code == ErrorCode::Permission;
    };
    calls[Operation::DownloadAttach] = [](const Session& s, Fixture& f) {
        return refused(UnattachedDownloadService(s).attach(f.policyId, f.insuredId));
    };
    calls[Operation::PolicyUnattach] = [](const Session& s, Fixture& f) {
        return refused(UnattachedDownloadService(s).unattach(f.policyId));
    };
    calls[Operation::DocumentAdd] = [](const Session& s, Fixture& f) {
        return refused(DocumentService(s).add(f.documentFile()));
    };
    calls[Operation::DocumentEdit] = [](const Session& s, Fixture& f) {
        return refused(DocumentService(s).setPolicy(f.documentId, f.policyId));
    };
    calls[Operation::DocumentShare] = [](const Session& s, Fixture& f) {
        return refused(DocumentSharingService(s).setShared({f.documentId}, true, true));
    };
    calls[Operation::DocumentDelete] = [](const Session& s, Fixture& f) {
        return refused(DocumentService(s).remove(f.documentId));
    };
    calls[Operation::DocumentSettings] = [](const Session& s, Fixture&) {
        return refused(DocumentTypeService(s).add(QStringLiteral("Sneaky type")));
    };
    calls[Operation::RequestCreate] = [](const Session& s, Fixture& f) {
        CertificateRequest r;
        r.insuredId = f.insuredId;
        r.holder.name = QStringLiteral("Sneaky Holder");
        return refused(RequestService(s).intake(r));
    };
    calls[Operation::RequestProcess] = [](const Session& s, Fixture& f) {
        return refused(RequestService(s).take(f.requestId));
    };
    calls[Operation::RequestConfigure] = [](const Session& s, Fixture&) {
        return refused(RejectionReasonService(s).add(QStringLiteral("Sneaky reason")));
    };
    calls[Operation::WosApprove] = [](const Session& s, Fixture& f) {
        return refused(RequestService(s).approvePayment(f.requestId));
    };
    calls[Operation::InsuredSetAutomation] = [](const Session& s, Fixture& f) {
        return refused(RequestService(s).setAutomationEligible(f.insuredId, false));
    };
    calls[Operation::PolicyRenew] = [](const Session& s, Fixture& f) {
        Result<Policy> term = RenewalService(f.t.manager).proposeTerm(f.policyId);
        return term && refused(RenewalService(s).renew(*term));
    };
    calls[Operation::RenewalRun] = [](const Session& s, Fixture& f) {
        return refused(RenewalRunner(s).execute(f.renewalRunId));
    };
    calls[Operation::PolicyNotRenewing] = [](const Session& s, Fixture& f) {
        return refused(RenewalService(s).setNotRenewing(f.policyId, true));
    };
    calls[Operation::LapseNotify] = [](const Session& s, Fixture& f) {
        return refused(LapseNoticeService(s).notifyHolders(f.policyId));
    };
    calls[Operation::PrintQueueManage] = [](const Session& s, Fixture& f) {
        return refused(PrintQueueService(s).remove(f.printEntryId));
    };
    calls[Operation::RenewalSettings] = [](const Session& s, Fixture&) {
        RenewalSettings settings;
        settings.followThrough = FollowThrough::Ask;
        return refused(RenewalService(s).setSettings(settings));
    };
    return calls;
}

} // namespace

TEST_CASE("every mutating service call by a view-only user fails with a permission error and changes nothing")
{
    Fixture f;
    const Session viewer = f.t.as(Role::PayrollAdvisor);
    const auto calls = mutatingCalls();
    const QString before = f.state();
    for (Operation op : allOperations()) {
        CAPTURE(operationName(op).toStdString());
        auto it = calls.find(op);
        REQUIRE(it != calls.end()); // a new Operation needs its call here
        CHECK(it->second(viewer, f));
    }
    CHECK(f.state() == before);
}

TEST_CASE("data processors and certificate specialists do client work but not the manager's")
{
    Fixture f;
    const auto calls = mutatingCalls();
    for (Role role : {Role::DataProcessor, Role::CertificateSpecialist}) {
        const Session s = f.t.as(role);
        for (Operation op : allOperations()) {
            CAPTURE(roleKey(role).toStdString(), operationName(op).toStdString());
            if (isManagerOnly(op)) {
                CHECK(calls.at(op)(s, f));
            }
            CHECK(roleMay(role, op) == !isManagerOnly(op));
        }
    }
}

TEST_CASE("the permission message names the user, the role and the action")
{
    Fixture f;
    const Session viewer = f.t.as(Role::PayrollAdvisor);
    Insured i;
    i.name = QStringLiteral("Anything");
    auto r = InsuredService(viewer).create(i);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message ==
          QStringLiteral("Permission denied: payroll-advisor (Payroll advisor (view only)) may not add an insured."));
}

TEST_CASE("a view-only user can still read")
{
    Fixture f;
    const Session viewer = f.t.as(Role::PayrollAdvisor);
    CHECK(InsuredService(viewer).get(f.insuredId).ok());
    CHECK(PolicyService(viewer).forInsured(f.insuredId)->size() == 1);
    CHECK(ActivityService(viewer).forInsured(f.insuredId)->size() >= 2);
}

TEST_CASE("the last active manager cannot be deactivated or demoted")
{
    test::TestDatabase t;
    UserService users(t.manager);
    auto self = users.setActive(t.manager.user.id, false);
    REQUIRE_FALSE(self.ok());
    CHECK(self.error().message.contains(QStringLiteral("last active manager")));
    CHECK_FALSE(users.changeRole(t.manager.user.id, Role::DataProcessor).ok());
}
