#pragma once

#include "Certificate.h"
#include "Result.h"
#include "Session.h"

#include <QJsonObject>

#include <vector>

namespace agencydesk {

/// Certificate masters: which of an insured's policies its certificates show. A master needs at least one
/// policy; insurer letters are assigned by carrier (A..F, at most six carriers) unless given.
class CertificateMasterService
{
public:
    explicit CertificateMasterService(const Session& session) : m_session(session) {}

    Result<qint64> create(const CertificateMaster& master);
    /// Saves \a master if nobody saved it since master.rowVersion was read.
    Status update(const CertificateMaster& master);
    /// Deletes the master and its holders; refused once a certificate was issued from it (the record stays).
    Status remove(qint64 id);

    Result<CertificateMaster> get(qint64 id) const;
    Result<std::vector<CertificateMaster>> forInsured(qint64 insuredId) const;

    static QJsonObject toJson(const CertificateMaster& master);

private:
    Status validate(CertificateMaster& master) const;
    Status writePolicies(const CertificateMaster& master);
    const Session& m_session;
};

} // namespace agencydesk
