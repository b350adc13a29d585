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

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace agencydesk
