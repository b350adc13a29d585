#pragma once

#include "DownloadReader.h"
#include "PolicyDownload.h"
#include "Renewal.h"
#include "Result.h"
#include "Session.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace agencydesk {

class PolicyService;

/// What one file's import did, or why it was refused (then nothing of it was stored).
struct DownloadFileOutcome
{
    QString file;
    int imported = 0;   ///< new policy terms attached to an insured
    int unattached = 0; ///< new policy terms waiting in Unattached downloads
    int updated = 0;    ///< existing terms changed (change, cancellation, reinstatement, corrected data)
    int unchanged = 0;  ///< transactions already imported, or that changed nothing
    std::optional<DownloadError> error;
};

/// A batch: totals and every file's outcome, for the summary a CSR can save.
struct DownloadImportSummary
{
    std::vector<DownloadFileOutcome> files;
    bool cancelled = false;
    /// Renewal runs the import queued and ran (follow-through automatic); a run that failed stays open for the
    /// Renewals view, with renewalError saying why.
    std::vector<RenewalRunSummary> renewals;
    QString renewalError;

    int count(int DownloadFileOutcome::*field) const;
    int failed() const;
    QString toText() const;
    QJsonObject toJson() const;
};

/// Imports carriers' downloads: each file in one transaction, idempotent on carrier + policy number + term +
/// transaction (+ its date). New business creates the term; a renewal creates the next term linked to the prior
/// one (policies.prior_policy_id); a change updates the term (an activity row lists what changed); a
/// cancellation marks it cancelled with its date; a reinstatement makes it active again. A new term attaches to
/// an insured only when its carrier + number already belongs to one, or when the insured's normalised full
/// name, address and postal code match exactly; otherwise it waits, unattached (insured_id NULL), for a CSR.
class DownloadImportService
{
    Q_DECLARE_TR_FUNCTIONS(DownloadImportService)

public:
    explicit DownloadImportService(const Session& session) : m_session(session) {}

    /// Called before each file with (files done, files in all, next file); return false to stop (cancel).
    using Progress = std::function<bool(int done, int total, const QString& file)>;

    /// Expands folders and zips, then imports file after file; then, when the agency's renewal follow-through is
    /// automatic, runs the renewal runs the import queued (RenewalRunner).
    Result<DownloadImportSummary> importPaths(const QStringList& paths, const Progress& progress = {});
    /// Imports one parsed file in one transaction (a refused parse is reported as the file's error).
    Result<DownloadFileOutcome> importParsed(const DownloadParse& parse, const QString& file);

private:
    enum class Effect
    {
        Imported,
        Unattached,
        Updated,
        Unchanged
    };
    Result<Effect> importOne(const PolicyDownload& download, PolicyService& policies);
    Status followRenewals(qint64 runMark, DownloadImportSummary& summary);
    Result<qint64> carrierFor(const PolicyDownload& download);
    /// What the carrier's policy number already has: this term, the term it renews, the insured it belongs to.
    struct KnownTerms
    {
        std::optional<qint64> term;
        std::optional<qint64> prior;
        std::optional<qint64> insured;
    };
    Result<KnownTerms> knownTerms(qint64 carrierId, const QString& number, const QString& effective) const;

    const Session& m_session;
    QHash<QString, qint64> m_carriers; ///< within one file's transaction
};

} // namespace agencydesk
