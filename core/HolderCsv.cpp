#include "HolderCsv.h"

#include "Csv.h"
#include "LimitCodes.h"

#include <QHash>

#include <algorithm>
#include <optional>

namespace agencydesk {

namespace {

enum Column
{
    Name,
    Address1,
    Address2,
    City,
    State,
    PostalCode,
    Country,
    Email,
    Delivery,
    ReceivesRenewals,
    RequireAi,
    RequireWos,
    RequirePnc,
    ColumnCount
};

const QString kMinPrefix = QStringLiteral("min_");

/// Header names compare without case, spaces, hyphens and underscores: "Postal Code" and "address 2" name
/// postal_code and address2.
QString compactKey(const QString& header)
{
    QString key = header.trimmed().toLower();
    key.remove(QLatin1Char(' ')).remove(QLatin1Char('_')).remove(QLatin1Char('-'));
    return key;
}

/// The limit code part of a "min_<code>" header ("min EachOccurrence" and "min-EachOccurrence" too), or empty.
QString minimumCode(const QString& header)
{
    const QString h = header.trimmed();
    if (h.size() > 4 && h.startsWith(QLatin1String("min"), Qt::CaseInsensitive) &&
        (h.at(3) == QLatin1Char('_') || h.at(3) == QLatin1Char(' ') || h.at(3) == QLatin1Char('-')))
        return h.mid(4).trimmed();
    return {};
}

std::optional<bool> parseYesNo(const QString& text)
{
    const QString t = text.trimmed().toLower();
    for (const char* yes : {"yes", "y", "true", "1", "x"}) {
        if (t == QLatin1String(yes))
            return true;
    }
    for (const char* no : {"no", "n", "false", "0"}) {
        if (t == QLatin1String(no))
            return false;
    }
    return std::nullopt;
}

/// Where each column is in the file: base columns by Column, minimum limits by limit code.
struct HeaderMap
{
    int base[ColumnCount];
    std::vector<std::pair<int, QString>> minimums; ///< (index in the record, limit code)
    int width = 0;
};

Result<HeaderMap> mapHeader(const CsvRecord& header, const QString& fileName, QStringList& ignored)
{
    if (!header.problem.isEmpty())
        return validationError(HolderCsv::tr("%1: the header on line %2 cannot be read: %3.")
                                   .arg(fileName)
                                   .arg(header.line)
                                   .arg(header.problem));
    HeaderMap map;
    std::fill(std::begin(map.base), std::end(map.base), -1);
    map.width = static_cast<int>(header.fields.size());
    QStringList names = HolderCsv::baseColumns();
    for (QString& n : names)
        n = compactKey(n);
    QHash<QString, int> seen;
    for (int i = 0; i < map.width; ++i) {
        const QString written = header.fields.at(i).trimmed();
        const QString key = compactKey(written);
        if (key.isEmpty())
            continue; // a trailing comma in the header
        if (seen.contains(key))
            return validationError(HolderCsv::tr("%1 names the column \"%2\" twice (header, line %3).")
                                       .arg(fileName, written)
                                       .arg(header.line));
        seen.insert(key, i);
        if (const qsizetype base = names.indexOf(key); base >= 0) {
            map.base[base] = i;
        } else if (const QString codeText = minimumCode(written); !codeText.isEmpty()) {
            const LimitCode* code = findLimitCode(codeText);
            if (!code)
                return validationError(
                    HolderCsv::tr("%1: column \"%2\" is not a minimum limit: \"%3\" is not a limit code.")
                        .arg(fileName, written, codeText));
            for (const auto& [index, other] : map.minimums) {
                if (other == code->code)
                    return validationError(HolderCsv::tr("%1 names the column \"min_%2\" twice (header, line %3).")
                                               .arg(fileName, code->code)
                                               .arg(header.line));
            }
            map.minimums.emplace_back(i, code->code);
        } else {
            ignored << written;
        }
    }
    if (map.base[Name] < 0)
        return validationError(
            HolderCsv::tr("%1 has no \"name\" column: its first line (line %2) must be the header naming the "
                          "columns, e.g. name,address1,address2,city,state,postal_code,email.")
                .arg(fileName)
                .arg(header.line));
    return map;
}

HolderCsvRow readRow(const CsvRecord& record, const HeaderMap& map)
{
    HolderCsvRow row;
    row.line = record.line;
    QStringList problems;
    if (!record.problem.isEmpty())
        problems << record.problem + QLatin1Char('.');
    for (qsizetype i = map.width; i < record.fields.size(); ++i) {
        if (!record.fields.at(i).trimmed().isEmpty()) {
            problems << HolderCsv::tr("It has %1 values but the header has %2 columns (a value holding a comma "
                                      "must be in double quotes).")
                            .arg(record.fields.size())
                            .arg(map.width);
            break;
        }
    }
    auto value = [&](Column c) { return map.base[c] >= 0 ? record.fields.value(map.base[c]) : QString(); };
    const QStringList names = HolderCsv::baseColumns();
    auto flag = [&](Column c, bool fallback) {
        const QString text = value(c);
        if (text.trimmed().isEmpty())
            return fallback;
        const std::optional<bool> parsed = parseYesNo(text);
        if (!parsed)
            problems << HolderCsv::tr("%1 \"%2\" is not yes or no.").arg(names.at(c), text.trimmed());
        return parsed.value_or(fallback);
    };
    CertificateHolderRecord& h = row.holder;
    h.name = value(Name);
    h.address1 = value(Address1);
    h.address2 = value(Address2);
    h.city = value(City);
    h.state = value(State);
    h.postalCode = value(PostalCode);
    h.country = value(Country);
    h.email = value(Email);
    if (const QString delivery = value(Delivery).trimmed().toLower(); delivery.isEmpty()) {
        h.delivery = h.email.trimmed().isEmpty() ? DeliveryPreference::Print : DeliveryPreference::Email;
    } else if (const auto parsed = deliveryPreferenceFromKey(delivery)) {
        h.delivery = *parsed;
    } else {
        problems << HolderCsv::tr("delivery \"%1\" is not email, print or both.").arg(value(Delivery).trimmed());
    }
    h.receivesRenewals = flag(ReceivesRenewals, true);
    h.requireAdditionalInsured = flag(RequireAi, false);
    h.requireWaiverOfSubrogation = flag(RequireWos, false);
    h.requirePrimaryNonContributory = flag(RequirePnc, false);
    for (const auto& [index, code] : map.minimums) {
        const QString text = record.fields.value(index).trimmed();
        if (text.isEmpty())
            continue;
        if (Result<qint64> amount = parseAmount(text))
            h.requirements.push_back({code, *amount});
        else
            problems << kMinPrefix + code + QStringLiteral(": ") + amount.error().message;
    }
    row.problem = problems.join(QLatin1Char(' '));
    return row;
}

} // namespace

QStringList HolderCsv::baseColumns()
{
    return {QStringLiteral("name"),       QStringLiteral("address1"),
            QStringLiteral("address2"),   QStringLiteral("city"),
            QStringLiteral("state"),      QStringLiteral("postal_code"),
            QStringLiteral("country"),    QStringLiteral("email"),
            QStringLiteral("delivery"),   QStringLiteral("receives_renewals"),
            QStringLiteral("require_ai"), QStringLiteral("require_wos"),
            QStringLiteral("require_pnc")};
}

Result<HolderCsvFile> HolderCsv::read(const QByteArray& bytes, const QString& fileName)
{
    Result<CsvTable> table = readCsv(bytes, fileName);
    if (!table)
        return table.error();
    if (table->records.empty())
        return validationError(tr("%1 is empty (it has only blank lines).").arg(fileName));
    HolderCsvFile file;
    file.lineCount = table->lineCount;
    Result<HeaderMap> map = mapHeader(table->records.front(), fileName, file.ignoredColumns);
    if (!map)
        return map.error();
    if (table->records.size() == 1)
        return validationError(
            tr("%1 has a header (line %2) but no holders.").arg(fileName).arg(table->records.front().line));
    for (size_t i = 1; i < table->records.size(); ++i)
        file.rows.push_back(readRow(table->records[i], *map));
    return file;
}

QByteArray HolderCsv::write(const std::vector<CertificateHolderRecord>& holders)
{
    // Only the limits someone requires get a column, in the form's order.
    QStringList codes;
    for (const LimitCode& code : limitCodes()) {
        for (const CertificateHolderRecord& h : holders) {
            const bool used = std::any_of(h.requirements.begin(), h.requirements.end(),
                                          [&](const HolderRequirement& r) { return r.limitCode == code.code; });
            if (used) {
                codes << code.code;
                break;
            }
        }
    }
    QStringList header = baseColumns();
    for (const QString& code : codes)
        header << kMinPrefix + code;
    QString text = csvLine(header);
    auto yesNo = [](bool value) { return value ? QStringLiteral("yes") : QStringLiteral("no"); };
    for (const CertificateHolderRecord& h : holders) {
        QStringList values = {h.name,
                              h.address1,
                              h.address2,
                              h.city,
                              h.state,
                              h.postalCode,
                              h.country,
                              h.email,
                              deliveryPreferenceKey(h.delivery),
                              yesNo(h.receivesRenewals),
                              yesNo(h.requireAdditionalInsured),
                              yesNo(h.requireWaiverOfSubrogation),
                              yesNo(h.requirePrimaryNonContributory)};
        for (const QString& code : codes) {
            QString amount;
            for (const HolderRequirement& r : h.requirements) {
                if (r.limitCode == code)
                    amount = QString::number(r.minimum);
            }
            values << amount;
        }
        text += csvLine(values);
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace agencydesk
