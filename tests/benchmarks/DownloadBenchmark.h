#pragma once

// Policy downloads: ACORD XML files imported into the large book (parse + match + store, one transaction a file,
// one thread), an AL3 batch of many policies in one file, and the process's peak memory along the way.

#include "BenchSystem.h"

#include <QJsonObject>

#include <optional>

namespace agencydesk::bench {

struct DownloadFigures
{
    int xmlFiles = 0;
    int xmlPolicies = 0;
    qint64 xmlBytes = 0;           ///< all XML files together
    double xmlSeconds = 0;         ///< DownloadImportService::importPaths over the folder
    double xmlCpuSeconds = 0;      ///< this process's CPU time meanwhile
    double xmlPerSecond = 0;       ///< policies per second, wall
    int attached = 0;              ///< matched an insured of the book exactly
    int unattached = 0;            ///< no exact match: waiting in Unattached downloads
    int failed = 0;                ///< files refused (0 expected)
    double reimportSeconds = 0;    ///< the same folder again: every policy unchanged (idempotence)
    qint64 rssBeforeBytes = 0;     ///< peak RSS before the import
    qint64 rssAfterTenthBytes = 0; ///< peak RSS after the first tenth of the files
    qint64 rssAfterXmlBytes = 0;   ///< peak RSS after all of them: close to the tenth's when memory is per file
    int al3Policies = 0;
    qint64 al3Bytes = 0;
    double al3Seconds = 0; ///< one AL3 file of al3Policies transactions
    double al3CpuSeconds = 0;
    qint64 rssAfterAl3Bytes = 0;
    /// Private memory (BenchSystem's privateRssBytes), the largest seen between the XML files and after the AL3
    /// file: the peak RSS also counts the database file's pages the import maps (a file cache the OS can drop).
    qint64 privateMaxXmlBytes = -1;
    qint64 privateAfterAl3Bytes = -1;

    QJsonObject toJson() const;
};

class DownloadBenchmark
{
public:
    /// Copies the book at \a bookPath (it is not changed), writes \a xmlPolicies policies into ACORD XML files of
    /// 100 policies (half of them for insureds of the book, exactly as the book has them; half for people it does
    /// not know) and one AL3 file of \a al3Policies, and imports them. nullopt when a step failed (see errors()).
    static std::optional<DownloadFigures> measure(const QString& bookPath, int xmlPolicies, int al3Policies);
};

} // namespace agencydesk::bench
