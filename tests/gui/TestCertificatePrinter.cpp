// Printing, print preview and Save as PDF of issued certificates, through the real QPrinter and Poppler.
#include "CatchCompat.h"
#include "CertificatePrinter.h"
#include "CertificateTestBook.h"
#include "FileDialog.h"
#include "GuiTestSupport.h"
#include "TestConfig.h"

#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>

#include <poppler-qt6.h>

using namespace agencydesk;
using namespace agencydesk::test;

namespace {

QString pdfText(Poppler::Document& doc)
{
    QString text;
    for (int i = 0; i < doc.numPages(); ++i)
        text += doc.page(i)->text(QRectF()) + QLatin1Char('\n');
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

/// A high-resolution printer that writes a PDF file (what "Print to file" in the print dialog does).
void toPdfFile(QPrinter& printer, const QString& path)
{
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
}

} // namespace

TEST_CASE("gui: a printed certificate is repainted from its snapshot on a Letter page and logged as printed",
          "[gui][print]")
{
    CertificateBook book;
    const IssuedCertificate issued = book.issue(book.holderId);
    const QString path = book.dir.filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    toPdfFile(printer, path);
    printer.setPageSize(QPageSize(QPageSize::A4)); // whatever the printer had, the certificate's paper wins
    const Status printed = CertificatePrinter::print(book.manager, issued.number, printer);
    INFO((printed ? QString() : printed.error().message).toStdString());
    REQUIRE(printed.ok());

    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    REQUIRE(doc);
    REQUIRE(doc->numPages() == 1);
    const QSizeF size = doc->page(0)->pageSizeF();
    CHECK(qRound(size.width()) == 612);
    CHECK(qRound(size.height()) == 792);
    const QString text = pdfText(*doc);
    CHECK(text.contains(QStringLiteral("Back Cove Property Trust")));
    CHECK(text.contains(QStringLiteral("Harborview Masonry Inc.")));
    CHECK(text.contains(issued.number));
    CHECK(text.contains(QStringLiteral("GLM-2048661")));
    CHECK(book.deliveries(issued.id) ==
          QStringList{QStringLiteral("printed|PDF file ") + QDir::toNativeSeparators(path)});
}

TEST_CASE("gui: the page size comes from the certificate's paper size", "[gui][print]")
{
    CertificateBook book;
    const IssuedCertificate issued = book.issue(book.holderId);
    // An agency that chose A4 when this certificate was issued: its snapshot says so (set here directly,
    // as the agency setting would have).
    QSqlQuery q = book.db->query();
    q.prepare(
        QStringLiteral("UPDATE certificates SET snapshot = json_set(snapshot, '$.paperSize', 'a4') WHERE id = ?"));
    q.addBindValue(issued.id);
    REQUIRE(q.exec());
    const QString path = book.dir.filePath(QStringLiteral("a4.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    toPdfFile(printer, path);
    REQUIRE(CertificatePrinter::print(book.manager, issued.number, printer).ok());
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    REQUIRE(doc);
    REQUIRE(doc->numPages() == 1);
    CHECK(qRound(doc->page(0)->pageSizeF().width()) == 595);
    CHECK(qRound(doc->page(0)->pageSizeF().height()) == 842);
    CHECK(pdfText(*doc).contains(QStringLiteral("Back Cove Property Trust")));
}

TEST_CASE("gui: the view-only role cannot print: nothing printed, nothing logged", "[gui][print]")
{
    CertificateBook book;
    const IssuedCertificate issued = book.issue(book.holderId);
    const QString path = book.dir.filePath(QStringLiteral("view-only.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    toPdfFile(printer, path);
    const Status refused = CertificatePrinter::print(book.as(Role::PayrollAdvisor), issued.number, printer);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Permission);
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(book.deliveries(issued.id).isEmpty());
    CHECK(CertificatePrinter::print(book.manager, QStringLiteral("COI-1999-000404"), printer).error().code ==
          ErrorCode::NotFound);
}

TEST_CASE("gui: print preview paints without logging, and its Print goes through the printing path", "[gui][print]")
{
    CertificateBook book;
    const IssuedCertificate issued = book.issue(book.holderId);
    const QString path = book.dir.filePath(QStringLiteral("from-preview.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    toPdfFile(printer, path);
    std::unique_ptr<QPrintPreviewDialog> dialog(
        CertificatePrinter::createPreviewDialog(nullptr, book.manager, issued.number, &printer));
    REQUIRE(dialog);
    dialog->resize(900, 1000);
    dialog->show();
    REQUIRE(QTest::qWaitForWindowExposed(dialog.get()));
    auto* preview = dialog->findChild<QPrintPreviewWidget*>();
    REQUIRE(preview);
    REQUIRE(waitFor([&] { return preview->pageCount() == 1; }));
    CHECK(book.deliveries(issued.id).isEmpty()); // looking is not printing
    CHECK_FALSE(QFileInfo::exists(path));
    const QDir shots(QStringLiteral(AGENCYDESK_SCREENSHOT_DIR));
    REQUIRE(shots.mkpath(QStringLiteral(".")));
    REQUIRE(dialog->grab().save(shots.filePath(QStringLiteral("certificate-print-preview.png"))));

    // The dialog's Print button runs its print dialog, then exactly this: paint on the real printer.
    preview->print();
    CHECK(book.deliveries(issued.id) ==
          QStringList{QStringLiteral("printed|PDF file ") + QDir::toNativeSeparators(path)});
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    REQUIRE(doc);
    CHECK(doc->numPages() == 1);
    CHECK(pdfText(*doc).contains(issued.number));
    CHECK(MessageBox::shownCount() == 0);
}

TEST_CASE("gui: Save as PDF offers <number>-rev<revision>.pdf and writes the stored bytes", "[gui][print]")
{
    CertificateBook book;
    book.issue(book.holderId);
    const IssuedCertificate second = book.issue(book.holderId);
    const QString path = book.dir.filePath(QStringLiteral("chosen-name")); // no suffix: .pdf is added
    FileDialog::setNextFileName(path);
    REQUIRE(CertificatePrinter::saveWithDialog(nullptr, book.manager, second.number));
    CHECK(FileDialog::lastSuggestedPath().endsWith(QStringLiteral("/%1-rev2.pdf").arg(second.number)));
    CHECK(readBytes(path + QStringLiteral(".pdf")) == second.pdf);
    CHECK(book.deliveries(second.id) ==
          QStringList{QStringLiteral("saved|") + QDir::toNativeSeparators(path + QStringLiteral(".pdf"))});

    // Cancelled: nothing written, nothing logged, no message.
    FileDialog::setNextFileName(QString());
    CHECK_FALSE(CertificatePrinter::saveWithDialog(nullptr, book.manager, second.number));
    CHECK(book.deliveries(second.id).size() == 1);
    CHECK(MessageBox::shownCount() == 0);

    // A place nobody can write (a "folder" that is a regular file): the message names the file; no delivery.
    const QString blocked = path + QStringLiteral(".pdf/inside.pdf");
    FileDialog::setNextFileName(blocked);
    CHECK_FALSE(CertificatePrinter::saveWithDialog(nullptr, book.manager, second.number));
    CHECK(MessageBox::lastTitle() == QStringLiteral("Certificate not saved"));
    CHECK(MessageBox::lastText().contains(QDir::toNativeSeparators(blocked)));
    CHECK(book.deliveries(second.id).size() == 1);
}
