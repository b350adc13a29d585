#include "MimeMessage.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>
#include <QUuid>

namespace agencydesk {

namespace {

constexpr char kCrlf[] = "\r\n";

bool isPrintableAscii(const QString& text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

QByteArray base64Lines(const QByteArray& data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / 76 * 2 + 2);
    for (qsizetype i = 0; i < encoded.size(); i += 76) {
        out += encoded.mid(i, 76);
        out += kCrlf;
    }
    return out;
}

// CRLF line ends whatever the template used.
QString crlfText(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
}

// Derived from the Message-ID, so building the same outbox row again gives the same bytes as went on the wire (the
// .eml kept on a policy is the message sent). Every part is base64, whose alphabet has neither '=' followed by '_'
// nor '_', so the boundary cannot occur inside a part.
QByteArray boundary(const char* tag, const QString& messageId)
{
    return QByteArray("=_AgencyDesk_") + tag + '_' +
           QCryptographicHash::hash(messageId.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
}

QByteArray header(const char* name, const QByteArray& value)
{
    return QByteArray(name) + ": " + value + kCrlf;
}

QByteArray addressList(const QStringList& addresses)
{
    return addresses.join(QStringLiteral(", ")).toLatin1();
}

// A quoted-string for ASCII display names and file names, or an encoded word for the rest.
QByteArray phrase(const QString& text, int used)
{
    if (isPrintableAscii(text)) {
        QString quoted = text;
        quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
        return '"' + quoted.toLatin1() + '"';
    }
    return MimeMessage::encodeHeaderValue(text, used);
}

// RFC 2231: filename*=UTF-8''percent-encoded
QByteArray rfc2231(const QString& name)
{
    return "UTF-8''" + name.toUtf8().toPercentEncoding();
}

QByteArray textPart(const QByteArray& subtype, const QString& body)
{
    return "Content-Type: text/" + subtype + "; charset=UTF-8" + kCrlf + "Content-Transfer-Encoding: base64" + kCrlf +
           kCrlf + base64Lines(crlfText(body).toUtf8());
}

} // namespace

Status MimeMessage::checkHeaderText(const QString& what, const QString& value)
{
    for (QChar c : value) {
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n'))
            return validationError(QCoreApplication::translate(
                                       "MimeMessage",
                                       "%1 contains a line break; a line break is never allowed there (it would let "
                                       "someone add mail headers).")
                                       .arg(what));
        if (c.unicode() < 0x20 && c != QLatin1Char('\t'))
            return validationError(
                QCoreApplication::translate("MimeMessage", "%1 contains a control character.").arg(what));
    }
    return {};
}

Status MimeMessage::checkAddress(const QString& what, const QString& address)
{
    if (Status s = checkHeaderText(what, address); !s)
        return s;
    if (address.isEmpty())
        return validationError(QCoreApplication::translate("MimeMessage", "%1 is empty.").arg(what));
    if (!isPrintableAscii(address))
        return validationError(
            QCoreApplication::translate("MimeMessage", "%1 \"%2\" must be a plain ASCII email address.")
                .arg(what, address));
    static const QString forbidden = QStringLiteral(" <>,;\"()[]\\");
    for (QChar c : address) {
        if (forbidden.contains(c))
            return validationError(
                QCoreApplication::translate("MimeMessage", "%1 \"%2\" is not an email address (it holds '%3').")
                    .arg(what, address, QString(c)));
    }
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    if (at <= 0 || at != address.lastIndexOf(QLatin1Char('@')) || at == address.size() - 1 ||
        !address.mid(at + 1).contains(QLatin1Char('.')) || address.size() > 254)
        return validationError(
            QCoreApplication::translate("MimeMessage", "%1 \"%2\" is not an email address.").arg(what, address));
    return {};
}

QByteArray MimeMessage::encodeHeaderValue(const QString& value, int headerNameLength)
{
    if (isPrintableAscii(value) && value.size() + headerNameLength + 2 <= 76)
        return value.toLatin1();
    // Encoded words of at most 75 characters: 12 for "=?UTF-8?B??=" leaves 63 base64 characters, 45 bytes.
    // A word never splits a UTF-8 sequence (RFC 2047 section 5), so cut at character boundaries.
    QByteArray out;
    QByteArray chunk;
    const auto flush = [&] {
        if (chunk.isEmpty())
            return;
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    for (qsizetype i = 0; i < value.size(); ++i) {
        QString one = value.at(i);
        if (value.at(i).isHighSurrogate() && i + 1 < value.size())
            one += value.at(++i);
        const QByteArray bytes = one.toUtf8();
        if (chunk.size() + bytes.size() > 45)
            flush();
        chunk += bytes;
    }
    flush();
    return out;
}

QString MimeMessage::newMessageId(const QString& fromAddress)
{
    QString domain = fromAddress.section(QLatin1Char('@'), 1);
    if (domain.isEmpty())
        domain = QStringLiteral("agencydesk.invalid");
    return QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char('@') + domain;
}

QByteArray MimeMessage::rfc2822Date(const QDateTime& date)
{
    const QDateTime utc = date.toUTC();
    return QLocale::c().toString(utc, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1() + " +0000";
}

Result<QByteArray> MimeMessage::toBytes() const
{
    if (Status s = checkAddress(QCoreApplication::translate("MimeMessage", "The sender's address"), fromAddress); !s)
        return s.error();
    if (Status s = checkHeaderText(QCoreApplication::translate("MimeMessage", "The sender's name"), fromName); !s)
        return s.error();
    if (Status s = checkHeaderText(QCoreApplication::translate("MimeMessage", "The subject"), subject); !s)
        return s.error();
    if (to.isEmpty() && cc.isEmpty())
        return validationError(QCoreApplication::translate("MimeMessage", "The email has no recipient."));
    for (const QString& a : to) {
        if (Status s = checkAddress(QCoreApplication::translate("MimeMessage", "The recipient"), a); !s)
            return s.error();
    }
    for (const QString& a : cc) {
        if (Status s = checkAddress(QCoreApplication::translate("MimeMessage", "The Cc recipient"), a); !s)
            return s.error();
    }
    if (!replyTo.isEmpty()) {
        if (Status s = checkAddress(QCoreApplication::translate("MimeMessage", "The reply-to address"), replyTo); !s)
            return s.error();
    }
    if (!messageId.isEmpty()) {
        if (Status s = checkHeaderText(QCoreApplication::translate("MimeMessage", "The message id"), messageId);
            !s || !isPrintableAscii(messageId) || messageId.contains(QLatin1Char('>')) ||
            messageId.contains(QLatin1Char(' ')))
            return validationError(
                QCoreApplication::translate("MimeMessage", "The message id \"%1\" is not valid.").arg(messageId));
    }
    for (const MailAttachment& a : attachments) {
        if (Status s = checkHeaderText(QCoreApplication::translate("MimeMessage", "The attachment name"), a.fileName);
            !s)
            return s.error();
        if (Status s =
                checkHeaderText(QCoreApplication::translate("MimeMessage", "The attachment type"), a.contentType);
            !s || !isPrintableAscii(a.contentType) || !a.contentType.contains(QLatin1Char('/')) ||
            a.contentType.contains(QLatin1Char(' ')) || a.contentType.contains(QLatin1Char(';')))
            return validationError(
                QCoreApplication::translate("MimeMessage", "The attachment type \"%1\" of %2 is not valid.")
                    .arg(a.contentType, a.fileName));
    }

    QByteArray out;
    out += header("Date", rfc2822Date(date.isValid() ? date : QDateTime::currentDateTimeUtc()));
    out += header("From", fromName.isEmpty() ? fromAddress.toLatin1()
                                             : phrase(fromName, 6) + " <" + fromAddress.toLatin1() + '>');
    if (!to.isEmpty())
        out += header("To", addressList(to));
    if (!cc.isEmpty())
        out += header("Cc", addressList(cc));
    if (!replyTo.isEmpty())
        out += header("Reply-To", replyTo.toLatin1());
    out += header("Subject", encodeHeaderValue(subject, 8));
    const QString id = messageId.isEmpty() ? newMessageId(fromAddress) : messageId;
    out += header("Message-ID", '<' + id.toLatin1() + '>');
    out += header("MIME-Version", "1.0");

    QByteArray body;
    if (htmlBody.isEmpty()) {
        body = textPart("plain", textBody);
    } else {
        const QByteArray alt = boundary("alt", id);
        body = "Content-Type: multipart/alternative; boundary=\"" + alt + '"' + kCrlf + kCrlf;
        body += "--" + alt + kCrlf + textPart("plain", textBody);
        body += "--" + alt + kCrlf + textPart("html", htmlBody);
        body += "--" + alt + "--" + kCrlf;
    }
    if (attachments.empty()) {
        out += body;
        return out;
    }
    const QByteArray mixed = boundary("mixed", id);
    out += "Content-Type: multipart/mixed; boundary=\"" + mixed + '"' + kCrlf + kCrlf;
    out += "This is a multi-part message in MIME format." + QByteArray(kCrlf);
    out += "--" + mixed + kCrlf + body;
    for (const MailAttachment& a : attachments) {
        out += "--" + mixed + kCrlf;
        out += "Content-Type: " + a.contentType.toLatin1() + "; name=" + phrase(a.fileName, 40) + kCrlf;
        out += "Content-Disposition: attachment; filename*=" + rfc2231(a.fileName) + kCrlf;
        out += "Content-Transfer-Encoding: base64" + QByteArray(kCrlf) + kCrlf;
        out += base64Lines(a.data);
    }
    out += "--" + mixed + "--" + kCrlf;
    return out;
}

} // namespace agencydesk
