#include "BenchOutput.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QThread>
#include <QVariant>
#include <QtGlobal>

#include <cstdio>

namespace agencydesk::bench {

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

} // namespace agencydesk::bench
