#pragma once

// Certificate speed: rendering fully filled certificates to PDF on one thread (with a split of where the time
// goes), and issuing certificates for many holders of one master through CertificateService on a fresh database.

#include "BenchSystem.h"

#include <QJsonObject>

#include <optional>

namespace agencydesk {
struct CertificateData;
}

namespace agencydesk::bench {

struct CertificateRenderFigures
{
    int count = 0;
    Stats perCertificate;          ///< wall ms of CertificateRenderer::renderPdf
    double cpuMsEach = 0;          ///< process CPU time / count (what the certificate costs on a busy machine)
    double perSecond = 0;          ///< count / wall seconds of the loop
    qint64 largestBytes = 0;       ///< the largest PDF
    Stats setupMs, paintMs, endMs; ///< the same steps timed apart: writer + painter.begin, paint, painter.end

    QJsonObject toJson() const;
};

struct CertificateIssueFigures
{
    int holders = 0;
    double setupMs = 0;   ///< agency, insured, policies and master on the fresh database
    double holdersMs = 0; ///< the holders, imported from CSV in one transaction
    double totalSeconds = 0;
    Stats perCertificate; ///< wall ms of CertificateService::issue
    double cpuMsEach = 0; ///< process CPU time of the issuing loop / holders (waits for the disk not counted)
    qint64 databaseBytes = 0;

    QJsonObject toJson() const;
};

class CertificateBenchmark
{
public:
    /// Every box of the form filled: producer, insured, six insurers, five lines with limits and marks, a
    /// description, a holder; \a serial goes into the certificate number.
    static CertificateData fullyFilled(int serial);

    /// Renders \a count certificates on this thread (after a few untimed warm-ups); nullopt when one failed.
    static std::optional<CertificateRenderFigures> measureRender(int count);

    /// A fresh database in a temporary folder: one master over four policies, \a holders holders, and one
    /// certificate issued per holder. nullopt when a step failed (the reason is in errors()).
    static std::optional<CertificateIssueFigures> measureIssue(int holders);
};

} // namespace agencydesk::bench
