#pragma once

#include "Result.h"
#include "Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace agencydesk {

/// What the client does on the portal: set a password with an emailed code, and sign in. These are the client's own
/// calls, so there is no role check; activity rows name the portal user ("portal:<user name>"), never an agency
/// user. kMaxFailedSignIns wrong passwords in a row lock the account until the agency unlocks it
/// (PortalService::setLocked), so a password cannot be guessed by trying.
class PortalClientService
{
    Q_DECLARE_TR_FUNCTIONS(PortalClientService)

public:
    static constexpr int kMaxFailedSignIns = 5;

    explicit PortalClientService(const Session& session) : m_session(session) {}

    /// The client sets a password with an emailed code (once, before it expires). \a now: for tests.
    Status setPasswordWithCode(const QString& userName, const QString& code, const QString& password,
                               const QDateTime& now = QDateTime::currentDateTimeUtc());
    /// The client signs in; returns the insured id. A wrong password counts towards the lock; a right one clears
    /// the count.
    Result<qint64> signIn(const QString& userName, const QString& password,
                          const QDateTime& now = QDateTime::currentDateTimeUtc());

private:
    const Session& m_session;
};

} // namespace agencydesk
