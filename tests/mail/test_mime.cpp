#include "CatchCompat.h"
#include "MailTemplateService.h"
#include "MimeMessage.h"
#include "SmtpClient.h"

#include <QRandomGenerator>
#include <QRegularExpression>

using namespace agencydesk;

namespace {

MimeMessage validMessage()
{
    MimeMessage m;
    m.fromName = QStringLiteral("Northwind Insurance");
    m.fromAddress = QStringLiteral("service@northwind.example");
    m.to = {QStringLiteral("client@example.com")};
    m.cc = {QStringLiteral("other@example.com")};
    m.subject = QStringLiteral("Certificate COI-2026-000001");
    m.textBody = QStringLiteral("Hello");
    m.htmlBody = QStringLiteral("<p>Hello</p>");
    m.attachments.push_back(
        {QStringLiteral("COI-2026-000001.pdf"), QStringLiteral("application/pdf"), QByteArray("%PDF-1.4 test")});
    return m;
}

// An independent decoder for the encoded words this test expects (RFC 2047 "B" encoding, UTF-8).
QString decodeWords(const QByteArray& value)
{
    static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="));
    QByteArray bytes;
    auto it = word.globalMatch(QString::fromLatin1(value));
    while (it.hasNext())
        bytes += QByteArray::fromBase64(it.next().captured(1).toLatin1());
    return QString::fromUtf8(bytes);
}

QList<QByteArray> headerLines(const QByteArray& message)
{
    return message.left(message.indexOf("\r\n\r\n")).split('\n');
}

} // namespace

TEST_CASE("a message has Date and Message-ID and MIME parts and never a Bcc header")
{
    const QByteArray bytes = *validMessage().toBytes();
    CHECK(bytes.contains("\r\nMessage-ID: <"));
    CHECK(bytes.startsWith("Date: "));
    CHECK(bytes.contains("\r\nMIME-Version: 1.0\r\n"));
    CHECK(bytes.contains("Content-Type: multipart/mixed; boundary="));
    CHECK(bytes.contains("Content-Type: multipart/alternative; boundary="));
    CHECK(bytes.contains("Content-Disposition: attachment; filename*=UTF-8''COI-2026-000001.pdf"));
    CHECK_FALSE(bytes.toLower().contains("\nbcc:"));
    for (const QByteArray& line : bytes.split('\n'))
        CHECK(line.size() <= 998);
    // Every line ends CRLF: no bare LF.
    CHECK(bytes.count('\n') == bytes.count("\r\n"));
}

TEST_CASE("a UTF-8 subject becomes encoded words of at most 75 characters that decode to the original")
{
    MimeMessage m = validMessage();
    m.subject = QStringLiteral("Certificat d'assurance — été 2026 ✓ 𝒜 for Ünïcödé Roofing and a long tail of text");
    const QByteArray bytes = *m.toBytes();
    QByteArray subject;
    bool in = false;
    for (const QByteArray& raw : headerLines(bytes)) {
        const QByteArray line = raw.endsWith('\r') ? raw.chopped(1) : raw;
        if (line.startsWith("Subject: ")) {
            in = true;
            subject = line.mid(9);
        } else if (in && line.startsWith(' ')) {
            subject += line.mid(1);
            CHECK(line.size() <= 76);
        } else {
            in = false;
        }
    }
    CHECK(decodeWords(subject) == m.subject);
    CHECK(MimeMessage::encodeHeaderValue(QStringLiteral("Plain short subject"), 8) == "Plain short subject");
}

TEST_CASE("dot-stuffing doubles a leading dot on every line and ends the data with CRLF")
{
    CHECK(SmtpClient::dotStuffed(".start\r\nmiddle\r\n.\r\n..two\r\nend") ==
          "..start\r\nmiddle\r\n..\r\n...two\r\nend\r\n");
    CHECK(SmtpClient::dotStuffed("a\n.b\n") == "a\r\n..b\r\n");
    CHECK(SmtpClient::dotStuffed("no dots\r\n") == "no dots\r\n");
}

TEST_CASE("header injection: a CR or LF anywhere in an address or a name or the subject is refused (seeded fuzz)")
{
    QRandomGenerator rng(20261123);
    const QStringList breaks{QStringLiteral("\r"), QStringLiteral("\n"), QStringLiteral("\r\n"),
                             QStringLiteral("\r\nBcc: thief@evil.example"), QStringLiteral("\n\n<html>")};
    for (int round = 0; round < 3000; ++round) {
        MimeMessage m = validMessage();
        const int field = static_cast<int>(rng.bounded(7));
        const QString inject = breaks.at(static_cast<int>(rng.bounded(breaks.size())));
        const auto mutate = [&](QString& s) { s.insert(static_cast<int>(rng.bounded(s.size() + 1)), inject); };
        switch (field) {
        case 0:
            mutate(m.fromName);
            break;
        case 1:
            mutate(m.fromAddress);
            break;
        case 2:
            mutate(m.to[0]);
            break;
        case 3:
            mutate(m.cc[0]);
            break;
        case 4:
            mutate(m.subject);
            break;
        case 5:
            mutate(m.attachments[0].fileName);
            break;
        default:
            m.replyTo = QStringLiteral("reply@example.com");
            mutate(m.replyTo);
            break;
        }
        auto r = m.toBytes();
        CAPTURE(round, field);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Validation);
    }
}

TEST_CASE("any text without line breaks in the subject and names stays inside its header (seeded fuzz)")
{
    QRandomGenerator rng(5);
    const QString alphabet = QStringLiteral("abcXYZ 0189:;<>\"'=?_-.,@éüñ✓—€𝒜\t");
    for (int round = 0; round < 2000; ++round) {
        MimeMessage m = validMessage();
        QString text;
        const int length = static_cast<int>(rng.bounded(200));
        for (int i = 0; i < length; ++i)
            text += alphabet.at(static_cast<int>(rng.bounded(alphabet.size())));
        m.subject = text;
        m.fromName = text.left(40);
        m.attachments[0].fileName = text.left(60) + QStringLiteral(".pdf");
        auto r = m.toBytes();
        CAPTURE(round, text.toStdString());
        REQUIRE(r.ok());
        // Every header line is a known header or a folded continuation: nothing was injected.
        static const QRegularExpression known(
            QStringLiteral("^(Date|From|To|Cc|Subject|Message-ID|MIME-Version|Content-Type): "));
        bool onlyKnown = true;
        bool sevenBit = true; // headers are 7-bit
        for (const QByteArray& line : headerLines(*r)) {
            const bool continuation = line.startsWith(' ') || line.startsWith('\t');
            onlyKnown = onlyKnown && (continuation || known.match(QString::fromLatin1(line)).hasMatch());
            for (char c : line)
                sevenBit = sevenBit && static_cast<unsigned char>(c) < 0x80;
        }
        CHECK(onlyKnown);
        CHECK(sevenBit);
    }
}

TEST_CASE("addresses: plain ASCII mailboxes only")
{
    for (const char* bad : {"", "no-at-sign", "two@@example.com", "a b@example.com", "<a@example.com>", "a@example",
                            "a@example.com,b@example.com", "é@example.com", "a@example.com;", "\"x\"@example.com"}) {
        CAPTURE(bad);
        CHECK_FALSE(MimeMessage::checkAddress(QStringLiteral("The recipient"), QString::fromUtf8(bad)).ok());
    }
    CHECK(MimeMessage::checkAddress(QStringLiteral("The recipient"), QStringLiteral("first.last+coi@mail.example.com"))
              .ok());
}

TEST_CASE("templates: values fill placeholders and the subject stays one line and the HTML escapes values")
{
    MailTemplate t{QStringLiteral("request_rejected"),
                   QStringLiteral("Rejected"),
                   QStringLiteral("Your request for {holder.name}"),
                   QStringLiteral("Hello {insured.name},\nReason: {reason}\n{unknown}"),
                   {},
                   1};
    const RenderedMail r =
        MailTemplateService::fill(t,
                                  {{QStringLiteral("holder.name"), QStringLiteral("Acme\r\nBcc: thief@evil.example")},
                                   {QStringLiteral("insured.name"), QStringLiteral("Tom & <Jerry>")},
                                   {QStringLiteral("reason"), QStringLiteral("Incomplete address")}},
                                  QStringLiteral("Northwind Insurance\n(555) 010-2000"));
    CHECK(r.subject == QStringLiteral("Your request for Acme Bcc: thief@evil.example"));
    CHECK(MimeMessage::checkHeaderText(QStringLiteral("subject"), r.subject).ok());
    CHECK(r.textBody.startsWith(QStringLiteral("Hello Tom & <Jerry>,\nReason: Incomplete address\n{unknown}")));
    CHECK(r.textBody.endsWith(QStringLiteral("-- \nNorthwind Insurance\n(555) 010-2000")));
    CHECK(r.htmlBody.contains(QStringLiteral("Tom &amp; &lt;Jerry&gt;")));
    CHECK_FALSE(r.htmlBody.contains(QStringLiteral("<Jerry>")));
    CHECK(MailTemplateService::placeholdersIn(t.body) ==
          QStringList{QStringLiteral("insured.name"), QStringLiteral("reason"), QStringLiteral("unknown")});
}
