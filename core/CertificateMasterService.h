#pragma once

#include "Certificate.h"
#include "Result.h"
#include "Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

#include <optional>
#include <vector>

namespace agencydesk {

/// Certificate masters: which of an insured's policies its certificates show. A master needs at least one
/// policy; insurer letters are assigned by carrier (A..F, at most six carriers) unless given.
class CertificateMasterService
{
    Q_DECLARE_TR_FUNCTIONS(CertificateMasterService)

public:
    explicit CertificateMasterService(const Session& session) : m_session(session) {}

    Result<qint64> create(const CertificateMaster& master);
    /// Saves \a master if nobody saved it since master.rowVersion was read.
    Status update(const CertificateMaster& master);
    /// Deletes the master and its holders; refused once a certificate was issued from it (the record stays).
    Status remove(qint64 id);

    Result<CertificateMaster> get(qint64 id) const;
    Result<std::vector<CertificateMaster>> forInsured(qint64 insuredId) const;

    /// Shares the master with the client's portal account, or stops sharing it. Sharing is refused (Validation,
    /// naming each policy's state) when none of its policies is in force today; un-sharing is always allowed.
    /// \a rowVersion: the version the caller showed; when someone saved the master since, a Conflict.
    Status setShared(qint64 masterId, bool shared, std::optional<int> rowVersion = std::nullopt);

    /// The master's policies that expired or were cancelled on \a today and have no renewal in force (a renewal:
    /// another policy of the same insured and line of business that is in force).
    Result<std::vector<Policy>> lapsedPolicies(qint64 masterId, const QDate& today = QDate::currentDate()) const;
    /// Takes the lapsed policies off the master (business lost) in one transaction and returns them; none lapsed:
    /// nothing changes. Refused when every line has lapsed, since a master needs at least one policy. A run that
    /// republishes the master to its holders is queued with it (RenewalService::openRunFor the first policy).
    Result<std::vector<Policy>> removeLapsedLines(qint64 masterId, std::optional<int> rowVersion = std::nullopt);

    static QJsonObject toJson(const CertificateMaster& master);

private:
    Status validate(CertificateMaster& master) const;
    Status writePolicies(const CertificateMaster& master);
    /// Validation error with the reason when none of \a policies is in force today (a master cannot be shared).
    Status checkShareable(const CertificateMaster& master) const;
    Result<std::vector<Policy>> lapsedOf(const CertificateMaster& master, const QDate& today) const;
    /// Bumps the master's row version (and sets the shared flag when given) if nobody saved it since it was read.
    Status touch(const CertificateMaster& master, std::optional<bool> shared = std::nullopt);
    const Session& m_session;
};

} // namespace agencydesk
