#include "StatusColors.h"

namespace agencydesk::StatusColors {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor good(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x7d, 0xd8, 0x8f) : QColor(0x1b, 0x7a, 0x33);
}

QColor bad(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c);
}

QColor invalidBackground(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x6e, 0x1f, 0x1f) : QColor(0xff, 0xdc, 0xdc);
}

} // namespace agencydesk::StatusColors
