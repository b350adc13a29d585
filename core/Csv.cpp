#include "Csv.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace agencydesk {

namespace {

/// The first line (1-based) that is not valid UTF-8.
int firstBadUtf8Line(const QByteArray& bytes)
{
    const QList<QByteArray> lines = bytes.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        const QString decoded = decoder(lines.at(i));
        if (decoder.hasError())
            return i + 1;
    }
    return 1;
}

Result<QString> decodeText(const QByteArray& bytes, const QString& fileName)
{
    if (bytes.size() > kMaxCsvBytes)
        return validationError(
            QCoreApplication::translate("Csv", "%1 is larger than %2 MB; split it into smaller files.")
                .arg(fileName)
                .arg(kMaxCsvBytes >> 20));
    if (bytes.startsWith("PK\x03\x04"))
        return validationError(
            QCoreApplication::translate("Csv", "%1 is a spreadsheet workbook (or another zip file), not CSV: save it "
                                               "from the spreadsheet as \"CSV UTF-8\".")
                .arg(fileName));
    if (bytes.contains('\0'))
        return validationError(
            QCoreApplication::translate(
                "Csv", "%1 is not a CSV text file (it holds binary data or UTF-16 text): save it as \"CSV UTF-8\".")
                .arg(fileName));
    QByteArray body = bytes;
    if (body.startsWith("\xEF\xBB\xBF"))
        body.remove(0, 3);
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = decoder(body);
    if (decoder.hasError())
        return validationError(
            QCoreApplication::translate("Csv", "%1 is not UTF-8 text (line %2 is in another encoding): save it from "
                                               "the spreadsheet as \"CSV UTF-8\".")
                .arg(fileName)
                .arg(firstBadUtf8Line(body)));
    if (text.trimmed().isEmpty())
        return validationError(QCoreApplication::translate("Csv", "%1 is empty.").arg(fileName));
    return text;
}

bool isBlank(const CsvRecord& record)
{
    if (!record.problem.isEmpty())
        return false;
    for (const QString& f : record.fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

Result<CsvTable> readCsv(const QByteArray& bytes, const QString& fileName)
{
    Result<QString> decoded = decodeText(bytes, fileName);
    if (!decoded)
        return decoded.error();
    const QString& text = *decoded;
    CsvTable table;
    int line = 1;
    CsvRecord record;
    record.line = line;
    QString field;
    bool inQuotes = false;
    bool atFieldStart = true;
    bool afterClosingQuote = false;
    auto endField = [&] {
        record.fields << field;
        field.clear();
        atFieldStart = true;
        afterClosingQuote = false;
    };
    auto endRecord = [&] {
        endField();
        if (!isBlank(record))
            table.records.push_back(record);
        record = CsvRecord{};
        record.line = line;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        const bool lineBreak = c == QLatin1Char('\r') || c == QLatin1Char('\n');
        const bool crlf = c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n');
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                    afterClosingQuote = true;
                }
            } else if (lineBreak) {
                field += QLatin1Char('\n');
                if (crlf)
                    ++i;
                ++line;
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
        } else if (lineBreak) {
            if (crlf)
                ++i;
            ++line;
            endRecord();
        } else if (c == QLatin1Char('"') && atFieldStart) {
            inQuotes = true;
            atFieldStart = false;
        } else {
            // RFC 4180 forbids text after a closing quote; a stray quote inside an unquoted value is kept as is.
            if (afterClosingQuote && record.problem.isEmpty())
                record.problem = QCoreApplication::translate(
                    "Csv", "A quoted value is followed by more text before the next comma (a "
                           "quote inside a quoted value must be doubled: \"\")");
            field += c;
            atFieldStart = false;
        }
    }
    // A file ending in a line break has no last, empty line.
    const bool endsWithBreak = text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r'));
    table.lineCount = endsWithBreak ? line - 1 : line;
    if (inQuotes)
        record.problem = QCoreApplication::translate(
                             "Csv", "A quoted value is never closed (the rest of the file, to line %1, was read "
                                    "as that one value)")
                             .arg(table.lineCount);
    if (inQuotes || !record.fields.isEmpty() || !field.isEmpty())
        endRecord();
    return table;
}

QString csvField(const QString& value)
{
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) ||
                       (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString csvLine(const QStringList& values)
{
    QStringList fields;
    fields.reserve(values.size());
    for (const QString& v : values)
        fields << csvField(v);
    return fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace agencydesk
