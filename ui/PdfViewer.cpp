#include "PdfViewer.h"

#include "PdfRenderWorker.h"
#include "PdfViewerToolBar.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <poppler-qt6.h>
#include <utility>

namespace agencydesk {

namespace {

Q_LOGGING_CATEGORY(lcPdf, "agencydesk.ui.pdf", QtWarningMsg)

constexpr int PageMargin = 12;             ///< dark border around the page, in logical pixels
constexpr double SmallestFitZoom = 0.1;    ///< fit modes may go below MinimumZoom in a small viewer
constexpr QSizeF LetterPoints{612., 792.}; ///< for a page whose size Poppler cannot read

/// Poppler reports every oddity of a damaged file; those are debug output, not warnings of ours.
void popplerMessage(const QString& message, const QVariant&)
{
    qCDebug(lcPdf) << "Poppler:" << message;
}

} // namespace

PdfViewer::PdfViewer(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("pdfViewer"));
    setAccessibleName(tr("PDF viewer"));
    static const bool popplerMessagesRouted = [] {
        Poppler::setDebugErrorFunction(&popplerMessage, {});
        return true;
    }();
    Q_UNUSED(popplerMessagesRouted);

    m_worker = new PdfRenderWorker(m_documentMutex);
    m_worker->moveToThread(&m_renderThread);
    connect(m_worker, &PdfRenderWorker::pageRendered, this, &PdfViewer::onPageRendered, Qt::QueuedConnection);
    connect(m_worker, &PdfRenderWorker::renderFailed, this, &PdfViewer::onRenderFailed, Qt::QueuedConnection);
    m_renderThread.setObjectName(QStringLiteral("pdfRenderThread"));
    m_renderThread.start();

    m_toolBar = new PdfViewerToolBar(this);
    connect(m_toolBar->previousPageAction(), &QAction::triggered, this, &PdfViewer::previousPage);
    connect(m_toolBar->nextPageAction(), &QAction::triggered, this, &PdfViewer::nextPage);
    connect(m_toolBar->firstPageAction(), &QAction::triggered, this, &PdfViewer::firstPage);
    connect(m_toolBar->lastPageAction(), &QAction::triggered, this, &PdfViewer::lastPage);
    connect(m_toolBar->zoomInAction(), &QAction::triggered, this, &PdfViewer::zoomIn);
    connect(m_toolBar->zoomOutAction(), &QAction::triggered, this, &PdfViewer::zoomOut);
    // Unchecking a fit button keeps the zoom it reached.
    connect(m_toolBar->fitWidthAction(), &QAction::triggered, this,
            [this](bool on) { on ? setZoomMode(ZoomMode::FitWidth) : setZoom(m_zoom); });
    connect(m_toolBar->fitPageAction(), &QAction::triggered, this,
            [this](bool on) { on ? setZoomMode(ZoomMode::FitPage) : setZoom(m_zoom); });
    connect(m_toolBar, &PdfViewerToolBar::pageEntered, this, &PdfViewer::setCurrentPage);
    connect(m_toolBar, &PdfViewerToolBar::zoomEntered, this, &PdfViewer::setZoom);

    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("pdfPageLabel"));
    m_pageLabel->setAlignment(Qt::AlignCenter);
    m_pageLabel->setWordWrap(true);
    m_pageLabel->setAutoFillBackground(true);
    QPalette paper = m_pageLabel->palette();
    paper.setColor(QPalette::Window, Qt::white);
    paper.setColor(QPalette::WindowText, Qt::black);
    m_pageLabel->setPalette(paper);
    auto* canvas = new QWidget(this);
    auto* canvasLayout = new QVBoxLayout(canvas);
    canvasLayout->setContentsMargins(PageMargin, PageMargin, PageMargin, PageMargin);
    canvasLayout->addWidget(m_pageLabel, 0, Qt::AlignCenter);
    m_scrollArea = new QScrollArea(this);
    m_scrollArea->setObjectName(QStringLiteral("pdfScrollArea"));
    m_scrollArea->setAccessibleName(tr("Page"));
    m_scrollArea->setBackgroundRole(QPalette::Dark);
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setWidget(canvas);
    m_scrollArea->installEventFilter(this);
    m_scrollArea->viewport()->installEventFilter(this);

    m_messagePage = new QWidget(this);
    m_messageIconLabel = new QLabel(m_messagePage);
    m_messageIconLabel->setObjectName(QStringLiteral("pdfMessageIconLabel"));
    m_messageIconLabel->setAlignment(Qt::AlignCenter);
    m_messageLabel = new QLabel(m_messagePage);
    m_messageLabel->setObjectName(QStringLiteral("pdfMessageLabel"));
    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* messageLayout = new QVBoxLayout(m_messagePage);
    messageLayout->setContentsMargins(24, 24, 24, 24);
    messageLayout->addStretch();
    messageLayout->addWidget(m_messageIconLabel);
    messageLayout->addWidget(m_messageLabel);
    messageLayout->addStretch();

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_scrollArea);
    m_stack->addWidget(m_messagePage);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_stack, 1);
    clear();
}

PdfViewer::~PdfViewer()
{
    m_worker->setLatestSerial(++m_serial); // a render in progress aborts
    m_renderThread.quit();
    m_renderThread.wait();
    delete m_worker;
}

bool PdfViewer::load(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return open(nullptr, info.fileName(), tr("the file does not exist."));
    if (!info.isReadable())
        return open(nullptr, info.fileName(), tr("you are not allowed to read it."));
    return open(Poppler::Document::load(path), info.fileName(), {});
}

bool PdfViewer::loadFromData(const QByteArray& data, const QString& name)
{
    return open(Poppler::Document::loadFromData(data), name, {});
}

bool PdfViewer::open(std::unique_ptr<Poppler::Document> document, const QString& name, const QString& problem)
{
    QString why = problem;
    if (why.isEmpty() && !document)
        why = tr("it is not a PDF document, or it is too damaged to read.");
    else if (why.isEmpty() && document->isLocked())
        why = tr("it is protected by a password.");
    if (why.isEmpty()) {
        setDocument(std::move(document));
        if (pageCount() == 0)
            why = tr("it has no pages.");
    }
    if (!why.isEmpty()) {
        showMessage(name.isEmpty() ? tr("The document cannot be opened: %1").arg(why)
                                   : tr("“%1” cannot be opened: %2").arg(name, why));
        return false;
    }
    m_errorString.clear();
    m_stack->setCurrentWidget(m_scrollArea);
    m_scrollArea->setAccessibleDescription(name);
    emit documentLoaded(pageCount());
    applyZoom(m_zoomMode == ZoomMode::Custom ? m_zoom : fitZoom());
    updateControls();
    return true;
}

void PdfViewer::clear()
{
    setDocument(nullptr);
    m_errorString.clear();
    m_messageIconLabel->clear();
    m_messageLabel->setText(tr("No document to show."));
    m_stack->setCurrentWidget(m_messagePage);
    updateControls();
}

void PdfViewer::setDocument(std::unique_ptr<Poppler::Document> document)
{
    m_worker->setLatestSerial(++m_serial); // renders of the old document are stale now
    std::unique_ptr<Poppler::Document> old;
    {
        QMutexLocker locker(&m_documentMutex); // waits for a render in progress to finish or abort
        old = std::exchange(m_document, std::move(document));
        m_worker->setDocumentLocked(m_document.get());
        m_pageSizes.clear();
        if (m_document) {
            m_document->setRenderHint(Poppler::Document::Antialiasing);
            m_document->setRenderHint(Poppler::Document::TextAntialiasing);
            m_document->setRenderHint(Poppler::Document::ThinLineSolid);
            const int pages = std::max(0, m_document->numPages());
            m_pageSizes.reserve(std::size_t(pages));
            for (int i = 0; i < pages; ++i) {
                const std::unique_ptr<Poppler::Page> page = m_document->page(i);
                const QSizeF size = page ? page->pageSizeF() : QSizeF();
                m_pageSizes.push_back(size.width() >= 1 && size.height() >= 1 ? size : LetterPoints);
            }
        }
    }
    m_page = 0;
    m_image = {};
    m_pageLabel->clear();
}

void PdfViewer::showMessage(const QString& message)
{
    setDocument(nullptr);
    m_errorString = message;
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_messageIconLabel->setPixmap(style()
                                      ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                                      .pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
    m_messageLabel->setText(message);
    m_stack->setCurrentWidget(m_messagePage);
    updateControls();
    qCInfo(lcPdf) << message;
    emit documentLoadFailed(message);
}

QSizeF PdfViewer::pageSizeAt100(int page) const
{
    const QSizeF points = m_pageSizes.at(std::size_t(page));
    return {points.width() / 72. * logicalDpiX(), points.height() / 72. * logicalDpiY()};
}

QSize PdfViewer::pagePixelSize(int page, double zoom) const
{
    if (page < 0 || page >= pageCount())
        return {};
    return (pageSizeAt100(page) * zoom * devicePixelRatioF()).toSize();
}

void PdfViewer::setCurrentPage(int page)
{
    page = std::clamp(page, 0, std::max(0, pageCount() - 1));
    if (!hasDocument() || page == m_page)
        return;
    m_page = page;
    m_image = {};
    m_pageLabel->clear();
    if (m_zoomMode == ZoomMode::Custom)
        requestRender();
    else
        applyZoom(fitZoom());
    m_scrollArea->verticalScrollBar()->setValue(0);
    updateControls();
    emit currentPageChanged(m_page);
}

void PdfViewer::nextPage()
{
    setCurrentPage(m_page + 1);
}

void PdfViewer::previousPage()
{
    setCurrentPage(m_page - 1);
}

void PdfViewer::firstPage()
{
    setCurrentPage(0);
}

void PdfViewer::lastPage()
{
    setCurrentPage(pageCount() - 1);
}

void PdfViewer::setZoom(double zoom)
{
    m_zoomMode = ZoomMode::Custom;
    applyZoom(std::clamp(zoom, MinimumZoom, MaximumZoom));
    updateControls();
}

void PdfViewer::setZoomMode(ZoomMode mode)
{
    m_zoomMode = mode;
    if (mode != ZoomMode::Custom)
        applyZoom(fitZoom());
    updateControls();
}

void PdfViewer::zoomIn()
{
    const auto next =
        std::find_if(PdfZoomSteps.begin(), PdfZoomSteps.end(), [this](double z) { return z > m_zoom + 1e-3; });
    setZoom(next == PdfZoomSteps.end() ? MaximumZoom : *next);
}

void PdfViewer::zoomOut()
{
    const auto previous =
        std::find_if(PdfZoomSteps.rbegin(), PdfZoomSteps.rend(), [this](double z) { return z < m_zoom - 1e-3; });
    setZoom(previous == PdfZoomSteps.rend() ? MinimumZoom : *previous);
}

double PdfViewer::fitZoom() const
{
    if (!hasDocument())
        return m_zoom;
    const QSizeF page = pageSizeAt100(m_page);
    const QSize viewport = m_scrollArea->maximumViewportSize() - QSize(2 * PageMargin, 2 * PageMargin);
    if (m_zoomMode == ZoomMode::FitWidth) {
        // Leave room for the vertical scroll bar a page wider than tall still needs, so the zoom does not flip.
        const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_scrollArea);
        return std::clamp((viewport.width() - scrollBar) / page.width(), SmallestFitZoom, MaximumZoom);
    }
    const double zoom = std::min(viewport.width() / page.width(), viewport.height() / page.height());
    return std::clamp(zoom, SmallestFitZoom, MaximumZoom);
}

void PdfViewer::applyZoom(double zoom)
{
    const bool changed = !qFuzzyCompare(zoom, m_zoom);
    m_zoom = zoom;
    requestRender();
    if (changed)
        emit zoomChanged(m_zoom);
}

void PdfViewer::requestRender()
{
    if (!hasDocument())
        return;
    const qreal ratio = devicePixelRatioF();
    const QSize pixels = pagePixelSize(m_page, m_zoom);
    // The resolution that makes Poppler's image exactly as many device pixels wide as the page needs on screen.
    const double dpi = pixels.width() * 72. / m_pageSizes.at(std::size_t(m_page)).width();
    const PdfRenderRequest request{++m_serial, m_page, dpi, ratio};
    m_worker->setLatestSerial(request.serial);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, request] { worker->render(request); }, Qt::QueuedConnection);

    // Until the new image arrives, the page takes its new size and shows the previous image stretched.
    m_pageLabel->setFixedSize((QSizeF(pixels) / ratio).toSize());
    if (!m_image.isNull()) {
        QPixmap preview = QPixmap::fromImage(m_image.scaled(pixels));
        preview.setDevicePixelRatio(ratio);
        m_pageLabel->setPixmap(preview);
    }
}

void PdfViewer::onPageRendered(quint64 serial, int page, const QImage& image)
{
    if (serial != m_serial)
        return; // the zoom or page changed after this render was requested
    m_image = image;
    m_pageLabel->setFixedSize(image.deviceIndependentSize().toSize());
    m_pageLabel->setPixmap(QPixmap::fromImage(image));
    emit pageRendered(page);
}

void PdfViewer::onRenderFailed(quint64 serial, int page)
{
    if (serial != m_serial)
        return;
    m_image = {};
    m_pageLabel->setText(tr("Page %1 cannot be shown: it is damaged.").arg(page + 1));
    emit pageRenderFailed(page);
}

bool PdfViewer::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_scrollArea && event->type() == QEvent::Resize && m_zoomMode != ZoomMode::Custom && hasDocument()) {
        const double zoom = fitZoom();
        if (std::abs(zoom - m_zoom) > 1e-3) {
            applyZoom(zoom);
            updateControls();
        }
    } else if (watched == m_scrollArea->viewport() && event->type() == QEvent::Wheel) {
        const auto* wheel = static_cast<QWheelEvent*>(event);
        if (wheel->modifiers() & Qt::ControlModifier && hasDocument()) {
            wheel->angleDelta().y() > 0 ? zoomIn() : zoomOut();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PdfViewer::updateControls()
{
    m_toolBar->setState(m_page, pageCount(), m_zoom, m_zoomMode == ZoomMode::FitWidth, m_zoomMode == ZoomMode::FitPage);
    m_pageLabel->setAccessibleName(tr("Page %1 of %2").arg(m_page + 1).arg(pageCount()));
}

} // namespace agencydesk
