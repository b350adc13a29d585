#pragma once

#include <QColor>
#include <QPalette>

namespace agencydesk {

/// The few colours that carry meaning (met / not met, an invalid cell), chosen for the palette in use:
/// a dark green on a light window becomes a light green on a dark one, so both stay readable.
namespace StatusColors {

bool isDark(const QPalette& palette);
QColor good(const QPalette& palette);
QColor bad(const QPalette& palette);
/// Background of a cell whose value is refused; its text keeps the palette's text colour.
QColor invalidBackground(const QPalette& palette);

} // namespace StatusColors

} // namespace agencydesk
