#include "Role.h"

#include <QCoreApplication>

namespace agencydesk {

QString roleKey(Role role)
{
    switch (role) {
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::DataProcessor:
        return QStringLiteral("data-processor");
    case Role::CertificateSpecialist:
        return QStringLiteral("certificate-specialist");
    case Role::PayrollAdvisor:
        return QStringLiteral("payroll-advisor");
    }
    return {};
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Manager:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "Manager"));
    case Role::DataProcessor:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "Data processor"));
    case Role::CertificateSpecialist:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "Certificate specialist"));
    case Role::PayrollAdvisor:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "Payroll advisor (view only)"));
    }
    return {};
}

QString roleDisplayNameTr(Role role)
{
    return QCoreApplication::translate("Role", roleDisplayName(role).toUtf8().constData());
}

QString operationNameTr(Operation op)
{
    return QCoreApplication::translate("Role", operationName(op).toUtf8().constData());
}

std::optional<Role> roleFromKey(const QString& key)
{
    for (Role role : allRoles()) {
        if (roleKey(role) == key.trimmed().toLower())
            return role;
    }
    return std::nullopt;
}

std::vector<Role> allRoles()
{
    return {Role::Manager, Role::DataProcessor, Role::CertificateSpecialist, Role::PayrollAdvisor};
}

std::vector<Operation> allOperations()
{
    std::vector<Operation> ops;
    for (int i = 0; i <= static_cast<int>(Operation::RenewalSettings); ++i)
        ops.push_back(static_cast<Operation>(i));
    return ops;
}

QString operationName(Operation op)
{
    switch (op) {
    case Operation::AgencyUpdate:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "change the agency profile"));
    case Operation::UserAdd:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "add a user"));
    case Operation::UserResetPassword:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "reset a user's password"));
    case Operation::UserSetActive:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "deactivate or reactivate a user"));
    case Operation::UserChangeRole:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "change a user's role"));
    case Operation::CarrierAdd:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "add a carrier"));
    case Operation::CarrierUpdate:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "edit a carrier"));
    case Operation::InsuredCreate:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "add an insured"));
    case Operation::InsuredUpdate:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "edit an insured"));
    case Operation::InsuredSetActive:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "deactivate or reactivate an insured"));
    case Operation::PolicyCreate:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "add a policy"));
    case Operation::PolicyUpdate:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "edit a policy"));
    case Operation::PolicyCancel:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "cancel a policy"));
    case Operation::NoteAdd:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "add a note"));
    case Operation::DemoSeed:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "load demo data"));
    case Operation::DatabaseSetShared:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "change the database's shared mode"));
    case Operation::MasterCreate:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "add a certificate master"));
    case Operation::MasterUpdate:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "edit a certificate master"));
    case Operation::MasterDelete:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "delete a certificate master"));
    case Operation::HolderCreate:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "add a certificate holder"));
    case Operation::HolderUpdate:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "edit a certificate holder"));
    case Operation::HolderDelete:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "remove a certificate holder"));
    case Operation::CertificateIssue:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "issue a certificate"));
    case Operation::CertificateDeliveryRecord:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "record a certificate delivery"));
    case Operation::MasterShare:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "share a certificate master with the client's portal account"));
    case Operation::MasterRemoveLapsed:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "remove lapsed lines from a certificate master"));
    case Operation::MailSettingsUpdate:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "change the mail settings"));
    case Operation::MailTemplateUpdate:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "edit an email template"));
    case Operation::MailSend:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "send an email"));
    case Operation::OutboxManage:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "retry or cancel an email in the outbox"));
    case Operation::DownloadImport:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "import policy downloads"));
    case Operation::DownloadAttach:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "attach a downloaded policy to an insured"));
    case Operation::PolicyUnattach:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "un-attach a policy from its insured"));
    case Operation::DocumentAdd:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "add a document"));
    case Operation::DocumentEdit:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "attach a document to a policy or detach it"));
    case Operation::DocumentShare:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "share a document with the client's portal account"));
    case Operation::DocumentDelete:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "delete a document"));
    case Operation::DocumentSettings:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "change the document types or the document size limit"));
    case Operation::RequestCreate:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "add a certificate request"));
    case Operation::RequestProcess:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "work on a certificate request"));
    case Operation::RequestConfigure:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "change the rejection reasons"));
    case Operation::WosApprove:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "approve the payment of a waiver of subrogation"));
    case Operation::InsuredSetAutomation:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "change an insured's automatic certificate processing"));
    case Operation::PolicyRenew:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "renew a policy"));
    case Operation::RenewalRun:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "run a renewal through its certificate masters"));
    case Operation::PolicyNotRenewing:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "mark a policy as not renewing"));
    case Operation::LapseNotify:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "notify certificate holders of a lapsed policy"));
    case Operation::PrintQueueManage:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "print or remove certificates in the print queue"));
    case Operation::RenewalSettings:
        return QStringLiteral(QT_TRANSLATE_NOOP("Role", "change the renewal settings"));
    }
    return {};
}

bool isManagerOnly(Operation op)
{
    switch (op) {
    case Operation::AgencyUpdate:
    case Operation::UserAdd:
    case Operation::UserResetPassword:
    case Operation::UserSetActive:
    case Operation::UserChangeRole:
    case Operation::DemoSeed:
    case Operation::DatabaseSetShared:
    case Operation::MailSettingsUpdate:
    case Operation::MailTemplateUpdate:
    case Operation::DocumentDelete:
    case Operation::DocumentSettings:
    case Operation::RequestConfigure:
    case Operation::RenewalSettings:
        return true;
    default:
        return false;
    }
}

bool roleMay(Role role, Operation op)
{
    switch (role) {
    case Role::Manager:
        return true;
    case Role::DataProcessor:
    case Role::CertificateSpecialist:
        return !isManagerOnly(op);
    case Role::PayrollAdvisor:
        return false; // view only
    }
    return false;
}

} // namespace agencydesk
