#pragma once

#include "Certificate.h"
#include "Result.h"
#include "Session.h"

#include <QJsonObject>

#include <vector>

namespace agencydesk {

/// The holders of a certificate master, with their requirements (minimum limits, AI, WOS, primary/non-contributory).
class CertificateHolderService
{
public:
    explicit CertificateHolderService(const Session& session) : m_session(session) {}

    Result<qint64> create(const CertificateHolderRecord& holder);
    /// Saves \a holder if nobody saved it since holder.rowVersion was read.
    Status update(const CertificateHolderRecord& holder);
    /// Removes the holder; refused once a certificate was issued to it (the record stays).
    Status remove(qint64 id);

    Result<CertificateHolderRecord> get(qint64 id) const;
    Result<std::vector<CertificateHolderRecord>> forMaster(qint64 masterId) const;

    static QJsonObject toJson(const CertificateHolderRecord& holder);
    /// Trims the fields and checks name, address, postal code per country, email and requirement codes.
    static Status validate(CertificateHolderRecord& holder);

private:
    Status writeRequirements(const CertificateHolderRecord& holder);
    const Session& m_session;
};

} // namespace agencydesk
