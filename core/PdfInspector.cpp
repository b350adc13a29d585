#include "PdfInspector.h"

#include <QBuffer>
#include <QImage>
#include <QLoggingCategory>
#include <QStringList>

#include <algorithm>
#include <memory>
#include <poppler-qt6.h>

namespace agencydesk {

namespace {

Q_LOGGING_CATEGORY(lcPdfInspect, "agencydesk.core.pdf", QtWarningMsg)

// Poppler reports problems through one global function; an inspection collects them on its own thread.
thread_local QStringList* t_messages = nullptr;

void collectPopplerMessage(const QString& message, const QVariant&)
{
    qCDebug(lcPdfInspect) << "Poppler:" << message;
    if (t_messages && t_messages->size() < 20)
        t_messages->append(message);
}

class MessageCollector
{
public:
    MessageCollector()
    {
        Poppler::setDebugErrorFunction(&collectPopplerMessage, {});
        t_messages = &m_messages;
    }
    ~MessageCollector() { t_messages = nullptr; }
    MessageCollector(const MessageCollector&) = delete;
    MessageCollector& operator=(const MessageCollector&) = delete;
    const QStringList& messages() const { return m_messages; }

private:
    QStringList m_messages;
};

Error refuse(const QString& fileName, const QString& reason)
{
    return validationError(QStringLiteral("%1: %2").arg(fileName, reason));
}

} // namespace

bool PdfInspector::looksLikePdf(const QByteArray& bytes)
{
    return bytes.left(1024).contains("%PDF-");
}

Result<PdfInspection> PdfInspector::inspect(const QByteArray& bytes, const QString& fileName, bool extractText)
{
    if (bytes.isEmpty())
        return refuse(fileName, tr("the file is empty"));
    if (!looksLikePdf(bytes))
        return refuse(fileName, tr("not a PDF file (it does not start with %PDF-)"));
    MessageCollector collector;
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes);
    if (!doc)
        return refuse(fileName, tr("the PDF is damaged and cannot be opened"));
    if (doc->isLocked())
        return refuse(fileName, tr("the PDF is password-protected; save an unprotected copy and add that"));
    // Opens without a password but an owner password forbids printing: neither the agency nor the client could
    // print it, so it is refused like a locked file.
    if (doc->isEncrypted() && !doc->okToPrint())
        return refuse(fileName, tr("the PDF is password-protected (its owner password forbids printing); "
                                   "ask the sender for an unprotected copy"));
    PdfInspection out;
    out.pageCount = doc->numPages();
    if (out.pageCount <= 0)
        return refuse(fileName, tr("the PDF has no pages that can be read"));
    std::unique_ptr<Poppler::Page> first = doc->page(0);
    if (!first)
        return refuse(fileName, tr("the first page of the PDF cannot be read"));
    const QSizeF points = first->pageSizeF();
    // A resolution that makes the thumbnail ThumbnailWidth pixels wide; clamped so that a page with an absurd
    // size (damaged files have them) can neither blow up memory nor vanish.
    double dpi = points.width() > 1 ? ThumbnailWidth * 72.0 / points.width() : 20.0;
    dpi = std::clamp(dpi, 2.0, 72.0);
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    const QImage thumbnail = first->renderToImage(dpi, dpi);
    if (thumbnail.isNull())
        return refuse(fileName, tr("the first page of the PDF cannot be displayed"));
    QBuffer png(&out.thumbnailPng);
    png.open(QIODevice::WriteOnly);
    thumbnail.save(&png, "PNG");
    if (extractText) {
        QString text;
        for (int i = 0; i < out.pageCount && text.size() < MaxTextChars; ++i) {
            std::unique_ptr<Poppler::Page> page = i == 0 ? std::move(first) : doc->page(i);
            if (!page)
                continue;
            text += page->text(QRectF());
            text += QLatin1Char('\n');
        }
        out.text = text.left(MaxTextChars).normalized(QString::NormalizationForm_KC);
    }
    if (!collector.messages().isEmpty())
        out.repairNote = QStringLiteral("Poppler repaired the file (%1)").arg(collector.messages().first().trimmed());
    return out;
}

} // namespace agencydesk
