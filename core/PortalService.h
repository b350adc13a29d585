#pragma once

#include "Result.h"
#include "Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace agencydesk {

/// A client's portal account as the agency sees it.
enum class PortalStatus
{
    NotEnrolled,
    Invited, ///< enrolled, no password set yet
    Active,  ///< password set
    Locked   ///< the agency locked it: no sign-in, no password change
};
QString portalStatusKey(PortalStatus status);           ///< not-enrolled, invited, active, locked (CLI, JSON)
QString portalStatusDisplayName(PortalStatus status);   ///< English
QString portalStatusDisplayNameTr(PortalStatus status); ///< the same in the interface language

struct PortalAccount
{
    qint64 id = 0;
    qint64 insuredId = 0;
    QString userName;
    QString email;
    PortalStatus status = PortalStatus::Invited;
    QString createdAt;
    QString updatedAt;
    QString passwordSetAt;
    QString lastSignInAt;
    int rowVersion = 0;

    QJsonObject toJson() const;
};

/// What the client answers to prove who they are; each must match what is on file for the insured.
struct PortalIdentityCheck
{
    QString address;      ///< the street address (address line 1, optionally with line 2)
    QString postalCode;   ///< the ZIP or postal code
    QString policyNumber; ///< the number of any of the insured's policies
};

struct PortalEnrollment
{
    qint64 insuredId = 0;
    QString userName; ///< not the email address
    QString email;
    PortalIdentityCheck identity;
};

/// A change that emailed the client a set-password code: the account and the queued email (outbox id).
struct PortalNotice
{
    qint64 accountId = 0;
    qint64 emailId = 0;
};

/// Client portal accounts (issue 5), the agency's side: enroll after an identity check, change the email, reset and
/// notify, lock and unlock. The set-password code is 128 random bits (32 hex characters) from the system's generator,
/// emailed once through the outbox and stored only as its SHA-256; it works once and expires after
/// kTokenLifetimeHours. Every call needs Operation::InsuredUpdate. The client's own calls are in PortalClientService.
class PortalService
{
    Q_DECLARE_TR_FUNCTIONS(PortalService)

public:
    static constexpr int kTokenLifetimeHours = 72;

    explicit PortalService(const Session& session) : m_session(session) {}

    Result<PortalStatus> status(qint64 insuredId) const;
    /// The account, or nullopt when the insured is not enrolled.
    Result<std::optional<PortalAccount>> account(qint64 insuredId) const;
    /// A user name from the insured's name (lower case letters and digits, no legal suffix), unique.
    Result<QString> suggestUserName(qint64 insuredId) const;

    /// Checks the identity answers against the file, the user name and the email, creates the account and queues the
    /// welcome email with a new code, all in one transaction. Refusals name what did not match.
    Result<PortalNotice> enroll(const PortalEnrollment& enrollment);
    /// A new email address; the user name stays. Codes sent to the old address stop working.
    Status changeEmail(qint64 insuredId, const QString& email);
    /// A new code by email (template password_reset); every earlier code stops working.
    Result<PortalNotice> resetAndNotify(qint64 insuredId);
    Status setLocked(qint64 insuredId, bool locked);

    /// The problem with \a userName (empty when fine): 3 to 40 letters, digits, '.', '_' or '-'; never an email.
    static QString userNameProblem(const QString& userName);
    /// SHA-256 (hex) of a code as typed (trimmed, any case).
    static QString hashCode(const QString& code);

private:
    Result<PortalAccount> requireAccount(qint64 insuredId) const;
    Status checkIdentity(qint64 insuredId, const PortalIdentityCheck& identity) const;
    /// Revokes the account's unused codes, stores a new one and queues \a templateKey with it (caller's transaction).
    Result<qint64> issueCode(const PortalAccount& account, const QString& templateKey);
    Status updateAccount(const PortalAccount& before, const QString& setSql, const QVariantList& binds);
    const Session& m_session;
};

} // namespace agencydesk
