#include "DocumentFileReader.h"

#include "PdfInspector.h"
#include "ReceivedEmail.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace agencydesk {

namespace {

Error refuse(const QString& fileName, const QString& reason)
{
    return validationError(QStringLiteral("%1: %2").arg(fileName, reason));
}

bool isPng(const QByteArray& b)
{
    return b.startsWith("\x89PNG\r\n\x1a\n");
}

bool isJpeg(const QByteArray& b)
{
    return b.startsWith("\xFF\xD8\xFF");
}

} // namespace

QString DocumentFileReader::sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString DocumentFileReader::sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return tr("%1 MB").arg(double(bytes) / (1024 * 1024), 0, 'f', 1);
    if (bytes >= 1024)
        return tr("%1 KB").arg((bytes + 512) / 1024);
    return tr("%1 bytes").arg(bytes);
}

Result<PreparedFile> DocumentFileReader::read(const QString& path, qint64 sizeLimit)
{
    const QFileInfo info(path);
    const QString name = info.fileName().isEmpty() ? path : info.fileName();
    if (!info.exists())
        return refuse(name, tr("the file does not exist (%1)").arg(QDir::toNativeSeparators(path)));
    if (!info.isFile())
        return refuse(name, tr("not a file (a folder or a device)"));
    if (info.size() > sizeLimit)
        return refuse(
            name,
            tr("the file is %1, over the %2 limit for documents").arg(sizeText(info.size()), sizeText(sizeLimit)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(name, tr("the file cannot be read (%1)").arg(file.errorString()));
    const QByteArray bytes = file.read(sizeLimit + 1);
    if (file.error() != QFileDevice::NoError)
        return refuse(name, tr("the file cannot be read (%1)").arg(file.errorString()));
    return fromBytes(name, bytes, sizeLimit);
}

Result<PreparedFile> DocumentFileReader::fromBytes(const QString& fileName, const QByteArray& bytes, qint64 sizeLimit)
{
    if (bytes.isEmpty())
        return refuse(fileName, tr("the file is empty"));
    if (bytes.size() > sizeLimit)
        return refuse(fileName, tr("the file is over the %1 limit for documents").arg(sizeText(sizeLimit)));
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    PreparedFile out;
    out.fileName = fileName;
    if (PdfInspector::looksLikePdf(bytes)) {
        Result<PreparedDocument> doc = preparePdf(fileName, bytes, bytes);
        if (!doc)
            return doc.error();
        if (!doc->repairNote.isEmpty())
            out.notes << QStringLiteral("%1: %2").arg(fileName, doc->repairNote);
        out.documents.push_back(std::move(doc).value());
        return out;
    }
    if (isPng(bytes) || isJpeg(bytes)) {
        Result<QByteArray> pdf = imageToPdf(bytes, fileName);
        if (!pdf)
            return pdf.error();
        Result<PreparedDocument> doc =
            preparePdf(QFileInfo(fileName).completeBaseName() + QStringLiteral(".pdf"), *pdf, bytes);
        if (!doc)
            return doc.error();
        out.notes << tr("%1: the image was stored as a one-page PDF").arg(fileName);
        out.documents.push_back(std::move(doc).value());
        return out;
    }
    if (suffix == QLatin1String("eml"))
        return prepareEmail(fileName, bytes, sizeLimit);
    if (suffix == QLatin1String("pdf"))
        return refuse(fileName, tr("not a PDF file (it does not start with %PDF-)"));
    return refuse(fileName, tr("not a PDF, PNG or JPEG file or an .eml email"));
}

Result<PreparedDocument> DocumentFileReader::preparePdf(const QString& fileName, const QByteArray& bytes,
                                                        const QByteArray& original)
{
    Result<PdfInspection> inspected = PdfInspector::inspect(bytes, fileName);
    if (!inspected)
        return inspected.error();
    PreparedDocument doc;
    doc.fileName = fileName;
    doc.sha256 = sha256Hex(original);
    doc.bytes = bytes;
    doc.pageCount = inspected->pageCount;
    doc.thumbnailPng = inspected->thumbnailPng;
    doc.text = inspected->text;
    doc.repairNote = inspected->repairNote;
    return doc;
}

Result<PreparedFile> DocumentFileReader::prepareEmail(const QString& fileName, const QByteArray& bytes,
                                                      qint64 sizeLimit)
{
    Result<ReceivedEmail> message = ReceivedEmail::parse(bytes, fileName);
    if (!message)
        return message.error();
    PreparedFile out;
    out.fileName = fileName;
    PreparedDocument email;
    email.fileName = fileName;
    email.kind = QStringLiteral("email");
    email.sha256 = sha256Hex(bytes);
    email.bytes = bytes;
    email.text = QStringLiteral("%1\n%2\n%3\n%4\n%5")
                     .arg(message->subject, message->from, message->to, message->date, message->textBody)
                     .left(PdfInspector::MaxTextChars)
                     .normalized(QString::NormalizationForm_KC);
    out.documents.push_back(std::move(email));
    int index = 0;
    for (const ReceivedAttachment& a : message->attachments) {
        ++index;
        const QString name = a.fileName.isEmpty() ? QStringLiteral("attachment %1").arg(index) : a.fileName;
        const bool pdf = a.contentType == QLatin1String("application/pdf") ||
                         name.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
        if (!pdf) {
            out.notes << tr("%1: attachment %2 left out (not a PDF)").arg(fileName, name);
            continue;
        }
        if (a.bytes.size() > sizeLimit) {
            out.notes << tr("%1: attachment %2 left out (over the %3 limit)").arg(fileName, name, sizeText(sizeLimit));
            continue;
        }
        Result<PreparedDocument> doc = preparePdf(name, a.bytes, a.bytes);
        if (!doc) {
            out.notes << tr("%1: attachment left out: %2").arg(fileName, doc.error().message);
            continue;
        }
        if (!doc->repairNote.isEmpty())
            out.notes << tr("%1: attachment %2: %3").arg(fileName, name, doc->repairNote);
        out.documents.push_back(std::move(doc).value());
    }
    return out;
}

Result<QByteArray> DocumentFileReader::imageToPdf(const QByteArray& bytes, const QString& fileName)
{
    QBuffer source;
    source.setData(bytes);
    QImageReader reader(&source);
    reader.setAutoTransform(true); // a phone photo's EXIF orientation
    // A hostile header could claim a gigapixel image; refuse before decoding it.
    const QSize declared = reader.size();
    if (declared.isValid() && qint64(declared.width()) * declared.height() > 100'000'000)
        return refuse(fileName,
                      tr("the image is too large (%1 x %2 pixels)").arg(declared.width()).arg(declared.height()));
    const QImage image = reader.read();
    if (image.isNull())
        return refuse(fileName, tr("the image cannot be read (%1)").arg(reader.errorString()));
    QByteArray pdf;
    QBuffer out(&pdf);
    out.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&out);
        writer.setCreator(QStringLiteral("AgencyDesk"));
        writer.setTitle(fileName);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait, QMarginsF(36, 36, 36, 36),
                                         QPageLayout::Point));
        writer.setResolution(300);
        QPainter painter;
        if (!painter.begin(&writer))
            return refuse(fileName, tr("the image could not be turned into a PDF"));
        const QRect area = writer.pageLayout().paintRectPixels(writer.resolution());
        const QRect page(QPoint(0, 0), area.size());
        // Scale to fit, never up beyond the image's own 150 dpi size (a small scan stays small and sharp).
        QSizeF size = QSizeF(image.size()) * (writer.resolution() / 150.0);
        if (size.width() > page.width() || size.height() > page.height())
            size.scale(page.size(), Qt::KeepAspectRatio);
        const QRectF target(QPointF((page.width() - size.width()) / 2, (page.height() - size.height()) / 2), size);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(target, image);
        painter.end();
    }
    return pdf;
}

} // namespace agencydesk
