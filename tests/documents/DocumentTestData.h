#pragma once
// Test files for eDocs: the PDF corpus copied into tests/data/pdf (see PROVENANCE.md there), and helpers that
// write images and emails into a test's temporary folder.
#include "TestConfig.h"

#include <QBuffer>
#include <QByteArray>
#include <QColor>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QString>

namespace agencydesk::test {

inline QString corpusDir()
{
    return QStringLiteral(AGENCYDESK_SOURCE_DIR "/tests/data/pdf");
}

inline QString corpusFile(const QString& relative)
{
    return corpusDir() + QLatin1Char('/') + relative;
}

inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

inline QString writeFile(const QString& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = QDir(dir).filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(bytes);
    return path;
}

/// A 400x300 picture with a coloured band, encoded as \a format ("PNG" or "JPEG").
inline QByteArray pictureBytes(const char* format)
{
    QImage image(400, 300, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.fillRect(20, 20, 360, 80, QColor(0, 120, 200));
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

/// A multipart email as an agency receives it: a quoted-printable text body and the given PDFs attached
/// (base64, wrapped at 76 columns), the subject as an RFC 2047 encoded word.
inline QByteArray emailWithAttachments(const QList<QPair<QString, QByteArray>>& attachments)
{
    QByteArray out = "From: Carrier Desk <desk@carrier.example>\r\n"
                     "To: csr@agency.example\r\n"
                     "Subject: =?utf-8?B?UmVuZXdhbCBkZWNsYXJhdGlvbnMg4oCTIEhhcmJvcg==?=\r\n"
                     "Date: Mon, 23 Nov 2026 09:00:00 -0500\r\n"
                     "MIME-Version: 1.0\r\n"
                     "Content-Type: multipart/mixed; boundary=\"==b1==\"\r\n"
                     "\r\n"
                     "This is a multi-part message in MIME format.\r\n"
                     "--==b1==\r\n"
                     "Content-Type: text/plain; charset=utf-8\r\n"
                     "Content-Transfer-Encoding: quoted-printable\r\n"
                     "\r\n"
                     "Please find the renewal declarations attached. Premium =E2=82=AC 1,200 for the=\r\n"
                     " quarterly instalment of Zanzibarian coverage.\r\n";
    for (const auto& [name, bytes] : attachments) {
        out += "--==b1==\r\nContent-Type: application/pdf; name=\"" + name.toUtf8() +
               "\"\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=\"" +
               name.toUtf8() + "\"\r\n\r\n";
        const QByteArray b64 = bytes.toBase64();
        for (qsizetype i = 0; i < b64.size(); i += 76)
            out += b64.mid(i, 76) + "\r\n";
    }
    out += "--==b1==--\r\n";
    return out;
}

} // namespace agencydesk::test
