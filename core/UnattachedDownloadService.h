#pragma once

#include "DownloadMatcher.h"
#include "Policy.h"
#include "PolicyDownload.h"
#include "Result.h"
#include "Session.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <vector>

namespace agencydesk {

/// A policy term waiting for a CSR to say whose it is, with the insured the download named.
struct UnattachedDownload
{
    qint64 policyId = 0;   ///< the id the CLI and the view use
    qint64 downloadId = 0; ///< the latest download of that term
    Policy policy;
    PolicyDownload download; ///< as parsed (the insured party, interests, source file)
    QString importedAt;

    QJsonObject toJson() const;
};

/// The Unattached downloads list and what a CSR does with it: attach to an insured, create the insured from the
/// download, or un-attach a policy from an insured (back to the list). Each is one transaction and an activity row.
class UnattachedDownloadService
{
    Q_DECLARE_TR_FUNCTIONS(UnattachedDownloadService)

public:
    explicit UnattachedDownloadService(const Session& session) : m_session(session) {}

    Result<std::vector<UnattachedDownload>> list() const;
    Result<UnattachedDownload> get(qint64 policyId) const;
    Result<std::vector<InsuredSuggestion>> suggest(qint64 policyId, int limit = 10) const;

    /// Attaches the term, and the other unattached terms of the same carrier and number, to \a insuredId.
    Status attach(qint64 policyId, qint64 insuredId);
    /// Creates the insured from the download's party (validated like any insured) and attaches the term to it.
    Result<qint64> createInsured(qint64 policyId);
    /// Takes the policy (all terms of its carrier and number held by the same insured) off its insured.
    Status unattach(qint64 policyId);

private:
    Status setInsured(const Policy& policy, std::optional<qint64> from, std::optional<qint64> to);
    const Session& m_session;
};

} // namespace agencydesk
