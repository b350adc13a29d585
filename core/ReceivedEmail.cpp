#include "ReceivedEmail.h"

#include <QCoreApplication>
#include <QList>
#include <QStringDecoder>

#include <utility>

namespace agencydesk {

namespace {

struct Headers
{
    std::vector<std::pair<QByteArray, QByteArray>> fields; ///< lower-case name, unfolded value

    QByteArray value(const char* name) const
    {
        for (const auto& [key, v] : fields) {
            if (key == name)
                return v;
        }
        return {};
    }
};

/// Splits a part into its header block and body at the first empty line (CRLF or LF).
std::pair<QByteArray, QByteArray> splitHeaderBody(const QByteArray& raw)
{
    qsizetype lf = raw.indexOf("\n\n");
    qsizetype crlf = raw.indexOf("\r\n\r\n");
    if (crlf >= 0 && (lf < 0 || crlf < lf))
        return {raw.left(crlf), raw.mid(crlf + 4)};
    if (lf >= 0)
        return {raw.left(lf), raw.mid(lf + 2)};
    if (raw.startsWith("\r\n"))
        return {{}, raw.mid(2)};
    if (raw.startsWith('\n'))
        return {{}, raw.mid(1)};
    return {raw, {}};
}

Headers parseHeaders(const QByteArray& block)
{
    Headers h;
    for (QByteArray line : block.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        if ((line.at(0) == ' ' || line.at(0) == '\t') && !h.fields.empty()) {
            h.fields.back().second += ' ' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        h.fields.emplace_back(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    return h;
}

/// "text/plain; charset=utf-8; name=\"a.pdf\"": the value before the first ';' and the named parameter.
QByteArray mainValue(const QByteArray& header)
{
    return header.split(';').first().trimmed().toLower();
}

QString decodeCharset(const QByteArray& bytes, const QByteArray& charset)
{
    if (!charset.isEmpty()) {
        QStringDecoder decoder(charset.constData());
        if (decoder.isValid())
            return decoder.decode(bytes);
    }
    return QString::fromUtf8(bytes);
}

QByteArray parameter(const QByteArray& header, const QByteArray& name)
{
    const QList<QByteArray> pieces = header.split(';');
    QByteArray continued; // RFC 2231 name*0*, name*1*, ...
    for (qsizetype i = 1; i < pieces.size(); ++i) {
        const QByteArray piece = pieces.at(i).trimmed();
        const qsizetype eq = piece.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = piece.left(eq).trimmed().toLower();
        QByteArray value = piece.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        if (key == name)
            return value;
        const QByteArray extended = name + '*';
        if (key.startsWith(extended)) {
            // RFC 2231: charset'language'percent-encoded (only the first piece carries the charset).
            QByteArray v = value;
            QByteArray charset;
            const qsizetype q1 = v.indexOf('\'');
            const qsizetype q2 = q1 >= 0 ? v.indexOf('\'', q1 + 1) : -1;
            if (q2 > q1 && q1 >= 0) {
                charset = v.left(q1);
                v = v.mid(q2 + 1);
            }
            continued += key.endsWith('*') ? QByteArray::fromPercentEncoding(v) : v;
            if (!charset.isEmpty() && !continued.isEmpty())
                continued = decodeCharset(continued, charset).toUtf8();
        }
    }
    return continued;
}

QByteArray decodeBody(const QByteArray& body, const QByteArray& encoding)
{
    if (encoding == "base64")
        return QByteArray::fromBase64(body);
    if (encoding == "quoted-printable")
        return ReceivedEmail::decodeQuotedPrintable(body);
    return body;
}

struct Walker
{
    ReceivedEmail& message;
    int parts = 0;

    void walk(const QByteArray& raw, int depth)
    {
        if (depth > ReceivedEmail::MaxDepth || ++parts > ReceivedEmail::MaxParts)
            return;
        const auto [headerBlock, body] = splitHeaderBody(raw);
        const Headers h = parseHeaders(headerBlock);
        const QByteArray contentType = h.value("content-type");
        const QByteArray type = contentType.isEmpty() ? QByteArray("text/plain") : mainValue(contentType);
        if (type.startsWith("multipart/")) {
            const QByteArray boundary = parameter(contentType, "boundary");
            if (boundary.isEmpty())
                return;
            for (const QByteArray& part : splitMultipart(body, "--" + boundary))
                walk(part, depth + 1);
            return;
        }
        const QByteArray disposition = h.value("content-disposition");
        QByteArray name = parameter(disposition, "filename");
        if (name.isEmpty())
            name = parameter(contentType, "name");
        const QByteArray data = decodeBody(body, mainValue(h.value("content-transfer-encoding")));
        const bool attachment = !name.isEmpty() || mainValue(disposition) == "attachment";
        if (!attachment && type == "text/plain" && message.textBody.isEmpty()) {
            message.textBody = decodeCharset(data, parameter(contentType, "charset"));
            return;
        }
        if (attachment && type != "message/rfc822")
            message.attachments.push_back(
                {ReceivedEmail::decodeHeaderWords(name).trimmed(), QString::fromLatin1(type), data});
    }

    static QList<QByteArray> splitMultipart(const QByteArray& body, const QByteArray& delimiter)
    {
        QList<QByteArray> out;
        const QByteArray lineDelimiter = '\n' + delimiter;
        qsizetype pos = body.startsWith(delimiter) ? 0 : body.indexOf(lineDelimiter);
        if (pos < 0)
            return out;
        if (pos > 0)
            pos += 1;
        while (pos >= 0) {
            qsizetype lineEnd = body.indexOf('\n', pos);
            if (body.mid(pos + delimiter.size(), 2) == "--" || lineEnd < 0)
                break; // the closing delimiter, or nothing after it
            const qsizetype next = body.indexOf(lineDelimiter, lineEnd);
            QByteArray part = body.mid(lineEnd + 1, next < 0 ? -1 : next - lineEnd - 1);
            if (part.endsWith('\r'))
                part.chop(1);
            out << part;
            if (next < 0 || out.size() > ReceivedEmail::MaxParts)
                break;
            pos = next + 1;
        }
        return out;
    }
};

} // namespace

QByteArray ReceivedEmail::decodeQuotedPrintable(const QByteArray& data)
{
    QByteArray out;
    out.reserve(data.size());
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data.at(i);
        if (c != '=') {
            out += c;
            continue;
        }
        if (i + 1 < data.size() && data.at(i + 1) == '\n') { // soft line break
            i += 1;
            continue;
        }
        if (i + 2 < data.size() && data.at(i + 1) == '\r' && data.at(i + 2) == '\n') {
            i += 2;
            continue;
        }
        bool ok = false;
        const int byte = i + 2 < data.size() ? data.mid(i + 1, 2).toInt(&ok, 16) : 0;
        if (ok) {
            out += static_cast<char>(byte);
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

QString ReceivedEmail::decodeHeaderWords(const QByteArray& value)
{
    QString out;
    qsizetype pos = 0;
    while (pos < value.size()) {
        const qsizetype start = value.indexOf("=?", pos);
        if (start < 0) {
            out += QString::fromUtf8(value.mid(pos));
            break;
        }
        const qsizetype q1 = value.indexOf('?', start + 2);
        const qsizetype q2 = q1 >= 0 ? value.indexOf('?', q1 + 1) : -1;
        const qsizetype end = q2 >= 0 ? value.indexOf("?=", q2 + 1) : -1;
        if (end < 0 || q2 != q1 + 2) {
            out += QString::fromUtf8(value.mid(pos));
            break;
        }
        const QByteArray between = value.mid(pos, start - pos);
        if (!between.trimmed().isEmpty() || pos == 0) // whitespace between two encoded words is dropped
            out += QString::fromUtf8(between);
        const QByteArray charset = value.mid(start + 2, q1 - start - 2);
        const char encoding = static_cast<char>(value.at(q1 + 1) | 0x20);
        QByteArray text = value.mid(q2 + 1, end - q2 - 1);
        if (encoding == 'b') {
            text = QByteArray::fromBase64(text);
        } else {
            text.replace('_', ' ');
            text = decodeQuotedPrintable(text);
        }
        out += decodeCharset(text, charset);
        pos = end + 2;
    }
    return out;
}

Result<ReceivedEmail> ReceivedEmail::parse(const QByteArray& raw, const QString& fileName)
{
    if (raw.isEmpty())
        return validationError(QCoreApplication::translate("ReceivedEmail", "%1: the file is empty").arg(fileName));
    const auto [headerBlock, body] = splitHeaderBody(raw);
    const Headers h = parseHeaders(headerBlock);
    const bool hasMailHeader = !h.value("from").isEmpty() || !h.value("subject").isEmpty() ||
                               !h.value("content-type").isEmpty() || !h.value("date").isEmpty();
    if (!hasMailHeader)
        return validationError(
            QCoreApplication::translate("ReceivedEmail",
                                        "%1: not an email message (no From, Subject, Date or Content-Type header)")
                .arg(fileName));
    ReceivedEmail message;
    message.subject = decodeHeaderWords(h.value("subject")).simplified();
    message.from = decodeHeaderWords(h.value("from")).simplified();
    message.to = decodeHeaderWords(h.value("to")).simplified();
    message.date = QString::fromUtf8(h.value("date")).simplified();
    Walker walker{message};
    walker.walk(raw, 0);
    return message;
}

} // namespace agencydesk
