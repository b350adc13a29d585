#include "CatchCompat.h"
#include "ChangeWatcher.h"
#include "DocumentsTab.h"
#include "GuiTestSupport.h"
#include "InsuredDetailWidget.h"
#include "InsuredListModel.h"
#include "InsuredsTab.h"
#include "MainWindow.h"
#include "NotesWidget.h"
#include "PoliciesWidget.h"
#include "SearchResultModel.h"
#include "SuperSearchLineEdit.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace agencydesk;
using namespace agencydesk::test;

namespace {

qint64 currentListId(const MainWindow& window)
{
    auto* view = child<QTableView>(&window, "insuredsTableView");
    const QModelIndex current = view->currentIndex();
    return current.isValid() ? current.data(InsuredListModel::IdRole).toLongLong() : 0;
}

} // namespace

TEST_CASE("gui: Super search finds an insured by policy number and Enter opens it", "[gui][search]")
{
    SeededDatabase db;
    const auto [insured, policy] = db.insuredWithPolicy(LineOfBusiness::GeneralLiability);
    MainWindow window(db.manager);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    auto* search = child<QLineEdit>(&window, "superSearchLineEdit");
    QTest::keyClicks(search, policy.number);
    auto* results = window.superSearch()->resultModel();
    REQUIRE(waitFor([&] { return results->rowCount() > 0; }));

    // The drop-down shows the insured, its city and the policy number that matched.
    const QString first = results->index(0, 0).data().toString();
    CHECK(results->index(0, 0).data(SearchResultModel::IdRole).toLongLong() == insured.id);
    CHECK(first.startsWith(insured.name));
    CHECK(first.contains(insured.city));
    CHECK(first.contains(QStringLiteral("policy %1").arg(policy.number)));
    CHECK(window.superSearch()->completer()->popup()->isVisible());

    QTest::keyClick(search, Qt::Key_Return);
    auto* detail = window.insuredsTab()->detail();
    CHECK(detail->insuredId() == insured.id);
    CHECK(child<QLabel>(&window, "insuredHeaderLabel")->text() == insured.name);
    CHECK(child<QLineEdit>(&window, "nameLineEdit")->text() == insured.name);
    CHECK(child<QLineEdit>(&window, "cityLineEdit")->text() == insured.city);
    CHECK(currentListId(window) == insured.id);
    CHECK_FALSE(window.superSearch()->completer()->popup()->isVisible());
    // The other tabs already follow the selected insured.
    CHECK(window.documentsTab()->insuredId() == insured.id);
    CHECK(window.windowTitle().contains(insured.name));
}

TEST_CASE("gui: Super search by part of a name lists matching insureds, a click opens one", "[gui][search]")
{
    SeededDatabase db;
    auto rows = InsuredService(db.manager).page({}, 0, 100);
    REQUIRE(rows);
    const Insured target = rows->at(rows->size() / 2);
    const QString fragment = target.name.left(5);
    MainWindow window(db.manager);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // Ctrl+F puts the cursor in the search box.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    auto* search = child<QLineEdit>(&window, "superSearchLineEdit");
    CHECK(search->hasFocus());

    QTest::keyClicks(search, fragment);
    auto* results = window.superSearch()->resultModel();
    REQUIRE(waitFor([&] { return results->rowCount() > 0; }));
    int targetRow = -1;
    for (int row = 0; row < results->rowCount(); ++row) {
        CHECK(results->index(row, 0).data().toString().contains(fragment, Qt::CaseInsensitive));
        if (results->idAt(row) == target.id)
            targetRow = row;
    }
    REQUIRE(targetRow >= 0);
    QAbstractItemView* popup = window.superSearch()->completer()->popup();
    const QRect rect = popup->visualRect(results->index(targetRow, 0));
    QTest::mouseClick(popup->viewport(), Qt::LeftButton, {}, rect.center());
    CHECK(window.insuredsTab()->detail()->insuredId() == target.id);
    CHECK(currentListId(window) == target.id);
}

TEST_CASE("gui: The insureds list shows the seeded book, clicking the City header sorts by city", "[gui][list]")
{
    SeededDatabase db(60);
    MainWindow window(db.manager);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* view = child<QTableView>(&window, "insuredsTableView");
    REQUIRE(view->model()->rowCount() == 60);
    CHECK(child<QLabel>(&window, "insuredCountLabel")->text() == QStringLiteral("60 insured(s)"));

    QHeaderView* header = view->horizontalHeader();
    const QPoint cityHeader(header->sectionViewportPosition(InsuredListModel::City) + 10, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, cityHeader);
    REQUIRE(header->sortIndicatorSection() == InsuredListModel::City);
    auto city = [&](int row) {
        return view->model()->index(row, InsuredListModel::City).data().toString().section(QStringLiteral(", "), 0, 0);
    };
    for (int row = 1; row < view->model()->rowCount(); ++row)
        CHECK(QString::compare(city(row - 1), city(row), Qt::CaseInsensitive) <= 0);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, cityHeader);
    REQUIRE(header->sortIndicatorOrder() == Qt::DescendingOrder);
    CHECK(QString::compare(city(0), city(view->model()->rowCount() - 1), Qt::CaseInsensitive) > 0);

    // Clicking a row opens it on the right.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(2, 0)).center());
    const qint64 id = view->model()->index(2, 0).data(InsuredListModel::IdRole).toLongLong();
    CHECK(window.insuredsTab()->detail()->insuredId() == id);
    CHECK(child<QLineEdit>(&window, "nameLineEdit")->text() ==
          view->model()->index(2, InsuredListModel::Name).data().toString());

    // The status filter hides inactive insureds.
    auto* filter = child<QComboBox>(&window, "statusFilterComboBox");
    REQUIRE(InsuredService(db.manager).setActive(id, false).ok());
    window.insuredsTab()->refresh();
    filter->setCurrentIndex(filter->findText(QStringLiteral("Active")));
    InsuredListQuery activeOnly;
    activeOnly.statusFilter = 1;
    const int active = *InsuredService(db.manager).count(activeOnly);
    CHECK(active < 60);
    CHECK(view->model()->rowCount() == active);
    for (int row = 0; row < view->model()->rowCount(); ++row)
        CHECK(view->model()->index(row, InsuredListModel::Status).data().toString() == QStringLiteral("Active"));
}

TEST_CASE("gui: A payroll advisor sees everything but every mutating control is disabled", "[gui][roles]")
{
    SeededDatabase db;
    const auto [insured, policy] = db.insuredWithPolicy(LineOfBusiness::GeneralLiability);
    MainWindow window(db.as(Role::PayrollAdvisor));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openInsured(insured.id);
    REQUIRE(child<QLineEdit>(&window, "nameLineEdit")->text() == insured.name);
    CHECK(child<QLabel>(&window, "userLabel")->text().contains(QStringLiteral("Payroll advisor")));

    auto* policies = child<QTableWidget>(&window, "policiesTableWidget");
    REQUIRE(policies->rowCount() > 0);
    policies->selectRow(0);

    CHECK_FALSE(child<QPushButton>(&window, "newInsuredButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(&window, "toggleActiveButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(&window, "addPolicyButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(&window, "cancelPolicyButton")->isEnabled());
    CHECK(child<QPushButton>(&window, "editPolicyButton")->isEnabled()); // opens read-only ("View policy…")
    CHECK_FALSE(child<QPushButton>(&window, "saveInsuredButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(&window, "saveInsuredButton")->isVisible());
    CHECK(child<QLineEdit>(&window, "nameLineEdit")->isReadOnly());
    CHECK(child<QLineEdit>(&window, "emailLineEdit")->isReadOnly());
    CHECK_FALSE(child<QCheckBox>(&window, "automationEligibleCheckBox")->isEnabled());
    CHECK_FALSE(child<QComboBox>(&window, "countryComboBox")->isEnabled());
    CHECK_FALSE(child<QLineEdit>(&window, "noteLineEdit")->isEnabled());
    CHECK_FALSE(child<QPushButton>(&window, "addNoteButton")->isEnabled());
    CHECK_FALSE(child<QAction>(&window, "newInsuredAction")->isEnabled());
    CHECK_FALSE(child<QAction>(&window, "usersAction")->isEnabled());

    // Typing into the read-only form changes nothing.
    QTest::keyClicks(child<QLineEdit>(&window, "nameLineEdit"), QStringLiteral("XYZ"));
    CHECK(child<QLineEdit>(&window, "nameLineEdit")->text() == insured.name);
    CHECK_FALSE(window.insuredsTab()->detail()->isDirty());
}

TEST_CASE("gui: A manager has the mutating controls enabled, and the status bar names the database", "[gui][roles]")
{
    SeededDatabase db;
    MainWindow window(db.manager);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(child<QPushButton>(&window, "newInsuredButton")->isEnabled());
    CHECK(child<QAction>(&window, "usersAction")->isEnabled());
    CHECK(child<QLabel>(&window, "databasePathLabel")->text().endsWith(QStringLiteral("agency.sqlite")));
    CHECK(child<QLabel>(&window, "databaseModeLabel")->text() == QStringLiteral("Local"));
    CHECK(child<QLabel>(&window, "userLabel")->text() == QStringLiteral("Boss Person (Manager)"));
    CHECK(window.tabs()->count() == 5);
    CHECK(window.tabs()->tabText(0) == QStringLiteral("&Insureds"));
    CHECK(window.tabs()->tabText(4) == QStringLiteral("Re&newals"));
}

TEST_CASE("gui: Saving a profile someone else changed first shows the conflict and can reload", "[gui][conflict]")
{
    SeededDatabase db;
    auto rows = InsuredService(db.manager).page({}, 0, 5);
    REQUIRE(rows);
    const Insured insured = rows->at(0);
    MainWindow window(db.manager);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openInsured(insured.id);

    // Another CSR, in another instance, saves a new phone number first.
    Session other{db.openSecondConnection(), db.manager.user};
    auto theirs = InsuredService(other).get(insured.id);
    REQUIRE(theirs);
    Insured changed = *theirs;
    changed.phone = QStringLiteral("614-555-0199");
    REQUIRE(InsuredService(other).update(changed).ok());

    auto* phone = child<QLineEdit>(&window, "phoneLineEdit");
    phone->selectAll();
    QTest::keyClicks(phone, QStringLiteral("614-555-0100"));
    REQUIRE(window.insuredsTab()->detail()->isDirty());
    auto* save = child<QPushButton>(&window, "saveInsuredButton");
    REQUIRE(save->isEnabled());

    MessageBox::clearLog();
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(MessageBox::shownCount() == 1);
    CHECK(MessageBox::lastTitle() == QStringLiteral("Changed by someone else"));
    CHECK(MessageBox::lastText().contains(QStringLiteral("changed by boss")));
    CHECK(phone->text() == QStringLiteral("614-555-0100")); // nothing lost
    CHECK(InsuredService(db.manager).get(insured.id)->phone == QStringLiteral("614-555-0199"));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(phone->text() == QStringLiteral("614-555-0199"));
    CHECK_FALSE(window.insuredsTab()->detail()->isDirty());

    // Now the save goes through.
    phone->selectAll();
    QTest::keyClicks(phone, QStringLiteral("614-555-0111"));
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(InsuredService(db.manager).get(insured.id)->phone == QStringLiteral("614-555-0111"));
}

TEST_CASE("gui: A profile with a bad postal code is refused with the service's message", "[gui][validation]")
{
    SeededDatabase db;
    auto rows = InsuredService(db.manager).page({}, 0, 1);
    REQUIRE(rows);
    MainWindow window(db.manager);
    window.show();
    window.openInsured(rows->at(0).id);
    auto* postal = child<QLineEdit>(&window, "postalCodeLineEdit");
    postal->selectAll();
    QTest::keyClicks(postal, QStringLiteral("ABCDE"));
    MessageBox::clearLog();
    QTest::mouseClick(child<QPushButton>(&window, "saveInsuredButton"), Qt::LeftButton);
    CHECK(MessageBox::lastTitle() == QStringLiteral("Please check the form"));
    CHECK(MessageBox::lastText().contains(QStringLiteral("ABCDE")));
    CHECK(InsuredService(db.manager).get(rows->at(0).id)->postalCode == rows->at(0).postalCode);
}

TEST_CASE("gui: Notes are added from the detail pane and listed newest first", "[gui][notes]")
{
    SeededDatabase db;
    auto rows = InsuredService(db.manager).page({}, 0, 1);
    REQUIRE(rows);
    MainWindow window(db.manager);
    window.show();
    window.openInsured(rows->at(0).id);
    auto* note = child<QLineEdit>(&window, "noteLineEdit");
    QTest::keyClicks(note, QStringLiteral("Called the client about the renewal"));
    QTest::mouseClick(child<QPushButton>(&window, "addNoteButton"), Qt::LeftButton);
    auto* list = child<QListWidget>(&window, "activitiesListWidget");
    REQUIRE(list->count() > 0);
    CHECK(list->item(0)->text().contains(QStringLiteral("boss wrote: Called the client about the renewal")));
    CHECK(note->text().isEmpty());
    auto activities = ActivityService(db.manager).forInsured(rows->at(0).id);
    REQUIRE(activities);
    CHECK(activities->front().kind == QStringLiteral("note"));
}

TEST_CASE("gui: Another instance's change refreshes the list and the open insured", "[gui][watcher]")
{
    SeededDatabase db;
    auto rows = InsuredService(db.manager).page({}, 0, 1);
    REQUIRE(rows);
    MainWindow window(db.manager);
    window.show();
    window.openInsured(rows->at(0).id);
    const int before = window.insuredsTab()->model()->rowCount();

    Session other{db.openSecondConnection(), db.manager.user};
    Insured added;
    added.name = QStringLiteral("Zephyr Test Holdings");
    REQUIRE(InsuredService(other).create(added).ok());
    Insured changed = *InsuredService(other).get(rows->at(0).id);
    changed.email = QStringLiteral("renamed@example.com");
    REQUIRE(InsuredService(other).update(changed).ok());

    window.changeWatcher()->poll();
    CHECK(window.insuredsTab()->model()->rowCount() == before + 1);
    CHECK(child<QLineEdit>(&window, "emailLineEdit")->text() == QStringLiteral("renamed@example.com"));
    CHECK(window.insuredsTab()->detail()->insuredId() == rows->at(0).id);
}
