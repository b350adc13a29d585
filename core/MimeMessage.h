#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace agencydesk {

struct MailAttachment
{
    QString fileName;
    QString contentType = QStringLiteral("application/pdf");
    QByteArray data;
};

/// One email as it goes on the wire: multipart/mixed (text and HTML alternative bodies, base64 attachments),
/// UTF-8 headers as RFC 2047 encoded words, attachment names per RFC 2231, Date and Message-ID.
/// Bcc recipients are never part of the message: they exist only in the SMTP envelope.
struct MimeMessage
{
    QString fromName;
    QString fromAddress;
    QStringList to;
    QStringList cc;
    QString replyTo;
    QString subject;
    QString textBody;
    QString htmlBody; ///< empty: text only
    std::vector<MailAttachment> attachments;
    QString messageId; ///< without angle brackets; empty: one is made from the sender's domain
    QDateTime date;    ///< invalid: now

    /// The message bytes (CRLF line ends, no dot-stuffing: that is the SMTP layer's job).
    /// Refused (Validation) when any address, name or the subject holds a CR or LF (header injection),
    /// or an address is not a plain ASCII mailbox.
    Result<QByteArray> toBytes() const;

    /// Checks one header value: a message naming \a what when it holds a line break or a control character.
    static Status checkHeaderText(const QString& what, const QString& value);
    /// Checks one address: ASCII, one '@', no spaces, no line breaks, no angle brackets or commas.
    static Status checkAddress(const QString& what, const QString& address);
    /// An RFC 2047 encoded-word header value (folded), or the value itself when it is short printable ASCII.
    static QByteArray encodeHeaderValue(const QString& value, int headerNameLength);
    static QString newMessageId(const QString& fromAddress);
    static QByteArray rfc2822Date(const QDateTime& date);
};

} // namespace agencydesk
