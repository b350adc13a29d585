#pragma once

#include "Policy.h"
#include "Result.h"
#include "Session.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

#include <vector>

namespace agencydesk {

class PolicyService
{
    Q_DECLARE_TR_FUNCTIONS(PolicyService)

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

    /// The carrier's name and NAIC code, read once by this service object (an import writes a file's policies
    /// through one).
    Result<std::pair<QString, QString>> carrierNameAndNaic(qint64 carrierId);

    static JsonObjectText toJsonText(const Policy& policy);
    static QJsonObject toJson(const Policy& policy) { return toJsonText(policy).toObject(); }

    // Inside a caller's open transaction, for services that write several rows as one change (policy downloads,
    // renewals). The caller has checked its own Operation; these validate, write and add the activity row.
    /// Adds the term (status and prior_policy_id as given); \a summary replaces the default activity line.
    Result<qint64> createInTransaction(Policy& policy, const QString& summary = {});
    /// Writes \a policy over the stored row whatever its row_version; returns the field-by-field changes
    /// (empty: nothing differed and nothing was written) and records them as "summaryPrefix NUMBER (fields)".
    Result<QJsonObject> updateInTransaction(Policy& policy, const QString& summaryPrefix);
    /// Marks the term cancelled at \a at (a date or timestamp) or active again, with an activity row.
    Status setCancelledInTransaction(qint64 id, bool cancelled, const QString& at, const QString& summary);

private:
    Status validate(Policy& policy) const;
    /// Finds or adds the carrier (inside the caller's transaction) and refuses a duplicate number.
    Status resolveCarrier(Policy& policy);
    Status writeCoverages(const Policy& policy, bool replace = true);
    Status conflictOrMissing(qint64 id) const;
    /// Queues a renewal run (trigger "dates") when the term's dates changed and masters hold it.
    Status queueIfDatesChanged(const Policy& before, const Policy& after);
    const Session& m_session;
    QHash<qint64, std::pair<QString, QString>> m_carrierNames; ///< carrierNameAndNaic's
};

} // namespace agencydesk
