#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace agencydesk {

enum class Role
{
    Manager,
    DataProcessor,
    CertificateSpecialist,
    PayrollAdvisor
};

QString roleKey(Role role);           ///< "manager", "data-processor", ... (stored and used by the CLI)
QString roleDisplayName(Role role);   ///< "Manager", "Data processor", ... (English: stored in the activity log)
QString roleDisplayNameTr(Role role); ///< the same in the interface language, for the screen
std::optional<Role> roleFromKey(const QString& key);
std::vector<Role> allRoles();

/// Every mutating service call, named. Each service checks its operation with authorize();
/// the permission test enumerates this list so that no new mutation escapes it.
enum class Operation
{
    AgencyUpdate,
    UserAdd,
    UserResetPassword,
    UserSetActive,
    UserChangeRole,
    CarrierAdd,
    CarrierUpdate,
    InsuredCreate,
    InsuredUpdate,
    InsuredSetActive,
    PolicyCreate,
    PolicyUpdate,
    PolicyCancel,
    NoteAdd,
    DemoSeed,
    DatabaseSetShared,
    MasterCreate,
    MasterUpdate,
    MasterDelete,
    HolderCreate,
    HolderUpdate,
    HolderDelete,
    CertificateIssue,
    CertificateDeliveryRecord,
    MasterShare,
    MasterRemoveLapsed,
    MailSettingsUpdate,
    MailTemplateUpdate,
    MailSend,
    OutboxManage,
    DownloadImport,
    DownloadAttach,
    PolicyUnattach,
    DocumentAdd,
    DocumentEdit,
    DocumentShare,
    DocumentDelete,
    DocumentSettings,
    RequestCreate,
    RequestProcess,
    RequestConfigure,
    WosApprove,
    InsuredSetAutomation,
    PolicyRenew,
    RenewalRun,
    PolicyNotRenewing,
    LapseNotify,
    PrintQueueManage,
    RenewalSettings,
};

std::vector<Operation> allOperations();
QString operationName(Operation op);   ///< "add a user", for "Permission denied: ... may not add a user"
QString operationNameTr(Operation op); ///< the same in the interface language
bool roleMay(Role role, Operation op);
bool isManagerOnly(Operation op);

} // namespace agencydesk
