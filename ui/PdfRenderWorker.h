#pragma once

#include <QImage>
#include <QObject>

#include <atomic>

class QMutex;

namespace Poppler {
class Document;
}

namespace agencydesk {

/// One page to render: which page, at what resolution, and the request's serial number (newer requests
/// make older ones stale: they are skipped, or aborted when Poppler is already drawing them).
struct PdfRenderRequest
{
    quint64 serial = 0;
    int page = 0;          ///< 0-based
    double dpi = 72.0;     ///< render resolution in device pixels per inch
    qreal pixelRatio = 1.; ///< the image's device pixel ratio (so it paints at its logical size)
};

/// Renders pages of the viewer's Poppler document on a worker thread (it lives in PdfViewer's QThread).
/// Every Poppler call on the viewer's document, here and in the viewer, holds the viewer's document mutex (as in
/// Okular's PDF generator): a Poppler document is not thread-safe, and the viewer can swap documents while a page
/// is being drawn.
class PdfRenderWorker : public QObject
{
    Q_OBJECT
public:
    explicit PdfRenderWorker(QMutex& documentMutex);

    /// The document to render from (nullptr: none). Call with the document mutex held.
    void setDocumentLocked(Poppler::Document* document);
    /// Requests older than \a serial are stale from now on. Thread-safe.
    void setLatestSerial(quint64 serial);

    /// Renders one page (in the worker thread) and reports it with pageRendered or renderFailed,
    /// unless a newer request made it stale first.
    void render(const PdfRenderRequest& request);

signals:
    void pageRendered(quint64 serial, int page, const QImage& image);
    void renderFailed(quint64 serial, int page);

private:
    bool isStale(quint64 serial) const { return serial != m_latestSerial.load(); }
    static bool shouldAbort(const QVariant& payload);

    QMutex& m_mutex;
    Poppler::Document* m_document = nullptr; ///< guarded by m_mutex; owned by the viewer
    std::atomic<quint64> m_latestSerial{0};
};

} // namespace agencydesk
