// agencydesk-bench: how AgencyDesk behaves with a large book of business, and how fast its heavy work is.
//
// "book" (this file): generates (or reuses) a demo database, then measures generation time and file size,
// super-search latency against the naive LIKE scan, the time from opening the file to the first rows of the
// Insureds list, and peak RSS. The other runs (BenchRuns.cpp): certificates, mail, downloads, documents, requests,
// renewals. --run picks which. Prints a table and writes JSON (--out). It exits non-zero only when the pipeline
// fails (an error, or a search for text taken from the data finds nothing); it never judges speed: the targets are
// compared by the reader (docs/BENCHMARKS.md).

#include "BenchBook.h"
#include "BenchOptions.h"
#include "BenchOutput.h"
#include "BenchRuns.h"
#include "BenchSystem.h"
#include "BookGenerator.h"
#include "Database.h"
#include "DemoData.h"
#include "ListBenchmark.h"
#include "SearchBenchmark.h"
#include "Session.h"
#include "UserService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>
#include <QtGlobal>

#ifdef AGENCYDESK_BENCH_LIST_MODEL
#include "InsuredListModel.h"

#include <QApplication>
#else
#include <QGuiApplication>
#endif

#include <cstdio>
#include <memory>
#include <optional>
#include <vector>

using namespace agencydesk;
using namespace agencydesk::bench;

namespace {

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

// ---------------------------------------------------------------------------------------------
// The book's section of the report

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
    if (options->runCertificates)
        runCertificates(*options, report);
    if (options->runMail)
        runMail(*options, report);

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
