#pragma once

#include <QIcon>

namespace agencydesk {

/// The application icon in every rendered size (resources/icons), for windows, About and the task bar.
QIcon appIcon();

} // namespace agencydesk
