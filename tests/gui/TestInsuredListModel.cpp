#include "CatchCompat.h"
#include "GuiTestSupport.h"
#include "InsuredListModel.h"

#include <QAbstractItemModelTester>

using namespace agencydesk;
using namespace agencydesk::test;

TEST_CASE("gui: InsuredListModel passes QAbstractItemModelTester through sort, filter and refresh", "[gui][model]")
{
    SeededDatabase db(30);
    InsuredListModel model(db.manager);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 30);
    CHECK(model.columnCount() == InsuredListModel::ColumnCount);
    CHECK(model.headerData(InsuredListModel::PoliciesInForce, Qt::Horizontal).toString() ==
          QStringLiteral("Policies in force"));
    model.sort(InsuredListModel::City, Qt::DescendingOrder);
    model.sort(InsuredListModel::Email, Qt::AscendingOrder);
    model.setStatusFilter(InsuredListModel::InactiveOnly);
    model.setStatusFilter(InsuredListModel::AllStatuses);
    model.refresh();
    CHECK(model.sortColumn() == InsuredListModel::Email);
    CHECK(model.rowCount() == 30);
}

TEST_CASE("gui: InsuredListModel shows the rows of the book and sorts by city in SQL", "[gui][model]")
{
    SeededDatabase db(50);
    InsuredListModel model(db.manager);
    auto first = InsuredService(db.manager).page({}, 0, 1);
    REQUIRE(first);
    CHECK(model.index(0, InsuredListModel::Name).data().toString() == first->front().name);
    CHECK(model.index(0, 0).data(InsuredListModel::IdRole).toLongLong() == first->front().id);
    CHECK(model.index(0, InsuredListModel::PoliciesInForce).data().toInt() == first->front().policiesInForce);

    model.sort(InsuredListModel::City, Qt::AscendingOrder);
    InsuredListQuery byCity;
    byCity.sort = InsuredSort::City;
    auto expected = InsuredService(db.manager).page(byCity, 0, 50);
    REQUIRE(expected);
    REQUIRE(model.rowCount() == 50);
    for (int row = 0; row < 50; ++row)
        CHECK(model.idAt(row) == expected->at(static_cast<size_t>(row)).id);

    // refresh() keeps the sort, and sees rows added by someone else.
    Insured added;
    added.name = QStringLiteral("Aardvark Alarm Co.");
    added.city = QStringLiteral("Zzyzx");
    added.state = QStringLiteral("CA");
    added.postalCode = QStringLiteral("92309");
    auto id = InsuredService(db.manager).create(added);
    REQUIRE(id);
    model.refresh();
    CHECK(model.sortColumn() == InsuredListModel::City);
    REQUIRE(model.rowCount() == 51);
    CHECK(model.idAt(50) == *id);
    CHECK(model.index(50, InsuredListModel::City).data().toString() == QStringLiteral("Zzyzx, CA"));
    CHECK(model.rowOfId(*id) == 50);
}

TEST_CASE("gui: InsuredListModel loads a large book lazily, one page at a time", "[gui][model]")
{
    SeededDatabase db(1200);
    InsuredListModel model(db.manager);
    REQUIRE(model.rowCount() == 1200);
    // A row far down the list comes from its own page, and matches the service's answer for that offset.
    auto expected = InsuredService(db.manager).page({}, 1000, 1);
    REQUIRE(expected);
    CHECK(model.index(1000, InsuredListModel::Name).data().toString() == expected->front().name);
    CHECK(model.index(1199, InsuredListModel::Name).data().isValid());
    CHECK_FALSE(model.index(1200, InsuredListModel::Name).isValid());
    CHECK(model.lastError().isEmpty());
}
