#include "AboutDialog.h"
#include "CatchCompat.h"
#include "GuiTestSupport.h"
#include "InsuredsTab.h"
#include "MainWindow.h"
#include "ShortcutsDialog.h"
#include "TestConfig.h"

#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>

#include <cstdlib>

using namespace agencydesk;
using namespace agencydesk::test;

namespace {

const QString kThisVersion = QStringLiteral("AgencyDesk ") + QStringLiteral(AGENCYDESK_TEST_PROJECT_VERSION);

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
    QSettings().remove(QStringLiteral("viewState"));
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
