#pragma once

// Printing the table and writing the JSON report: the helpers every run uses.

#include "BenchOptions.h"
#include "BenchSystem.h"

#include <QJsonObject>
#include <QString>

namespace agencydesk::bench {

/// One row of the printed table.
void row(const char* what, const QString& value);
QString msText(double ms);
QString statsText(const Stats& s);

QJsonObject machineJson(const QString& sqliteVersion, const QString& loadAtStart);
void printHeader(const QJsonObject& report, const QJsonObject& machine);

/// SQLite's version from an in-memory connection (the certificate run has no book to ask).
QString sqliteVersion();

/// Writes the report to --out, when it is given.
void writeReport(const Options& options, const QJsonObject& report);

} // namespace agencydesk::bench
