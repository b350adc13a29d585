#include "Session.h"

#include <QCoreApplication>
#include <QDateTime>

namespace agencydesk {

Status authorize(const Session& session, Operation op)
{
    if (roleMay(session.user.role, op))
        return {};
    return Error{ErrorCode::Permission,
                 QCoreApplication::translate("Session", "Permission denied: %1 (%2) may not %3.")
                     .arg(session.user.userName, roleDisplayNameTr(session.user.role), operationNameTr(op))};
}

QString isoDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    const int year = date.year();
    if (year < 0 || year > 9999)
        return {};
    const int month = date.month();
    const int day = date.day();
    const char text[10] = {char('0' + year / 1000),
                           char('0' + year / 100 % 10),
                           char('0' + year / 10 % 10),
                           char('0' + year % 10),
                           '-',
                           char('0' + month / 10),
                           char('0' + month % 10),
                           '-',
                           char('0' + day / 10),
                           char('0' + day % 10)};
    return QString::fromLatin1(text, 10);
}

QString nowUtc()
{
    // An import writes several rows a millisecond: the text is made once a millisecond (per thread).
    thread_local qint64 lastMs = -1;
    thread_local QString lastText;
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    if (ms != lastMs) {
        lastText = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
        lastMs = ms;
    }
    return lastText;
}

} // namespace agencydesk
