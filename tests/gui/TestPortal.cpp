// The insured's client portal line (Enroll…, Change email…, Reset and notify, Lock / Unlock, View as client…), the
// Enroll dialog with its "not the email address" note, and the read-only client view, driven by object name on the
// offscreen platform, with screenshots.
#include "CatchCompat.h"
#include "CertificateBatchBook.h"
#include "CertificateMasterService.h"
#include "ClientViewDialog.h"
#include "GuiTestSupport.h"
#include "InsuredDetailWidget.h"
#include "MailTestSupport.h"
#include "PortalAccountWidget.h"
#include "PortalEnrollDialog.h"
#include "SmtpTestServer.h"

#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>

using namespace agencydesk;
using namespace agencydesk::test;

namespace {

void type(QLineEdit* edit, const QString& text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

int outboxCount(const TestDatabase& t)
{
    QSqlQuery q = t.db->query();
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM outbox")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("gui: enrolling from the insured's portal line - the identity check refusal stays in the dialog - then "
          "reset - lock - unlock - change email and view as client",
          "[gui][portal]")
{
    MessageBox::setTestMode(true);
    MessageBox::clearLog();
    CertificateBatchBook book;
    SmtpTestServer server; // a port for the settings; the emails stay queued
    configureMail(book.manager, mailSettingsFor(server));
    REQUIRE(CertificateMasterService(book.manager).setShared(book.masterId, true).ok());

    InsuredDetailWidget detail(book.manager);
    detail.resize(1000, 700);
    detail.show();
    REQUIRE(QTest::qWaitForWindowExposed(&detail));
    detail.showInsured(book.insuredId);
    auto* portal = child<PortalAccountWidget>(&detail, "portalAccountWidget");
    auto* status = child<QLabel>(portal, "portalStatusLabel");
    CHECK(status->text() == QStringLiteral("Client portal: Not enrolled"));
    auto* enrollButton = child<QPushButton>(portal, "portalEnrollButton");
    CHECK(enrollButton->isVisible());
    CHECK(enrollButton->isEnabled());
    CHECK_FALSE(child<QPushButton>(portal, "portalResetButton")->isVisible());
    saveScreenshot(&detail, QStringLiteral("portal-not-enrolled.png"));

    QTest::mouseClick(enrollButton, Qt::LeftButton);
    auto* dialog = detail.findChild<PortalEnrollDialog*>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    auto* note = child<QLabel>(dialog, "portalUserNameNoteLabel");
    CHECK(note->isVisible());
    CHECK(note->text().startsWith(QStringLiteral("This is not the email address")));
    CHECK(child<QLineEdit>(dialog, "portalUserNameLineEdit")->text() == QStringLiteral("granitehvac"));
    type(child<QLineEdit>(dialog, "portalAddressLineEdit"), QStringLiteral("12 Elm St"));
    type(child<QLineEdit>(dialog, "portalPostalCodeLineEdit"), QStringLiteral("04999"));
    type(child<QLineEdit>(dialog, "portalPolicyNumberLineEdit"), QStringLiteral("GLP-7781234"));
    type(child<QLineEdit>(dialog, "portalEmailLineEdit"), QStringLiteral("owner@granite-hvac.example"));
    saveScreenshot(dialog, QStringLiteral("portal-enroll-dialog.png"));
    auto* ok = child<QPushButton>(dialog, "portalEnrollOkButton");
    QTest::mouseClick(ok, Qt::LeftButton);
    auto* error = child<QLabel>(dialog, "portalEnrollErrorLabel");
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("the postal code did not match")));
    CHECK(dialog->isVisible());
    saveScreenshot(dialog, QStringLiteral("portal-enroll-refused.png"));

    type(child<QLineEdit>(dialog, "portalPostalCodeLineEdit"), QStringLiteral("04101"));
    QTest::mouseClick(ok, Qt::LeftButton);
    REQUIRE(waitFor([&] { return detail.findChild<PortalEnrollDialog*>() == nullptr; }));
    CHECK(status->text() ==
          QStringLiteral("Client portal: Invited · user name granitehvac · owner@granite-hvac.example"));
    CHECK_FALSE(enrollButton->isVisible());
    CHECK(child<QPushButton>(portal, "portalResetButton")->isVisible());
    CHECK(outboxCount(book) == 1);
    CHECK(detail.insured().portalEnrolled); // the insured was re-read (its row version moved)
    saveScreenshot(&detail, QStringLiteral("portal-invited.png"));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    CHECK(portal->resetAndNotify());
    CHECK(outboxCount(book) == 2);

    auto* lock = child<QPushButton>(portal, "portalLockButton");
    QTest::mouseClick(lock, Qt::LeftButton);
    CHECK(status->text().startsWith(QStringLiteral("Client portal: Locked")));
    CHECK(lock->text() == QStringLiteral("Unlock"));
    CHECK_FALSE(child<QPushButton>(portal, "portalResetButton")->isEnabled());
    QTest::mouseClick(lock, Qt::LeftButton);
    CHECK(status->text().startsWith(QStringLiteral("Client portal: Invited")));

    portal->openChangeEmailDialog();
    auto* input = portal->findChild<QInputDialog*>(QStringLiteral("portalEmailInputDialog"));
    REQUIRE(input);
    input->setTextValue(QStringLiteral("new-owner@granite-hvac.example"));
    input->accept();
    REQUIRE(waitFor([&] { return status->text().endsWith(QStringLiteral("new-owner@granite-hvac.example")); }));

    QTest::mouseClick(child<QPushButton>(portal, "portalViewAsClientButton"), Qt::LeftButton);
    auto* view = detail.findChild<ClientViewDialog*>();
    REQUIRE(view);
    REQUIRE(QTest::qWaitForWindowExposed(view));
    auto* policies = child<QTableWidget>(view, "clientViewPoliciesTableWidget");
    CHECK(policies->rowCount() == 2);
    CHECK(policies->editTriggers() == QAbstractItemView::NoEditTriggers);
    CHECK(child<QTableWidget>(view, "clientViewCertificatesTableWidget")->item(0, 0)->text() ==
          QStringLiteral("Standard certificate"));
    CHECK(child<QLabel>(view, "clientViewDocumentsTableWidgetEmptyLabel")->text() ==
          QStringLiteral("No document is shared."));
    CHECK(child<QLabel>(view, "clientViewHeaderLabel")
              ->text()
              .contains(QStringLiteral("Invited, user name granitehvac")));
    saveScreenshot(view, QStringLiteral("portal-view-as-client.png"));
    view->close();
    CHECK(MessageBox::shownCount() == 1); // only the reset question
}

TEST_CASE("gui: the view-only payroll advisor sees the portal status and may view as client but not enroll",
          "[gui][portal]")
{
    MessageBox::setTestMode(true);
    CertificateBatchBook book;
    const Session advisor = book.as(Role::PayrollAdvisor);
    InsuredDetailWidget detail(advisor);
    detail.resize(1000, 700);
    detail.show();
    REQUIRE(QTest::qWaitForWindowExposed(&detail));
    detail.showInsured(book.insuredId);
    auto* portal = child<PortalAccountWidget>(&detail, "portalAccountWidget");
    CHECK(child<QPushButton>(portal, "portalEnrollButton")->isVisible());
    CHECK_FALSE(child<QPushButton>(portal, "portalEnrollButton")->isEnabled());
    CHECK(child<QPushButton>(portal, "portalViewAsClientButton")->isEnabled());
    CHECK(portal->openEnrollDialog() == nullptr);
    ClientViewDialog* view = portal->openClientView();
    REQUIRE(view);
    CHECK(view->view().policies.size() == 2);
    view->close();
}
