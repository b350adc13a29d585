#include "Role.h"

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
        return QStringLiteral("Manager");
    case Role::DataProcessor:
        return QStringLiteral("Data processor");
    case Role::CertificateSpecialist:
        return QStringLiteral("Certificate specialist");
    case Role::PayrollAdvisor:
        return QStringLiteral("Payroll advisor (view only)");
    }
    return {};
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
    for (int i = 0; i <= static_cast<int>(Operation::DocumentSettings); ++i)
        ops.push_back(static_cast<Operation>(i));
    return ops;
}

QString operationName(Operation op)
{
    switch (op) {
    case Operation::AgencyUpdate:
        return QStringLiteral("change the agency profile");
    case Operation::UserAdd:
        return QStringLiteral("add a user");
    case Operation::UserResetPassword:
        return QStringLiteral("reset a user's password");
    case Operation::UserSetActive:
        return QStringLiteral("deactivate or reactivate a user");
    case Operation::UserChangeRole:
        return QStringLiteral("change a user's role");
    case Operation::CarrierAdd:
        return QStringLiteral("add a carrier");
    case Operation::CarrierUpdate:
        return QStringLiteral("edit a carrier");
    case Operation::InsuredCreate:
        return QStringLiteral("add an insured");
    case Operation::InsuredUpdate:
        return QStringLiteral("edit an insured");
    case Operation::InsuredSetActive:
        return QStringLiteral("deactivate or reactivate an insured");
    case Operation::PolicyCreate:
        return QStringLiteral("add a policy");
    case Operation::PolicyUpdate:
        return QStringLiteral("edit a policy");
    case Operation::PolicyCancel:
        return QStringLiteral("cancel a policy");
    case Operation::NoteAdd:
        return QStringLiteral("add a note");
    case Operation::DemoSeed:
        return QStringLiteral("load demo data");
    case Operation::DatabaseSetShared:
        return QStringLiteral("change the database's shared mode");
    case Operation::MasterCreate:
        return QStringLiteral("add a certificate master");
    case Operation::MasterUpdate:
        return QStringLiteral("edit a certificate master");
    case Operation::MasterDelete:
        return QStringLiteral("delete a certificate master");
    case Operation::HolderCreate:
        return QStringLiteral("add a certificate holder");
    case Operation::HolderUpdate:
        return QStringLiteral("edit a certificate holder");
    case Operation::HolderDelete:
        return QStringLiteral("remove a certificate holder");
    case Operation::CertificateIssue:
        return QStringLiteral("issue a certificate");
    case Operation::CertificateDeliveryRecord:
        return QStringLiteral("record a certificate delivery");
    case Operation::MasterShare:
        return QStringLiteral("share a certificate master with the client's portal account");
    case Operation::MasterRemoveLapsed:
        return QStringLiteral("remove lapsed lines from a certificate master");
    case Operation::MailSettingsUpdate:
        return QStringLiteral("change the mail settings");
    case Operation::MailTemplateUpdate:
        return QStringLiteral("edit an email template");
    case Operation::MailSend:
        return QStringLiteral("send an email");
    case Operation::OutboxManage:
        return QStringLiteral("retry or cancel an email in the outbox");
    case Operation::DownloadImport:
        return QStringLiteral("import policy downloads");
    case Operation::DownloadAttach:
        return QStringLiteral("attach a downloaded policy to an insured");
    case Operation::PolicyUnattach:
        return QStringLiteral("un-attach a policy from its insured");
    case Operation::DocumentAdd:
        return QStringLiteral("add a document");
    case Operation::DocumentEdit:
        return QStringLiteral("attach a document to a policy or detach it");
    case Operation::DocumentShare:
        return QStringLiteral("share a document with the client's portal account");
    case Operation::DocumentDelete:
        return QStringLiteral("delete a document");
    case Operation::DocumentSettings:
        return QStringLiteral("change the document types or the document size limit");
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
