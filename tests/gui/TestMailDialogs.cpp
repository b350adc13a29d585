// Agency > Mail settings (Test against a real aiosmtpd with a self-signed certificate, Trust this certificate,
// Save), Agency > Outbox (retry, cancel) and the main window's background sender, with screenshots.
#include "CatchCompat.h"
#include "CertificateBatchBook.h"
#include "CertificateEmailDialog.h"
#include "CertificateService.h"
#include "GuiTestSupport.h"
#include "MailSenderThread.h"
#include "MailSettingsDialog.h"
#include "MailTemplatesDialog.h"
#include "MailTestSupport.h"
#include "MainWindow.h"
#include "OutboxDialog.h"
#include "SmtpTestServer.h"
#include "TestConfig.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

using namespace agencydesk;
using namespace agencydesk::test;

namespace {

void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = QStringLiteral(AGENCYDESK_SCREENSHOT_DIR);
    REQUIRE(QDir().mkpath(dir));
    REQUIRE(widget->grab().save(QDir(dir).filePath(name)));
}

void type(QLineEdit* edit, const QString& text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace

TEST_CASE("gui: mail settings test a self-signed server then trust its certificate and save", "[gui][mail]")
{
    SeededDatabase db(5);
    SmtpTestServer server;
    SmtpTestServer::Options options;
    options.mode = QStringLiteral("starttls");
    options.user = QStringLiteral("agent");
    options.password = QStringLiteral("gui-smtp-pass");
    REQUIRE(server.start(options));

    MailSettingsDialog dialog(db.manager);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    type(child<QLineEdit>(&dialog, "mailHostEdit"), QStringLiteral("127.0.0.1"));
    auto* port = child<QSpinBox>(&dialog, "mailPortSpin");
    port->setValue(server.port());
    type(child<QLineEdit>(&dialog, "mailUserEdit"), QStringLiteral("agent"));
    type(child<QLineEdit>(&dialog, "mailPasswordEdit"), QStringLiteral("gui-smtp-pass"));
    type(child<QLineEdit>(&dialog, "mailFromNameEdit"), QStringLiteral("Northwind Insurance"));
    type(child<QLineEdit>(&dialog, "mailFromAddressEdit"), QStringLiteral("service@northwind.example"));
    type(child<QLineEdit>(&dialog, "mailBccEdit"), QStringLiteral("copies@northwind.example"));
    type(child<QLineEdit>(&dialog, "mailRequestsAddressEdit"), QStringLiteral("certificates@northwind.example"));
    type(child<QLineEdit>(&dialog, "mailPortalUrlEdit"), QStringLiteral("https://portal.northwind.example"));
    CHECK(child<QLabel>(&dialog, "mailPasswordNote")->text().contains(QStringLiteral("NOT encrypted")));

    QTest::mouseClick(child<QPushButton>(&dialog, "mailTestButton"), Qt::LeftButton);
    REQUIRE(waitFor([&] { return !dialog.testRunning(); }, 30000));
    CHECK(dialog.testResult().contains(QStringLiteral("not trusted")));
    CHECK(dialog.testResult().contains(server.certFingerprint()));
    auto* trust = child<QPushButton>(&dialog, "mailTrustButton");
    REQUIRE(trust->isVisible());
    screenshot(&dialog, QStringLiteral("mail-settings-untrusted.png"));
    QTest::mouseClick(trust, Qt::LeftButton);
    CHECK(child<QLineEdit>(&dialog, "mailFingerprintEdit")->text() == server.certFingerprint());

    QTest::mouseClick(child<QPushButton>(&dialog, "mailTestButton"), Qt::LeftButton);
    REQUIRE(waitFor([&] { return !dialog.testRunning(); }, 30000));
    CHECK(dialog.testResult().startsWith(QStringLiteral("Connected and signed in")));
    screenshot(&dialog, QStringLiteral("mail-settings.png"));

    QTest::mouseClick(child<QPushButton>(&dialog, "saveMailSettingsButton"), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    const MailSettings saved = *MailSettingsService(db.manager).settings();
    CHECK(saved.host == QStringLiteral("127.0.0.1"));
    CHECK(saved.port == server.port());
    CHECK(saved.trustedFingerprint == server.certFingerprint());
    CHECK(saved.passwordStored);
    CHECK(*MailSettingsService::readPassword(*db.db) == QStringLiteral("gui-smtp-pass"));
    CHECK(saved.requestsAddress == QStringLiteral("certificates@northwind.example"));
    CHECK(saved.portalUrl == QStringLiteral("https://portal.northwind.example"));

    // A view-only user sees the settings and cannot save them.
    const Session viewer = db.as(Role::PayrollAdvisor);
    MailSettingsDialog readOnly(viewer);
    CHECK(readOnly.findChild<QPushButton*>(QStringLiteral("saveMailSettingsButton")) == nullptr);
    CHECK(child<QLineEdit>(&readOnly, "mailHostEdit")->isReadOnly());
}

TEST_CASE("gui: the outbox lists failures with their error and retries or cancels them", "[gui][mail]")
{
    SeededDatabase db(5);
    SmtpTestServer server; // not started: the server is down
    configureMail(db.manager, mailSettingsFor(server));
    OutboxService outbox(db.manager);
    const qint64 first = *outbox.enqueue(simpleMail(QStringLiteral("first@example.com")));
    const qint64 second = *outbox.enqueue(simpleMail(QStringLiteral("second@example.com")));
    sendOutbox(db); // both wait with "connecting ... failed"

    OutboxDialog dialog(db.manager);
    int wakes = 0;
    dialog.setSendNow([&] { ++wakes; });
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTableWidget* table = dialog.table();
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 0)->text() == QStringLiteral("Waiting to retry"));
    CHECK(table->item(0, 6)->text().contains(QStringLiteral("connecting")));
    dialog.selectEmail(first);
    screenshot(&dialog, QStringLiteral("outbox.png"));

    dialog.selectEmail(second);
    QTest::mouseClick(child<QPushButton>(&dialog, "outboxCancelButton"), Qt::LeftButton);
    CHECK(outbox.get(second)->status == OutboxStatus::Cancelled);
    dialog.selectEmail(first);
    QTest::mouseClick(child<QPushButton>(&dialog, "outboxRetryButton"), Qt::LeftButton);
    CHECK(wakes == 1);
    CHECK(outbox.get(first)->nextAttemptAt <= nowUtc());
    dialog.selectEmail(second);
    CHECK_FALSE(child<QPushButton>(&dialog, "outboxRetryButton")->isEnabled()); // cancelled stays cancelled
}

TEST_CASE("gui: the main window's background sender delivers a queued email", "[gui][mail]")
{
    SeededDatabase db(5);
    SmtpTestServer server;
    REQUIRE(server.start());
    configureMail(db.manager, mailSettingsFor(server));
    MainWindow window(db.manager);
    REQUIRE(OutboxService(db.manager).enqueue(simpleMail()).ok());
    window.mailSender()->wake();
    CHECK(waitFor([&] { return server.messageCount() == 1; }, 60000));
    CHECK(waitFor([&] { return OutboxService(db.manager).counts()->value(QStringLiteral("sent")).toInt() == 1; }));
}

TEST_CASE("gui: email a certificate with edited recipients and a preview", "[gui][mail]")
{
    MessageBox::setTestMode(true);
    CertificateBatchBook book;
    const qint64 holderId = book.addHolder(QStringLiteral("Bayview General Contractors"));
    CertificateHolderRecord h = *CertificateHolderService(book.manager).get(holderId);
    h.email = QStringLiteral("coi@bayview.example");
    REQUIRE(CertificateHolderService(book.manager).update(h).ok());
    auto issued = CertificateService(book.manager).issue(book.masterId, holderId);
    REQUIRE(issued.ok());
    SmtpTestServer server;
    configureMail(book.manager, mailSettingsFor(server));

    CertificateEmailDialog dialog(book.manager, issued->number);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    // The insured has no email on file: the client box starts unchecked; the holder's address is filled in.
    CHECK(child<QCheckBox>(&dialog, "emailToHolderCheck")->isChecked());
    CHECK_FALSE(child<QCheckBox>(&dialog, "emailToClientCheck")->isChecked());
    CHECK(child<QLineEdit>(&dialog, "emailHolderAddressEdit")->text() == QStringLiteral("coi@bayview.example"));
    type(child<QLineEdit>(&dialog, "emailExtraEdit"), QStringLiteral("pm@bayview.example"));
    QTest::keyClicks(child<QPlainTextEdit>(&dialog, "emailMessageEdit"), QStringLiteral("Thanks for the quick call."));
    CHECK(dialog.previewText().contains(QStringLiteral("coi@bayview.example, pm@bayview.example")));
    CHECK(dialog.previewText().contains(QStringLiteral("Thanks for the quick call.")));
    CHECK(dialog.previewText().contains(issued->number + QStringLiteral(".pdf")));
    screenshot(&dialog, QStringLiteral("certificate-email.png"));

    // A bad address is named under the preview, and Send stays off.
    type(child<QLineEdit>(&dialog, "emailHolderAddressEdit"), QStringLiteral("coi@bayview example"));
    CHECK_FALSE(child<QPushButton>(&dialog, "emailSendButton")->isEnabled());
    CHECK(child<QLabel>(&dialog, "emailProblemLabel")
              ->text()
              .contains(QStringLiteral("\"coi@bayview example\" is not an email address")));
    child<QLineEdit>(&dialog, "emailHolderAddressEdit")->setText(QStringLiteral("certs@bayview.example"));
    QTest::mouseClick(child<QPushButton>(&dialog, "emailSendButton"), Qt::LeftButton);
    REQUIRE(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.queuedIds().size() == 1);
    const OutboxEntry queued = *OutboxService(book.manager).get(dialog.queuedIds().front());
    CHECK(queued.to == QStringList{QStringLiteral("certs@bayview.example"), QStringLiteral("pm@bayview.example")});
    CHECK(queued.bcc == QStringList{kAgencyBcc});
    CHECK(queued.attachmentNames == QStringList{issued->number + QStringLiteral(".pdf")});
}

TEST_CASE("gui: the template editor previews with sample values and saves for a manager only", "[gui][mail]")
{
    SeededDatabase db(3);
    MailTemplatesDialog dialog(db.manager);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.selectTemplate(QStringLiteral("request_rejected"));
    CHECK(dialog.previewText().contains(QStringLiteral("Reason: Certificate holder name incomplete")));
    auto* body = child<QPlainTextEdit>(&dialog, "templateBodyEdit");
    body->setPlainText(body->toPlainText() + QStringLiteral("\nYour CSR: {user.name}"));
    CHECK(dialog.previewText().contains(QStringLiteral("Your CSR: Maria Lopez")));
    screenshot(&dialog, QStringLiteral("mail-templates.png"));
    QTest::mouseClick(child<QPushButton>(&dialog, "saveTemplateButton"), Qt::LeftButton);
    CHECK(MailTemplateService(db.manager)
              .get(QStringLiteral("request_rejected"))
              ->body.endsWith(QStringLiteral("Your CSR: {user.name}")));
    body->setPlainText(QStringLiteral("Hello {insured.ssn}"));
    CHECK_FALSE(dialog.saveCurrent());
    CHECK(MessageBox::lastText().contains(QStringLiteral("{insured.ssn}")));

    const Session csr = db.as(Role::DataProcessor);
    MailTemplatesDialog readOnly(csr);
    CHECK(readOnly.findChild<QPushButton*>(QStringLiteral("saveTemplateButton")) == nullptr);
}
