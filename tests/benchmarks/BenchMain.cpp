// agencydesk-bench: how AgencyDesk behaves with a large book of business, and how fast certificates are made.
//
// "book": generates (or reuses) a demo database, then measures in one run: generation time and file size,
// super-search latency against the naive LIKE scan, the time from opening the file to the first rows
// of the Insureds list, and peak RSS. "certificates": renders fully filled certificates to PDF on one thread
// and issues certificates for many holders of one master on a fresh database. --run picks either or both. Prints a
// table and writes JSON (--out). It exits non-zero only when the pipeline fails (an error, or a search for text taken
// from the data finds nothing); it never judges speed: the targets are compared by the reader (docs/BENCHMARKS.md).

#include "AgencyService.h"
#include "BenchSystem.h"
#include "BookGenerator.h"
#include "CertificateBenchmark.h"
#include "Database.h"
#include "DemoData.h"
#include "DocumentBenchmark.h"
#include "DownloadBenchmark.h"
#include "InsuredService.h"
#include "ListBenchmark.h"
#include "MailBenchmark.h"
#include "QuerySampler.h"
#include "RenewalBenchmark.h"
#include "RequestBenchmark.h"
#include "SearchBenchmark.h"
#include "Session.h"
#include "UserService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QVariant>
#include <QtGlobal>

#ifdef AGENCYDESK_BENCH_LIST_MODEL
#include "InsuredListModel.h"

#include <QApplication>
#else
#include <QGuiApplication>
#endif

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <tuple>
#include <vector>

using namespace agencydesk;
using namespace agencydesk::bench;

namespace {

// ---------------------------------------------------------------------------------------------
// Options

struct Options
{
    int insureds = 0;
    int queryCount = 0;
    int naiveCount = 0;
    bool databaseSet = false;
    QString database;
    bool outSet = false;
    QString out;
    bool keep = false;
    bool generateOnly = false;
    QString generatePath;
    bool runBook = true;
    bool runCertificates = true;
    bool runMail = false;
    bool runDownloads = false;
    int downloadPolicies = 0; ///< ACORD XML policies imported into the book
    int al3Policies = 0;      ///< policies in the one AL3 batch file
    int mailEmails = 0;       ///< certificate emails queued and delivered
    int certificates = 0;     ///< rendered to PDF
    int issueHolders = 0;     ///< holders a certificate is issued to
    bool runDocuments = false;
    int documents = 0;     ///< documents' text added to the book for the super search
    int docPages = 0;      ///< pages of the large PDF added
    int docMegabytes = 0;  ///< its size
    int listDocuments = 0; ///< documents of one insured, listed
    bool runRequests = false;
    int requests = 0;       ///< certificate requests in the request desk's database
    int requestIntakes = 0; ///< clean requests taken in and processed automatically, timed
    bool runRenewals = false;
    int renewalHolders = 0; ///< holders of the renewed policy, in all
    int renewalMasters = 0; ///< masters they are spread over
};

/// Parses the command line; nullopt (after printing why) when a number is not a positive number.
std::optional<Options> parseOptions(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("AgencyDesk performance benchmark (see docs/BENCHMARKS.md)."));
    parser.addHelpOption();
    const QCommandLineOption insuredsOpt(QStringLiteral("insureds"), QStringLiteral("Insureds in the book."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption queriesOpt(QStringLiteral("queries"), QStringLiteral("Super-search queries to time."),
                                        QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption naiveOpt(QStringLiteral("naive-queries"),
                                      QStringLiteral("How many of them also run through the naive LIKE scan."),
                                      QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption databaseOpt(
        QStringLiteral("database"),
        QStringLiteral("Reuse this generated file when it holds N insureds; generate it there when it does not exist."),
        QStringLiteral("PATH"));
    const QCommandLineOption outOpt(QStringLiteral("out"), QStringLiteral("Write the results as JSON."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption keepOpt(QStringLiteral("keep"), QStringLiteral("Keep the generated temporary database."));
    QCommandLineOption generateOpt(QStringLiteral("generate-only"),
                                   QStringLiteral("Internal: generate PATH and print JSON."), QStringLiteral("PATH"));
    generateOpt.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption runOpt(
        QStringLiteral("run"),
        QStringLiteral("Which benchmarks: book (generation, search, first rows, memory), certificates, mail (queue and "
                       "deliver certificate emails to a local aiosmtpd), downloads (import ACORD XML and AL3 into the "
                       "book), documents (a large PDF added, a long list, the super search with documents' text in "
                       "the book), requests (the request desk's default view, pending count and automatic intake), "
                       "renewals (a renewal run over many masters and holders), comma-separated."),
        QStringLiteral("LIST"), QStringLiteral("book,certificates"));
    const QCommandLineOption certificatesOpt(QStringLiteral("certificates"),
                                             QStringLiteral("Certificates rendered to PDF on one thread."),
                                             QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption issueOpt(QStringLiteral("issue-holders"),
                                      QStringLiteral("Holders of one master issued a certificate each."),
                                      QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption documentsOpt(QStringLiteral("documents"),
                                          QStringLiteral("Documents' text added to the book (documents run)."),
                                          QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption docPagesOpt(QStringLiteral("doc-pages"), QStringLiteral("Pages of the large PDF added."),
                                         QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption docMbOpt(QStringLiteral("doc-mb"), QStringLiteral("Size of the large PDF in MB."),
                                      QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption listDocsOpt(QStringLiteral("list-documents"),
                                         QStringLiteral("Documents of one insured, listed."), QStringLiteral("N"),
                                         QStringLiteral("5000"));
    const QCommandLineOption mailOpt(QStringLiteral("mail-emails"),
                                     QStringLiteral("Certificate emails queued and delivered (--run mail)."),
                                     QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption downloadsOpt(
        QStringLiteral("download-policies"),
        QStringLiteral("ACORD XML policies imported into the book (--run downloads)."), QStringLiteral("N"),
        QStringLiteral("20000"));
    const QCommandLineOption al3Opt(QStringLiteral("al3-policies"),
                                    QStringLiteral("Policies in the AL3 batch file (--run downloads)."),
                                    QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption requestsOpt(QStringLiteral("requests"),
                                         QStringLiteral("Certificate requests in the database (--run requests)."),
                                         QStringLiteral("N"), QStringLiteral("50000"));
    const QCommandLineOption intakesOpt(
        QStringLiteral("request-intakes"),
        QStringLiteral("Clean requests processed automatically, timed (--run requests)."), QStringLiteral("N"),
        QStringLiteral("50"));
    const QCommandLineOption renewalHoldersOpt(QStringLiteral("renewal-holders"),
                                               QStringLiteral("Holders of the renewed policy (--run renewals)."),
                                               QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption renewalMastersOpt(QStringLiteral("renewal-masters"),
                                               QStringLiteral("Masters they are spread over (--run renewals)."),
                                               QStringLiteral("N"), QStringLiteral("10"));
    parser.addOptions({renewalHoldersOpt, renewalMastersOpt});
    parser.addOptions({insuredsOpt, queriesOpt, naiveOpt, databaseOpt, outOpt, keepOpt, generateOpt, runOpt,
                       certificatesOpt, issueOpt, mailOpt, downloadsOpt, al3Opt, documentsOpt, docPagesOpt, docMbOpt,
                       listDocsOpt, requestsOpt, intakesOpt});
    parser.process(app);

    Options options;
    bool ok = false;
    options.insureds = parser.value(insuredsOpt).toInt(&ok);
    if (!ok || options.insureds < 1) {
        std::fprintf(stderr, "--insureds must be a positive number\n");
        return std::nullopt;
    }
    options.queryCount = parser.value(queriesOpt).toInt(&ok);
    if (!ok || options.queryCount < 1) {
        std::fprintf(stderr, "--queries must be a positive number\n");
        return std::nullopt;
    }
    options.naiveCount = std::min(options.queryCount, parser.value(naiveOpt).toInt());
    options.databaseSet = parser.isSet(databaseOpt);
    options.database = parser.value(databaseOpt);
    options.outSet = parser.isSet(outOpt);
    options.out = parser.value(outOpt);
    options.keep = parser.isSet(keepOpt);
    options.generateOnly = parser.isSet(generateOpt);
    options.generatePath = parser.value(generateOpt);
    const QStringList runs = parser.value(runOpt).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& r : runs) {
        if (r.trimmed() != QLatin1String("book") && r.trimmed() != QLatin1String("certificates") &&
            r.trimmed() != QLatin1String("mail") && r.trimmed() != QLatin1String("downloads") &&
            r.trimmed() != QLatin1String("documents") && r.trimmed() != QLatin1String("requests") &&
            r.trimmed() != QLatin1String("renewals")) {
            std::fprintf(stderr,
                         "--run takes book, certificates, mail, downloads, documents, requests and renewals "
                         "(comma-separated), not \"%s\"\n",
                         qPrintable(r));
            return std::nullopt;
        }
    }
    options.runBook = runs.contains(QStringLiteral("book"));
    options.runCertificates = runs.contains(QStringLiteral("certificates"));
    options.runMail = runs.contains(QStringLiteral("mail"));
    options.runDownloads = runs.contains(QStringLiteral("downloads"));
    options.runDocuments = runs.contains(QStringLiteral("documents"));
    options.runRequests = runs.contains(QStringLiteral("requests"));
    options.runRenewals = runs.contains(QStringLiteral("renewals"));
    if (!options.runBook && !options.runCertificates && !options.runMail && !options.runDownloads &&
        !options.runDocuments && !options.runRequests && !options.runRenewals) {
        std::fprintf(stderr, "--run needs book, certificates, mail, downloads, documents, requests or renewals\n");
        return std::nullopt;
    }
    options.certificates = parser.value(certificatesOpt).toInt(&ok);
    if (!ok || options.certificates < 1) {
        std::fprintf(stderr, "--certificates must be a positive number\n");
        return std::nullopt;
    }
    options.mailEmails = parser.value(mailOpt).toInt(&ok);
    if (!ok || options.mailEmails < 1) {
        std::fprintf(stderr, "--mail-emails must be a positive number\n");
        return std::nullopt;
    }
    options.downloadPolicies = parser.value(downloadsOpt).toInt(&ok);
    if (!ok || options.downloadPolicies < 1) {
        std::fprintf(stderr, "--download-policies must be a positive number\n");
        return std::nullopt;
    }
    options.al3Policies = parser.value(al3Opt).toInt(&ok);
    if (!ok || options.al3Policies < 1 || options.al3Policies > 99999) {
        std::fprintf(stderr, "--al3-policies must be a number from 1 to 99999\n");
        return std::nullopt;
    }
    options.issueHolders = parser.value(issueOpt).toInt(&ok);
    if (!ok || options.issueHolders < 1) {
        std::fprintf(stderr, "--issue-holders must be a positive number\n");
        return std::nullopt;
    }
    for (auto [value, option, name] : {std::tuple{&options.documents, &documentsOpt, "--documents"},
                                       std::tuple{&options.docPages, &docPagesOpt, "--doc-pages"},
                                       std::tuple{&options.docMegabytes, &docMbOpt, "--doc-mb"},
                                       std::tuple{&options.listDocuments, &listDocsOpt, "--list-documents"},
                                       std::tuple{&options.requests, &requestsOpt, "--requests"},
                                       std::tuple{&options.requestIntakes, &intakesOpt, "--request-intakes"},
                                       std::tuple{&options.renewalHolders, &renewalHoldersOpt, "--renewal-holders"},
                                       std::tuple{&options.renewalMasters, &renewalMastersOpt, "--renewal-masters"}}) {
        *value = parser.value(*option).toInt(&ok);
        if (!ok || *value < 1) {
            std::fprintf(stderr, "%s must be a positive number\n", name);
            return std::nullopt;
        }
    }
    return options;
}

// ---------------------------------------------------------------------------------------------
// The book: reuse or generate

struct Book
{
    QString path;
    bool reused = false;
    QJsonObject generation; ///< the report's "generation" section
};

std::shared_ptr<Database> openBook(const QString& path, double* openMs)
{
    QElapsedTimer t;
    t.start();
    OpenOptions options;
    options.create = false;
    Result<std::shared_ptr<Database>> db = Database::open(path, options);
    *openMs = msSince(t);
    if (!db) {
        fail(QStringLiteral("Database::open failed: %1").arg(db.error().message));
        return {};
    }
    return *db;
}

/// --database names a file that holds the wanted book: returns its path; otherwise empty (generate instead).
QString reusableBook(const QString& wanted, int insureds)
{
    QString path;
    double ms = 0;
    if (std::shared_ptr<Database> probe = openBook(wanted, &ms)) {
        const int have = scalar(*probe, QStringLiteral("SELECT count(*) FROM insureds")).toInt();
        if (have == insureds) {
            path = wanted;
        } else {
            note(QStringLiteral("%1 holds %2 insureds, not %3; generating a new book in a temporary folder.")
                     .arg(wanted)
                     .arg(have)
                     .arg(insureds));
        }
    }
    errors().clear(); // a file we cannot use is a reason to generate, not a failure
    return path;
}

/// Reuses --database when it fits, or generates the book there or in tempDir (which the caller keeps alive,
/// since it removes the book when it goes). nullopt when generating failed.
std::optional<Book> prepareBook(const Options& options, QTemporaryDir& tempDir)
{
    Book book;
    if (options.databaseSet) {
        const QString wanted = QFileInfo(options.database).absoluteFilePath();
        if (QFileInfo::exists(wanted)) {
            book.path = reusableBook(wanted, options.insureds);
            book.reused = !book.path.isEmpty();
        } else {
            book.path = wanted;
        }
    }
    if (book.path.isEmpty()) {
        if (!tempDir.isValid()) {
            fail(QStringLiteral("cannot create a temporary folder"));
            return std::nullopt;
        }
        tempDir.setAutoRemove(!options.keep);
        book.path = tempDir.filePath(QStringLiteral("agencydesk-bench.agencydesk"));
    }

    book.generation.insert(QStringLiteral("path"), book.path);
    book.generation.insert(QStringLiteral("reused"), book.reused);
    if (!book.reused) {
        note(QStringLiteral("Generating %1 insureds into %2 ...").arg(options.insureds).arg(book.path));
        const QJsonObject child = BookGenerator::generateInChild(book.path, options.insureds);
        if (child.isEmpty())
            return std::nullopt;
        for (auto it = child.begin(); it != child.end(); ++it)
            book.generation.insert(it.key(), it.value());
    }
    book.generation.insert(QStringLiteral("fileBytesAtBenchmark"),
                           fileSize(book.path) + fileSize(book.path + QStringLiteral("-wal")));
    return book;
}

// ---------------------------------------------------------------------------------------------
// Opening the book: Database::open to the first rows of the Insureds list

struct OpenTimes
{
    bool evicted = false;
    double coldOpenMs = 0, coldFirstMs = 0;
    double openMs = 0; ///< warm Database::open: quick_check, journal mode, migrations check
    ListTimes list;
    qint64 rssAfterOpen = 0;
    double noCheckOpenMs = 0, noCheckFirstMs = 0;
    double loginMs = 0;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("coldCacheEvicted"), evicted},
                {QStringLiteral("listVia"), ListBenchmark::listVia()},
                {QStringLiteral("coldOpenMs"), coldOpenMs},
                {QStringLiteral("coldFirstRowsMs"), coldFirstMs},
                {QStringLiteral("withoutQuickCheckOpenMs"), noCheckOpenMs},
                {QStringLiteral("withoutQuickCheckFirstRowsMs"), noCheckFirstMs},
                {QStringLiteral("openMs"), openMs},
                {QStringLiteral("countMs"), list.countMs},
                {QStringLiteral("firstRowsMs"), list.firstRowsMs},
                {QStringLiteral("lastPageMs"), list.lastPageMs},
                {QStringLiteral("sortByCityMs"), list.sortCityMs},
                {QStringLiteral("rowCount"), list.rows},
                {QStringLiteral("loginMs"), loginMs}};
    }
};

// Login is PBKDF2 by design (slow on purpose) and waits for the user anyway: timed apart.
std::optional<Session> loginTo(const std::shared_ptr<Database>& db, double* ms)
{
    QElapsedTimer t;
    t.start();
    Result<Session> s = AuthService(db).login(QStringLiteral("maria"), DemoData::demoPassword());
    *ms = msSince(t);
    if (!s) {
        fail(QStringLiteral("login failed: %1").arg(s.error().message));
        return std::nullopt;
    }
    return *s;
}

QJsonObject machineJson(const QString& sqliteVersion, const QString& loadAtStart)
{
    return {{QStringLiteral("cpu"), readCpuModel()},
            {QStringLiteral("cores"), QThread::idealThreadCount()},
            {QStringLiteral("ramBytes"), readTotalRamBytes()},
            {QStringLiteral("os"), QSysInfo::prettyProductName()},
            {QStringLiteral("kernel"), QSysInfo::kernelVersion()},
            {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
            {QStringLiteral("sqlite"), sqliteVersion},
            {QStringLiteral("loadAverageAtStart"), loadAtStart},
            {QStringLiteral("loadAverageAtEnd"), loadAverage()}};
}

// ---------------------------------------------------------------------------------------------
// The report

/// Everything the book section of the printed table shows.
struct Run
{
    const Options& options;
    const Book& book;
    const OpenTimes& open;
    const SearchBenchmark& search;
    const QJsonObject& report;
    const QJsonObject& memory;
};

void row(const char* what, const QString& value)
{
    std::printf("  %-46s %s\n", what, qPrintable(value));
}

QString msText(double ms)
{
    return QStringLiteral("%1 ms").arg(ms, 0, 'f', 2);
}

QString statsText(const Stats& s)
{
    return QStringLiteral("p50 %1  p95 %2  p99 %3  max %4  (n=%5)")
        .arg(msText(s.p50), msText(s.p95), msText(s.p99), msText(s.max))
        .arg(s.count);
}

void printGeneration(const Book& book)
{
    const QJsonObject& generation = book.generation;
    if (book.reused) {
        row("generation", QStringLiteral("reused an existing file (not timed)"));
    } else {
        row("generation time", msText(generation.value(QStringLiteral("ms")).toDouble()));
        row("policies", QString::number(generation.value(QStringLiteral("policies")).toInteger()));
        row("file size after generation (db + wal)",
            QStringLiteral("%1 MiB + %2 MiB")
                .arg(mib(generation.value(QStringLiteral("mainBytes")).toInteger()), 0, 'f', 1)
                .arg(mib(generation.value(QStringLiteral("walBytes")).toInteger()), 0, 'f', 1));
        row("generator peak RSS",
            QStringLiteral("%1 MiB").arg(mib(generation.value(QStringLiteral("peakRssBytes")).toInteger()), 0, 'f', 1));
    }
    row("file size at benchmark (db + wal)",
        QStringLiteral("%1 MiB").arg(mib(generation.value(QStringLiteral("fileBytesAtBenchmark")).toInteger()), 0, 'f',
                                     1));
}

void printHeader(const QJsonObject& report, const QJsonObject& machine)
{
    std::printf("\nAgencyDesk benchmark  %s\n", qPrintable(report.value(QStringLiteral("date")).toString()));
    row("machine", QStringLiteral("%1, %2 cores, %3 GiB RAM, %4")
                       .arg(machine.value(QStringLiteral("cpu")).toString())
                       .arg(QThread::idealThreadCount())
                       .arg(static_cast<double>(readTotalRamBytes()) / (1024.0 * 1024 * 1024), 0, 'f', 1)
                       .arg(QSysInfo::prettyProductName()));
    row("load average (1/5/15 min) at start", machine.value(QStringLiteral("loadAverageAtStart")).toString());
    row("Qt / SQLite", QStringLiteral("%1 / %2").arg(QString::fromLatin1(qVersion()),
                                                     machine.value(QStringLiteral("sqlite")).toString()));
    std::fflush(stdout);
}

void printBook(const Run& run)
{
    const OpenTimes& open = run.open;
    const SearchBenchmark& search = run.search;
    row("book", QStringLiteral("%1 insureds, %2").arg(run.options.insureds).arg(run.book.path));
    printGeneration(run.book);
    row("list measured via", ListBenchmark::listVia());
    row("open (quick_check, migrations), cold cache",
        msText(open.coldOpenMs) + (open.evicted ? QString() : QStringLiteral(" (cache not evicted)")));
    row("open to first rows, cold cache", msText(open.coldFirstMs));
    row("open (quick_check, migrations), warm", msText(open.openMs));
    row("open to first rows, warm  [target 300 ms]", msText(open.list.firstRowsMs));
    row("  same, open without quick_check",
        QStringLiteral("%1 (open %2)").arg(msText(open.noCheckFirstMs), msText(open.noCheckOpenMs)));
    row("  of which row count", msText(open.list.countMs));
    row("jump to the last row", msText(open.list.lastPageMs));
    row("re-sort by City (first rows)", msText(open.list.sortCityMs));
    row("login (PBKDF2, not in first rows)", msText(open.loginMs));
    row("super search  [target p95 15 ms]", statsText(search.searchStats));
    for (Kind k : kAllKinds) {
        const auto it = search.byKind.find(k); // find, not []: a kind may have no samples in a small run
        row(qPrintable(QString(QStringLiteral("  ") + kindName(k))),
            statsText(statsOf(it != search.byKind.end() ? it->second : std::vector<double>{})));
    }
    row("super search, same queries as naive", statsText(search.subsetStats));
    row("naive LIKE scan", statsText(search.naiveStats));
    row("naive / super search",
        QStringLiteral("p50 x%1  p95 x%2").arg(search.ratioP50, 0, 'f', 1).arg(search.ratioP95, 0, 'f', 1));
    row("peak RSS after open + first rows  [200 MiB]", QStringLiteral("%1 MiB").arg(mib(open.rssAfterOpen), 0, 'f', 1));
#ifdef AGENCYDESK_BENCH_LIST_MODEL
    row("peak RSS with the list in a table view",
        QStringLiteral("%1 MiB").arg(mib(run.memory.value(QStringLiteral("peakRssWithTableViewBytes")).toInteger()), 0,
                                     'f', 1));
#endif
    row("peak RSS at the end", QStringLiteral("%1 MiB").arg(mib(peakRssBytes()), 0, 'f', 1));
    const QJsonObject plans = run.report.value(QStringLiteral("queryPlans")).toObject();
    row("plan: name prefix",
        plans.value(QStringLiteral("namePrefix")).toVariant().toStringList().join(QStringLiteral("; ")));
    row("plan: policy prefix",
        plans.value(QStringLiteral("policyPrefix")).toVariant().toStringList().join(QStringLiteral("; ")));
    std::fflush(stdout);
}

void printCertificates(const std::optional<CertificateRenderFigures>& render,
                       const std::optional<CertificateIssueFigures>& issue)
{
    if (render) {
        row("certificates rendered to PDF (one thread)", QString::number(render->count));
        row("  per certificate, wall  [target 10 ms]", statsText(render->perCertificate));
        row("  per certificate, process CPU", msText(render->cpuMsEach));
        row("  certificates per second  [target 100]", QString::number(render->perSecond, 'f', 1));
        row("  largest PDF  [target 60 KB]", QStringLiteral("%1 KB").arg(render->largestBytes / 1024.0, 0, 'f', 1));
        row("  split: QPdfWriter + painter.begin", statsText(render->setupMs));
        row("  split: CertificateRenderer::paint", statsText(render->paintMs));
        row("  split: painter.end (page, fonts, compress)", statsText(render->endMs));
    }
    if (issue) {
        row("certificates issued (CertificateService)",
            QStringLiteral("%1 holders of one master, fresh database").arg(issue->holders));
        row("  setup (agency + PBKDF2, policies, master)", msText(issue->setupMs));
        row("  holders imported from CSV (one transaction)", msText(issue->holdersMs));
        row("  total", QStringLiteral("%1 s").arg(issue->totalSeconds, 0, 'f', 2));
        row("  per certificate, wall", statsText(issue->perCertificate));
        row("  per certificate, process CPU", msText(issue->cpuMsEach));
        row("  database file (db + wal)", QStringLiteral("%1 MiB").arg(mib(issue->databaseBytes), 0, 'f', 1));
    }
    std::fflush(stdout);
}

/// SQLite's version from an in-memory connection (the certificate run has no book to ask).
QString sqliteVersion()
{
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-version"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
                version = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-version"));
    return version;
}

void writeReport(const Options& options, const QJsonObject& report)
{
    if (!options.outSet)
        return;
    QFile out(options.out);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        out.write(QJsonDocument(report).toJson(QJsonDocument::Indented)) < 0) {
        fail(QStringLiteral("cannot write %1").arg(options.out));
    }
}

/// The "book" benchmarks: generation (or reuse), first rows, memory, super search; prints its section.
/// False when the pipeline failed.
bool runBook(const Options& options, QJsonObject& report)
{
    QTemporaryDir tempDir; // removes a generated book (unless --keep) when the run is over
    const std::optional<Book> book = prepareBook(options, tempDir);
    if (!book)
        return false;
    report.insert(QStringLiteral("generation"), book->generation);

    // Time to first rows: cold OS cache first, then warm on the connection the rest of the benchmark uses.
    OpenTimes open;
    open.evicted = evictFromPageCache(book->path);
    ListBenchmark::firstScreen(book->path, options.insureds, true, &open.coldOpenMs, &open.coldFirstMs);
    if (!errors().isEmpty())
        return false;
    QElapsedTimer firstRowsTimer;
    firstRowsTimer.start();
    std::shared_ptr<Database> db = openBook(book->path, &open.openMs);
    if (!db)
        return false;
    const Session listSession = ListBenchmark::managerSession(db);
#ifdef AGENCYDESK_BENCH_LIST_MODEL
    InsuredListModel model(listSession, nullptr); // kept for the table view below
    open.list = ListBenchmark::measure(model, firstRowsTimer, options.insureds);
#else
    open.list = ListBenchmark::measure(listSession, firstRowsTimer, options.insureds);
#endif
    open.rssAfterOpen = peakRssBytes();
    // The same first screen without PRAGMA quick_check at open, to show what the check costs.
    ListBenchmark::firstScreen(book->path, options.insureds, false, &open.noCheckOpenMs, &open.noCheckFirstMs);
    const std::optional<Session> session = loginTo(db, &open.loginMs);
    if (!session)
        return false;
    report.insert(QStringLiteral("open"), open.toJson());

    QJsonObject memory;
    memory.insert(QStringLiteral("peakRssAfterOpenBytes"), open.rssAfterOpen);
#ifdef AGENCYDESK_BENCH_LIST_MODEL
    ListBenchmark::measureTableView(model, memory);
#endif

    const std::optional<SearchBenchmark> search =
        SearchBenchmark::measure(*db, *session, options.queryCount, options.naiveCount);
    if (!search)
        return false;
    report.insert(QStringLiteral("search"), search->searchJson);
    report.insert(QStringLiteral("naiveScan"), search->naiveJson);
    report.insert(QStringLiteral("queryPlans"), SearchBenchmark::queryPlans(*db));
    memory.insert(QStringLiteral("peakRssEndBytes"), peakRssBytes());
    report.insert(QStringLiteral("memory"), memory);

    printBook(Run{options, *book, open, *search, report, memory});
    if (options.keep && !book->reused)
        note(QStringLiteral("kept the database: %1").arg(book->path));
    return true;
}

/// The "downloads" benchmark: ACORD XML and an AL3 batch imported into (a copy of) the book.
bool runDownloads(const Options& options, QJsonObject& report)
{
    QTemporaryDir tempDir;
    const std::optional<Book> book = prepareBook(options, tempDir);
    if (!book)
        return false;
    const std::optional<DownloadFigures> f =
        DownloadBenchmark::measure(book->path, options.downloadPolicies, options.al3Policies);
    if (!f)
        return false;
    report.insert(QStringLiteral("downloads"), f->toJson());
    row("downloads: book", QStringLiteral("%1 insureds (a copy; the book is not changed)").arg(options.insureds));
    row("ACORD XML imported (parse + match + store)", QStringLiteral("%1 policies in %2 files, %3 MiB")
                                                          .arg(f->xmlPolicies)
                                                          .arg(f->xmlFiles)
                                                          .arg(mib(f->xmlBytes), 0, 'f', 1));
    row("  total, one thread",
        QStringLiteral("%1 s (CPU %2 s)").arg(f->xmlSeconds, 0, 'f', 2).arg(f->xmlCpuSeconds, 0, 'f', 2));
    row("  policies per second  [target 5,000]", QString::number(f->xmlPerSecond, 'f', 0));
    row("  attached (exact match) / unattached", QStringLiteral("%1 / %2").arg(f->attached).arg(f->unattached));
    row("  the same files again (all unchanged)", QStringLiteral("%1 s").arg(f->reimportSeconds, 0, 'f', 2));
    row("AL3 batch, one file  [target 5 s for 10,000]", QStringLiteral("%1 policies, %2 MiB: %3 s (CPU %4 s)")
                                                            .arg(f->al3Policies)
                                                            .arg(mib(f->al3Bytes), 0, 'f', 1)
                                                            .arg(f->al3Seconds, 0, 'f', 2)
                                                            .arg(f->al3CpuSeconds, 0, 'f', 2));
    row("peak RSS: before, after 1/10 of the XML, after all", QStringLiteral("%1 / %2 / %3 MiB")
                                                                  .arg(mib(f->rssBeforeBytes), 0, 'f', 1)
                                                                  .arg(mib(f->rssAfterTenthBytes), 0, 'f', 1)
                                                                  .arg(mib(f->rssAfterXmlBytes), 0, 'f', 1));
    row("peak RSS after the AL3 batch", QStringLiteral("%1 MiB").arg(mib(f->rssAfterAl3Bytes), 0, 'f', 1));
    std::fflush(stdout);
    return true;
}

/// The "documents" benchmarks: a large PDF added and a long list on a fresh database, then the super search on the
/// book (generated or reused) with the documents' text added. False when the pipeline failed.
bool runDocuments(const Options& options, QJsonObject& report)
{
    note(QStringLiteral("Adding a %1 MB, %2-page PDF ...").arg(options.docMegabytes).arg(options.docPages));
    const std::optional<DocumentAddFigures> add =
        DocumentBenchmark::measureAdd(options.docPages, options.docMegabytes, options.listDocuments);
    if (!add)
        return false;
    QTemporaryDir tempDir;
    const std::optional<Book> book = prepareBook(options, tempDir);
    if (!book)
        return false;
    const std::optional<DocumentSearchFigures> search =
        DocumentBenchmark::measureSearch(book->path, options.documents, options.queryCount);
    if (!search)
        return false;
    report.insert(QStringLiteral("documents"),
                  QJsonObject{{QStringLiteral("add"), add->toJson()}, {QStringLiteral("search"), search->toJson()}});
    row("large PDF added (DocumentService::add)", QStringLiteral("%1 pages, %2 MiB (made in %3)")
                                                      .arg(add->pages)
                                                      .arg(mib(add->bytes), 0, 'f', 1)
                                                      .arg(msText(add->generateMs)));
    row("  stored, text-indexed, thumbnailed  [target 2 s]",
        QStringLiteral("%1 wall, %2 process CPU, %3 characters of text")
            .arg(msText(add->addMs), msText(add->cpuMs))
            .arg(add->textChars));
    row("list of one insured's documents  [target 200 ms]",
        QStringLiteral("%1 documents: %2").arg(add->listDocuments).arg(statsText(add->listMs)));
    row("book with documents", QStringLiteral("%1 insureds, %2 documents (%3 added in %4 s)")
                                   .arg(options.insureds)
                                   .arg(search->documentsInBook)
                                   .arg(search->documentsAdded)
                                   .arg(search->insertSeconds, 0, 'f', 1));
    row("super search, book queries  [target p95 15 ms]", statsText(search->superSearch));
    row("super search, words in documents  [p95 15 ms]", statsText(search->superSearchWords));
    row("doc search (DocumentService::search), same words", statsText(search->documentSearch));
    std::fflush(stdout);
    return true;
}

/// The "requests" benchmarks: the request desk's default view, pending count and automatic intake on a fresh
/// database with options.requests requests. False when the pipeline failed.
bool runRequests(const Options& options, QJsonObject& report)
{
    const int insureds = std::clamp(options.requests / 100, 1, 500);
    note(QStringLiteral("Request desk: %1 requests for %2 customers ...").arg(options.requests).arg(insureds));
    const std::optional<RequestFigures> f =
        RequestBenchmark::measure(options.requests, insureds, 50, options.requestIntakes);
    if (!f)
        return false;
    report.insert(QStringLiteral("requests"), f->toJson());
    row("request desk: requests (pending)", QStringLiteral("%1 (%2) for %3 customers, made in %4 s")
                                                .arg(f->requests)
                                                .arg(f->pending)
                                                .arg(f->insureds)
                                                .arg(f->generateSeconds, 0, 'f', 1));
    row("  default view, New + In Progress  [target 200 ms]",
        QStringLiteral("%1 rows: %2").arg(f->defaultViewRows).arg(statsText(f->defaultView)));
    row("  pending count  [target 5 ms]", statsText(f->pendingCount));
    row("  default view searched by customer name", statsText(f->searchView));
    row("  intake + automatic processing  [target 100 ms]",
        QStringLiteral("%1 (%2 completed)").arg(statsText(f->intake)).arg(f->intakeCompleted));
    std::fflush(stdout);
    return true;
}

/// The "renewals" benchmark: one policy on options.renewalMasters masters with options.renewalHolders holders,
/// renewed and run. False when the pipeline failed.
bool runRenewals(const Options& options, QJsonObject& report)
{
    note(QStringLiteral("Renewal run: %1 holders on %2 masters ...")
             .arg(options.renewalHolders)
             .arg(options.renewalMasters));
    const std::optional<RenewalFigures> f =
        RenewalBenchmark::measure(std::min(options.renewalMasters, options.renewalHolders), options.renewalHolders);
    if (!f)
        return false;
    report.insert(QStringLiteral("renewals"), f->toJson());
    row("renewal run: holders on masters",
        QStringLiteral("%1 on %2 (made in %3 s)").arg(f->holders).arg(f->masters).arg(f->setupSeconds, 0, 'f', 1));
    row("  renew (term + queued run)", QStringLiteral("%1 ms").arg(f->renewMs, 0, 'f', 1));
    row("  whole run  [target 20 s for 1,000 on 10]", QStringLiteral("%1 s").arg(f->runSeconds, 0, 'f', 2));
    row("  per holder (render, store, queue email)", QStringLiteral("%1 ms").arg(f->msPerHolder, 0, 'f', 1));
    row("  run, AgencyDesk CPU", QStringLiteral("%1 s").arg(f->runCpuSeconds, 0, 'f', 2));
    row("  longest master transaction", QStringLiteral("%1 ms").arg(f->longestMasterMs, 0, 'f', 0));
    row("  longest gap between progress reports", QStringLiteral("%1 ms").arg(f->longestProgressGapMs, 0, 'f', 0));
    row("  certificates / emails / masters updated",
        QStringLiteral("%1 / %2 / %3").arg(f->certificatesIssued).arg(f->emailsQueued).arg(f->mastersUpdated));
    std::fflush(stdout);
    return true;
}

} // namespace

// ---------------------------------------------------------------------------------------------

int main(int argc, char** argv)
{
#ifdef AGENCYDESK_BENCH_LIST_MODEL
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // the table view is measured, never shown to anyone
    QApplication app(argc, argv);
#else
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // certificates are painted with Qt's PDF writer: no display needed
    QGuiApplication app(argc, argv);
#endif
    QCoreApplication::setApplicationName(QStringLiteral("agencydesk-bench"));

    const std::optional<Options> options = parseOptions(app);
    if (!options)
        return 2;
    if (options->generateOnly)
        return BookGenerator::generateOnly(options->generatePath, options->insureds);

    QJsonObject report;
    report.insert(QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    QJsonObject machine = machineJson(sqliteVersion(), loadAverage());
    report.insert(QStringLiteral("parameters"),
                  QJsonObject{{QStringLiteral("insureds"), options->insureds},
                              {QStringLiteral("queries"), options->queryCount},
                              {QStringLiteral("naiveQueries"), options->naiveCount},
                              {QStringLiteral("runBook"), options->runBook},
                              {QStringLiteral("runCertificates"), options->runCertificates},
                              {QStringLiteral("certificates"), options->certificates},
                              {QStringLiteral("issueHolders"), options->issueHolders},
                              {QStringLiteral("runMail"), options->runMail},
                              {QStringLiteral("mailEmails"), options->mailEmails},
                              {QStringLiteral("runDownloads"), options->runDownloads},
                              {QStringLiteral("downloadPolicies"), options->downloadPolicies},
                              {QStringLiteral("al3Policies"), options->al3Policies},
                              {QStringLiteral("runDocuments"), options->runDocuments},
                              {QStringLiteral("documents"), options->documents},
                              {QStringLiteral("docPages"), options->docPages},
                              {QStringLiteral("docMegabytes"), options->docMegabytes},
                              {QStringLiteral("listDocuments"), options->listDocuments},
                              {QStringLiteral("runRequests"), options->runRequests},
                              {QStringLiteral("requests"), options->requests},
                              {QStringLiteral("requestIntakes"), options->requestIntakes},
                              {QStringLiteral("runRenewals"), options->runRenewals},
                              {QStringLiteral("renewalHolders"), options->renewalHolders},
                              {QStringLiteral("renewalMasters"), options->renewalMasters},
                              {QStringLiteral("command"), QCoreApplication::arguments().join(QLatin1Char(' '))}});
    printHeader(report, machine);

    if (options->runBook && !runBook(*options, report))
        return 1;
    if (options->runCertificates) {
        note(QStringLiteral("Rendering %1 certificates ...").arg(options->certificates));
        const std::optional<CertificateRenderFigures> render =
            CertificateBenchmark::measureRender(options->certificates);
        note(QStringLiteral("Issuing certificates for %1 holders ...").arg(options->issueHolders));
        const std::optional<CertificateIssueFigures> issue = CertificateBenchmark::measureIssue(options->issueHolders);
        QJsonObject certificates;
        if (render)
            certificates.insert(QStringLiteral("render"), render->toJson());
        if (issue)
            certificates.insert(QStringLiteral("issue"), issue->toJson());
        report.insert(QStringLiteral("certificates"), certificates);
        printCertificates(render, issue);
    }
    if (options->runMail) {
        note(QStringLiteral("Queueing and delivering %1 certificate emails ...").arg(options->mailEmails));
        if (const std::optional<MailFigures> mail = MailBenchmark::measure(options->mailEmails)) {
            report.insert(QStringLiteral("mail"), mail->toJson());
            row("certificate emails queued (CertificateMailer)", QString::number(mail->emails));
            row("  queue all  [target 2 s for 1,000]", QStringLiteral("%1 s").arg(mail->queueSeconds, 0, 'f', 2));
            row("  per email", statsText(mail->queueMsEach));
            row("  queue, AgencyDesk CPU", QStringLiteral("%1 s").arg(mail->queueCpuSeconds, 0, 'f', 2));
            row("  one message on the wire (PDF attached)",
                QStringLiteral("%1 KB").arg(mail->messageBytes / 1024.0, 0, 'f', 1));
            row("  delivered to aiosmtpd, one connection", QStringLiteral("%1 s").arg(mail->deliverSeconds, 0, 'f', 2));
            row("  messages per second  [target 20]", QString::number(mail->messagesPerSecond, 'f', 1));
            row("  deliver, AgencyDesk CPU", QStringLiteral("%1 s").arg(mail->deliverCpuSeconds, 0, 'f', 2));
            row("  deliver, aiosmtpd (Python) CPU", QStringLiteral("%1 s").arg(mail->serverCpuSeconds, 0, 'f', 2));
            row("  saved by the server", QString::number(mail->received));
            std::fflush(stdout);
        }
    }

    if (options->runDownloads && !runDownloads(*options, report))
        return 1;
    if (options->runDocuments && !runDocuments(*options, report))
        return 1;
    if (options->runRequests && !runRequests(*options, report))
        return 1;
    if (options->runRenewals && !runRenewals(*options, report))
        return 1;

    machine.insert(QStringLiteral("loadAverageAtEnd"), loadAverage());
    report.insert(QStringLiteral("machine"), machine);
    report.insert(QStringLiteral("errors"), QJsonArray::fromStringList(errors()));
    report.insert(QStringLiteral("ok"), errors().isEmpty());
    row("load average (1/5/15 min) at end", loadAverage());
    std::printf("  %-46s %s\n\n", "result",
                errors().isEmpty() ? "ok" : qPrintable(QStringLiteral("%1 error(s)").arg(errors().size())));
    std::fflush(stdout);
    writeReport(*options, report);
    return errors().isEmpty() ? 0 : 1;
}
