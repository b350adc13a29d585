#include "AppIcon.h"

namespace agencydesk {

QIcon appIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/agencydesk-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace agencydesk
