#include "ActivityService.h"
#include "CatchCompat.h"
#include "GuiTestSupport.h"
#include "LimitCodes.h"
#include "MainWindow.h"
#include "PoliciesWidget.h"
#include "PolicyDialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>

using namespace agencydesk;
using namespace agencydesk::test;

namespace {

/// Selects \a policyId in the policies table and clicks Edit policy; returns the dialog that opened.
PolicyDialog* openPolicy(MainWindow& window, qint64 policyId)
{
    auto* table = child<QTableWidget>(&window, "policiesTableWidget");
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, PoliciesWidget::Number)->data(Qt::UserRole).toLongLong() == policyId)
            table->selectRow(row);
    }
    QTest::mouseClick(child<QPushButton>(&window, "editPolicyButton"), Qt::LeftButton);
    return window.findChild<PolicyDialog*>();
}

} // namespace

TEST_CASE("gui: Editing a limit in the policy dialog saves it and the audit row appears", "[gui][policy]")
{
    SeededDatabase db;
    const auto [insured, policy] = db.insuredWithPolicy(LineOfBusiness::GeneralLiability);
    MainWindow window(db.manager);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openInsured(insured.id);

    PolicyDialog* dialog = openPolicy(window, policy.id);
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    CHECK(child<QLineEdit>(dialog, "policyNumberLineEdit")->text() == policy.number);
    CHECK(child<QComboBox>(dialog, "lineOfBusinessComboBox")->currentText() == QStringLiteral("General liability"));
    CHECK(child<QComboBox>(dialog, "carrierComboBox")->currentText() == policy.carrierName);

    // One row per general liability limit code, amounts formatted.
    QTableWidget* coverages = dialog->coveragesTable();
    CHECK(coverages->rowCount() == static_cast<int>(limitCodesFor(LineOfBusiness::GeneralLiability).size()));
    const int row = dialog->coverageRow(QStringLiteral("EachOccurrence"));
    REQUIRE(row >= 0);
    if (auto current = policy.limit(QStringLiteral("EachOccurrence")))
        CHECK(coverages->item(row, PolicyDialog::AmountColumn)->text() == formatAmount(*current));
    // Only the GL indicators are shown.
    CHECK(child<QWidget>(dialog, "claimsMadeCheckBox")->isVisible());
    CHECK_FALSE(child<QWidget>(dialog, "anyAutoCheckBox")->isVisible());
    CHECK_FALSE(child<QWidget>(dialog, "wcStatutoryCheckBox")->isVisible());

    // The CSR enters a new limit the short way; the cell shows it formatted.
    coverages->item(row, PolicyDialog::AmountColumn)->setText(QStringLiteral("2.5M"));
    CHECK(coverages->item(row, PolicyDialog::AmountColumn)->text() == QStringLiteral("$2,500,000"));

    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    REQUIRE(waitFor([&] { return window.findChild<PolicyDialog*>() == nullptr; })); // closed and deleted

    auto saved = PolicyService(db.manager).get(policy.id);
    REQUIRE(saved);
    CHECK(saved->limit(QStringLiteral("EachOccurrence")) == 2500000);

    // The audit row: newest first in Notes & activities, and in ActivityService.
    auto* activities = child<QListWidget>(&window, "activitiesListWidget");
    REQUIRE(activities->count() > 0);
    CHECK(activities->item(0)->text().contains(QStringLiteral("boss: Edited policy %1").arg(policy.number)));
    auto trail = ActivityService(db.manager).forInsured(insured.id);
    REQUIRE(trail);
    REQUIRE_FALSE(trail->empty());
    CHECK(trail->front().entityType == QStringLiteral("policy"));
    CHECK(trail->front().entityId == policy.id);
    CHECK(trail->front().action == QStringLiteral("updated"));
    CHECK(trail->front().summary.contains(policy.number));
}

TEST_CASE("gui: A stale policy save shows the conflict message and keeps the dialog open", "[gui][policy][conflict]")
{
    SeededDatabase db;
    const auto [insured, policy] = db.insuredWithPolicy(LineOfBusiness::GeneralLiability);
    MainWindow window(db.manager);
    window.show();
    window.openInsured(insured.id);
    PolicyDialog* dialog = openPolicy(window, policy.id);
    REQUIRE(dialog);

    Session other{db.openSecondConnection(), db.manager.user};
    Policy theirs = *PolicyService(other).get(policy.id);
    theirs.expiration = theirs.expiration.addDays(30);
    REQUIRE(PolicyService(other).update(theirs).ok());

    dialog->coveragesTable()
        ->item(dialog->coverageRow(QStringLiteral("GeneralAggregate")), PolicyDialog::AmountColumn)
        ->setText(QStringLiteral("3000000"));
    MessageBox::clearLog();
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    CHECK(MessageBox::lastTitle() == QStringLiteral("Changed by someone else"));
    CHECK(window.findChild<PolicyDialog*>() == dialog);
    CHECK(PolicyService(db.manager).get(policy.id)->limit(QStringLiteral("GeneralAggregate")) !=
          std::optional<qint64>(3000000));
    dialog->reject();
}

TEST_CASE("gui: Adding a workers comp policy from the dialog", "[gui][policy]")
{
    SeededDatabase db;
    auto rows = InsuredService(db.manager).page({}, 0, 1);
    REQUIRE(rows);
    const qint64 insuredId = rows->at(0).id;
    MainWindow window(db.manager);
    window.show();
    window.openInsured(insuredId);
    const int before = child<QTableWidget>(&window, "policiesTableWidget")->rowCount();

    QTest::mouseClick(child<QPushButton>(&window, "addPolicyButton"), Qt::LeftButton);
    auto* dialog = window.findChild<PolicyDialog*>();
    REQUIRE(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "policyNumberLineEdit"), QStringLiteral("WC-TEST-0001"));
    auto* line = child<QComboBox>(dialog, "lineOfBusinessComboBox");
    line->setCurrentIndex(line->findData(static_cast<int>(LineOfBusiness::WorkersComp)));
    CHECK(dialog->coveragesTable()->rowCount() == 3);
    CHECK(child<QWidget>(dialog, "wcStatutoryCheckBox")->isVisible());
    CHECK_FALSE(child<QWidget>(dialog, "claimsMadeCheckBox")->isVisible());
    auto* carrier = child<QComboBox>(dialog, "carrierComboBox");
    carrier->setEditText(QStringLiteral("Brand New Mutual"));

    // Missing nothing but a bad amount: refused with a message naming the limit.
    const int each = dialog->coverageRow(QStringLiteral("ELEachAccident"));
    dialog->coveragesTable()->item(each, PolicyDialog::AmountColumn)->setText(QStringLiteral("lots"));
    MessageBox::clearLog();
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    CHECK(MessageBox::lastText().contains(QStringLiteral("E.L. each accident")));
    dialog->coveragesTable()->item(each, PolicyDialog::AmountColumn)->setText(QStringLiteral("1000000"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    REQUIRE(waitFor([&] { return window.findChild<PolicyDialog*>() == nullptr; }));

    auto* table = child<QTableWidget>(&window, "policiesTableWidget");
    CHECK(table->rowCount() == before + 1);
    auto policies = PolicyService(db.manager).forInsured(insuredId);
    REQUIRE(policies);
    bool found = false;
    for (const Policy& p : *policies) {
        if (p.number == QStringLiteral("WC-TEST-0001")) {
            found = true;
            CHECK(p.line == LineOfBusiness::WorkersComp);
            CHECK(p.carrierName == QStringLiteral("Brand New Mutual"));
            CHECK(p.limit(QStringLiteral("ELEachAccident")) == 1000000);
        }
    }
    CHECK(found);
}

TEST_CASE("gui: Cancelling a policy asks first and marks it cancelled", "[gui][policy]")
{
    SeededDatabase db;
    const auto [insured, policy] = db.insuredWithPolicy(LineOfBusiness::Auto);
    MainWindow window(db.manager);
    window.show();
    window.openInsured(insured.id);
    auto* table = child<QTableWidget>(&window, "policiesTableWidget");
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, PoliciesWidget::Number)->data(Qt::UserRole).toLongLong() == policy.id)
            table->selectRow(row);
    }
    auto* cancel = child<QPushButton>(&window, "cancelPolicyButton");
    REQUIRE(cancel->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(cancel, Qt::LeftButton);
    CHECK_FALSE(PolicyService(db.manager).get(policy.id)->cancelled);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(cancel, Qt::LeftButton);
    CHECK(PolicyService(db.manager).get(policy.id)->cancelled);
    CHECK(child<QListWidget>(&window, "activitiesListWidget")
              ->item(0)
              ->text()
              .contains(QStringLiteral("Cancelled policy")));
}
