// Untrusted files dropped on AgencyDesk: 20 real PDFs from Okular's test data and 30 damaged ones from qpdf's test
// suite (tests/data/pdf, PROVENANCE.md), empty files, a renamed text file, an over-limit file, images and emails.
// Never a crash or a hang; a refusal names the file and the reason; the good files of a batch go in; nothing of a
// refused file is stored.
#include "CatchCompat.h"
#include "DocumentFileReader.h"
#include "DocumentService.h"
#include "DocumentTestData.h"
#include "DocumentTypeService.h"
#include "InsuredService.h"
#include "PdfInspector.h"
#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

using namespace agencydesk;

namespace {

// Which damaged files Poppler opens and renders, according to poppler-utils' pdfinfo and pdftoppm (not our code).
const QSet<QString> kBrokenButReadable = {
    QStringLiteral("qpdf-V4-aes.pdf"),
    QStringLiteral("qpdf-append-page-content-damaged.pdf"),
    QStringLiteral("qpdf-append-xref-loop.pdf"),
    QStringLiteral("qpdf-bad-jpeg.pdf"),
    QStringLiteral("qpdf-bad-token-startxref.pdf"),
    QStringLiteral("qpdf-bad-xref-entry.pdf"),
    QStringLiteral("qpdf-bad-xref.pdf"),
    QStringLiteral("qpdf-bad10.pdf"),
    QStringLiteral("qpdf-bad11.pdf"),
    QStringLiteral("qpdf-bad12.pdf"),
    QStringLiteral("qpdf-bad13.pdf"),
    QStringLiteral("qpdf-bad14.pdf"),
    QStringLiteral("qpdf-bad15.pdf"),
    QStringLiteral("qpdf-bad16.pdf"),
    QStringLiteral("qpdf-bad17.pdf"),
    QStringLiteral("qpdf-bad18.pdf"),
    QStringLiteral("qpdf-bad19.pdf"),
    QStringLiteral("qpdf-bad2.pdf"),
    QStringLiteral("qpdf-bad20.pdf"),
    QStringLiteral("qpdf-bad3.pdf"),
    QStringLiteral("qpdf-bad4.pdf"),
    QStringLiteral("qpdf-bad5.pdf"),
    QStringLiteral("qpdf-bad6.pdf"),
    QStringLiteral("qpdf-bad8.pdf"),
    QStringLiteral("qpdf-bad9.pdf"),
};

qint64 scalar(const test::TestDatabase& t, const QString& sql)
{
    QSqlQuery q = t.db->query();
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QStringList files(const QString& sub)
{
    QStringList out;
    const QDir dir(test::corpusFile(sub));
    for (const QString& name : dir.entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name))
        out << dir.filePath(name);
    return out;
}

struct Book
{
    test::TestDatabase t;
    qint64 insuredId = 0;

    Book()
    {
        Insured i;
        i.name = QStringLiteral("Harbor Point Roofing LLC");
        insuredId = *InsuredService(t.manager).create(i);
    }

    DocumentFile file(const QString& path) const
    {
        DocumentFile f;
        f.path = path;
        f.metadata.insuredId = insuredId;
        f.metadata.type = QStringLiteral("Policy");
        f.metadata.issueDate = QDate(2026, 11, 1);
        return f;
    }
};

} // namespace

TEST_CASE("every real PDF is accepted with its pages and a thumbnail, except the password-protected one")
{
    Book b;
    DocumentService docs(b.t.manager);
    for (const QString& path : files(QStringLiteral("real"))) {
        const QString name = QFileInfo(path).fileName();
        CAPTURE(name.toStdString());
        Result<DocumentAddOutcome> r = docs.add(b.file(path));
        if (name == QLatin1String("okular-protected.pdf")) {
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().code == ErrorCode::Validation);
            CHECK(r.error().message.startsWith(name + QStringLiteral(": ")));
            CHECK(r.error().message.contains(QStringLiteral("password-protected")));
            continue;
        }
        REQUIRE(r.ok());
        REQUIRE(r->documentIds.size() == 1);
        Result<Document> d = docs.get(r->documentIds.front());
        REQUIRE(d.ok());
        CHECK(d->pageCount >= 1);
        CHECK(d->size == QFileInfo(path).size());
        const QImage thumb = QImage::fromData(*docs.thumbnail(d->id), "PNG");
        CHECK(thumb.width() == PdfInspector::ThumbnailWidth);
        CHECK(thumb.height() > 0);
    }
    // Page counts as pdfinfo reports them.
    auto pagesOf = [&](const QString& name) {
        const std::vector<Document> list = *docs.forInsured(b.insuredId);
        for (const Document& d : list) {
            if (d.fileName == name)
                return d.pageCount;
        }
        return -1;
    };
    CHECK(pagesOf(QStringLiteral("okular-simple-multipage.pdf")) == 40);
    CHECK(pagesOf(QStringLiteral("okular-pdf_with_internal_links.pdf")) == 3);
    CHECK(pagesOf(QStringLiteral("okular-file2.pdf")) == 2);
    CHECK(scalar(b.t, QStringLiteral("SELECT count(*) FROM documents")) == 19);
}

TEST_CASE("damaged PDFs: what Poppler can open and render goes in (a repair noted), the rest is refused by name")
{
    Book b;
    DocumentService docs(b.t.manager);
    int accepted = 0;
    int repaired = 0;
    for (const QString& path : files(QStringLiteral("broken"))) {
        const QString name = QFileInfo(path).fileName();
        CAPTURE(name.toStdString());
        const qint64 blobsBefore = scalar(b.t, QStringLiteral("SELECT count(*) FROM document_blobs"));
        Result<DocumentAddOutcome> r = docs.add(b.file(path));
        if (kBrokenButReadable.contains(name)) {
            REQUIRE(r.ok());
            ++accepted;
            if (!r->notes.isEmpty()) {
                CHECK(r->notes.first().startsWith(name + QStringLiteral(": Poppler repaired the file")));
                CHECK(docs.get(r->documentIds.front())->repaired);
                ++repaired;
            }
        } else {
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().code == ErrorCode::Validation);
            CHECK(r.error().message.startsWith(name + QStringLiteral(": ")));
            CHECK(r.error().message.size() > name.size() + 10); // a reason follows the name
            CHECK(scalar(b.t, QStringLiteral("SELECT count(*) FROM document_blobs")) == blobsBefore);
        }
    }
    CHECK(accepted == kBrokenButReadable.size());
    CHECK(repaired > 0); // most of qpdf's damaged files make Poppler reconstruct something
}

TEST_CASE("one drop of good and bad files: the good ones go in, each bad one is refused with its name and reason")
{
    Book b;
    REQUIRE(DocumentTypeService(b.t.manager).setSizeLimitMb(1).ok());
    const QString dir = b.t.dir.path();
    QStringList drop = files(QStringLiteral("real")) + files(QStringLiteral("broken"));
    drop << test::writeFile(dir, QStringLiteral("empty.pdf"), {});
    drop << test::writeFile(dir, QStringLiteral("notes-renamed.pdf"), "Meeting notes, not a PDF at all.\n");
    drop << test::writeFile(dir, QStringLiteral("huge-scan.pdf"),
                            test::readAll(test::corpusFile(QStringLiteral("real/okular-file1.pdf"))) +
                                QByteArray(2 * 1024 * 1024, ' '));
    drop << test::writeFile(dir, QStringLiteral("photo.png"), test::pictureBytes("PNG"));
    drop << test::writeFile(dir, QStringLiteral("photo.jpg"), test::pictureBytes("JPEG"));
    drop << test::writeFile(dir, QStringLiteral("truncated.png"), test::pictureBytes("PNG").left(60));
    drop << QDir(dir).filePath(QStringLiteral("vanished.pdf"));

    DocumentService docs(b.t.manager);
    QStringList refused;
    int added = 0;
    for (const QString& path : drop) {
        Result<DocumentAddOutcome> r = docs.add(b.file(path));
        if (r.ok()) {
            ++added;
        } else {
            refused << r.error().message;
            CHECK(r.error().message.startsWith(QFileInfo(path).fileName() + QStringLiteral(": ")));
        }
    }
    // 19 real + 25 readable damaged + 2 images; refused: protected, 5 damaged, empty, renamed, huge, truncated,
    // vanished.
    CHECK(added == 19 + 25 + 2);
    CHECK(refused.size() == 11);
    auto reasonFor = [&](const QString& name) {
        for (const QString& m : refused) {
            if (m.startsWith(name + QStringLiteral(": ")))
                return m;
        }
        return QString();
    };
    CHECK(reasonFor(QStringLiteral("empty.pdf")).contains(QStringLiteral("empty")));
    CHECK(reasonFor(QStringLiteral("notes-renamed.pdf")).contains(QStringLiteral("not a PDF")));
    CHECK(reasonFor(QStringLiteral("huge-scan.pdf")).contains(QStringLiteral("over the 1.0 MB limit")));
    CHECK(reasonFor(QStringLiteral("truncated.png")).contains(QStringLiteral("image cannot be read")));
    CHECK(reasonFor(QStringLiteral("vanished.pdf")).contains(QStringLiteral("does not exist")));
    CHECK(reasonFor(QStringLiteral("okular-protected.pdf")).contains(QStringLiteral("password")));

    // Nothing half-stored: every document has its blob and its audit row, every blob is indexed and used.
    CHECK(scalar(b.t, QStringLiteral("SELECT count(*) FROM documents")) == added);
    CHECK(scalar(b.t, QStringLiteral("SELECT count(*) FROM activities WHERE entity_type = 'document'")) == added);
    CHECK(scalar(b.t, QStringLiteral("SELECT count(*) FROM document_blobs b WHERE NOT EXISTS "
                                     "(SELECT 1 FROM documents d WHERE d.blob_id = b.id)")) == 0);
    CHECK(scalar(b.t, QStringLiteral("SELECT count(*) FROM document_blobs")) ==
          scalar(b.t, QStringLiteral("SELECT count(DISTINCT blob_id) FROM documents")));
    QSqlQuery check = b.t.db->query();
    CHECK(check.exec(QStringLiteral("INSERT INTO document_text(document_text, rank) VALUES ('integrity-check', 1)")));
}

TEST_CASE("images become one-page PDFs, found again by the SHA-256 of the picture")
{
    Book b;
    DocumentService docs(b.t.manager);
    const QString png = test::writeFile(b.t.dir.path(), QStringLiteral("site photo.png"), test::pictureBytes("PNG"));
    Result<DocumentAddOutcome> r = docs.add(b.file(png));
    REQUIRE(r.ok());
    Result<Document> d = docs.get(r->documentIds.front());
    CHECK(d->fileName == QStringLiteral("site photo.pdf"));
    CHECK(d->pageCount == 1);
    const QByteArray stored = *docs.content(d->id);
    CHECK(stored.startsWith("%PDF-"));
    // The stored PDF is a readable one-page PDF in its own right.
    Result<PdfInspection> again = PdfInspector::inspect(stored, QStringLiteral("again"));
    REQUIRE(again.ok());
    CHECK(again->pageCount == 1);
    // The same picture added again is found by the SHA-256 of the picture and stored once.
    REQUIRE(docs.add(b.file(png)).ok());
    CHECK(scalar(b.t, QStringLiteral("SELECT count(*) FROM document_blobs")) == 1);
    CHECK(d->sha256 == DocumentFileReader::sha256Hex(test::pictureBytes("PNG")));
}
