#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace agencydesk {

/// A file carried by an email.
struct ReceivedAttachment
{
    QString fileName;    ///< from Content-Disposition filename or Content-Type name (RFC 2047 / 2231 decoded)
    QString contentType; ///< lower case, without parameters ("application/pdf")
    QByteArray bytes;    ///< decoded (base64 / quoted-printable)
};

/// A small reader for dropped .eml files (RFC 5322 + MIME): headers, the first text/plain body, and the attached
/// files. Untrusted input: nesting and part counts are bounded and nothing is assumed about line endings.
struct ReceivedEmail
{
    QString subject;
    QString from;
    QString to;
    QString date;
    QString textBody;
    std::vector<ReceivedAttachment> attachments;

    static constexpr int MaxDepth = 8;
    static constexpr int MaxParts = 500;

    /// Refuses (Validation, naming \a fileName) bytes that have no header block at all.
    static Result<ReceivedEmail> parse(const QByteArray& raw, const QString& fileName);
    /// "=?utf-8?B?...?=" and "=?iso-8859-1?Q?...?=" words decoded, the rest kept.
    static QString decodeHeaderWords(const QByteArray& value);
    static QByteArray decodeQuotedPrintable(const QByteArray& data);
};

} // namespace agencydesk
