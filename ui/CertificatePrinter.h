#pragma once

#include "Certificate.h"
#include "CertificateData.h"
#include "Result.h"
#include "Session.h"

#include <QCoreApplication>
#include <QString>

class QPrinter;
class QPrintPreviewDialog;
class QWidget;

namespace agencydesk {

/// Prints, previews and saves issued certificates. Printing repaints the certificate from its stored snapshot
/// with CertificateRenderer (vector, on the agency's paper size) and logs a "printed" delivery; saving writes
/// the stored bytes through CertificateService::saveCopy.
class CertificatePrinter
{
    Q_DECLARE_TR_FUNCTIONS(CertificatePrinter)

public:
    /// Paints certificate \a number onto \a printer (page size from the certificate's paper size, portrait, full
    /// page, one sheet per page) and logs a "printed" delivery naming the printer (or the PDF file). Refused
    /// before printing for a role that may not log deliveries.
    static Status print(const Session& session, const QString& number, QPrinter& printer);
    /// The printer's name as deliveries record it ("PDF file /path.pdf" for a PDF printer).
    static QString printerName(const QPrinter& printer);
    /// The system print dialog, then print(); errors are shown. True when the certificate was printed.
    static bool printWithDialog(QWidget* parent, const Session& session, const QString& number);
    /// The print preview dialog; its Print button goes through print(). True when it printed.
    static bool previewWithDialog(QWidget* parent, const Session& session, const QString& number);
    /// A save dialog offering "<number>-rev<revision>.pdf", then CertificateService::saveCopy; errors are
    /// shown. True when the file was written.
    static bool saveWithDialog(QWidget* parent, const Session& session, const QString& number);

    /// The preview dialog previewWithDialog() runs, not yet shown, on \a printer (which must outlive it);
    /// nullptr (with the error shown) when the certificate cannot be loaded.
    static QPrintPreviewDialog* createPreviewDialog(QWidget* parent, const Session& session, const QString& number,
                                                    QPrinter* printer);
    /// "COI-2026-000001-rev2.pdf"
    static QString defaultFileName(const IssuedCertificate& certificate);
    /// The certificate's stored data (its snapshot), as issued.
    static Result<CertificateData> snapshot(const IssuedCertificate& certificate);
    /// Sets page size, orientation, full page, single-sided and the job's name for \a data.
    static void preparePrinter(const CertificateData& data, QPrinter& printer);
};

} // namespace agencydesk
