#include "PdfRenderWorker.h"

#include <QMutexLocker>
#include <QVariant>

#include <memory>
#include <poppler-qt6.h>

namespace agencydesk {

namespace {

/// What Poppler's abort callback needs to know: whether this render's request is still the latest one.
struct AbortCheck
{
    const std::atomic<quint64>* latestSerial;
    quint64 serial;
};

} // namespace

PdfRenderWorker::PdfRenderWorker(QMutex& documentMutex) : m_mutex(documentMutex) {}

void PdfRenderWorker::setDocumentLocked(Poppler::Document* document)
{
    m_document = document;
}

void PdfRenderWorker::setLatestSerial(quint64 serial)
{
    m_latestSerial.store(serial);
}

bool PdfRenderWorker::shouldAbort(const QVariant& payload)
{
    const auto* check = reinterpret_cast<const AbortCheck*>(payload.value<quintptr>());
    return check->latestSerial->load() != check->serial;
}

void PdfRenderWorker::render(const PdfRenderRequest& request)
{
    if (isStale(request.serial))
        return; // zoom or page changed again before we got here
    QImage image;
    {
        QMutexLocker locker(&m_mutex);
        if (!m_document || isStale(request.serial))
            return;
        const std::unique_ptr<Poppler::Page> page = m_document->page(request.page);
        if (page) {
            AbortCheck check{&m_latestSerial, request.serial};
            image = page->renderToImage(request.dpi, request.dpi, -1, -1, -1, -1, Poppler::Page::Rotate0, nullptr,
                                        nullptr, &PdfRenderWorker::shouldAbort,
                                        QVariant::fromValue(reinterpret_cast<quintptr>(&check)));
        }
    }
    if (isStale(request.serial))
        return; // aborted, or finished too late to matter
    if (image.isNull()) {
        emit renderFailed(request.serial, request.page);
        return;
    }
    image.setDevicePixelRatio(request.pixelRatio);
    emit pageRendered(request.serial, request.page, image);
}

} // namespace agencydesk
