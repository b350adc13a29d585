// The .eml reader (ReceivedEmail) on well-formed mail and on a seeded fuzz run of damaged mail, and dropped .eml
// files through the document service: the email and each PDF attachment stored, linked, bad attachments named.
#include "CatchCompat.h"
#include "DocumentService.h"
#include "DocumentTestData.h"
#include "InsuredService.h"
#include "ReceivedEmail.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QVariant>

#include <random>

using namespace agencydesk;

TEST_CASE("a multipart email: subject decoded, quoted-printable body, base64 PDF attachment byte for byte")
{
    const QByteArray pdf = test::readAll(test::corpusFile(QStringLiteral("real/okular-file1.pdf")));
    Result<ReceivedEmail> m = ReceivedEmail::parse(
        test::emailWithAttachments({{QStringLiteral("declarations.pdf"), pdf}}), QStringLiteral("a.eml"));
    REQUIRE(m.ok());
    CHECK(m->subject == QStringLiteral("Renewal declarations – Harbor"));
    CHECK(m->from == QStringLiteral("Carrier Desk <desk@carrier.example>"));
    CHECK(m->textBody.contains(QStringLiteral("Premium € 1,200 for the quarterly instalment")));
    REQUIRE(m->attachments.size() == 1);
    CHECK(m->attachments[0].fileName == QStringLiteral("declarations.pdf"));
    CHECK(m->attachments[0].contentType == QStringLiteral("application/pdf"));
    CHECK(m->attachments[0].bytes == pdf);
}

TEST_CASE("header words, RFC 2231 file names, LF-only mail and nested multiparts")
{
    CHECK(ReceivedEmail::decodeHeaderWords("=?iso-8859-1?Q?Caf=E9_cr=E8me?= order") ==
          QStringLiteral("Café crème order"));
    CHECK(ReceivedEmail::decodeHeaderWords("plain text") == QStringLiteral("plain text"));
    CHECK(ReceivedEmail::decodeQuotedPrintable("a=3Db=\nc") == "a=bc");
    const QByteArray mail = "Subject: nested\n"
                            "Content-Type: multipart/mixed; boundary=outer\n\n"
                            "--outer\n"
                            "Content-Type: multipart/alternative; boundary=\"inner\"\n\n"
                            "--inner\nContent-Type: text/plain\n\nhello body\n--inner\nContent-Type: text/html\n\n"
                            "<p>hello</p>\n--inner--\n"
                            "--outer\n"
                            "Content-Type: application/octet-stream\n"
                            "Content-Disposition: attachment; filename*=utf-8''r%C3%A9sum%C3%A9.pdf\n\n"
                            "%PDF-raw\n"
                            "--outer--\n";
    Result<ReceivedEmail> m = ReceivedEmail::parse(mail, QStringLiteral("n.eml"));
    REQUIRE(m.ok());
    CHECK(m->textBody.trimmed() == QStringLiteral("hello body"));
    REQUIRE(m->attachments.size() == 1);
    CHECK(m->attachments[0].fileName == QStringLiteral("résumé.pdf"));
    CHECK(m->attachments[0].bytes == "%PDF-raw");
}

TEST_CASE("bytes without any mail header are not an email, and say so with the file name")
{
    Result<ReceivedEmail> m = ReceivedEmail::parse("just some words\nand more\n", QStringLiteral("notes.eml"));
    REQUIRE_FALSE(m.ok());
    CHECK(m.error().message ==
          QStringLiteral("notes.eml: not an email message (no From, Subject, Date or Content-Type header)"));
    CHECK_FALSE(ReceivedEmail::parse({}, QStringLiteral("empty.eml")).ok());
}

TEST_CASE("fuzz: damaged, truncated and spliced emails never crash the reader (seeded, reproducible)")
{
    const QByteArray pdf = test::readAll(test::corpusFile(QStringLiteral("real/okular-file1.pdf")));
    const QByteArray seed = test::emailWithAttachments(
        {{QStringLiteral("a.pdf"), pdf.left(2000)}, {QStringLiteral("b.pdf"), pdf.left(500)}});
    std::mt19937 rng(20261123);
    const QByteArray tokens[] = {
        "--==b1==", "--==b1==--", "\r\n\r\n",   "Content-Type: multipart/mixed; boundary=x\r\n",
        "=?",       "?=",         "=\r\n",      "filename*0*=",
        "\n--x\n",  ";;;=\"",     "=?utf-8?B?", "\r"};
    int parsed = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray m = seed;
        const int edits = 1 + static_cast<int>(rng() % 12);
        for (int e = 0; e < edits && !m.isEmpty(); ++e) {
            const qsizetype at = static_cast<qsizetype>(rng() % m.size());
            switch (rng() % 5) {
            case 0:
                m[at] = static_cast<char>(rng() % 256);
                break;
            case 1:
                m.truncate(at);
                break;
            case 2:
                m.insert(at, tokens[rng() % std::size(tokens)]);
                break;
            case 3:
                m.remove(at, static_cast<qsizetype>(rng() % 64));
                break;
            default:
                m.insert(at, m.mid(static_cast<qsizetype>(rng() % m.size()), 200)); // splice a piece elsewhere
                break;
            }
        }
        Result<ReceivedEmail> r = ReceivedEmail::parse(m, QStringLiteral("fuzz.eml"));
        if (r.ok()) {
            ++parsed;
            CHECK(r->attachments.size() <= static_cast<size_t>(ReceivedEmail::MaxParts));
        } else {
            CHECK(r.error().message.startsWith(QStringLiteral("fuzz.eml: ")));
        }
    }
    CHECK(parsed > 0);
}

TEST_CASE("a dropped .eml is stored as the email, each PDF attachment as its own document linked to it")
{
    test::TestDatabase t;
    Insured i;
    i.name = QStringLiteral("Granite HVAC Corp.");
    const qint64 insuredId = *InsuredService(t.manager).create(i);
    const QByteArray good = test::readAll(test::corpusFile(QStringLiteral("real/okular-file2.pdf")));
    const QByteArray locked = test::readAll(test::corpusFile(QStringLiteral("real/okular-protected.pdf")));
    const QString path = test::writeFile(
        t.dir.path(), QStringLiteral("renewal.eml"),
        test::emailWithAttachments({{QStringLiteral("declarations.pdf"), good},
                                    {QStringLiteral("locked.pdf"), locked},
                                    {QStringLiteral("broken.pdf"), QByteArray("%PDF-1.4 nothing else")}}));
    DocumentFile f;
    f.path = path;
    f.metadata = {insuredId, std::nullopt, QStringLiteral("Correspondence"), QDate(2026, 11, 23), {}};
    DocumentService docs(t.manager);
    Result<DocumentAddOutcome> r = docs.add(f);
    REQUIRE(r.ok());
    REQUIRE(r->documentIds.size() == 2);
    Result<Document> email = docs.get(r->documentIds[0]);
    Result<Document> attachment = docs.get(r->documentIds[1]);
    CHECK(email->isEmail());
    CHECK(email->fileName == QStringLiteral("renewal.eml"));
    CHECK(attachment->fileName == QStringLiteral("declarations.pdf"));
    CHECK(attachment->emailDocumentId == email->id);
    CHECK(attachment->pageCount == 2);
    CHECK(*docs.content(attachment->id) == good);
    // The two bad attachments are named in the notes, with why.
    CHECK(r->notes.filter(QStringLiteral("renewal.eml: attachment left out: locked.pdf: the PDF is password-protected"))
              .size() == 1);
    CHECK(r->notes.filter(QStringLiteral("renewal.eml: attachment left out: broken.pdf: the PDF")).size() == 1);
    // The email's own words are searchable.
    Result<std::vector<DocumentSearchHit>> hits = docs.search(QStringLiteral("zanzibarian"));
    REQUIRE(hits->size() == 1);
    CHECK(hits->front().documentId == email->id);
}
