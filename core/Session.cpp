#include "Session.h"

#include <QDateTime>

namespace agencydesk {

Status authorize(const Session& session, Operation op)
{
    if (roleMay(session.user.role, op))
        return {};
    return Error{ErrorCode::Permission,
                 QStringLiteral("Permission denied: %1 (%2) may not %3.")
                     .arg(session.user.userName, roleDisplayName(session.user.role), operationName(op))};
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace agencydesk
