// Issuing certificates from the UI: the compliance question, the progress dialog and its Cancel button, the summary.
#include "CatchCompat.h"
#include "CertificateBatchBook.h"
#include "CertificateIssueController.h"
#include "CertificateService.h"
#include "ComplianceQuestionDialog.h"
#include "GuiTestSupport.h"
#include "TestConfig.h"

#include <QDir>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTimer>

#include <poppler-qt6.h>

using namespace agencydesk;
using namespace agencydesk::test;

namespace {

struct IssueBook : CertificateBatchBook
{
    IssueBook()
    {
        MessageBox::setTestMode(true);
        MessageBox::clearLog();
        window.resize(900, 600);
        window.show();
    }
    QWidget window;
};

/// Waits for the controller's finished() and returns its arguments.
std::pair<QStringList, bool> waitForFinished(CertificateIssueController& controller, QSignalSpy& spy)
{
    REQUIRE(waitFor([&] { return spy.count() > 0; }, 240000));
    CHECK_FALSE(controller.isRunning());
    const QList<QVariant> args = spy.takeFirst();
    return {args.at(0).toStringList(), args.at(1).toBool()};
}

/// Answers the compliance question the way a user does: when the dialog is the active modal window, clicks
/// \a buttonName. Returns what the dialog listed (filled once answered).
std::shared_ptr<QStringList> answerComplianceQuestion(const char* buttonName, const QString& screenshot = {})
{
    auto listed = std::make_shared<QStringList>();
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, listed, buttonName, screenshot] {
        auto* dialog = qobject_cast<ComplianceQuestionDialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        *listed << child<QLabel>(dialog, "complianceQuestionLabel")->text();
        auto* table = child<QTableWidget>(dialog, "nonCompliantHoldersTableWidget");
        for (int row = 0; row < table->rowCount(); ++row)
            *listed << table->item(row, 0)->text() + QStringLiteral(": ") + table->item(row, 1)->text();
        if (!screenshot.isEmpty())
            saveScreenshot(dialog, screenshot);
        QTest::mouseClick(child<QPushButton>(dialog, buttonName), Qt::LeftButton);
    });
    timer->start();
    return listed;
}

bool isForced(const CertificateBatchBook& book, const QString& number)
{
    auto c = CertificateService(book.manager).get(number);
    REQUIRE(c.ok());
    return c->forced;
}

} // namespace

TEST_CASE("gui: Issuing for one compliant holder makes one certificate without a question", "[gui][certificates]")
{
    IssueBook book;
    const qint64 holder = book.addHolder(QStringLiteral("Bayside Property Group"), 1000000);
    CertificateIssueController controller(book.manager, &book.window);
    QSignalSpy spy(&controller, &CertificateIssueController::finished);
    controller.issue(book.masterId, {holder});
    CHECK(controller.isRunning());
    CHECK(spy.isEmpty()); // issue() returns at once

    const auto [numbers, cancelled] = waitForFinished(controller, spy);
    REQUIRE(numbers.size() == 1);
    CHECK_FALSE(cancelled);
    CHECK(MessageBox::shownCount() == 0);
    CHECK(book.window.findChild<ComplianceQuestionDialog*>() == nullptr);
    CHECK(book.count(QStringLiteral("SELECT count(*) FROM certificates")) == 1);
    auto c = CertificateService(book.manager).get(numbers.first());
    REQUIRE(c.ok());
    CHECK(c->holderId == holder);
    CHECK_FALSE(c->forced);
}

TEST_CASE("gui: One holder whose requirements are not met is asked about in a message box", "[gui][certificates]")
{
    IssueBook book;
    const qint64 holder = book.addHolder(QStringLiteral("Harbor Point Developers"), 2000000);
    CertificateIssueController controller(book.manager, &book.window);
    QSignalSpy spy(&controller, &CertificateIssueController::finished);

    MessageBox::setNextAnswer(QMessageBox::No);
    controller.issue(book.masterId, {holder});
    auto [none, cancelled] = waitForFinished(controller, spy);
    CHECK(none.isEmpty());
    CHECK(MessageBox::shownCount() == 1);
    CHECK(MessageBox::lastTitle() == QStringLiteral("Requirements not met"));
    CHECK(MessageBox::lastText().contains(QStringLiteral("Harbor Point Developers")));
    CHECK(
        MessageBox::lastText().contains(QStringLiteral("Each occurrence $1,000,000 is below the required $2,000,000")));
    CHECK(book.count(QStringLiteral("SELECT count(*) FROM certificates")) == 0);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    controller.issue(book.masterId, {holder});
    auto [numbers, cancelledAgain] = waitForFinished(controller, spy);
    REQUIRE(numbers.size() == 1);
    CHECK(isForced(book, numbers.first()));
    CHECK(book.count(QStringLiteral("SELECT count(*) FROM activities WHERE action = 'override'")) == 1);
}

TEST_CASE("gui: Many holders: issue all records the override, issue only compliant skips the holder",
          "[gui][certificates]")
{
    IssueBook book;
    const qint64 first = book.addHolder(QStringLiteral("Bayside Property Group"));
    const qint64 strict = book.addHolder(QStringLiteral("Harbor Point Developers"), 2000000);
    const qint64 last = book.addHolder(QStringLiteral("Summit Towers LLC"));
    CertificateIssueController controller(book.manager, &book.window);
    QSignalSpy spy(&controller, &CertificateIssueController::finished);

    SECTION("Issue all (record override)")
    {
        auto listed = answerComplianceQuestion("issueAllButton");
        controller.issue(book.masterId, {first, strict, last});
        const auto [numbers, cancelled] = waitForFinished(controller, spy);
        REQUIRE(listed->size() == 2);
        CHECK(listed->at(0) == QStringLiteral("1 of 3 holders does not meet its requirements:"));
        CHECK(listed->at(1).startsWith(QStringLiteral("Harbor Point Developers: Each occurrence $1,000,000 is below")));
        REQUIRE(numbers.size() == 3);
        CHECK_FALSE(isForced(book, numbers[0]));
        CHECK(isForced(book, numbers[1]));
        CHECK_FALSE(isForced(book, numbers[2]));
        CHECK(book.count(QStringLiteral("SELECT count(*) FROM activities WHERE action = 'override'")) == 1);
        CHECK(MessageBox::lastTitle() == QStringLiteral("Certificates issued"));
        CHECK(MessageBox::lastText() == QStringLiteral("Issued 3 certificates."));
    }
    SECTION("Issue only compliant holders")
    {
        auto listed = answerComplianceQuestion("issueOnlyCompliantButton");
        controller.issue(book.masterId, {first, strict, last});
        const auto [numbers, cancelled] = waitForFinished(controller, spy);
        REQUIRE(listed->size() == 2);
        REQUIRE(numbers.size() == 2);
        CHECK(book.count(QStringLiteral("SELECT count(*) FROM certificates WHERE holder_id = %1").arg(strict)) == 0);
        CHECK(book.count(QStringLiteral("SELECT count(*) FROM activities WHERE action = 'override'")) == 0);
        CHECK(MessageBox::lastText().contains(QStringLiteral("Issued 2 certificates.")));
        CHECK(MessageBox::lastText().contains(QStringLiteral("Skipped 1 holder whose requirements are not met.")));
    }
    SECTION("Cancel")
    {
        answerComplianceQuestion("cancelButton");
        controller.issue(book.masterId, {first, strict, last});
        const auto [numbers, cancelled] = waitForFinished(controller, spy);
        CHECK(numbers.isEmpty());
        CHECK(book.count(QStringLiteral("SELECT count(*) FROM certificates")) == 0);
    }
}

TEST_CASE("gui: A batch of 300 cancelled from the progress dialog keeps exactly the certificates reported",
          "[gui][certificates]")
{
    IssueBook book;
    const QList<qint64> holders = book.addHolders(300);
    CertificateIssueController controller(book.manager, &book.window);
    QSignalSpy spy(&controller, &CertificateIssueController::finished);

    // The user watches the dialog and presses its Cancel button once it has passed 20.
    QString labelWhenCancelled;
    bool pressed = false;
    auto* issuer = controller.findChild<CertificateBatchIssuer*>();
    REQUIRE(issuer);
    QObject::connect(issuer, &CertificateBatchIssuer::progress, &book.window, [&](int done) {
        auto* dialog = book.window.findChild<QProgressDialog*>(QStringLiteral("certificateIssueProgressDialog"));
        // Progress comes first from the requirements check; the user cancels the issuing.
        if (pressed || done < 20 || !dialog || !dialog->isVisible() ||
            !dialog->labelText().startsWith(QStringLiteral("Issuing ")))
            return;
        pressed = true;
        labelWhenCancelled = dialog->labelText();
        saveScreenshot(dialog, QStringLiteral("certificate-issue-progress.png"));
        QTest::mouseClick(child<QPushButton>(dialog, "cancelIssuingButton"), Qt::LeftButton);
    });
    // Meanwhile the window keeps handling events: a timer on the UI thread ticks throughout.
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
    ticker.start(10);

    controller.issue(book.masterId, holders);
    const auto [numbers, cancelled] = waitForFinished(controller, spy);
    ticker.stop();

    REQUIRE(pressed);
    CHECK(cancelled);
    CHECK(labelWhenCancelled.startsWith(QStringLiteral("Issuing ")));
    CHECK(labelWhenCancelled.contains(QStringLiteral(" of 300: Acme Builders ")));
    CHECK(numbers.size() >= 20);
    CHECK(numbers.size() < 300);
    CHECK(ticks > 20);
    INFO("UI timer ticks during the run: " << ticks);
    CHECK(MessageBox::lastText().contains(QStringLiteral("Issued %1 certificates.").arg(numbers.size())));
    CHECK(MessageBox::lastText().contains(QStringLiteral("Cancelled after %1 of 300 holders").arg(numbers.size())));

    // Exactly the certificates reported, each whole: its PDF opens and shows its number, its audit row exists.
    CHECK(book.count(QStringLiteral("SELECT count(*) FROM certificates")) == numbers.size());
    CHECK(book.count(QStringLiteral("SELECT count(*) FROM activities WHERE entity_type = 'certificate' AND "
                                    "action = 'issued'")) == numbers.size());
    CertificateService service(book.manager);
    for (const QString& number : numbers) {
        auto pdf = service.reprint(number);
        REQUIRE(pdf.ok());
        auto doc = Poppler::Document::loadFromData(*pdf);
        REQUIRE(doc);
        CHECK(doc->page(0)->text(QRectF()).contains(number));
    }
}

TEST_CASE("gui: A view-only user is refused with the permission message and nothing is issued", "[gui][certificates]")
{
    IssueBook book;
    const QList<qint64> holders = book.addHolders(2);
    CertificateIssueController controller(book.as(Role::PayrollAdvisor), &book.window);
    QSignalSpy spy(&controller, &CertificateIssueController::finished);
    controller.issue(book.masterId, holders);
    const auto [numbers, cancelled] = waitForFinished(controller, spy);
    CHECK(numbers.isEmpty());
    CHECK_FALSE(cancelled);
    CHECK(MessageBox::lastTitle() == QStringLiteral("Not allowed"));
    CHECK(MessageBox::lastText().contains(QStringLiteral("may not issue a certificate")));
    CHECK(book.count(QStringLiteral("SELECT count(*) FROM certificates")) == 0);
}

TEST_CASE("gui: Closing the window while issuing stops the batch and keeps whole certificates", "[gui][certificates]")
{
    IssueBook book;
    const QList<qint64> holders = book.addHolders(60);
    auto window = std::make_unique<QWidget>();
    window->show();
    auto* controller = new CertificateIssueController(book.manager, window.get());
    controller->issue(book.masterId, holders);
    REQUIRE(waitFor([&] { return book.count(QStringLiteral("SELECT count(*) FROM certificates")) >= 5; }, 60000));
    REQUIRE(controller->isRunning());
    window.reset(); // the controller, its worker and its dialog go with the window
    const qint64 stored = book.count(QStringLiteral("SELECT count(*) FROM certificates"));
    CHECK(stored >= 5);
    CHECK(stored < 60);
    CHECK(book.count(QStringLiteral("SELECT count(*) FROM activities WHERE entity_type = 'certificate' AND "
                                    "action = 'issued'")) == stored);
    QTest::qWait(50); // nothing queued by the worker may reach the deleted controller
}

TEST_CASE("gui: The compliance question lists each holder with every reason (screenshot)",
          "[gui][certificates][screenshot]")
{
    IssueBook book;
    QList<qint64> holders = book.addHolders(3);
    holders << book.addHolder(QStringLiteral("Harbor Point Developers"), 2000000);
    CertificateHolderRecord demanding;
    demanding.masterId = book.masterId;
    demanding.name = QStringLiteral("Summit Towers Property Management LLC");
    demanding.address1 = QStringLiteral("1 Summit Plaza");
    demanding.city = QStringLiteral("Denver");
    demanding.state = QStringLiteral("CO");
    demanding.postalCode = QStringLiteral("80202");
    demanding.requirements = {{QStringLiteral("EachOccurrence"), 5000000},
                              {QStringLiteral("GeneralAggregate"), 5000000}};
    demanding.requireAdditionalInsured = true;
    demanding.requireWaiverOfSubrogation = true;
    holders << CertificateBatchBook::check(CertificateHolderService(book.manager).create(demanding));
    CertificateIssueController controller(book.manager, &book.window);
    QSignalSpy spy(&controller, &CertificateIssueController::finished);

    auto listed = answerComplianceQuestion("cancelButton", QStringLiteral("certificate-compliance-question.png"));
    controller.issue(book.masterId, holders);
    waitForFinished(controller, spy);
    REQUIRE(listed->size() == 3);
    CHECK(listed->at(0) == QStringLiteral("2 of 5 holders do not meet their requirements:"));
    const QString summit = listed->at(2);
    INFO(summit.toStdString());
    CHECK(summit.startsWith(QStringLiteral("Summit Towers Property Management LLC: ")));
    CHECK(summit.contains(QStringLiteral("Each occurrence $1,000,000 is below the required $5,000,000")));
    CHECK(summit.contains(QStringLiteral("General aggregate $2,000,000 is below the required $5,000,000")));
    CHECK(summit.contains(QStringLiteral("additional insured")));
    CHECK(book.count(QStringLiteral("SELECT count(*) FROM certificates")) == 0);
}
