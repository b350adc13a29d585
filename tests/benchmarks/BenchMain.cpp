// agencydesk-bench: how AgencyDesk behaves with a large book of business.
//
// Generates (or reuses) a demo database, then measures in one run: generation time and file size,
// super-search latency against the naive LIKE scan, the time from opening the file to the first rows
// of the Insureds list, and peak RSS. Prints a table and writes JSON (--out). It exits non-zero only
// when the pipeline fails (an error, or a search for text taken from the data finds nothing); it
// never judges speed: the targets are compared by the reader (docs/BENCHMARKS.md).

#include "AgencyService.h"
#include "Database.h"
#include "DemoData.h"
#include "InsuredService.h"
#include "SearchService.h"
#include "Session.h"
#include "UserService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
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
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#endif

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>
#endif
#if defined(Q_OS_WIN)
#include <windows.h>
// after windows.h
#include <psapi.h>
#endif

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <tuple>
#include <vector>

using namespace agencydesk;

namespace {

// ---------------------------------------------------------------------------------------------
// Small helpers

double msSince(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

/// Peak resident set size of this process so far, in bytes (0 when unknown).
qint64 peakRssBytes()
{
#if defined(Q_OS_LINUX)
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) == 0)
        return static_cast<qint64>(usage.ru_maxrss) * 1024; // kilobytes on Linux
    return 0;
#elif defined(Q_OS_MACOS)
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) == 0)
        return static_cast<qint64>(usage.ru_maxrss); // bytes on macOS
    return 0;
#elif defined(Q_OS_WIN)
    PROCESS_MEMORY_COUNTERS counters{};
    if (GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters))
        return static_cast<qint64>(counters.PeakWorkingSetSize);
    return 0;
#else
    return 0;
#endif
}

double mib(qint64 bytes)
{
    return static_cast<double>(bytes) / (1024.0 * 1024.0);
}

qint64 fileSize(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : 0;
}

/// Asks the OS to forget the cached pages of the database files, so the next open reads the disk.
/// Best effort: returns false where it is not supported.
bool evictFromPageCache(const QString& path)
{
#if defined(Q_OS_LINUX)
    bool ok = true;
    for (const QString& p : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        if (!QFileInfo::exists(p))
            continue;
        const int fd = ::open(QFile::encodeName(p).constData(), O_RDONLY);
        if (fd < 0) {
            ok = false;
            continue;
        }
        ::fdatasync(fd);
        ok = ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED) == 0 && ok;
        ::close(fd);
    }
    return ok;
#else
    Q_UNUSED(path);
    return false;
#endif
}

struct Stats
{
    int count = 0;
    double p50 = 0, p95 = 0, p99 = 0, max = 0, mean = 0;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("count"), count}, {QStringLiteral("p50Ms"), p50}, {QStringLiteral("p95Ms"), p95},
                {QStringLiteral("p99Ms"), p99},   {QStringLiteral("maxMs"), max}, {QStringLiteral("meanMs"), mean}};
    }
};

/// Nearest-rank percentiles.
Stats statsOf(std::vector<double> samples)
{
    Stats s;
    s.count = static_cast<int>(samples.size());
    if (samples.empty())
        return s;
    std::sort(samples.begin(), samples.end());
    auto rank = [&samples](double p) {
        const auto n = samples.size();
        auto idx = static_cast<std::size_t>(std::max(1.0, std::ceil(p / 100.0 * static_cast<double>(n)))) - 1;
        return samples[std::min(idx, n - 1)];
    };
    s.p50 = rank(50);
    s.p95 = rank(95);
    s.p99 = rank(99);
    s.max = samples.back();
    double sum = 0;
    for (double v : samples)
        sum += v;
    s.mean = sum / static_cast<double>(samples.size());
    return s;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (f.open(QIODevice::ReadOnly | QIODevice::Text))
        return QString::fromUtf8(f.readAll()).section(QLatin1Char(' '), 0, 2);
    return {};
}

QString readCpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
        for (const QString& line : lines) {
            if (line.startsWith(QLatin1String("model name")))
                return line.section(QLatin1Char(':'), 1).trimmed();
        }
    }
    return QSysInfo::currentCpuArchitecture();
}

qint64 readTotalRamBytes()
{
    QFile f(QStringLiteral("/proc/meminfo"));
    if (f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
        for (const QString& line : lines) {
            if (line.startsWith(QLatin1String("MemTotal:")))
                return line.section(QLatin1Char(':'), 1).simplified().section(QLatin1Char(' '), 0, 0).toLongLong() *
                       1024;
        }
    }
    return 0;
}

/// Everything that went wrong; any entry makes the exit code non-zero.
QStringList g_errors;

void fail(const QString& what)
{
    g_errors << what;
    std::fprintf(stderr, "ERROR: %s\n", qPrintable(what));
}

void note(const QString& text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
    std::fflush(stderr);
}

QString scalar(const Database& db, const QString& sql)
{
    QSqlQuery q = db.query();
    if (!q.exec(sql) || !q.next()) {
        fail(QStringLiteral("query failed: %1").arg(sql));
        return {};
    }
    return q.value(0).toString();
}

QStringList queryPlan(const Database& db, const QString& sql, const QVariantList& binds)
{
    QStringList plan;
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        fail(QStringLiteral("EXPLAIN QUERY PLAN failed: %1").arg(sql));
        return plan;
    }
    while (q.next())
        plan << q.value(3).toString();
    return plan;
}

// ---------------------------------------------------------------------------------------------
// Generation (in a child process, so the parent's peak RSS is only what opening and using the book costs)

int generateOnly(const QString& path, int insureds)
{
    QElapsedTimer total;
    total.start();
    Result<std::shared_ptr<Database>> db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "ERROR: %s\n", qPrintable(db.error().message));
        return 2;
    }
    QElapsedTimer lastNote;
    lastNote.start();
    Result<Session> session = DemoData::createDemoDatabase(*db, insureds, [&](int done, int all) {
        if (lastNote.elapsed() > 5000 || done == all) {
            note(QStringLiteral("  generated %1 / %2 insureds (%3 s)").arg(done).arg(all).arg(total.elapsed() / 1000));
            lastNote.restart();
        }
        return true;
    });
    if (!session) {
        std::fprintf(stderr, "ERROR: %s\n", qPrintable(session.error().message));
        return 2;
    }
    const double ms = msSince(total);
    const QString policies = scalar(**db, QStringLiteral("SELECT count(*) FROM policies"));
    const qint64 mainBytes = fileSize(path);
    const qint64 walBytes = fileSize(path + QStringLiteral("-wal"));
    const QJsonObject out{{QStringLiteral("ms"), ms},
                          {QStringLiteral("policies"), policies.toLongLong()},
                          {QStringLiteral("mainBytes"), mainBytes},
                          {QStringLiteral("walBytes"), walBytes},
                          {QStringLiteral("peakRssBytes"), peakRssBytes()}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    return 0;
}

/// Runs this executable with --generate-only; returns the child's JSON or an empty object on failure.
QJsonObject generateInChild(const QString& path, int insureds)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--generate-only"), path, QStringLiteral("--insureds"), QString::number(insureds)});
    if (!child.waitForStarted()) {
        fail(QStringLiteral("cannot start the generator: %1").arg(child.errorString()));
        return {};
    }
    child.waitForFinished(-1);
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        fail(QStringLiteral("generating %1 insureds failed (exit code %2)").arg(insureds).arg(child.exitCode()));
        return {};
    }
    const QByteArray output = child.readAllStandardOutput().trimmed();
    const QJsonObject result = QJsonDocument::fromJson(output.split('\n').last()).object();
    if (result.isEmpty())
        fail(QStringLiteral("the generator printed no result: %1").arg(QString::fromUtf8(output)));
    return result;
}

// ---------------------------------------------------------------------------------------------
// Search queries sampled from the data

enum class Kind
{
    NamePrefix,
    NameMiddle,
    PolicyFull,
    PolicyPartial,
    EmailFull,
    EmailFragment
};

QString kindName(Kind k)
{
    switch (k) {
    case Kind::NamePrefix:
        return QStringLiteral("name prefix");
    case Kind::NameMiddle:
        return QStringLiteral("name substring");
    case Kind::PolicyFull:
        return QStringLiteral("policy number");
    case Kind::PolicyPartial:
        return QStringLiteral("policy fragment");
    case Kind::EmailFull:
        return QStringLiteral("email");
    case Kind::EmailFragment:
        return QStringLiteral("email fragment");
    }
    return {};
}

constexpr Kind kAllKinds[] = {Kind::NamePrefix,    Kind::NameMiddle, Kind::PolicyFull,
                              Kind::PolicyPartial, Kind::EmailFull,  Kind::EmailFragment};

struct SearchCase
{
    Kind kind = Kind::NamePrefix;
    QString text;
    qint64 expectedId = 0; ///< an insured that must be among the hits (full policy number, full email), or 0
};

class QuerySampler
{
public:
    explicit QuerySampler(const Database& db) : m_db(db), m_rng(20261123)
    {
        m_minInsured = scalar(db, QStringLiteral("SELECT COALESCE(min(id), 0) FROM insureds")).toLongLong();
        m_maxInsured = scalar(db, QStringLiteral("SELECT COALESCE(max(id), 0) FROM insureds")).toLongLong();
        m_minPolicy = scalar(db, QStringLiteral("SELECT COALESCE(min(id), 0) FROM policies")).toLongLong();
        m_maxPolicy = scalar(db, QStringLiteral("SELECT COALESCE(max(id), 0) FROM policies")).toLongLong();
    }

    bool usable() const { return m_maxInsured > 0 && m_maxPolicy > 0; }

    // The mix: what CSRs type most is the start of a name; the rest spread over the other kinds.
    SearchCase next()
    {
        const int roll = static_cast<int>(m_rng.bounded(100));
        const Kind kind = roll < 30   ? Kind::NamePrefix
                          : roll < 50 ? Kind::NameMiddle
                          : roll < 62 ? Kind::PolicyFull
                          : roll < 75 ? Kind::PolicyPartial
                          : roll < 87 ? Kind::EmailFull
                                      : Kind::EmailFragment;
        for (int attempt = 0; attempt < 50; ++attempt) {
            if (std::optional<SearchCase> c = make(kind))
                return *c;
        }
        return make(Kind::NamePrefix).value_or(SearchCase{});
    }

private:
    int pick(int from, int to) { return from >= to ? from : from + static_cast<int>(m_rng.bounded(to - from + 1)); }

    std::optional<SearchCase> make(Kind kind)
    {
        SearchCase c;
        c.kind = kind;
        switch (kind) {
        case Kind::NamePrefix: {
            const auto [id, name, email] = insured();
            if (name.isEmpty())
                return std::nullopt;
            c.text = name.left(pick(2, 6)).simplified();
            if (c.text.size() < 2)
                return std::nullopt;
            return c;
        }
        case Kind::NameMiddle: {
            const auto [id, name, email] = insured();
            if (name.size() < 6)
                return std::nullopt;
            const int start = pick(1, static_cast<int>(name.size()) - 4);
            c.text = name.mid(start, pick(3, 8)).simplified();
            if (c.text.size() < 3)
                return std::nullopt;
            return c;
        }
        case Kind::PolicyFull:
        case Kind::PolicyPartial: {
            const auto [insuredId, number] = policy();
            if (number.size() < 6)
                return std::nullopt;
            if (kind == Kind::PolicyFull) {
                c.text = number;
                c.expectedId = insuredId;
            } else if (m_rng.bounded(2) == 0) {
                c.text = number.left(pick(4, static_cast<int>(number.size()) - 2)); // "TRV-GL-00" as typed
            } else {
                c.text = number.right(pick(4, 7)); // the serial digits read off a certificate
            }
            return c;
        }
        case Kind::EmailFull:
        case Kind::EmailFragment: {
            const auto [id, name, email] = insured();
            if (email.size() < 6)
                return std::nullopt;
            if (kind == Kind::EmailFull) {
                c.text = email;
                c.expectedId = id;
            } else {
                const int length = pick(3, 8);
                c.text = email.mid(pick(0, static_cast<int>(email.size()) - length), length).simplified();
                if (c.text.size() < 3)
                    return std::nullopt;
            }
            return c;
        }
        }
        return std::nullopt;
    }

    std::tuple<qint64, QString, QString> insured()
    {
        QSqlQuery q = m_db.query();
        q.prepare(QStringLiteral("SELECT id, name, email FROM insureds WHERE id >= ? ORDER BY id LIMIT 1"));
        q.addBindValue(m_minInsured +
                       static_cast<qint64>(m_rng.bounded(static_cast<double>(m_maxInsured - m_minInsured + 1))));
        if (!q.exec() || !q.next())
            return {0, {}, {}};
        return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    }

    std::pair<qint64, QString> policy()
    {
        QSqlQuery q = m_db.query();
        q.prepare(QStringLiteral("SELECT insured_id, number FROM policies WHERE id >= ? AND insured_id IS NOT NULL "
                                 "ORDER BY id LIMIT 1"));
        q.addBindValue(m_minPolicy +
                       static_cast<qint64>(m_rng.bounded(static_cast<double>(m_maxPolicy - m_minPolicy + 1))));
        if (!q.exec() || !q.next())
            return {0, {}};
        return {q.value(0).toLongLong(), q.value(1).toString()};
    }

    const Database& m_db;
    QRandomGenerator m_rng;
    qint64 m_minInsured = 0, m_maxInsured = 0, m_minPolicy = 0, m_maxPolicy = 0;
};

// ---------------------------------------------------------------------------------------------
// Opening the book: Database::open to the first rows of the Insureds list

struct OpenResult
{
    std::shared_ptr<Database> db;
    double openMs = 0;      ///< Database::open: quick_check, journal mode, migrations check
    double firstRowsMs = 0; ///< open + the list's count and first rows
    double countMs = 0;
    double firstPageMs = 0;
    int rowCount = 0;
};

/// The Insureds list without the ui library: what the model asks of InsuredService.
constexpr int kServicePage = 200;

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

} // namespace

// ---------------------------------------------------------------------------------------------

int main(int argc, char** argv)
{
#ifdef AGENCYDESK_BENCH_LIST_MODEL
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // the table view is measured, never shown to anyone
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    QCoreApplication::setApplicationName(QStringLiteral("agencydesk-bench"));

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
    parser.addOptions({insuredsOpt, queriesOpt, naiveOpt, databaseOpt, outOpt, keepOpt, generateOpt});
    parser.process(app);

    bool ok = false;
    const int insureds = parser.value(insuredsOpt).toInt(&ok);
    if (!ok || insureds < 1) {
        std::fprintf(stderr, "--insureds must be a positive number\n");
        return 2;
    }
    const int queryCount = parser.value(queriesOpt).toInt(&ok);
    if (!ok || queryCount < 1) {
        std::fprintf(stderr, "--queries must be a positive number\n");
        return 2;
    }
    const int naiveCount = std::min(queryCount, parser.value(naiveOpt).toInt());

    if (parser.isSet(generateOpt))
        return generateOnly(parser.value(generateOpt), insureds);

    QJsonObject report;
    report.insert(QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    const QString loadAtStart = loadAverage();
    report.insert(QStringLiteral("parameters"),
                  QJsonObject{{QStringLiteral("insureds"), insureds},
                              {QStringLiteral("queries"), queryCount},
                              {QStringLiteral("naiveQueries"), naiveCount},
                              {QStringLiteral("command"), QCoreApplication::arguments().join(QLatin1Char(' '))}});

    // ---- the book: reuse or generate --------------------------------------------------------
    QTemporaryDir tempDir;
    QString path;
    bool reused = false;
    if (parser.isSet(databaseOpt)) {
        const QString wanted = QFileInfo(parser.value(databaseOpt)).absoluteFilePath();
        if (QFileInfo::exists(wanted)) {
            double ms = 0;
            if (std::shared_ptr<Database> probe = openBook(wanted, &ms)) {
                const int have = scalar(*probe, QStringLiteral("SELECT count(*) FROM insureds")).toInt();
                if (have == insureds) {
                    path = wanted;
                    reused = true;
                } else {
                    note(QStringLiteral("%1 holds %2 insureds, not %3; generating a new book in a temporary folder.")
                             .arg(wanted)
                             .arg(have)
                             .arg(insureds));
                }
            }
            g_errors.clear(); // a file we cannot use is a reason to generate, not a failure
        } else {
            path = wanted;
        }
    }
    if (path.isEmpty()) {
        if (!tempDir.isValid()) {
            fail(QStringLiteral("cannot create a temporary folder"));
            return 1;
        }
        tempDir.setAutoRemove(!parser.isSet(keepOpt));
        path = tempDir.filePath(QStringLiteral("agencydesk-bench.agencydesk"));
    }

    QJsonObject generation;
    generation.insert(QStringLiteral("path"), path);
    generation.insert(QStringLiteral("reused"), reused);
    if (!reused) {
        note(QStringLiteral("Generating %1 insureds into %2 ...").arg(insureds).arg(path));
        const QJsonObject child = generateInChild(path, insureds);
        if (child.isEmpty())
            return 1;
        for (auto it = child.begin(); it != child.end(); ++it)
            generation.insert(it.key(), it.value());
    }
    generation.insert(QStringLiteral("fileBytesAtBenchmark"), fileSize(path) + fileSize(path + QStringLiteral("-wal")));
    report.insert(QStringLiteral("generation"), generation);

    // ---- time to first rows, cold OS cache then warm -----------------------------------------
    QJsonObject openJson;
    const bool evicted = evictFromPageCache(path);
    openJson.insert(QStringLiteral("coldCacheEvicted"), evicted);

#ifdef AGENCYDESK_BENCH_LIST_MODEL
    const QString listVia = QStringLiteral("InsuredListModel");
#else
    const QString listVia = QStringLiteral("InsuredService::count + page(0, 200)");
#endif
    openJson.insert(QStringLiteral("listVia"), listVia);

    // Login is PBKDF2 by design (slow on purpose) and waits for the user anyway: timed apart.
    auto loginTo = [](const std::shared_ptr<Database>& db, double* ms) -> std::optional<Session> {
        QElapsedTimer t;
        t.start();
        Result<Session> s = AuthService(db).login(QStringLiteral("maria"), DemoData::demoPassword());
        *ms = msSince(t);
        if (!s) {
            fail(QStringLiteral("login failed: %1").arg(s.error().message));
            return std::nullopt;
        }
        return *s;
    };

    // The list's first screen: rowCount and the first 50 rows' cells (model), or count + the first page.
    struct ListTimes
    {
        double countMs = 0, firstRowsMs = 0, lastPageMs = 0, sortCityMs = 0;
        int rows = 0;
    };

#ifdef AGENCYDESK_BENCH_LIST_MODEL
    auto readRows = [](QAbstractItemModel& model, int first, int count) {
        int cells = 0;
        const int columns = model.columnCount();
        for (int r = first; r < std::min(model.rowCount(), first + count); ++r) {
            for (int c = 0; c < columns; ++c) {
                if (model.data(model.index(r, c), Qt::DisplayRole).isValid())
                    ++cells;
            }
        }
        return cells;
    };
#endif

    // One first screen on a fresh connection, closed again: the open and the list's first rows.
    auto firstScreen = [&](bool integrityCheck, double* openMsOut, double* firstMsOut) {
        QElapsedTimer t;
        t.start();
        OpenOptions options;
        options.create = false;
        options.integrityCheck = integrityCheck;
        Result<std::shared_ptr<Database>> opened = Database::open(path, options);
        *openMsOut = msSince(t);
        if (!opened) {
            fail(QStringLiteral("Database::open failed: %1").arg(opened.error().message));
            return;
        }
        const Session session{*opened,
                              UserContext{1, QStringLiteral("maria"), QStringLiteral("Maria Alvarez"), Role::Manager}};
#ifdef AGENCYDESK_BENCH_LIST_MODEL
        InsuredListModel model(session, nullptr);
        const int cells = readRows(model, 0, 50);
        *firstMsOut = msSince(t);
        if (model.rowCount() < std::min(insureds, 50) || cells == 0)
            fail(QStringLiteral("the Insureds list shows %1 rows, %2 cells").arg(model.rowCount()).arg(cells));
#else
        InsuredService service(session);
        Result<int> count = service.count({});
        Result<std::vector<Insured>> page = service.page({}, 0, kServicePage);
        *firstMsOut = msSince(t);
        if (!count || !page || page->empty())
            fail(QStringLiteral("the Insureds list failed"));
#endif
    };
    double coldOpenMs = 0, coldFirstMs = 0;
    firstScreen(true, &coldOpenMs, &coldFirstMs); // cold: right after evicting the file from the page cache
    if (!g_errors.isEmpty())
        return 1;
    openJson.insert(QStringLiteral("coldOpenMs"), coldOpenMs);
    openJson.insert(QStringLiteral("coldFirstRowsMs"), coldFirstMs);

    // warm: the session that the rest of the benchmark uses
    ListTimes list;
    QElapsedTimer firstRowsTimer;
    firstRowsTimer.start();
    double openMs = 0;
    std::shared_ptr<Database> db = openBook(path, &openMs);
    if (!db)
        return 1;
    const Session listSession{db,
                              UserContext{1, QStringLiteral("maria"), QStringLiteral("Maria Alvarez"), Role::Manager}};
#ifdef AGENCYDESK_BENCH_LIST_MODEL
    InsuredListModel model(listSession, nullptr);
    {
        QElapsedTimer t;
        t.start();
        list.rows = model.rowCount();
        list.countMs = msSince(t);
        const int cells = readRows(model, 0, 50);
        list.firstRowsMs = msSince(firstRowsTimer);
        if (list.rows < std::min(insureds, 50) || cells == 0)
            fail(QStringLiteral("the Insureds list shows %1 rows, %2 cells").arg(list.rows).arg(cells));
    }
    {
        QElapsedTimer t;
        t.start();
        const int cells = readRows(model, std::max(0, model.rowCount() - 1), 1);
        list.lastPageMs = msSince(t);
        if (cells == 0)
            fail(QStringLiteral("the last row of the Insureds list is empty"));
    }
    {
        int cityColumn = -1;
        for (int c = 0; c < model.columnCount(); ++c) {
            if (model.headerData(c, Qt::Horizontal, Qt::DisplayRole)
                    .toString()
                    .compare(QLatin1String("City"), Qt::CaseInsensitive) == 0)
                cityColumn = c;
        }
        if (cityColumn < 0) {
            fail(QStringLiteral("the Insureds list has no City column"));
        } else {
            QElapsedTimer t;
            t.start();
            model.sort(cityColumn, Qt::AscendingOrder);
            const int cells = readRows(model, 0, 50);
            list.sortCityMs = msSince(t);
            if (cells == 0)
                fail(QStringLiteral("the Insureds list is empty after sorting by City"));
            model.sort(0, Qt::AscendingOrder);
        }
    }
#else
    {
        InsuredService service(listSession);
        QElapsedTimer t;
        t.start();
        Result<int> count = service.count({});
        list.countMs = msSince(t);
        Result<std::vector<Insured>> page = service.page({}, 0, kServicePage);
        list.firstRowsMs = msSince(firstRowsTimer);
        if (!count || !page || page->empty()) {
            fail(QStringLiteral("the Insureds list failed: %1")
                     .arg(!count  ? count.error().message
                          : !page ? page.error().message
                                  : QStringLiteral("no rows")));
        } else {
            list.rows = *count;
            if (list.rows != insureds)
                fail(QStringLiteral("the book holds %1 insureds, expected %2").arg(list.rows).arg(insureds));
        }
        t.restart();
        const int lastOffset = std::max(0, list.rows - kServicePage);
        Result<std::vector<Insured>> last = service.page({}, lastOffset, kServicePage);
        list.lastPageMs = msSince(t);
        if (!last || last->empty() || static_cast<int>(last->size()) != list.rows - lastOffset)
            fail(QStringLiteral("the last page of the Insureds list is wrong"));
        InsuredListQuery byCity;
        byCity.sort = InsuredSort::City;
        t.restart();
        Result<std::vector<Insured>> city = service.page(byCity, 0, kServicePage);
        list.sortCityMs = msSince(t);
        if (!city || city->empty())
            fail(QStringLiteral("sorting the Insureds list by City failed"));
    }
#endif
    const qint64 rssAfterOpen = peakRssBytes();
    // The same first screen without PRAGMA quick_check at open, to show what the check costs.
    double noCheckOpenMs = 0, noCheckFirstMs = 0;
    firstScreen(false, &noCheckOpenMs, &noCheckFirstMs);
    openJson.insert(QStringLiteral("withoutQuickCheckOpenMs"), noCheckOpenMs);
    openJson.insert(QStringLiteral("withoutQuickCheckFirstRowsMs"), noCheckFirstMs);
    openJson.insert(QStringLiteral("openMs"), openMs);
    openJson.insert(QStringLiteral("countMs"), list.countMs);
    openJson.insert(QStringLiteral("firstRowsMs"), list.firstRowsMs);
    openJson.insert(QStringLiteral("lastPageMs"), list.lastPageMs);
    openJson.insert(QStringLiteral("sortByCityMs"), list.sortCityMs);
    openJson.insert(QStringLiteral("rowCount"), list.rows);
    double loginMs = 0;
    std::optional<Session> session = loginTo(db, &loginMs);
    if (!session)
        return 1;
    openJson.insert(QStringLiteral("loginMs"), loginMs);
    report.insert(QStringLiteral("open"), openJson);

    // ---- the list in a table view, scrolled -------------------------------------------------
    QJsonObject memory;
    memory.insert(QStringLiteral("peakRssAfterOpenBytes"), rssAfterOpen);
#ifdef AGENCYDESK_BENCH_LIST_MODEL
    {
        QTableView view;
        view.setModel(&model);
        view.resize(1280, 800);
        view.show();
        QCoreApplication::processEvents();
        QElapsedTimer t;
        t.start();
        QScrollBar* bar = view.verticalScrollBar();
        for (int pageNo = 1; pageNo <= 5; ++pageNo) {
            bar->setValue(std::min(bar->maximum(), pageNo * bar->pageStep()));
            QCoreApplication::processEvents();
        }
        bar->setValue(bar->maximum());
        QCoreApplication::processEvents();
        memory.insert(QStringLiteral("tableViewScrollMs"), msSince(t));
        memory.insert(QStringLiteral("peakRssWithTableViewBytes"), peakRssBytes());
    }
#endif

    // ---- super search ------------------------------------------------------------------------
    const SearchService search(*session);
    QuerySampler sampler(*db);
    if (!sampler.usable()) {
        fail(QStringLiteral("the book has no insureds or policies to sample queries from"));
        return 1;
    }
    std::vector<SearchCase> cases;
    cases.reserve(static_cast<std::size_t>(queryCount));
    for (int i = 0; i < queryCount; ++i)
        cases.push_back(sampler.next());

    for (int i = 0; i < 10; ++i) // warm-up: statement cache, first pages of the indexes
        (void)search.search(sampler.next().text, 25);

    std::vector<double> all;
    std::map<Kind, std::vector<double>> byKind;
    std::vector<double> hitCounts;
    int empty = 0;
    for (const SearchCase& c : cases) {
        QElapsedTimer t;
        t.start();
        Result<std::vector<SearchHit>> hits = search.search(c.text, 25);
        const double ms = msSince(t);
        if (!hits) {
            fail(QStringLiteral("search \"%1\" failed: %2").arg(c.text, hits.error().message));
            continue;
        }
        all.push_back(ms);
        byKind[c.kind].push_back(ms);
        hitCounts.push_back(static_cast<double>(hits->size()));
        if (hits->empty()) {
            ++empty;
            fail(QStringLiteral("search \"%1\" (%2, taken from the data) found nothing").arg(c.text, kindName(c.kind)));
        } else if (c.expectedId != 0 && std::none_of(hits->begin(), hits->end(),
                                                     [&](const SearchHit& h) { return h.insuredId == c.expectedId; })) {
            fail(QStringLiteral("search \"%1\" (%2) did not find insured %3")
                     .arg(c.text, kindName(c.kind))
                     .arg(c.expectedId));
        }
    }
    const Stats searchStats = statsOf(all);
    QJsonObject searchJson = searchStats.toJson();
    searchJson.insert(QStringLiteral("limit"), 25);
    searchJson.insert(QStringLiteral("emptyResults"), empty);
    searchJson.insert(QStringLiteral("meanHits"), statsOf(hitCounts).mean);
    QJsonObject kinds;
    for (Kind k : kAllKinds)
        kinds.insert(kindName(k), statsOf(byKind[k]).toJson());
    searchJson.insert(QStringLiteral("byKind"), kinds);
    QJsonArray examples;
    for (int i = 0; i < std::min<int>(12, static_cast<int>(cases.size())); ++i)
        examples.append(QStringLiteral("%1: %2").arg(kindName(cases[i].kind), cases[i].text));
    searchJson.insert(QStringLiteral("sampleQueries"), examples);

    // The same first naiveCount queries through the super search and the LIKE scan, for the ratio.
    std::vector<double> naive, sameSubset;
    for (int i = 0; i < naiveCount; ++i) {
        const SearchCase& c = cases[static_cast<std::size_t>(i)];
        sameSubset.push_back(all.size() > static_cast<std::size_t>(i) ? all[static_cast<std::size_t>(i)] : 0.0);
        QElapsedTimer t;
        t.start();
        Result<std::vector<qint64>> ids = search.naiveScan(c.text, 25);
        const double ms = msSince(t);
        if (!ids) {
            fail(QStringLiteral("naive scan \"%1\" failed: %2").arg(c.text, ids.error().message));
            continue;
        }
        naive.push_back(ms);
        if (ids->empty())
            fail(QStringLiteral("naive scan \"%1\" (%2, taken from the data) found nothing")
                     .arg(c.text, kindName(c.kind)));
    }
    const Stats naiveStats = statsOf(naive);
    const Stats subsetStats = statsOf(sameSubset);
    QJsonObject naiveJson = naiveStats.toJson();
    naiveJson.insert(QStringLiteral("superSearchSameQueries"), subsetStats.toJson());
    const double ratioP50 = subsetStats.p50 > 0 ? naiveStats.p50 / subsetStats.p50 : 0;
    const double ratioP95 = subsetStats.p95 > 0 ? naiveStats.p95 / subsetStats.p95 : 0;
    naiveJson.insert(QStringLiteral("ratioP50"), ratioP50);
    naiveJson.insert(QStringLiteral("ratioP95"), ratioP95);
    report.insert(QStringLiteral("search"), searchJson);
    report.insert(QStringLiteral("naiveScan"), naiveJson);

    // Plans of the prefix queries (the index must be used, not a scan).
    const QString namePrefixSql =
        QStringLiteral("SELECT id FROM insureds WHERE name >= ? COLLATE NOCASE AND name < ? COLLATE NOCASE "
                       "ORDER BY name COLLATE NOCASE LIMIT ?");
    const QString policyPrefixSql = QStringLiteral(
        "SELECT insured_id, number FROM policies WHERE number >= ? COLLATE NOCASE AND number < ? COLLATE NOCASE AND "
        "insured_id IS NOT NULL LIMIT ?");
    const QVariantList binds{QStringLiteral("Sm"), QString(QStringLiteral("Sm") + QChar(0xFFFF)), 25};
    report.insert(
        QStringLiteral("queryPlans"),
        QJsonObject{
            {QStringLiteral("namePrefix"), QJsonArray::fromStringList(queryPlan(*db, namePrefixSql, binds))},
            {QStringLiteral("policyPrefix"), QJsonArray::fromStringList(queryPlan(*db, policyPrefixSql, binds))}});

    memory.insert(QStringLiteral("peakRssEndBytes"), peakRssBytes());
    report.insert(QStringLiteral("memory"), memory);

    // ---- machine -------------------------------------------------------------------------------
    const QString sqliteVersion = scalar(*db, QStringLiteral("SELECT sqlite_version()"));
    const QJsonObject machine{{QStringLiteral("cpu"), readCpuModel()},
                              {QStringLiteral("cores"), QThread::idealThreadCount()},
                              {QStringLiteral("ramBytes"), readTotalRamBytes()},
                              {QStringLiteral("os"), QSysInfo::prettyProductName()},
                              {QStringLiteral("kernel"), QSysInfo::kernelVersion()},
                              {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
                              {QStringLiteral("sqlite"), sqliteVersion},
                              {QStringLiteral("loadAverageAtStart"), loadAtStart},
                              {QStringLiteral("loadAverageAtEnd"), loadAverage()}};
    report.insert(QStringLiteral("machine"), machine);
    report.insert(QStringLiteral("errors"), QJsonArray::fromStringList(g_errors));
    report.insert(QStringLiteral("ok"), g_errors.isEmpty());

    // ---- the table -----------------------------------------------------------------------------
    auto row = [](const char* what, const QString& value) { std::printf("  %-46s %s\n", what, qPrintable(value)); };
    auto msText = [](double ms) { return QStringLiteral("%1 ms").arg(ms, 0, 'f', 2); };
    auto statsText = [&](const Stats& s) {
        return QStringLiteral("p50 %1  p95 %2  p99 %3  max %4  (n=%5)")
            .arg(msText(s.p50), msText(s.p95), msText(s.p99), msText(s.max))
            .arg(s.count);
    };
    std::printf("\nAgencyDesk benchmark  %s\n", qPrintable(report.value(QStringLiteral("date")).toString()));
    row("machine", QStringLiteral("%1, %2 cores, %3 GiB RAM, %4")
                       .arg(machine.value(QStringLiteral("cpu")).toString())
                       .arg(QThread::idealThreadCount())
                       .arg(static_cast<double>(readTotalRamBytes()) / (1024.0 * 1024 * 1024), 0, 'f', 1)
                       .arg(QSysInfo::prettyProductName()));
    row("load average (1/5/15 min) at start / end",
        QStringLiteral("%1 / %2").arg(loadAtStart, machine.value(QStringLiteral("loadAverageAtEnd")).toString()));
    row("Qt / SQLite", QStringLiteral("%1 / %2").arg(QString::fromLatin1(qVersion()), sqliteVersion));
    row("book", QStringLiteral("%1 insureds, %2").arg(insureds).arg(path));
    if (reused) {
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
    row("list measured via", listVia);
    row("open (quick_check, migrations), cold cache",
        msText(coldOpenMs) + (evicted ? QString() : QStringLiteral(" (cache not evicted)")));
    row("open to first rows, cold cache", msText(coldFirstMs));
    row("open (quick_check, migrations), warm", msText(openMs));
    row("open to first rows, warm  [target 300 ms]", msText(list.firstRowsMs));
    row("  same, open without quick_check",
        QStringLiteral("%1 (open %2)").arg(msText(noCheckFirstMs), msText(noCheckOpenMs)));
    row("  of which row count", msText(list.countMs));
    row("jump to the last row", msText(list.lastPageMs));
    row("re-sort by City (first rows)", msText(list.sortCityMs));
    row("login (PBKDF2, not in first rows)", msText(loginMs));
    row("super search  [target p95 15 ms]", statsText(searchStats));
    for (Kind k : kAllKinds)
        row(qPrintable(QString(QStringLiteral("  ") + kindName(k))), statsText(statsOf(byKind[k])));
    row("super search, same queries as naive", statsText(subsetStats));
    row("naive LIKE scan", statsText(naiveStats));
    row("naive / super search", QStringLiteral("p50 x%1  p95 x%2").arg(ratioP50, 0, 'f', 1).arg(ratioP95, 0, 'f', 1));
    row("peak RSS after open + first rows  [200 MiB]", QStringLiteral("%1 MiB").arg(mib(rssAfterOpen), 0, 'f', 1));
#ifdef AGENCYDESK_BENCH_LIST_MODEL
    row("peak RSS with the list in a table view",
        QStringLiteral("%1 MiB").arg(mib(memory.value(QStringLiteral("peakRssWithTableViewBytes")).toInteger()), 0, 'f',
                                     1));
#endif
    row("peak RSS at the end", QStringLiteral("%1 MiB").arg(mib(peakRssBytes()), 0, 'f', 1));
    const QJsonObject plans = report.value(QStringLiteral("queryPlans")).toObject();
    row("plan: name prefix",
        plans.value(QStringLiteral("namePrefix")).toVariant().toStringList().join(QStringLiteral("; ")));
    row("plan: policy prefix",
        plans.value(QStringLiteral("policyPrefix")).toVariant().toStringList().join(QStringLiteral("; ")));
    std::printf("  %-46s %s\n\n", "result",
                g_errors.isEmpty() ? "ok" : qPrintable(QStringLiteral("%1 error(s)").arg(g_errors.size())));
    std::fflush(stdout);

    if (parser.isSet(outOpt)) {
        QFile out(parser.value(outOpt));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            out.write(QJsonDocument(report).toJson(QJsonDocument::Indented)) < 0) {
            fail(QStringLiteral("cannot write %1").arg(parser.value(outOpt)));
        }
    }
    if (parser.isSet(keepOpt) && !reused)
        note(QStringLiteral("kept the database: %1").arg(path));
    return g_errors.isEmpty() ? 0 : 1;
}
