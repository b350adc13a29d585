#include "ActionIcons.h"
#include "CatchCompat.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "RequestsTab.h"
#include "TestConfig.h"

#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QStyle>
#include <QStyleFactory>
#include <QToolBar>
#include <QWidgetAction>

using namespace agencydesk;
using namespace agencydesk::test;

namespace {

/// Puts the application palette back when the test ends, whatever happened.
struct PaletteScope
{
    PaletteScope() : before(QApplication::palette())
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
    ~PaletteScope() { QApplication::setPalette(before); }
    QPalette before;
};

double lightness(QRgb pixel)
{
    return QColor(pixel).lightnessF();
}

/// The lightness of the drawn strokes of an icon image: the average over its mostly opaque pixels (-1 if none).
double strokeLightness(const QImage& image)
{
    double sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            if (qAlpha(p) > 200) {
                sum += lightness(p);
                ++count;
            }
        }
    }
    return count == 0 ? -1 : sum / count;
}

/// Every action of the menu bar's menus (and their submenus), without separators and submenu entries.
QList<QAction*> menuActions(const QMenuBar* bar)
{
    QList<QAction*> found;
    QList<QMenu*> menus;
    for (QAction* a : bar->actions()) {
        if (a->menu())
            menus << a->menu();
    }
    while (!menus.isEmpty()) {
        QMenu* menu = menus.takeFirst();
        for (QAction* a : menu->actions()) {
            if (a->menu())
                menus << a->menu();
            else if (!a->isSeparator())
                found << a;
        }
    }
    return found;
}

/// The actions shown as buttons on the window's tool bars (not separators, not the search field).
QList<QAction*> toolBarActions(const QWidget* window)
{
    QList<QAction*> found;
    for (const QToolBar* bar : window->findChildren<QToolBar*>()) {
        for (QAction* a : bar->actions()) {
            if (!a->isSeparator() && !qobject_cast<QWidgetAction*>(a))
                found << a;
        }
    }
    return found;
}

QString describe(const QAction* a)
{
    return QStringLiteral("%1 (%2)").arg(a->text(), a->objectName());
}

/// The window with its menu \a title open over it, as the user sees it (the menu is a window of its own).
QImage windowWithMenu(MainWindow& window, const QString& title)
{
    QMenu* menu = nullptr;
    for (QAction* a : window.menuBar()->actions()) {
        if (a->menu() && a->text() == title)
            menu = a->menu();
    }
    REQUIRE(menu);
    const QRect item = window.menuBar()->actionGeometry(menu->menuAction());
    const QPoint at = window.menuBar()->mapTo(&window, item.bottomLeft());
    menu->popup(window.mapToGlobal(at));
    REQUIRE(QTest::qWaitForWindowExposed(menu));
    QTest::qWait(30);
    QImage image = window.grab().toImage();
    QPainter painter(&image);
    painter.drawPixmap(at, menu->grab());
    painter.end();
    menu->hide();
    return image;
}

} // namespace

TEST_CASE("gui: Every action icon of the set loads", "[gui][icons]")
{
    PaletteScope palette;
    for (ActionIcon id : allActionIcons()) {
        INFO(actionIconName(id).toStdString());
        const QIcon icon = actionIcon(id);
        REQUIRE_FALSE(icon.isNull());
        const QImage image = icon.pixmap(QSize(24, 24)).toImage();
        CHECK(image.size() == QSize(24, 24));
        CHECK(strokeLightness(image) >= 0); // something is drawn
        // High DPI: drawn at twice the pixels, not scaled up.
        const QPixmap hidpi = icon.pixmap(QSize(24, 24), 2.0);
        CHECK(hidpi.size() == QSize(48, 48));
        CHECK(hidpi.devicePixelRatio() == 2.0);
    }
}

TEST_CASE("gui: Menu and tool bar actions carry icons drawn in the palette's colours", "[gui][icons][dark]")
{
    PaletteScope palette;
    SeededDatabase db(10);
    MainWindow window(db.manager);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    QList<QAction*> actions = menuActions(window.menuBar());
    int withShortcut = 0;
    for (const QAction* a : actions)
        withShortcut += a->shortcut().isEmpty() ? 0 : 1;
    CHECK(withShortcut >= 4); // New insured, Import downloads, Unattached downloads, Quit, Keyboard shortcuts
    window.tabs()->setCurrentWidget(window.requestsTab());
    const QList<QAction*> onToolBars = toolBarActions(&window);
    CHECK(onToolBars.size() >= 10); // Unattached downloads, the request desk, the PDF viewer
    actions += onToolBars;

    const QPalette light = QApplication::palette();
    const QPalette dark = darkPalette();
    for (const QAction* a : actions) {
        INFO(describe(a).toStdString());
        REQUIRE_FALSE(a->icon().isNull());
        QApplication::setPalette(light);
        const QImage onLight = a->icon().pixmap(QSize(24, 24)).toImage();
        const QImage disabledOnLight = a->icon().pixmap(QSize(24, 24), QIcon::Disabled).toImage();
        QApplication::setPalette(dark);
        const QImage onDark = a->icon().pixmap(QSize(24, 24)).toImage();
        CHECK(onLight != onDark);
        CHECK(strokeLightness(onLight) < 0.3);                                    // dark strokes on the light palette
        CHECK(strokeLightness(onDark) > 0.8);                                     // light strokes on the dark one
        CHECK(strokeLightness(disabledOnLight) > strokeLightness(onLight) + 0.3); // greyed
    }

    // As drawn in the open File menu: the icon column (left of the text) has dark strokes on the light palette and
    // light strokes on the dark one.
    auto iconColumn = [&] {
        QMenu* file = window.menuBar()->actions().first()->menu();
        file->popup(window.mapToGlobal(QPoint(0, window.menuBar()->height())));
        REQUIRE(QTest::qWaitForWindowExposed(file));
        QTest::qWait(20);
        const QImage menu = file->grab().toImage();
        file->hide();
        const QRect first = file->actionGeometry(file->actions().first());
        const int side = first.height();
        return menu.copy(first.x(), first.y(), side, side);
    };
    QApplication::setPalette(light);
    const QImage menuLight = iconColumn();
    QApplication::setPalette(dark);
    const QImage menuDark = iconColumn();
    auto extremes = [](const QImage& image) {
        double lo = 1, hi = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                lo = std::min(lo, lightness(image.pixel(x, y)));
                hi = std::max(hi, lightness(image.pixel(x, y)));
            }
        }
        return std::pair{lo, hi};
    };
    const auto [lightLo, lightHi] = extremes(menuLight);
    const auto [darkLo, darkHi] = extremes(menuDark);
    CHECK(lightLo < 0.3); // the drawn icon, dark on the light menu
    CHECK(lightHi > 0.9); // the light menu background
    CHECK(darkHi > 0.8);  // the drawn icon, light on the dark menu
    CHECK(darkLo < 0.2);  // the dark menu background
}

TEST_CASE("gui: Screenshots of the window with a menu open, light and dark (to look at)", "[gui][icons][screenshot]")
{
    PaletteScope palette;
    SeededDatabase db(30);
    const auto [insured, policy] = db.insuredWithPolicy(LineOfBusiness::GeneralLiability);
    const QString dir = QStringLiteral(AGENCYDESK_SCREENSHOT_DIR);
    REQUIRE(QDir().mkpath(dir));
    for (const bool isDark : {false, true}) {
        QApplication::setPalette(isDark ? darkPalette() : QApplication::style()->standardPalette());
        // The whole set at 16, 24 and 32 px, then disabled at 24 px, on the window colour; and three times larger.
        const QList<ActionIcon> icons = allActionIcons();
        constexpr int kPerRow = 6;
        constexpr int kCell = 4 * 36;
        QImage sheet(kPerRow * kCell, int((icons.size() + kPerRow - 1) / kPerRow) * 40, QImage::Format_ARGB32);
        sheet.fill(QApplication::palette().color(QPalette::Window));
        QPainter painter(&sheet);
        for (int i = 0; i < icons.size(); ++i) {
            const QPoint cell((i % kPerRow) * kCell + 4, (i / kPerRow) * 40 + 4);
            const QIcon icon = actionIcon(icons[i]);
            painter.drawPixmap(cell + QPoint(0, 8), icon.pixmap(QSize(16, 16)));
            painter.drawPixmap(cell + QPoint(28, 4), icon.pixmap(QSize(24, 24)));
            painter.drawPixmap(cell + QPoint(64, 0), icon.pixmap(QSize(32, 32)));
            painter.drawPixmap(cell + QPoint(104, 4), icon.pixmap(QSize(24, 24), QIcon::Disabled));
        }
        painter.end();
        const QString sheetName =
            QStringLiteral("icons-sheet-%1").arg(isDark ? QStringLiteral("dark") : QStringLiteral("light"));
        CHECK(sheet.save(QDir(dir).filePath(sheetName + QStringLiteral(".png"))));
        CHECK(sheet.scaled(sheet.size() * 3).save(QDir(dir).filePath(sheetName + QStringLiteral("-x3.png"))));
        MainWindow window(db.manager);
        window.resize(1280, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.openInsured(insured.id);
        QTest::qWait(50);
        const QString suffix = isDark ? QStringLiteral("dark") : QStringLiteral("light");
        CHECK(windowWithMenu(window, QStringLiteral("&File"))
                  .save(QDir(dir).filePath(QStringLiteral("icons-file-menu-%1.png").arg(suffix))));
        CHECK(windowWithMenu(window, QStringLiteral("&Agency"))
                  .save(QDir(dir).filePath(QStringLiteral("icons-agency-menu-%1.png").arg(suffix))));
        window.tabs()->setCurrentWidget(window.requestsTab());
        QTest::qWait(50);
        saveScreenshot(&window, QStringLiteral("icons-requests-%1.png").arg(suffix));
        window.tabs()->setCurrentIndex(2); // Certificates
        QTest::qWait(50);
        saveScreenshot(&window, QStringLiteral("icons-certificates-%1.png").arg(suffix));
        window.tabs()->setCurrentIndex(1); // Documents
        QTest::qWait(50);
        saveScreenshot(&window, QStringLiteral("icons-documents-%1.png").arg(suffix));
    }
}
