#include "BenchSystem.h"

#include "AgencyService.h"
#include "Database.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSysInfo>
#include <QVariant>

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

namespace agencydesk::bench {

double msSince(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

qint64 privateRssBytes()
{
#if defined(Q_OS_LINUX)
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("RssAnon:"))
            return line.mid(8).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
#endif
    return -1;
}

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

QJsonObject Stats::toJson() const
{
    return {{QStringLiteral("count"), count}, {QStringLiteral("p50Ms"), p50}, {QStringLiteral("p95Ms"), p95},
            {QStringLiteral("p99Ms"), p99},   {QStringLiteral("maxMs"), max}, {QStringLiteral("meanMs"), mean}};
}

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

QStringList& errors()
{
    // A function-local static rather than a global: every part of the benchmark adds to the same list.
    static QStringList s_errors;
    return s_errors;
}

void fail(const QString& what)
{
    errors() << what;
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

std::optional<Session> freshDatabase(const QString& path)
{
    Result<std::shared_ptr<Database>> db = Database::open(path);
    if (!db) {
        fail(QStringLiteral("Database::open: %1").arg(db.error().message));
        return std::nullopt;
    }
    AgencyProfile profile;
    profile.name = QStringLiteral("Harbor Point Insurance Agency");
    Result<Session> session = AgencyService::initialize(
        *db, profile, QStringLiteral("bench"), QStringLiteral("Bench Manager"), QStringLiteral("bench-pass-2026"));
    if (!session) {
        fail(QStringLiteral("AgencyService::initialize: %1").arg(session.error().message));
        return std::nullopt;
    }
    return *session;
}

} // namespace agencydesk::bench
