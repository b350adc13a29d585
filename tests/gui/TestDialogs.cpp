#include "AgencyProfileDialog.h"
#include "AgencyService.h"
#include "CarriersDialog.h"
#include "CatchCompat.h"
#include "FirstRunDialog.h"
#include "GuiTestSupport.h"
#include "LoginDialog.h"
#include "UserService.h"
#include "UsersDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>

using namespace agencydesk;
using namespace agencydesk::test;

TEST_CASE("gui: Login dialog: wrong password, lockout, then the remembered user name", "[gui][login]")
{
    TestDatabase db;
    MessageBox::setTestMode(true);
    QSettings().remove(QStringLiteral("login/lastUserName"));
    {
        LoginDialog dialog(db.db);
        QTest::keyClicks(child<QLineEdit>(&dialog, "userNameLineEdit"), QStringLiteral("boss"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "passwordLineEdit"), QStringLiteral("wrong"));
        CHECK_FALSE(dialog.tryLogin());
        CHECK_FALSE(dialog.errorText().isEmpty());
        CHECK(child<QLineEdit>(&dialog, "passwordLineEdit")->text().isEmpty());

        QTest::keyClicks(child<QLineEdit>(&dialog, "passwordLineEdit"), kPassword);
        REQUIRE(dialog.tryLogin());
        REQUIRE(dialog.session());
        CHECK(dialog.session()->user.userName == QStringLiteral("boss"));
    }
    {
        LoginDialog dialog(db.db);
        CHECK(child<QLineEdit>(&dialog, "userNameLineEdit")->text() == QStringLiteral("boss"));
        for (int i = 0; i < AuthService::kMaxFailures; ++i) {
            QTest::keyClicks(child<QLineEdit>(&dialog, "passwordLineEdit"), QStringLiteral("nope"));
            CHECK_FALSE(dialog.tryLogin());
        }
        QTest::keyClicks(child<QLineEdit>(&dialog, "passwordLineEdit"), kPassword);
        CHECK_FALSE(dialog.tryLogin());
        CHECK(dialog.errorText().contains(QStringLiteral("lock"), Qt::CaseInsensitive));
    }
}

TEST_CASE("gui: First-run dialog creates the agency and the first manager", "[gui][setup]")
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("new.sqlite")));
    REQUIRE(opened);
    auto db = *opened;
    REQUIRE(AgencyService::needsSetup(*db));
    MessageBox::setTestMode(true);
    FirstRunDialog dialog(db);
    QTest::keyClicks(child<QLineEdit>(&dialog, "agencyNameLineEdit"), QStringLiteral("Prairie Insurance Group"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "agencyCityLineEdit"), QStringLiteral("Madison"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "agencyStateLineEdit"), QStringLiteral("WI"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "agencyPostalCodeLineEdit"), QStringLiteral("53703"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "adminUserNameLineEdit"), QStringLiteral("ann"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "adminFullNameLineEdit"), QStringLiteral("Ann Owner"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "adminPasswordLineEdit"), QStringLiteral("a-strong-pass-1"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "adminPasswordConfirmLineEdit"), QStringLiteral("a-different-1"));
    MessageBox::clearLog();
    CHECK_FALSE(dialog.initialize());
    CHECK(MessageBox::lastText() == QStringLiteral("The two passwords are not the same."));
    CHECK(AgencyService::needsSetup(*db));

    child<QLineEdit>(&dialog, "adminPasswordConfirmLineEdit")->setText(QStringLiteral("a-strong-pass-1"));
    REQUIRE(dialog.initialize());
    CHECK(dialog.session()->user.role == Role::Manager);
    CHECK_FALSE(AgencyService::needsSetup(*db));
    CHECK(AgencyService::readProfile(*db)->name == QStringLiteral("Prairie Insurance Group"));
}

TEST_CASE("gui: Users dialog adds a user, changes the role and deactivates", "[gui][users]")
{
    TestDatabase db;
    MessageBox::setTestMode(true);
    UsersDialog dialog(db.manager);
    auto* table = child<QTableWidget>(&dialog, "usersTableWidget");
    const int before = table->rowCount();
    QTest::keyClicks(child<QLineEdit>(&dialog, "newUserNameLineEdit"), QStringLiteral("carla"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "newFullNameLineEdit"), QStringLiteral("Carla Diaz"));
    auto* newRole = child<QComboBox>(&dialog, "newUserRoleComboBox");
    newRole->setCurrentIndex(newRole->findData(static_cast<int>(Role::DataProcessor)));
    QTest::keyClicks(child<QLineEdit>(&dialog, "newPasswordLineEdit"), QStringLiteral("carla-pass-2026"));
    QTest::mouseClick(child<QPushButton>(&dialog, "addUserButton"), Qt::LeftButton);
    REQUIRE(table->rowCount() == before + 1);
    auto carla = UserService(db.manager).findByName(QStringLiteral("carla"));
    REQUIRE(carla);
    CHECK(carla->role == Role::DataProcessor);

    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == QStringLiteral("carla"))
            table->selectRow(row);
    }
    auto* role = child<QComboBox>(&dialog, "roleComboBox");
    role->setCurrentIndex(role->findData(static_cast<int>(Role::CertificateSpecialist)));
    QTest::mouseClick(child<QPushButton>(&dialog, "changeRoleButton"), Qt::LeftButton);
    CHECK(UserService(db.manager).get(carla->id)->role == Role::CertificateSpecialist);

    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == QStringLiteral("carla"))
            table->selectRow(row);
    }
    QTest::mouseClick(child<QPushButton>(&dialog, "toggleUserActiveButton"), Qt::LeftButton);
    CHECK_FALSE(UserService(db.manager).get(carla->id)->active);
}

TEST_CASE("gui: Carriers dialog adds a carrier, a bad NAIC is refused with a message", "[gui][carriers]")
{
    TestDatabase db;
    MessageBox::setTestMode(true);
    CarriersDialog dialog(db.manager);
    auto* table = child<QTableWidget>(&dialog, "carriersTableWidget");
    const int before = table->rowCount();
    QTest::keyClicks(child<QLineEdit>(&dialog, "carrierNameLineEdit"), QStringLiteral("Lakeshore Mutual"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "carrierNaicLineEdit"), QStringLiteral("12AB"));
    MessageBox::clearLog();
    QTest::mouseClick(child<QPushButton>(&dialog, "addCarrierButton"), Qt::LeftButton);
    CHECK(MessageBox::shownCount() == 1);
    CHECK(table->rowCount() == before);
    child<QLineEdit>(&dialog, "carrierNaicLineEdit")->setText(QStringLiteral("12345"));
    QTest::mouseClick(child<QPushButton>(&dialog, "addCarrierButton"), Qt::LeftButton);
    CHECK(table->rowCount() == before + 1);
    CHECK(CarrierService(db.manager).findByName(QStringLiteral("Lakeshore Mutual"))->naic == QStringLiteral("12345"));
}

TEST_CASE("gui: Agency profile dialog edits the certificate settings", "[gui][agency]")
{
    TestDatabase db;
    MessageBox::setTestMode(true);
    {
        AgencyProfileDialog dialog(db.manager);
        auto* paper = child<QComboBox>(&dialog, "paperSizeComboBox");
        auto* format = child<QComboBox>(&dialog, "certificateDateFormatComboBox");
        auto* days = child<QSpinBox>(&dialog, "complianceWarningDaysSpinBox");
        // A new agency's defaults.
        CHECK(paper->currentData().toString() == QStringLiteral("letter"));
        CHECK(format->currentData().toString() == QStringLiteral("MM/dd/yyyy"));
        CHECK(format->currentText().contains(QStringLiteral("12/31/")));
        CHECK(days->value() == 30);
        CHECK(days->maximum() == 365);
        paper->setCurrentIndex(paper->findData(QStringLiteral("a4")));
        format->setCurrentIndex(format->findData(QStringLiteral("dd/MM/yyyy")));
        days->setValue(45);
        QTest::mouseClick(child<QPushButton>(&dialog, "saveAgencyButton"), Qt::LeftButton);
        CHECK(dialog.result() == QDialog::Accepted);
    }
    const AgencyProfile saved = *AgencyService::readProfile(*db.db);
    CHECK(saved.paperSize == CertificatePaperSize::A4);
    CHECK(saved.certificateDateFormat == QStringLiteral("dd/MM/yyyy"));
    CHECK(saved.complianceWarningDays == 45);

    // Reopened, the dialog shows what was saved; a view-only user cannot change it.
    AgencyProfileDialog advisor(db.as(Role::PayrollAdvisor));
    CHECK(child<QComboBox>(&advisor, "paperSizeComboBox")->currentData().toString() == QStringLiteral("a4"));
    CHECK(
        child<QComboBox>(&advisor, "certificateDateFormatComboBox")->currentText().contains(QStringLiteral("31/12/")));
    CHECK(child<QSpinBox>(&advisor, "complianceWarningDaysSpinBox")->value() == 45);
    CHECK_FALSE(child<QComboBox>(&advisor, "paperSizeComboBox")->isEnabled());
    CHECK(child<QSpinBox>(&advisor, "complianceWarningDaysSpinBox")->isReadOnly());
}
