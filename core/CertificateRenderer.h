#pragma once

#include "CertificateData.h"
#include "Result.h"

#include <QByteArray>
#include <QPageSize>
#include <QRectF>
#include <QStringList>

class QPainter;

namespace agencydesk {

/// Draws AgencyDesk's own ACORD-style certificate of liability insurance (same sections, order and
/// information as ACORD 25) as vector graphics, on a PDF writer or a printer.
class CertificateRenderer
{
public:
    /// Paints every page (calling newPage() on a paged device between pages) scaled into pageRect,
    /// which is in the painter's device coordinates. On a device that has no pages (an image), only page 1.
    static void paint(QPainter& painter, const CertificateData& data, const QRectF& pageRect);
    /// Paints one page (0 = the certificate, 1.. = additional remarks), e.g. for an on-screen preview.
    static void paintPage(QPainter& painter, const CertificateData& data, const QRectF& pageRect, int page);
    /// The certificate as PDF (one page, plus the additional remarks schedule when the description is long).
    /// The same data gives the same bytes apart from /CreationDate and the trailer's /ID.
    static Result<QByteArray> renderPdf(const CertificateData& data);

    static QPageSize pageSize(CertificatePaperSize size);

    /// How many pages the certificate takes on this painter's device (1 + additional remarks pages).
    static int pageCount(QPainter& painter, const CertificateData& data, const QRectF& pageRect);
    /// The text a data field shows ("insured", "gl.policy", "gl.limit.0", ...), before fitting.
    static QString fieldText(const CertificateData& data, const QString& name);
    /// Whether a check box of the grid is checked ("gl.check.occurrence", ...).
    static bool isChecked(const CertificateData& data, const QString& name);
};

} // namespace agencydesk
