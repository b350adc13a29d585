#pragma once

// Measuring and reporting helpers shared by the benchmark's parts: clocks, memory, the machine it runs on,
// percentiles, and the error list that decides the exit code. None of them judges speed.

#include "Session.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QtGlobal>

#include <optional>
#include <vector>

namespace agencydesk {
class Database;
}

namespace agencydesk::bench {

/// Milliseconds since t started, with sub-millisecond precision (the searches take a few ms).
double msSince(const QElapsedTimer& t);

/// Peak resident set size of this process so far, in bytes (0 when unknown).
qint64 peakRssBytes();
/// This process's private (anonymous) resident memory now, in bytes: the heap and SQLite's page cache, without
/// the pages of a memory-mapped database file, which belong to the OS's file cache. -1 where unknown (not Linux).
qint64 privateRssBytes();

double mib(qint64 bytes);

/// Size of path in bytes, 0 when it does not exist (the -wal file may be gone after a checkpoint).
qint64 fileSize(const QString& path);

/// Asks the OS to forget the cached pages of the database files, so the next open reads the disk.
/// Best effort: returns false where it is not supported.
bool evictFromPageCache(const QString& path);

/// The load average as /proc/loadavg prints it (empty elsewhere): a busy machine explains slow figures.
QString loadAverage();
QString readCpuModel();
qint64 readTotalRamBytes();

struct Stats
{
    int count = 0;
    double p50 = 0, p95 = 0, p99 = 0, max = 0, mean = 0;

    QJsonObject toJson() const;
};

/// Nearest-rank percentiles.
Stats statsOf(std::vector<double> samples);

/// Everything that went wrong; any entry makes the exit code non-zero.
QStringList& errors();

/// Records an error (see errors()) and prints it at once, so a long run shows it as it happens.
void fail(const QString& what);

/// Progress on stderr, flushed, so stdout keeps only the table (or the generator's JSON).
void note(const QString& text);

/// The first column of the first row of sql, or an empty string (and an error) when it fails.
QString scalar(const Database& db, const QString& sql);

/// A new database file at \a path with an agency and the manager "bench"; nullopt (and an error) on failure.
std::optional<Session> freshDatabase(const QString& path);

/// EXPLAIN QUERY PLAN of sql: shows whether the index is used rather than a scan.
QStringList queryPlan(const Database& db, const QString& sql, const QVariantList& binds);

} // namespace agencydesk::bench
