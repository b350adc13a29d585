#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace agencydesk {

/// Dates on screen in the default QLocale (set by LanguageLoader from the interface language), with
/// four-digit years. US English (and the C locale tests run in) keeps the agency's MM/dd/yyyy. Certificates do not
/// use these: their formats are the agency's setting.
class DisplayFormat
{
public:
    static QString dateFormat();
    static QString date(const QDate& date);
    /// A local date and time, minutes precision.
    static QString dateTime(const QDateTime& dateTime);
};

} // namespace agencydesk
