#include "CatchCompat.h"
#include "CertificateRenderer.h"
#include "GuiTestSupport.h"
#include "PdfViewer.h"
#include "TestConfig.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>

#include <cmath>
#include <poppler-qt6.h>

using namespace agencydesk;
using namespace agencydesk::test;

namespace {

QString corpusDir(const char* kind)
{
    return QStringLiteral(AGENCYDESK_SHARED_DIR "/corpus/pdf/") + QString::fromLatin1(kind);
}

QString corpusFile(const char* kind, const char* name)
{
    return corpusDir(kind) + QLatin1Char('/') + QString::fromLatin1(name);
}

/// Spins the event loop until the viewer has reported \a page rendered (or failed) since the spies were made.
bool waitForPage(const QSignalSpy& rendered, const QSignalSpy& failed, int page)
{
    return waitFor([&] {
        for (const QList<QVariant>& args : rendered) {
            if (args.at(0).toInt() == page)
                return true;
        }
        for (const QList<QVariant>& args : failed) {
            if (args.at(0).toInt() == page)
                return true;
        }
        return false;
    });
}

/// A viewer shown on screen, with spies on its page signals.
struct ShownViewer
{
    PdfViewer viewer;
    QSignalSpy rendered{&viewer, &PdfViewer::pageRendered};
    QSignalSpy failed{&viewer, &PdfViewer::pageRenderFailed};

    explicit ShownViewer(QSize size = {1200, 900})
    {
        viewer.resize(size);
        viewer.show();
        REQUIRE(QTest::qWaitForWindowExposed(&viewer));
    }

    /// Forgets earlier renders, runs \a action and waits until \a page arrives.
    bool renderAfter(int page, const std::function<void()>& action)
    {
        rendered.clear();
        failed.clear();
        action();
        return waitForPage(rendered, failed, page) && failed.isEmpty();
    }
};

/// The size in device pixels of a page of \a points at \a zoom on this viewer's screen.
QSize expectedPixels(const PdfViewer& viewer, QSizeF points, double zoom)
{
    const double ratio = viewer.devicePixelRatioF() * zoom;
    return {int(std::lround(points.width() / 72. * viewer.logicalDpiX() * ratio)),
            int(std::lround(points.height() / 72. * viewer.logicalDpiY() * ratio))};
}

bool closeTo(QSize actual, QSize expected, int tolerance = 3)
{
    return std::abs(actual.width() - expected.width()) <= tolerance &&
           std::abs(actual.height() - expected.height()) <= tolerance;
}

CertificateData sampleCertificate()
{
    CertificateData data;
    data.date = QDate(2026, 11, 23);
    data.certificateNumber = QStringLiteral("2026-0118");
    data.producer.name = QStringLiteral("Harbor Point Insurance Agency");
    data.producer.address1 = QStringLiteral("12 Front Street");
    data.producer.city = QStringLiteral("Portland");
    data.producer.state = QStringLiteral("ME");
    data.producer.postalCode = QStringLiteral("04101");
    data.producer.contact = QStringLiteral("Dana Whitfield");
    data.producer.phone = QStringLiteral("(207) 555-0142");
    data.insured.name = QStringLiteral("Casco Bay Roofing LLC");
    data.insured.address1 = QStringLiteral("88 Industrial Way");
    data.insured.city = QStringLiteral("Westbrook");
    data.insured.state = QStringLiteral("ME");
    data.insured.postalCode = QStringLiteral("04092");
    data.insurers.push_back(
        {QStringLiteral("A"), QStringLiteral("Northern Mutual Casualty Co."), QStringLiteral("12345")});
    CertificateCoverage gl;
    gl.line = LineOfBusiness::GeneralLiability;
    gl.insurerLetter = QStringLiteral("A");
    gl.policyNumber = QStringLiteral("GL-7741902");
    gl.effective = QDate(2026, 6, 1);
    gl.expiration = QDate(2027, 6, 1);
    for (const QString& label : certificateLimitLabels(LineOfBusiness::GeneralLiability))
        gl.limits.push_back({label, gl.limits.empty() ? 1000000 : 2000000});
    data.coverages.push_back(gl);
    data.description =
        QStringLiteral("Roofing contractor. Certificate holder is additional insured per written contract.");
    data.holder.name = QStringLiteral("Westbrook Housing Authority");
    data.holder.address1 = QStringLiteral("30 Liza Harmon Drive");
    data.holder.city = QStringLiteral("Westbrook");
    data.holder.state = QStringLiteral("ME");
    data.holder.postalCode = QStringLiteral("04092");
    data.authorizedRepresentative = QStringLiteral("Dana Whitfield");
    return data;
}

} // namespace

TEST_CASE("gui: PDF viewer renders a real PDF at 100 %, pages, zooms and fits the width", "[gui][pdf]")
{
    const QString path = corpusFile("real", "okular-simple-multipage.pdf");
    const std::unique_ptr<Poppler::Document> poppler = Poppler::Document::load(path);
    REQUIRE(poppler);
    const int pages = poppler->numPages();
    REQUIRE(pages > 2);
    const QSizeF page1 = poppler->page(0)->pageSizeF();
    const QSizeF page2 = poppler->page(1)->pageSizeF();

    ShownViewer shown;
    PdfViewer& viewer = shown.viewer;
    QSignalSpy loaded(&viewer, &PdfViewer::documentLoaded);
    REQUIRE(shown.renderAfter(0, [&] { REQUIRE(viewer.load(path)); }));
    REQUIRE(loaded.count() == 1);
    CHECK(loaded.at(0).at(0).toInt() == pages);
    CHECK(viewer.pageCount() == pages);
    CHECK(viewer.errorString().isEmpty());
    CHECK(viewer.zoom() == 1.0);
    CHECK(closeTo(viewer.currentImage().size(), expectedPixels(viewer, page1, 1.0)));
    auto* spin = child<QSpinBox>(&viewer, "pdfPageSpinBox");
    CHECK(spin->text() == QStringLiteral("1 / %1").arg(pages));
    CHECK(child<QComboBox>(&viewer, "pdfZoomComboBox")->currentText() == QStringLiteral("100 %"));
    CHECK_FALSE(child<QToolButton>(&viewer, "pdfPreviousPageButton")->isEnabled());

    REQUIRE(shown.renderAfter(
        1, [&] { QTest::mouseClick(child<QToolButton>(&viewer, "pdfNextPageButton"), Qt::LeftButton); }));
    CHECK(viewer.currentPage() == 1);
    CHECK(spin->text() == QStringLiteral("2 / %1").arg(pages));
    CHECK(closeTo(viewer.currentImage().size(), expectedPixels(viewer, page2, 1.0)));

    const int width100 = viewer.currentImage().width();
    auto* scrollArea = child<QScrollArea>(&viewer, "pdfScrollArea");
    REQUIRE(shown.renderAfter(
        1, [&] { QTest::mouseClick(child<QToolButton>(&viewer, "pdfFitWidthButton"), Qt::LeftButton); }));
    CHECK(viewer.zoomMode() == PdfViewer::ZoomMode::FitWidth);
    CHECK(child<QToolButton>(&viewer, "pdfFitWidthButton")->isChecked());
    const int fitWidth = viewer.currentImage().width();
    const int viewportPixels = int(scrollArea->viewport()->width() * viewer.devicePixelRatioF());
    CHECK(fitWidth > width100);        // 1200 px leave more room than the page takes at 100 %
    CHECK(fitWidth <= viewportPixels); // and the page still fits: no horizontal scrolling
    CHECK(fitWidth >= viewportPixels - 2 * 12 - 2 * viewer.style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    CHECK(closeTo(viewer.currentImage().size(), expectedPixels(viewer, page2, viewer.zoom())));

    // A narrower viewer refits the width.
    REQUIRE(shown.renderAfter(1, [&] { viewer.resize(700, 900); }));
    CHECK(viewer.currentImage().width() < fitWidth);
    CHECK(viewer.zoomMode() == PdfViewer::ZoomMode::FitWidth);

    // The page spin box and the zoom combo box take typed values.
    REQUIRE(shown.renderAfter(pages - 1, [&] {
        spin->selectAll();
        QTest::keyClicks(spin, QString::number(pages));
        QTest::keyClick(spin, Qt::Key_Return);
    }));
    CHECK(viewer.currentPage() == pages - 1);
    CHECK_FALSE(child<QToolButton>(&viewer, "pdfNextPageButton")->isEnabled());
    auto* combo = child<QComboBox>(&viewer, "pdfZoomComboBox");
    REQUIRE(shown.renderAfter(pages - 1, [&] {
        combo->lineEdit()->selectAll();
        QTest::keyClicks(combo->lineEdit(), QStringLiteral("200"));
        QTest::keyClick(combo->lineEdit(), Qt::Key_Return);
    }));
    CHECK(viewer.zoom() == 2.0);
    CHECK(viewer.zoomMode() == PdfViewer::ZoomMode::Custom);
    CHECK_FALSE(child<QToolButton>(&viewer, "pdfFitWidthButton")->isChecked());
    CHECK(closeTo(viewer.currentImage().size(), expectedPixels(viewer, poppler->page(pages - 1)->pageSizeF(), 2.0)));

    // Fit page: the whole page inside the view.
    REQUIRE(shown.renderAfter(
        pages - 1, [&] { QTest::mouseClick(child<QToolButton>(&viewer, "pdfFitPageButton"), Qt::LeftButton); }));
    const QSize logical = viewer.currentImage().deviceIndependentSize().toSize();
    CHECK(logical.width() <= scrollArea->viewport()->width());
    CHECK(logical.height() <= scrollArea->viewport()->height());
}

TEST_CASE("gui: PDF viewer keyboard: PageUp/PageDown, Home/End, Ctrl++ and Ctrl+-", "[gui][pdf]")
{
    ShownViewer shown({900, 700});
    PdfViewer& viewer = shown.viewer;
    const QString path = corpusFile("real", "okular-pdf_with_internal_links.pdf");
    REQUIRE(shown.renderAfter(0, [&] { REQUIRE(viewer.load(path)); }));
    REQUIRE(viewer.pageCount() == 3);
    viewer.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&viewer));
    QWidget* target = child<QScrollArea>(&viewer, "pdfScrollArea");
    target->setFocus();

    REQUIRE(shown.renderAfter(1, [&] { QTest::keyClick(target, Qt::Key_PageDown); }));
    CHECK(viewer.currentPage() == 1);
    REQUIRE(shown.renderAfter(2, [&] { QTest::keyClick(target, Qt::Key_End); }));
    CHECK(viewer.currentPage() == 2);
    REQUIRE(shown.renderAfter(1, [&] { QTest::keyClick(target, Qt::Key_PageUp); }));
    CHECK(viewer.currentPage() == 1);
    REQUIRE(shown.renderAfter(0, [&] { QTest::keyClick(target, Qt::Key_Home); }));
    CHECK(viewer.currentPage() == 0);

    const int width100 = viewer.currentImage().width();
    REQUIRE(shown.renderAfter(0, [&] { QTest::keyClick(target, Qt::Key_Plus, Qt::ControlModifier); }));
    CHECK(viewer.zoom() == 1.25);
    CHECK(viewer.currentImage().width() > width100);
    REQUIRE(shown.renderAfter(0, [&] { QTest::keyClick(target, Qt::Key_Minus, Qt::ControlModifier); }));
    REQUIRE(shown.renderAfter(0, [&] { QTest::keyClick(target, Qt::Key_Minus, Qt::ControlModifier); }));
    CHECK(viewer.zoom() == 0.75);
    CHECK(viewer.currentImage().width() < width100);

    // Renders overtaken by a newer zoom or page never reach the screen: only the last request is shown.
    const auto poppler = Poppler::Document::load(path);
    REQUIRE(poppler);
    shown.rendered.clear();
    viewer.zoomIn();
    viewer.zoomIn();
    viewer.zoomIn();
    REQUIRE(waitForPage(shown.rendered, shown.failed, 0));
    CHECK(shown.rendered.count() == 1);
    CHECK(viewer.zoom() == 1.5);
    CHECK(closeTo(viewer.currentImage().size(), expectedPixels(viewer, poppler->page(0)->pageSizeF(), 1.5)));
    shown.rendered.clear();
    viewer.nextPage();
    viewer.nextPage();
    REQUIRE(waitForPage(shown.rendered, shown.failed, 2));
    CHECK(shown.rendered.count() == 1);
    CHECK(viewer.currentPage() == 2);
}

TEST_CASE("gui: PDF viewer: every broken corpus PDF opens or shows a message naming the file", "[gui][pdf]")
{
    ShownViewer shown({700, 600});
    PdfViewer& viewer = shown.viewer;
    auto* message = child<QLabel>(&viewer, "pdfMessageLabel");
    const QStringList files = QDir(corpusDir("broken")).entryList({QStringLiteral("*.pdf")}, QDir::Files);
    REQUIRE(files.size() == 30);
    int opened = 0;
    int refused = 0;
    for (const QString& name : files) {
        INFO(name.toStdString());
        shown.rendered.clear();
        shown.failed.clear();
        if (viewer.load(corpusDir("broken") + QLatin1Char('/') + name)) {
            ++opened;
            CHECK(viewer.pageCount() > 0);
            CHECK_FALSE(message->isVisible());
            CHECK(waitForPage(shown.rendered, shown.failed, 0)); // an image, or "page cannot be shown"
        } else {
            ++refused;
            CHECK(viewer.pageCount() == 0);
            CHECK(message->isVisible());
            CHECK(message->text().contains(name));
            CHECK(message->text() == viewer.errorString());
        }
    }
    CHECK(opened > 0);
    CHECK(refused > 0);

    // An encrypted file whose password we do not have says so.
    CHECK_FALSE(viewer.load(corpusFile("broken", "qpdf-bad-encryption-length.pdf")));
    CHECK(message->text().contains(QStringLiteral("password")));
    saveScreenshot(&viewer, QStringLiteral("pdf-viewer-broken.png"));
    // A file that is not there, and bytes that are no PDF at all.
    CHECK_FALSE(viewer.load(corpusFile("broken", "no-such-file.pdf")));
    CHECK(message->text().contains(QStringLiteral("no-such-file.pdf")));
    CHECK_FALSE(viewer.loadFromData(QByteArrayLiteral("%PDF-1.4 nonsense"), QStringLiteral("upload.pdf")));
    CHECK(message->text().contains(QStringLiteral("upload.pdf")));
    // The viewer recovers: a good file after the bad ones.
    REQUIRE(shown.renderAfter(0, [&] { REQUIRE(viewer.load(corpusFile("real", "okular-file1.pdf"))); }));
    CHECK_FALSE(message->isVisible());
}

TEST_CASE("gui: PDF viewer: every real corpus PDF renders its first page", "[gui][pdf]")
{
    ShownViewer shown({700, 600});
    for (const QString& name : QDir(corpusDir("real")).entryList({QStringLiteral("*.pdf")}, QDir::Files)) {
        INFO(name.toStdString());
        const QString path = corpusDir("real") + QLatin1Char('/') + name;
        const auto poppler = Poppler::Document::load(path);
        REQUIRE(poppler);
        if (poppler->isLocked()) {
            CHECK_FALSE(shown.viewer.load(path));
            CHECK(shown.viewer.errorString().contains(name));
            continue;
        }
        CHECK(shown.renderAfter(0, [&] { REQUIRE(shown.viewer.load(path)); }));
        CHECK(shown.viewer.pageCount() == poppler->numPages());
    }
}

TEST_CASE("gui: PDF viewer shows a rendered certificate (screenshot)", "[gui][pdf][screenshot]")
{
    const Result<QByteArray> pdf = CertificateRenderer::renderPdf(sampleCertificate());
    REQUIRE(pdf);
    ShownViewer shown({900, 1000});
    PdfViewer& viewer = shown.viewer;
    REQUIRE(shown.renderAfter(0, [&] {
        viewer.setZoomMode(PdfViewer::ZoomMode::FitWidth);
        REQUIRE(viewer.loadFromData(*pdf, QStringLiteral("certificate-2026-0118.pdf")));
    }));
    CHECK(viewer.pageCount() == 1);
    CHECK(child<QSpinBox>(&viewer, "pdfPageSpinBox")->text() == QStringLiteral("1 / 1"));
    CHECK_FALSE(child<QToolButton>(&viewer, "pdfNextPageButton")->isEnabled());
    CHECK(viewer.currentImage().width() > 600);
    saveScreenshot(&viewer, QStringLiteral("pdf-viewer-certificate.png"));
}
