#pragma once

#include "Policy.h"
#include "Result.h"
#include "Session.h"

#include <QJsonObject>

#include <vector>

namespace agencydesk {

class PolicyService
{
public:
    explicit PolicyService(const Session& session) : m_session(session) {}

    /// Adds a policy with its coverages; the carrier is found by id or by name (and added if new).
    Result<qint64> create(const Policy& policy);
    /// Saves \a policy if nobody saved it since policy.rowVersion was read.
    Status update(const Policy& policy);
    /// Cancels the policy; the row, its coverages and its history stay.
    Status cancel(qint64 id);

    Result<Policy> get(qint64 id) const;
    Result<std::vector<Policy>> forInsured(qint64 insuredId) const;

    static QJsonObject toJson(const Policy& policy);

private:
    Status validate(Policy& policy) const;
    /// Finds or adds the carrier (inside the caller's transaction) and refuses a duplicate number.
    Status resolveCarrier(Policy& policy);
    Status writeCoverages(const Policy& policy);
    Status conflictOrMissing(qint64 id) const;
    const Session& m_session;
};

} // namespace agencydesk
