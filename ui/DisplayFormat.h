#pragma once

#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

#include <optional>

namespace agencydesk {

/// Dates and amounts on screen in the default QLocale (set by LanguageLoader from the interface language), with
/// four-digit years and the dollar sign. US English (and the C locale tests run in) keeps the agency's MM/dd/yyyy
/// and $1,000,000. Certificates do not use these: their formats are the agency's setting.
class DisplayFormat
{
public:
    static QString dateFormat();
    static QString date(const QDate& date);
    /// A local date and time, minutes precision.
    static QString dateTime(const QDateTime& dateTime);

    /// Whole dollars (limits): the locale's grouping and currency pattern, always "$" ("$1,000,000" in US English,
    /// "1 000 000 $" in French).
    static QString amount(qint64 dollars);
    /// Dollars and cents (premiums), two decimals: "$2,450.00", "2 450,00 $".
    static QString money(qint64 cents);
    /// Money as typed or shown in the locale (its grouping, decimal sign and "$"; any spaces) reduced to the plain
    /// 1234567.89 form that parseAmount reads.
    static QString plainAmount(const QString& text);
    /// A limit in whole dollars typed in the locale's format, or 1M / 500K (core's parseAmount after plainAmount);
    /// the error quotes the text as typed.
    static Result<qint64> parseAmount(const QString& text);
    /// A premium typed in the locale's format, in cents; nullopt when empty; *ok false when it is not an amount.
    static std::optional<qint64> parseMoney(const QString& text, bool* ok);

private:
    static QLocale locale();
};

} // namespace agencydesk
