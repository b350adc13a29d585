#include "AgencyProfileDialog.h"
#include "CatchCompat.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PoliciesWidget.h"
#include "PolicyDialog.h"
#include "TestConfig.h"

#include <QDir>
#include <QImage>
#include <QPixmap>
#include <QPushButton>
#include <QTableWidget>

using namespace agencydesk;
using namespace agencydesk::test;

TEST_CASE("gui: Screenshots of the main window and the policy dialog", "[gui][screenshot]")
{
    SeededDatabase db(60);
    const auto [insured, policy] = db.insuredWithPolicy(LineOfBusiness::GeneralLiability);
    MainWindow window(db.manager);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openInsured(insured.id);
    QTest::qWait(50);
    saveScreenshot(&window, QStringLiteral("main-window.png"));

    auto* table = child<QTableWidget>(&window, "policiesTableWidget");
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, PoliciesWidget::Number)->data(Qt::UserRole).toLongLong() == policy.id)
            table->selectRow(row);
    }
    QTest::mouseClick(child<QPushButton>(&window, "editPolicyButton"), Qt::LeftButton);
    auto* dialog = window.findChild<PolicyDialog*>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    QTest::qWait(50);
    saveScreenshot(dialog, QStringLiteral("policy-dialog.png"));
    dialog->reject();

    MainWindow advisor(db.as(Role::PayrollAdvisor));
    advisor.resize(1280, 800);
    advisor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&advisor));
    advisor.openInsured(insured.id);
    QTest::qWait(50);
    saveScreenshot(&advisor, QStringLiteral("main-window-payroll-advisor.png"));
}

TEST_CASE("gui: Screenshot of the agency profile dialog with its certificate settings", "[gui][screenshot]")
{
    TestDatabase db;
    MessageBox::setTestMode(true);
    AgencyProfileDialog dialog(db.manager);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTest::qWait(50);
    saveScreenshot(&dialog, QStringLiteral("agency-profile-dialog.png"));
}
