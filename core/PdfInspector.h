#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace agencydesk {

/// What Poppler found in a PDF that it could open and render.
struct PdfInspection
{
    int pageCount = 0;
    QByteArray thumbnailPng; ///< the first page, about ThumbnailWidth pixels wide
    QString text;            ///< every page's text, NFKC-normalised (ligatures split), capped at MaxTextChars
    QString repairNote;      ///< Poppler's first complaint when it had to repair the file; empty for a clean file
};

/// Opens untrusted PDF bytes with Poppler and tells whether AgencyDesk can keep them: the file opens, needs no
/// password, has pages, and its first page renders. Refusals are Validation errors whose message starts with
/// \a fileName and gives the reason. Safe to call from any thread (each call has its own Poppler document).
class PdfInspector
{
    Q_DECLARE_TR_FUNCTIONS(PdfInspector)

public:
    static constexpr int ThumbnailWidth = 160;
    static constexpr int MaxTextChars = 2 * 1024 * 1024;

    /// True when the bytes start like a PDF (Poppler accepts "%PDF-" within the first kilobyte).
    static bool looksLikePdf(const QByteArray& bytes);
    static Result<PdfInspection> inspect(const QByteArray& bytes, const QString& fileName, bool extractText = true);
};

} // namespace agencydesk
