#include "CatchCompat.h"
#include "GuiTestSupport.h"
#include "LanguageLoader.h"
#include "MainWindow.h"
#include "PoliciesWidget.h"
#include "PolicyDialog.h"

#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace agencydesk;
using namespace agencydesk::test;

namespace {

/// Installs a language for one test and puts English (the other tests' language) back afterwards.
struct LanguageScope
{
    explicit LanguageScope(const QString& code) { ok = LanguageLoader::install(code, QLocale::c()); }
    ~LanguageScope() { LanguageLoader::install(QStringLiteral("en"), QLocale::c()); }
    bool ok = false;
};

const QChar kNoBreakSpace(0x00A0); // French (Canada) groups digits and sets the $ apart with it

/// \a groups of digits (and the decimals after a comma) the way fr_CA writes dollars: "1 000 000 $".
QString frenchDollars(const QStringList& groups, const QString& cents = {})
{
    return groups.join(kNoBreakSpace) + (cents.isEmpty() ? QString() : QLatin1Char(',') + cents) + kNoBreakSpace +
           QLatin1Char('$');
}

/// An insured with one general liability policy: 2026-03-05 to 2027-03-05, premium $2,450.00, each occurrence
/// $1,000,000, general aggregate $2,000,000.
struct FrenchBook : TestDatabase
{
    FrenchBook()
    {
        MessageBox::setTestMode(true);
        Insured insured;
        insured.name = QStringLiteral("Gestion Beaubien inc.");
        insured.address1 = QStringLiteral("1200 Channelside Dr");
        insured.city = QStringLiteral("Tampa");
        insured.state = QStringLiteral("FL");
        insured.postalCode = QStringLiteral("33602");
        insuredId = InsuredService(manager).create(insured).value();
        Policy gl;
        gl.insuredId = insuredId;
        gl.number = QStringLiteral("GL-4410");
        gl.line = LineOfBusiness::GeneralLiability;
        gl.carrierName = QStringLiteral("Travelers Property Casualty Company of America");
        gl.effective = QDate(2026, 3, 5);
        gl.expiration = QDate(2027, 3, 5);
        gl.premiumCents = 245000;
        gl.coverages = {{QStringLiteral("EachOccurrence"), 1'000'000}, {QStringLiteral("GeneralAggregate"), 2'000'000}};
        policyId = PolicyService(manager).create(gl).value();
    }
    qint64 insuredId = 0;
    qint64 policyId = 0;
};

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

TEST_CASE("gui: In French a CSR sees dates, limits and the premium the French-Canadian way, and types them so",
          "[gui][i18n][locale]")
{
    FrenchBook db;
    LanguageScope french(QStringLiteral("fr_CA"));
    REQUIRE(french.ok);
    MainWindow window(db.manager);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openInsured(db.insuredId);

    // The policies table: year, month, day.
    auto* policies = child<QTableWidget>(&window, "policiesTableWidget");
    REQUIRE(policies->rowCount() == 1);
    CHECK(policies->item(0, PoliciesWidget::Effective)->text() == QStringLiteral("2026-03-05"));
    CHECK(policies->item(0, PoliciesWidget::Expiration)->text() == QStringLiteral("2027-03-05"));

    // The policy dialog: limits in its table and the premium grouped with no-break spaces, the dollar sign after.
    PolicyDialog* dialog = openPolicy(window, db.policyId);
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    QTableWidget* coverages = dialog->coveragesTable();
    const int occurrence = dialog->coverageRow(QStringLiteral("EachOccurrence"));
    const int aggregate = dialog->coverageRow(QStringLiteral("GeneralAggregate"));
    REQUIRE(occurrence >= 0);
    REQUIRE(aggregate >= 0);
    CHECK(coverages->item(occurrence, PolicyDialog::AmountColumn)->text() ==
          frenchDollars({QStringLiteral("1"), QStringLiteral("000"), QStringLiteral("000")}));
    CHECK(coverages->item(aggregate, PolicyDialog::AmountColumn)->text() ==
          frenchDollars({QStringLiteral("2"), QStringLiteral("000"), QStringLiteral("000")}));
    auto* premium = child<QLineEdit>(dialog, "premiumLineEdit");
    CHECK(premium->text() == frenchDollars({QStringLiteral("2"), QStringLiteral("450")}, QStringLiteral("00")));
    CHECK(child<QDateEdit>(dialog, "effectiveDateEdit")->text() == QStringLiteral("2026-03-05"));

    // Typed the French way (ordinary spaces, a decimal comma), shown back formatted and saved as numbers.
    coverages->item(occurrence, PolicyDialog::AmountColumn)->setText(QStringLiteral("1 500 000 $"));
    CHECK(coverages->item(occurrence, PolicyDialog::AmountColumn)->text() ==
          frenchDollars({QStringLiteral("1"), QStringLiteral("500"), QStringLiteral("000")}));
    premium->setText(QStringLiteral("2 600,50 $"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    REQUIRE(waitFor([&] { return window.findChild<PolicyDialog*>() == nullptr; }));
    auto saved = PolicyService(db.manager).get(db.policyId);
    REQUIRE(saved);
    CHECK(saved->limit(QStringLiteral("EachOccurrence")) == 1500000);
    CHECK(saved->limit(QStringLiteral("GeneralAggregate")) == 2000000);
    CHECK(saved->premiumCents == std::optional<qint64>(260050));
}

TEST_CASE("gui: In US English the same policy shows $1,000,000 and 03/05/2026", "[gui][locale]")
{
    FrenchBook db;
    MainWindow window(db.manager);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openInsured(db.insuredId);
    CHECK(child<QTableWidget>(&window, "policiesTableWidget")->item(0, PoliciesWidget::Effective)->text() ==
          QStringLiteral("03/05/2026"));
    PolicyDialog* dialog = openPolicy(window, db.policyId);
    REQUIRE(dialog);
    CHECK(dialog->coveragesTable()
              ->item(dialog->coverageRow(QStringLiteral("EachOccurrence")), PolicyDialog::AmountColumn)
              ->text() == QStringLiteral("$1,000,000"));
    CHECK(child<QLineEdit>(dialog, "premiumLineEdit")->text() == QStringLiteral("$2,450.00"));
    dialog->reject();
}

TEST_CASE("gui: In Spanish (Latin America) the policy's dates are day first and its limits keep the dollar sign first",
          "[gui][i18n][locale]")
{
    FrenchBook db;
    LanguageScope spanish(QStringLiteral("es"));
    REQUIRE(spanish.ok);
    MainWindow window(db.manager);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openInsured(db.insuredId);
    CHECK(child<QTableWidget>(&window, "policiesTableWidget")->item(0, PoliciesWidget::Effective)->text() ==
          QStringLiteral("5/3/2026"));
    PolicyDialog* dialog = openPolicy(window, db.policyId);
    REQUIRE(dialog);
    CHECK(dialog->coveragesTable()
              ->item(dialog->coverageRow(QStringLiteral("EachOccurrence")), PolicyDialog::AmountColumn)
              ->text() == QStringLiteral("$1,000,000"));
    CHECK(child<QLineEdit>(dialog, "premiumLineEdit")->text() == QStringLiteral("$2,450.00"));
    dialog->reject();
}
