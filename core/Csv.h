#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace agencydesk {

/// One record of a CSV file: the line it starts on (1-based) and its values.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
    QString problem; ///< a quoting mistake in this record; empty when it read cleanly
};

struct CsvTable
{
    std::vector<CsvRecord> records; ///< blank lines (and lines of empty values) left out
    int lineCount = 0;              ///< lines in the file, for "line N" messages
};

/// Reads RFC 4180 CSV: comma-separated, values in double quotes may hold commas, line breaks and doubled
/// quotes; CRLF, LF or CR line ends; UTF-8 with or without a byte-order mark. A quoting mistake marks only its
/// record (CsvRecord::problem), so one bad row does not lose the others. Refuses (naming \a fileName) what is
/// not UTF-8 text: a workbook, a binary file, another encoding, or a file larger than kMaxCsvBytes.
Result<CsvTable> readCsv(const QByteArray& bytes, const QString& fileName);

/// One value, quoted when it holds a comma, quote, line break or leading/trailing space.
QString csvField(const QString& value);
/// One record, values joined by commas, ending in CRLF (RFC 4180).
QString csvLine(const QStringList& values);

inline constexpr qint64 kMaxCsvBytes = 20 * 1024 * 1024;

} // namespace agencydesk
