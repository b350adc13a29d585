#pragma once

#include <QImage>
#include <QMutex>
#include <QSizeF>
#include <QThread>
#include <QWidget>

#include <memory>
#include <vector>

class QLabel;
class QScrollArea;
class QStackedWidget;

namespace Poppler {
class Document;
}

namespace agencydesk {

class PdfRenderWorker;
class PdfViewerToolBar;

/// The one PDF viewer of the application (certificates, later eDocs): a toolbar (page, zoom, fit width / page)
/// over the current page. Pages are rendered by Poppler on a worker thread, at the resolution the screen needs,
/// and a page that is no longer wanted (the zoom or page changed meanwhile) is dropped. A document that cannot be
/// opened shows a message naming the file and the problem instead of the page.
class PdfViewer : public QWidget
{
    Q_OBJECT
public:
    enum class ZoomMode
    {
        Custom,   ///< zoom() as set
        FitWidth, ///< the page's width fills the view
        FitPage   ///< the whole page is visible
    };

    explicit PdfViewer(QWidget* parent = nullptr);
    ~PdfViewer() override;

    /// Opens a PDF file; false (and the message shown in the viewer) when it cannot be opened.
    bool load(const QString& path);
    /// Opens a PDF held in memory; \a name is how messages call it (a file name, "certificate 2024-118").
    bool loadFromData(const QByteArray& data, const QString& name = {});
    /// Closes the document and shows an empty viewer.
    void clear();

    bool hasDocument() const { return pageCount() > 0; }
    int pageCount() const { return int(m_pageSizes.size()); }
    int currentPage() const { return m_page; } ///< 0-based
    double zoom() const { return m_zoom; }     ///< 1.0 = 100 %: the page's real size at the screen's DPI
    ZoomMode zoomMode() const { return m_zoomMode; }
    /// Why the last load failed (also the text the viewer shows), empty after a successful load.
    QString errorString() const { return m_errorString; }
    /// The image shown for the current page (in device pixels; null before the first render arrives).
    QImage currentImage() const { return m_image; }
    /// The size in device pixels a page is rendered at, at \a zoom.
    QSize pagePixelSize(int page, double zoom) const;

    static constexpr double MinimumZoom = 0.5;
    static constexpr double MaximumZoom = 4.0;

public slots:
    void setCurrentPage(int page);
    void nextPage();
    void previousPage();
    void firstPage();
    void lastPage();
    void setZoom(double zoom); ///< also switches to ZoomMode::Custom
    void setZoomMode(ZoomMode mode);
    void zoomIn();
    void zoomOut();

signals:
    void documentLoaded(int pages);
    void documentLoadFailed(const QString& message);
    void currentPageChanged(int page);
    void zoomChanged(double zoom);
    void pageRendered(int page);
    void pageRenderFailed(int page);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool open(std::unique_ptr<Poppler::Document> document, const QString& name, const QString& problem);
    void setDocument(std::unique_ptr<Poppler::Document> document);
    void showMessage(const QString& message);
    void applyZoom(double zoom);
    double fitZoom() const;
    QSizeF pageSizeAt100(int page) const; ///< logical pixels
    void requestRender();
    void onPageRendered(quint64 serial, int page, const QImage& image);
    void onRenderFailed(quint64 serial, int page);
    void updateControls();

    QMutex m_documentMutex; ///< held around every Poppler call (the worker renders while the GUI thread loads)
    std::unique_ptr<Poppler::Document> m_document;
    std::vector<QSizeF> m_pageSizes; ///< in points, read once at load so the GUI thread never waits for a render
    QThread m_renderThread;
    PdfRenderWorker* m_worker = nullptr; ///< lives in m_renderThread; deleted after it stops
    quint64 m_serial = 0;                ///< of the latest render request; older results are dropped

    int m_page = 0;
    double m_zoom = 1.0;
    ZoomMode m_zoomMode = ZoomMode::Custom;
    QString m_errorString;
    QImage m_image;

    PdfViewerToolBar* m_toolBar = nullptr;
    QStackedWidget* m_stack = nullptr;
    QScrollArea* m_scrollArea = nullptr;
    QLabel* m_pageLabel = nullptr;
    QWidget* m_messagePage = nullptr; ///< shown instead of the page when there is no document
    QLabel* m_messageIconLabel = nullptr;
    QLabel* m_messageLabel = nullptr;
};

} // namespace agencydesk
