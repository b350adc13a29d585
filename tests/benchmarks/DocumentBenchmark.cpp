#include "DocumentBenchmark.h"

#include "AgencyService.h"
#include "Database.h"
#include "DemoData.h"
#include "DocumentFileReader.h"
#include "DocumentService.h"
#include "InsuredService.h"
#include "QuerySampler.h"
#include "SearchBenchmark.h"
#include "SearchService.h"
#include "UserService.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <ctime>

namespace agencydesk::bench {

namespace {

double cpuMs()
{
    return 1000.0 * double(std::clock()) / CLOCKS_PER_SEC;
}

/// A vocabulary of insurance words plus pseudo-words, so the index holds many distinct terms as real text does.
QStringList vocabulary()
{
    QStringList words = {QStringLiteral("declarations"), QStringLiteral("endorsement"),  QStringLiteral("premium"),
                         QStringLiteral("deductible"),   QStringLiteral("subrogation"),  QStringLiteral("liability"),
                         QStringLiteral("occurrence"),   QStringLiteral("aggregate"),    QStringLiteral("insured"),
                         QStringLiteral("certificate"),  QStringLiteral("cancellation"), QStringLiteral("renewal"),
                         QStringLiteral("policy"),       QStringLiteral("coverage"),     QStringLiteral("exclusion"),
                         QStringLiteral("umbrella"),     QStringLiteral("workers"),      QStringLiteral("compensation"),
                         QStringLiteral("property"),     QStringLiteral("automobile"),   QStringLiteral("invoice"),
                         QStringLiteral("instalment"),   QStringLiteral("holder"),       QStringLiteral("waiver")};
    const char* syllables[] = {"ka",  "lo", "mi",  "ra",  "te",  "sun", "dor", "vel", "pra", "ist",
                               "mon", "zu", "qua", "ber", "nix", "tal", "ore", "fen", "gri", "hap"};
    QRandomGenerator rng(2026);
    while (words.size() < 5000) {
        QString w;
        const int n = 2 + int(rng.bounded(3));
        for (int i = 0; i < n; ++i)
            w += QLatin1String(syllables[rng.bounded(int(std::size(syllables)))]);
        words << w;
    }
    return words;
}

} // namespace

QJsonObject DocumentAddFigures::toJson() const
{
    return {{QStringLiteral("pages"), pages},
            {QStringLiteral("bytes"), bytes},
            {QStringLiteral("generateMs"), generateMs},
            {QStringLiteral("addMs"), addMs},
            {QStringLiteral("addCpuMs"), cpuMs},
            {QStringLiteral("textChars"), textChars},
            {QStringLiteral("listDocuments"), listDocuments},
            {QStringLiteral("listMs"), listMs.toJson()}};
}

QJsonObject DocumentSearchFigures::toJson() const
{
    return {{QStringLiteral("documentsInBook"), documentsInBook},
            {QStringLiteral("documentsAdded"), documentsAdded},
            {QStringLiteral("insertSeconds"), insertSeconds},
            {QStringLiteral("superSearch"), superSearch.toJson()},
            {QStringLiteral("superSearchDocumentWords"), superSearchWords.toJson()},
            {QStringLiteral("documentSearch"), documentSearch.toJson()}};
}

QByteArray DocumentBenchmark::largePdf(int pages, qint64 targetBytes)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::Letter));
    writer.setResolution(150);
    writer.setCreator(QStringLiteral("agencydesk-bench"));
    QPainter painter(&writer);
    QRandomGenerator rng(7);
    const QStringList words = vocabulary();
    // Noise does not compress: width x height x 3 bytes per picture gives the file its size.
    const qint64 perPage = targetBytes / pages;
    const int side = int(std::sqrt(double(perPage) / 3.0));
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        QString text = QStringLiteral("Page %1 of the renewal declarations. ").arg(page + 1);
        for (int i = 0; i < 120; ++i)
            text += words[rng.bounded(int(words.size()))] + QLatin1Char(' ');
        painter.drawText(QRectF(75, 75, 1125, 600), Qt::TextWordWrap, text);
        QImage noise(side, side, QImage::Format_RGB32);
        for (int y = 0; y < side; ++y) {
            auto* line = reinterpret_cast<quint32*>(noise.scanLine(y));
            for (int x = 0; x < side; ++x)
                line[x] = rng.generate() | 0xff000000u;
        }
        painter.drawImage(QRectF(75, 700, 900, 900), noise);
    }
    painter.end();
    return pdf;
}

std::optional<DocumentAddFigures> DocumentBenchmark::measureAdd(int pages, int megabytes, int listDocuments)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        fail(QStringLiteral("cannot create a temporary folder"));
        return std::nullopt;
    }
    DocumentAddFigures f;
    QElapsedTimer t;
    t.start();
    const QByteArray pdf = largePdf(pages, qint64(megabytes) * 1024 * 1024);
    f.generateMs = msSince(t);
    f.bytes = pdf.size();
    const QString pdfPath = dir.filePath(QStringLiteral("large-declarations.pdf"));
    QFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size()) {
        fail(QStringLiteral("cannot write %1").arg(pdfPath));
        return std::nullopt;
    }
    file.close();
    std::optional<Session> session = freshDatabase(dir.filePath(QStringLiteral("documents.agencydesk")));
    if (!session)
        return std::nullopt;
    Insured insured;
    insured.name = QStringLiteral("Cascade Ridge Builders LLC");
    Result<qint64> insuredId = InsuredService(*session).create(insured);
    if (!insuredId) {
        fail(insuredId.error().message);
        return std::nullopt;
    }
    DocumentFile doc;
    doc.path = pdfPath;
    doc.metadata = {*insuredId, std::nullopt, QStringLiteral("Policy"), QDate(2026, 11, 1), QStringLiteral("bench")};
    DocumentService documents(*session);
    const double cpu0 = cpuMs();
    t.restart();
    Result<DocumentAddOutcome> added = documents.add(doc);
    f.addMs = msSince(t);
    f.cpuMs = cpuMs() - cpu0;
    if (!added) {
        fail(QStringLiteral("adding the large PDF: %1").arg(added.error().message));
        return std::nullopt;
    }
    Result<Document> stored = documents.get(added->documentIds.front());
    f.pages = stored ? stored->pageCount : 0;
    f.textChars = scalar(session->database(), QStringLiteral("SELECT length(text) FROM document_blobs")).toLongLong();

    // An insured with listDocuments documents (rows pointing at the stored file; metadata varied).
    {
        Transaction tx(session->database());
        if (Status s = tx.begin(); !s) {
            fail(s.error().message);
            return std::nullopt;
        }
        QSqlQuery q = session->database().query();
        q.prepare(QStringLiteral("INSERT INTO documents(insured_id, blob_id, file_name, doc_type, issue_date, purpose, "
                                 "added_by_name, added_at, updated_at) SELECT ?, blob_id, ?, doc_type, ?, ?, "
                                 "added_by_name, added_at, updated_at FROM documents WHERE id = ?"));
        for (int i = 1; i < listDocuments; ++i) {
            q.addBindValue(*insuredId);
            q.addBindValue(QStringLiteral("scan-%1.pdf").arg(i, 5, 10, QLatin1Char('0')));
            q.addBindValue(QDate(2020, 1, 1).addDays(i % 2000).toString(Qt::ISODate));
            q.addBindValue(QStringLiteral("Document %1 of the bench insured").arg(i));
            q.addBindValue(added->documentIds.front());
            if (Status s = exec(q); !s) {
                fail(s.error().message);
                return std::nullopt;
            }
        }
        if (Status s = tx.commit(); !s) {
            fail(s.error().message);
            return std::nullopt;
        }
    }
    std::vector<double> samples;
    for (int i = 0; i < 20; ++i) {
        t.restart();
        Result<std::vector<Document>> list = documents.forInsured(*insuredId);
        samples.push_back(msSince(t));
        if (!list || int(list->size()) != listDocuments) {
            fail(QStringLiteral("the insured's list has %1 documents, not %2")
                     .arg(list ? int(list->size()) : -1)
                     .arg(listDocuments));
            return std::nullopt;
        }
    }
    f.listDocuments = listDocuments;
    f.listMs = statsOf(samples);
    return f;
}

std::optional<DocumentSearchFigures> DocumentBenchmark::measureSearch(const QString& bookPath, int documents,
                                                                      int queries)
{
    OpenOptions options;
    options.create = false;
    Result<std::shared_ptr<Database>> db = Database::open(bookPath, options);
    if (!db) {
        fail(QStringLiteral("opening the book: %1").arg(db.error().message));
        return std::nullopt;
    }
    Result<Session> session = AuthService(*db).login(QStringLiteral("maria"), DemoData::demoPassword());
    if (!session) {
        fail(QStringLiteral("login failed: %1").arg(session.error().message));
        return std::nullopt;
    }
    DocumentSearchFigures f;
    const QStringList words = vocabulary();
    const int have = scalar(**db, QStringLiteral("SELECT count(*) FROM documents")).toInt();
    if (have < documents) {
        note(QStringLiteral("Adding %1 documents' text to the book ...").arg(documents - have));
        QElapsedTimer t;
        t.start();
        Transaction tx(**db);
        if (Status s = tx.begin(); !s) {
            fail(s.error().message);
            return std::nullopt;
        }
        const qint64 insureds = scalar(**db, QStringLiteral("SELECT max(id) FROM insureds")).toLongLong();
        QRandomGenerator rng(quint32(have + 11));
        QSqlQuery blob = (*db)->query();
        blob.prepare(QStringLiteral("INSERT INTO document_blobs(sha256, bytes, size, page_count, text) "
                                    "VALUES (?, ?, ?, ?, ?)"));
        QSqlQuery doc = (*db)->query();
        doc.prepare(QStringLiteral("INSERT INTO documents(insured_id, blob_id, file_name, doc_type, issue_date, "
                                   "added_by_name, added_at, updated_at) VALUES (?, ?, ?, 'Policy', '2026-01-01', "
                                   "'bench', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"));
        for (int i = have; i < documents; ++i) {
            QString text;
            const int count = 150 + int(rng.bounded(200));
            for (int w = 0; w < count; ++w) {
                // Zipf-like: common words often, rare words rarely.
                const double u = rng.generateDouble();
                text += words[int(u * u * u * (words.size() - 1))] + QLatin1Char(' ');
            }
            const QByteArray bytes = "%PDF-1.4 bench placeholder " + QByteArray::number(i);
            blob.addBindValue(DocumentFileReader::sha256Hex(bytes));
            blob.addBindValue(bytes);
            blob.addBindValue(bytes.size());
            blob.addBindValue(1);
            blob.addBindValue(text);
            if (Status s = exec(blob); !s) {
                fail(s.error().message);
                return std::nullopt;
            }
            doc.addBindValue(1 + qint64(rng.bounded(quint64(insureds))));
            doc.addBindValue(blob.lastInsertId());
            doc.addBindValue(QStringLiteral("bench-%1.pdf").arg(i));
            if (Status s = exec(doc); !s) {
                fail(s.error().message);
                return std::nullopt;
            }
        }
        if (Status s = tx.commit(); !s) {
            fail(s.error().message);
            return std::nullopt;
        }
        f.documentsAdded = documents - have;
        f.insertSeconds = msSince(t) / 1000.0;
    }
    f.documentsInBook = scalar(**db, QStringLiteral("SELECT count(*) FROM documents")).toInt();

    const std::optional<SearchBenchmark> book = SearchBenchmark::measure(**db, *session, queries, 1);
    if (!book)
        return std::nullopt;
    f.superSearch = book->searchStats;
    SearchService search(*session);
    DocumentService docs(*session);
    std::vector<double> superSamples;
    std::vector<double> docSamples;
    QRandomGenerator rng(99);
    for (int i = 0; i < queries; ++i) {
        // A word as typed: its first 3 to 8 characters (the search runs on every keystroke from the third on).
        const QString word = words[int(rng.bounded(int(words.size())))];
        const QString typed = word.left(3 + int(rng.bounded(6)));
        QElapsedTimer t;
        t.start();
        Result<std::vector<SearchHit>> hits = search.search(typed);
        superSamples.push_back(msSince(t));
        t.restart();
        Result<std::vector<DocumentSearchHit>> found = docs.search(typed);
        docSamples.push_back(msSince(t));
        if (!hits || !found) {
            fail(QStringLiteral("searching \"%1\" failed").arg(typed));
            return std::nullopt;
        }
    }
    f.superSearchWords = statsOf(superSamples);
    f.documentSearch = statsOf(docSamples);
    return f;
}

} // namespace agencydesk::bench
