#include "CertificatePrinter.h"

#include "CertificateRenderer.h"
#include "CertificateService.h"
#include "FileDialog.h"
#include "MessageBox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageLayout>
#include <QPaintEngine>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include <memory>

namespace agencydesk {

namespace {

/// QPrintPreviewDialog asks for the same painting to draw its preview pages and, after its own print dialog,
/// to print: the preview pages go to a recording (Picture) engine, a real job to a PDF-based print engine.
bool isPreview(QPrinter* printer)
{
    const QPaintEngine* engine = printer->paintEngine();
    return engine && engine->type() == QPaintEngine::Picture;
}

QString printerLabel(const QPrinter& printer)
{
    if (printer.outputFormat() == QPrinter::PdfFormat)
        return CertificatePrinter::tr("PDF file %1").arg(QDir::toNativeSeparators(printer.outputFileName()));
    return printer.printerName();
}

void paintCertificate(QPrinter& printer, QPainter& painter, const CertificateData& data)
{
    CertificateRenderer::paint(painter, data, printer.paperRect(QPrinter::DevicePixel));
}

} // namespace

Result<CertificateData> CertificatePrinter::snapshot(const IssuedCertificate& certificate)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(certificate.snapshot.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        return Error{ErrorCode::Database,
                     tr("The stored data of certificate %1 is damaged (%2); it cannot be printed. Its "
                        "stored PDF can still be saved.")
                         .arg(certificate.number, error.errorString())};
    return CertificateData::fromJson(json.object());
}

void CertificatePrinter::preparePrinter(const CertificateData& data, QPrinter& printer)
{
    printer.setPageSize(CertificateRenderer::pageSize(data.paperSize));
    printer.setPageOrientation(QPageLayout::Portrait);
    // The form draws its own margins; the whole sheet is the page, as in the stored PDF.
    printer.setFullPage(true);
    printer.setDuplex(QPrinter::DuplexNone); // an additional remarks page is a sheet of its own
    printer.setDocName(data.certificateNumber);
    printer.setCreator(QStringLiteral("AgencyDesk"));
}

Status CertificatePrinter::print(const Session& session, const QString& number, QPrinter& printer)
{
    // Checked first: a print that cannot be logged is not made.
    if (Status s = authorize(session, Operation::CertificateDeliveryRecord); !s)
        return s.error();
    CertificateService service(session);
    Result<IssuedCertificate> c = service.get(number);
    if (!c)
        return c.error();
    Result<CertificateData> data = snapshot(*c);
    if (!data)
        return data.error();
    preparePrinter(*data, printer);
    QPainter painter;
    if (!painter.begin(&printer))
        return Error{ErrorCode::Validation, tr("Could not start printing certificate %1 on %2; check "
                                               "that the printer is available.")
                                                .arg(c->number, printerLabel(printer))};
    paintCertificate(printer, painter, *data);
    if (!painter.end() || printer.printerState() == QPrinter::Error)
        return Error{ErrorCode::Validation,
                     tr("Printing certificate %1 on %2 failed.").arg(c->number, printerLabel(printer))};
    if (Result<qint64> logged = service.recordDelivery(c->id, DeliveryMethod::Printed, printerLabel(printer)); !logged)
        return logged.error();
    return {};
}

QString CertificatePrinter::printerName(const QPrinter& printer)
{
    return printerLabel(printer);
}

bool CertificatePrinter::printWithDialog(QWidget* parent, const Session& session, const QString& number)
{
    Result<IssuedCertificate> c = CertificateService(session).get(number);
    Result<CertificateData> data = c ? snapshot(*c) : Result<CertificateData>(c.error());
    if (!data) {
        MessageBox::showError(parent, tr("Certificate %1 cannot be printed.").arg(number), data.error());
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(*data, printer);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print certificate %1").arg(c->number));
    // Every page of a certificate goes out: the remarks page belongs to it.
    dialog.setOption(QAbstractPrintDialog::PrintPageRange, false);
    dialog.setOption(QAbstractPrintDialog::PrintSelection, false);
    dialog.setOption(QAbstractPrintDialog::PrintCurrentPage, false);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (Status s = print(session, c->number, printer); !s) {
        MessageBox::showError(parent, tr("Certificate %1 was not printed.").arg(c->number), s.error());
        return false;
    }
    return true;
}

QPrintPreviewDialog* CertificatePrinter::createPreviewDialog(QWidget* parent, const Session& session,
                                                             const QString& number, QPrinter* printer)
{
    Result<IssuedCertificate> c = CertificateService(session).get(number);
    Result<CertificateData> data = c ? snapshot(*c) : Result<CertificateData>(c.error());
    if (!data) {
        MessageBox::showError(parent, tr("Certificate %1 cannot be previewed.").arg(number), data.error());
        return nullptr;
    }
    preparePrinter(*data, *printer);
    auto* dialog = new QPrintPreviewDialog(printer, parent);
    dialog->setObjectName(QStringLiteral("certificatePrintPreviewDialog"));
    dialog->setWindowTitle(tr("Print preview: certificate %1").arg(c->number));
    const QString certificateNumber = c->number;
    const CertificateData shown = *data;
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog, [=, &session](QPrinter* target) {
        if (isPreview(target)) {
            QPainter painter(target);
            paintCertificate(*target, painter, shown);
            return;
        }
        if (Status s = print(session, certificateNumber, *target); !s)
            MessageBox::showError(dialog, tr("Certificate %1 was not printed.").arg(certificateNumber), s.error());
        else
            dialog->setProperty("printed", true);
    });
    return dialog;
}

bool CertificatePrinter::previewWithDialog(QWidget* parent, const Session& session, const QString& number)
{
    QPrinter printer(QPrinter::HighResolution);
    std::unique_ptr<QPrintPreviewDialog> dialog(createPreviewDialog(parent, session, number, &printer));
    if (!dialog)
        return false;
    dialog->exec();
    return dialog->property("printed").toBool();
}

QString CertificatePrinter::defaultFileName(const IssuedCertificate& certificate)
{
    return QStringLiteral("%1-rev%2.pdf").arg(certificate.number).arg(certificate.revision);
}

bool CertificatePrinter::saveWithDialog(QWidget* parent, const Session& session, const QString& number)
{
    CertificateService service(session);
    Result<IssuedCertificate> c = service.get(number);
    if (!c) {
        MessageBox::showError(parent, tr("Certificate %1 cannot be saved.").arg(number), c.error());
        return false;
    }
    QString path = FileDialog::getSaveFileName(parent, tr("Save certificate %1 as PDF").arg(c->number),
                                               QDir(FileDialog::lastFolder()).filePath(defaultFileName(*c)),
                                               tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    if (Result<qint64> saved = service.saveCopy(c->number, path); !saved) {
        if (saved.error().code == ErrorCode::Validation)
            MessageBox::warning(parent, tr("Certificate not saved"), saved.error().message);
        else
            MessageBox::showError(parent, tr("Certificate %1 was not saved.").arg(c->number), saved.error());
        return false;
    }
    return true;
}

} // namespace agencydesk
