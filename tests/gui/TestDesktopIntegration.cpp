#include "AboutDialog.h"
#include "CatchCompat.h"
#include "CertificatesTab.h"
#include "DemoData.h"
#include "GuiTestSupport.h"
#include "HolderTableModel.h"
#include "InsuredsTab.h"
#include "MainWindow.h"
#include "ShortcutsDialog.h"
#include "TestConfig.h"

#include <QHeaderView>
#include <QSplitter>
#include <QSqlQuery>
#include <QStyleFactory>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>

#include <cmath>
#include <cstdlib>

using namespace agencydesk;
using namespace agencydesk::test;

namespace {

const QString kThisVersion = QStringLiteral("AgencyDesk ") + QStringLiteral(AGENCYDESK_TEST_PROJECT_VERSION);

/// WCAG 2 contrast ratio between two colours (4.5 is the minimum for body text).
double contrast(const QColor& a, const QColor& b)
{
    auto luminance = [](const QColor& c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return la > lb ? la / lb : lb / la;
}

} // namespace

TEST_CASE("gui: About names the version, the libraries support asks for and who created the database", "[gui][about]")
{
    SeededDatabase db(5);
    AboutDialog about(db.manager.database());
    const QString text = about.versionText();
    CHECK(text.contains(kThisVersion));
    CHECK(text.contains(QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()))));
    CHECK(text.contains(QStringLiteral("Poppler %1").arg(QStringLiteral(AGENCYDESK_TEST_POPPLER_VERSION))));
    CHECK(text.contains(QStringLiteral("SQLite 3.")));
    CHECK(text.contains(QStringLiteral("Created by %1; last opened by %1").arg(kThisVersion)));
    auto* licenses = child<QTextBrowser>(&about, "aboutLicenses");
    CHECK(licenses->toPlainText().contains(QStringLiteral("Poppler")));
    CHECK(licenses->toPlainText().contains(QStringLiteral("GNU LGPL v3")));
}

TEST_CASE("gui: Keyboard shortcuts lists the window's real shortcuts", "[gui][shortcuts]")
{
    SeededDatabase db(5);
    MainWindow window(db.manager);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const auto rows = ShortcutsDialog::shortcutsOf(&window);
    auto has = [&rows](const QString& what, const QKeySequence& key) {
        return rows.contains({what, key.toString(QKeySequence::NativeText)});
    };
    CHECK(has(QStringLiteral("New insured"), QKeySequence(QStringLiteral("Ctrl+N"))));
    CHECK(has(QStringLiteral("Find an insured or a policy (super search)"), QKeySequence(QStringLiteral("Ctrl+F"))));
    CHECK(has(QStringLiteral("Quit"), QKeySequence(QStringLiteral("Ctrl+Q"))));
    CHECK(has(QStringLiteral("Keyboard shortcuts"), QKeySequence(QStringLiteral("F1"))));
    CHECK(has(QStringLiteral("Issue certificate"), QKeySequence(QStringLiteral("Ctrl+I"))));
    for (const auto& row : rows) {
        INFO(row.first.toStdString());
        CHECK_FALSE(row.second.isEmpty());
        CHECK_FALSE(row.first.contains(QLatin1Char('&')));
    }
    ShortcutsDialog dialog(&window);
    CHECK(child<QTableWidget>(&dialog, "shortcutsTable")->rowCount() == rows.size());
}

TEST_CASE("gui: the window, splitters, column widths and sort order come back for the same user only",
          "[gui][viewstate]")
{
    SeededDatabase db(30);
    int listWidth = 0;
    {
        MainWindow window(db.manager);
        window.resize(1100, 720);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        auto* splitter = child<QSplitter>(&window, "insuredsSplitter");
        splitter->setSizes({310, 770});
        listWidth = splitter->sizes().first();
        auto* view = child<QTableView>(&window, "insuredsTableView");
        view->horizontalHeader()->resizeSection(0, 333);
        view->sortByColumn(0, Qt::DescendingOrder);
        window.close();
    }
    MainWindow again(db.manager);
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    CHECK(again.size() == QSize(1100, 720));
    // Within a pixel or two: the splitter re-lays out its handle when the window is shown again.
    CHECK(std::abs(child<QSplitter>(&again, "insuredsSplitter")->sizes().first() - listWidth) <= 2);
    CHECK(listWidth > 250);
    auto* view = child<QTableView>(&again, "insuredsTableView");
    CHECK(view->horizontalHeader()->sectionSize(0) == 333);
    CHECK(view->horizontalHeader()->sortIndicatorSection() == 0);
    CHECK(view->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder);
    // The rows really are in that order, not just the arrow.
    REQUIRE(view->model()->rowCount() > 2);
    const QString first = view->model()->index(0, 0).data().toString();
    const QString last = view->model()->index(view->model()->rowCount() - 1, 0).data().toString();
    CHECK(QString::localeAwareCompare(first, last) > 0);

    // Another CSR on the same computer keeps the default layout.
    MainWindow other(db.as(Role::DataProcessor));
    other.show();
    REQUIRE(QTest::qWaitForWindowExposed(&other));
    CHECK(child<QTableView>(&other, "insuredsTableView")->horizontalHeader()->sectionSize(0) != 333);
}

TEST_CASE("gui: On a dark palette the met / not met colours stay readable (screenshots to look at)",
          "[gui][screenshot][dark]")
{
    const QPalette before = QApplication::palette();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(darkPalette());
    SeededDatabase db(30);
    REQUIRE(DemoData::seedCertificates(db.manager).ok());
    QSqlQuery q = db.manager.database().query();
    REQUIRE(q.exec(QStringLiteral("SELECT insured_id FROM certificate_masters ORDER BY id LIMIT 1")));
    REQUIRE(q.next());
    const qint64 insuredId = q.value(0).toLongLong();
    q.finish();

    MainWindow window(db.manager);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openInsured(insuredId);
    QTest::qWait(50);
    saveScreenshot(&window, QStringLiteral("main-window-dark.png"));
    window.tabs()->setCurrentWidget(window.certificatesTab());
    QTest::qWait(50);
    saveScreenshot(&window, QStringLiteral("certificates-tab-dark.png"));

    const QColor base = QApplication::palette().color(QPalette::Base);
    HolderTableModel* holders = window.certificatesTab()->holderModel();
    REQUIRE(holders->rowCount() > 0);
    QSet<QRgb> seen;
    for (int row = 0; row < holders->rowCount(); ++row) {
        const QColor text =
            holders->index(row, HolderTableModel::Compliance).data(Qt::ForegroundRole).value<QBrush>().color();
        INFO(holders->index(row, HolderTableModel::Compliance).data().toString().toStdString());
        CHECK(contrast(text, base) >= 4.5);
        seen.insert(text.rgb());
    }
    CHECK(seen.size() == 2); // the demo master has holders that meet their requirements and holders that do not
    QApplication::setPalette(before);
}
