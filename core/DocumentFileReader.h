#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace agencydesk {

/// One document ready to store: the bytes to keep and what Poppler found in them.
struct PreparedDocument
{
    QString fileName;
    QString kind = QStringLiteral("pdf"); ///< pdf | email
    QString sha256;   ///< of the bytes as they were added (an image: the image file), so re-adding them is found
    QByteArray bytes; ///< what is stored: the PDF (an image converted to a one-page PDF), or the .eml as received
    int pageCount = 0;
    QByteArray thumbnailPng;
    QString text; ///< for the search index, NFKC-normalised
    QString repairNote;
};

/// A file read and checked, not yet stored: a PDF or image is one document; an .eml is the email followed by
/// its PDF attachments.
struct PreparedFile
{
    QString fileName;
    std::vector<PreparedDocument> documents;
    QStringList notes; ///< conversions, repairs, attachments left out and why
};

/// Reads a dropped file and turns it into documents, without touching the database (so the slow part, Poppler,
/// runs outside any transaction). Every refusal is a Validation error naming the file and the reason.
class DocumentFileReader
{
    Q_DECLARE_TR_FUNCTIONS(DocumentFileReader)

public:
    static Result<PreparedFile> read(const QString& path, qint64 sizeLimit);
    static Result<PreparedFile> fromBytes(const QString& fileName, const QByteArray& bytes, qint64 sizeLimit);
    /// A PNG or JPEG on one Letter page (image centred, scaled down to fit half-inch margins, never up).
    static Result<QByteArray> imageToPdf(const QByteArray& image, const QString& fileName);
    static QString sha256Hex(const QByteArray& bytes);
    /// "1.2 MB", "830 KB", "512 bytes"
    static QString sizeText(qint64 bytes);

private:
    static Result<PreparedDocument> preparePdf(const QString& fileName, const QByteArray& bytes,
                                               const QByteArray& original);
    static Result<PreparedFile> prepareEmail(const QString& fileName, const QByteArray& bytes, qint64 sizeLimit);
};

} // namespace agencydesk
