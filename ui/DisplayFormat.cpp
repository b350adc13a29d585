#include "DisplayFormat.h"

#include "LimitCodes.h"

#include <cmath>

namespace agencydesk {

namespace {

bool isUsEnglish(const QLocale& locale)
{
    return locale.language() == QLocale::C ||
           (locale.language() == QLocale::English && locale.territory() == QLocale::UnitedStates);
}

const QString kDollar = QStringLiteral("$");

} // namespace

QLocale DisplayFormat::locale()
{
    const QLocale locale;
    // The C locale has no currency pattern: US English, as for dates.
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
}

QString DisplayFormat::dateFormat()
{
    const QLocale locale;
    if (isUsEnglish(locale))
        return QStringLiteral("MM/dd/yyyy");
    QString format = locale.dateFormat(QLocale::ShortFormat);
    // Short formats often have two-digit years (d/M/yy): ambiguous next to policy terms that span decades.
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString DisplayFormat::date(const QDate& date)
{
    return QLocale().toString(date, dateFormat());
}

QString DisplayFormat::dateTime(const QDateTime& dateTime)
{
    const QLocale locale;
    const QString time = isUsEnglish(locale) ? QStringLiteral("HH:mm") : locale.timeFormat(QLocale::ShortFormat);
    return locale.toString(dateTime, dateFormat() + QLatin1Char(' ') + time);
}

QString DisplayFormat::amount(qint64 dollars)
{
    return locale().toCurrencyString(dollars, kDollar);
}

QString DisplayFormat::money(qint64 cents)
{
    return locale().toCurrencyString(double(cents) / 100.0, kDollar, 2);
}

QString DisplayFormat::plainAmount(const QString& text)
{
    const QLocale l = locale();
    QString t = text;
    t.remove(kDollar);
    const QString group = l.groupSeparator();
    if (!group.isEmpty() && !group.at(0).isSpace())
        t.remove(group);
    QString plain;
    for (const QChar c : t) {
        if (!c.isSpace()) // spaces, no-break and narrow no-break spaces (French grouping)
            plain += c;
    }
    if (l.decimalPoint() != QLatin1String("."))
        plain.replace(l.decimalPoint(), QStringLiteral("."));
    return plain;
}

Result<qint64> DisplayFormat::parseAmount(const QString& text)
{
    const QString plain = plainAmount(text);
    Result<qint64> dollars = agencydesk::parseAmount(plain);
    if (!dollars && plain != text.trimmed()) {
        Error e = dollars.error();
        e.message.replace(plain, text.trimmed());
        return e;
    }
    return dollars;
}

std::optional<qint64> DisplayFormat::parseMoney(const QString& text, bool* ok)
{
    const QString plain = plainAmount(text);
    *ok = true;
    if (plain.isEmpty())
        return std::nullopt;
    const double value = QLocale::c().toDouble(plain, ok);
    if (!*ok || value < 0 || value > 1e12) {
        *ok = false;
        return std::nullopt;
    }
    return static_cast<qint64>(std::llround(value * 100.0));
}

} // namespace agencydesk
