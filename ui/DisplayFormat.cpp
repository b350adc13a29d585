#include "DisplayFormat.h"

#include <QLocale>

namespace agencydesk {

namespace {

bool isUsEnglish(const QLocale& locale)
{
    return locale.language() == QLocale::C ||
           (locale.language() == QLocale::English && locale.territory() == QLocale::UnitedStates);
}

} // namespace

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

} // namespace agencydesk
