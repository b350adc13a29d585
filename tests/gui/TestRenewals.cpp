#include "AgencyProfileDialog.h"
#include "CatchCompat.h"
#include "CertificateHolderService.h"
#include "CertificateMasterService.h"
#include "CertificateService.h"
#include "CertificatesTab.h"
#include "GuiTestSupport.h"
#include "InsuredDetailWidget.h"
#include "InsuredService.h"
#include "InsuredsTab.h"
#include "LanguageLoader.h"
#include "MailSettingsService.h"
#include "MainWindow.h"
#include "OutboxService.h"
#include "PoliciesWidget.h"
#include "PolicyDialog.h"
#include "PolicyService.h"
#include "PrintQueueDialog.h"
#include "PrintQueueService.h"
#include "RenewPolicyDialog.h"
#include "RenewalDueModel.h"
#include "RenewalRunController.h"
#include "RenewalRunSummaryDialog.h"
#include "RenewalRunner.h"
#include "RenewalService.h"
#include "RenewalsTab.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

#include <poppler-qt6.h>

using namespace agencydesk;
using namespace agencydesk::test;

namespace {

template <typename T> T value(Result<T> r)
{
    if (!r)
        throw std::runtime_error(r.error().message.toStdString());
    return std::move(r).value();
}

/// An insured with a GL policy in force (expiring in \a daysLeft days), a master holding it and two holders: one
/// who gets renewals by email, one on paper. Each holder has revision 1 of their certificate.
struct RenewalBook : TestDatabase
{
    qint64 insuredId = 0;
    qint64 policyId = 0;
    qint64 masterId = 0;
    qint64 emailHolderId = 0;
    qint64 printHolderId = 0;
    QDate expiration;

    explicit RenewalBook(int daysLeft = 200)
    {
        MessageBox::setTestMode(true);
        MessageBox::clearLog();
        Insured i;
        i.name = QStringLiteral("Harborview Masonry Inc.");
        i.address1 = QStringLiteral("77 Quarry Road");
        i.city = QStringLiteral("Portland");
        i.state = QStringLiteral("ME");
        i.postalCode = QStringLiteral("04101");
        insuredId = value(InsuredService(manager).create(i));
        expiration = QDate::currentDate().addDays(daysLeft);
        Policy p;
        p.insuredId = insuredId;
        p.number = QStringLiteral("GLM-2048661");
        p.line = LineOfBusiness::GeneralLiability;
        p.carrierName = QStringLiteral("Casco Mutual Casualty");
        p.effective = expiration.addYears(-1);
        p.expiration = expiration;
        p.coverages = {{QStringLiteral("EachOccurrence"), 1000000}, {QStringLiteral("GeneralAggregate"), 2000000}};
        policyId = value(PolicyService(manager).create(p));
        CertificateMaster m;
        m.insuredId = insuredId;
        m.name = QStringLiteral("Standard");
        m.policies = {MasterPolicy{}};
        m.policies[0].policyId = policyId;
        masterId = value(CertificateMasterService(manager).create(m));
        CertificateHolderRecord email = holder(QStringLiteral("Back Cove Property Trust"));
        email.email = QStringLiteral("coi@backcove.example");
        emailHolderId = value(CertificateHolderService(manager).create(email));
        CertificateHolderRecord paper = holder(QStringLiteral("Eastern Promenade Builders"));
        paper.delivery = DeliveryPreference::Print;
        printHolderId = value(CertificateHolderService(manager).create(paper));
        // Forced: a term expiring within the compliance warning days is otherwise refused.
        value(CertificateService(manager).issue(masterId, emailHolderId, true));
        value(CertificateService(manager).issue(masterId, printHolderId, true));
        MailSettings mail;
        mail.host = QStringLiteral("127.0.0.1");
        mail.port = 2525;
        mail.fromAddress = QStringLiteral("service@testagency.example");
        mail.bccAddress = QStringLiteral("copies@testagency.example");
        if (Status s = MailSettingsService(manager).update(mail); !s)
            throw std::runtime_error(s.error().message.toStdString());
    }

    CertificateHolderRecord holder(const QString& name) const
    {
        CertificateHolderRecord h;
        h.masterId = masterId;
        h.name = name;
        h.address1 = QStringLiteral("1 Commercial Street");
        h.city = QStringLiteral("Portland");
        h.state = QStringLiteral("ME");
        h.postalCode = QStringLiteral("04101");
        return h;
    }

    /// The holder's current (not superseded) certificate.
    IssuedCertificate current(qint64 holderId) const
    {
        for (const IssuedCertificate& c : value(CertificateService(manager).forHolder(holderId))) {
            if (!c.supersededBy)
                return c;
        }
        throw std::runtime_error("the holder has no current certificate");
    }

    int printedDeliveries(qint64 certificateId) const
    {
        QSqlQuery q = db->query();
        q.prepare(
            QStringLiteral("SELECT COUNT(*) FROM certificate_deliveries WHERE certificate_id = ? AND how = 'printed'"));
        q.addBindValue(certificateId);
        if (!q.exec() || !q.next())
            throw std::runtime_error("cannot read certificate_deliveries");
        return q.value(0).toInt();
    }

    /// Renews the policy through core and runs the run (no window): one print queue entry for the paper holder.
    qint64 renewAndRun()
    {
        Policy term = value(RenewalService(manager).proposeTerm(policyId));
        const qint64 newId = value(RenewalService(manager).renew(term));
        const std::optional<qint64> run = value(RenewalService(manager).openRunFor(newId));
        if (!run)
            throw std::runtime_error("no renewal run was queued");
        value(RenewalRunner(manager).execute(*run));
        return newId;
    }
};

struct Window
{
    MainWindow window;

    Window(const Session& session, qint64 insuredId) : window(session)
    {
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            throw std::runtime_error("the main window was not shown");
        if (insuredId != 0)
            window.openInsured(insuredId);
    }

    PoliciesWidget* policies() const { return window.insuredsTab()->detail()->policiesWidget(); }

    void selectPolicy(qint64 policyId) const
    {
        QTableWidget* table = policies()->table();
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, PoliciesWidget::Number)->data(Qt::UserRole).toLongLong() == policyId) {
                table->selectRow(row);
                return;
            }
        }
        throw std::runtime_error("the policy is not listed");
    }

    RenewalsTab* showRenewals() const
    {
        RenewalsTab* tab = window.renewalsTab();
        window.tabs()->setCurrentWidget(tab);
        return tab;
    }
};

} // namespace

TEST_CASE("gui: Quick renew from the policy menu re-issues to the email holder and queues the paper holder",
          "[gui][renewals]")
{
    RenewalBook book;
    Window w(book.manager, book.insuredId);
    w.selectPolicy(book.policyId);

    std::unique_ptr<QMenu> menu(w.policies()->createContextMenu());
    auto* renew = menu->findChild<QAction*>(QStringLiteral("renewPolicyAction"));
    REQUIRE(renew);
    REQUIRE(renew->isEnabled());
    renew->trigger();
    auto* dialog = w.policies()->findChild<RenewPolicyDialog*>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    // The next term, same length and number, limits carried over.
    CHECK(dialog->effectiveEdit()->date() == book.expiration);
    CHECK(dialog->expirationEdit()->date() == book.expiration.addYears(1));
    CHECK(dialog->numberEdit()->text() == QStringLiteral("GLM-2048661"));
    QTableWidget* limits = dialog->coveragesTable();
    QStringList amounts;
    for (int row = 0; row < limits->rowCount(); ++row)
        amounts << limits->item(row, RenewPolicyDialog::AmountColumn)->text();
    CHECK(amounts.contains(QStringLiteral("$1,000,000")));
    CHECK(amounts.contains(QStringLiteral("$2,000,000")));

    // The preview changes nothing.
    QTest::mouseClick(dialog->previewButton(), Qt::LeftButton);
    REQUIRE(dialog->previewDialog());
    CHECK(dialog->previewDialog()->itemsTable()->rowCount() == 2);
    CHECK(dialog->previewDialog()->totalsLabel()->text().contains(QStringLiteral("Certificates issued: 2")));
    dialog->previewDialog()->close();
    CHECK(value(PolicyService(book.manager).forInsured(book.insuredId)).size() == 1);

    QTest::mouseClick(dialog->renewButton(), Qt::LeftButton);
    RenewalRunController* controller = w.policies()->renewalRunController();
    REQUIRE(waitFor([&] { return controller->summaryDialog() != nullptr; }, 30000));
    CHECK_FALSE(controller->isRunning());
    RenewalRunSummaryDialog* summary = controller->summaryDialog();
    CHECK(summary->itemsTable()->rowCount() == 2);
    CHECK(summary->totalsLabel()->text().contains(QStringLiteral("Masters updated: 1 of 1")));

    // The master lists the new term; each holder has revision 2; the paper one waits in the print queue.
    const std::vector<Policy> policies = value(PolicyService(book.manager).forInsured(book.insuredId));
    REQUIRE(policies.size() == 2);
    qint64 newId = 0;
    for (const Policy& p : policies) {
        if (p.priorPolicyId == book.policyId)
            newId = p.id;
    }
    REQUIRE(newId != 0);
    const CertificateMaster master = value(CertificateMasterService(book.manager).get(book.masterId));
    REQUIRE(master.policies.size() == 1);
    CHECK(master.policies[0].policyId == newId);
    CHECK(book.current(book.emailHolderId).revision == 2);
    CHECK(book.current(book.printHolderId).revision == 2);
    const std::vector<PrintQueueEntry> queue = value(PrintQueueService(book.manager).pending());
    REQUIRE(queue.size() == 1);
    CHECK(queue[0].holderName == QStringLiteral("Eastern Promenade Builders"));
    CHECK(queue[0].certificateNumber == book.current(book.printHolderId).number);
    bool mailed = false;
    for (const OutboxEntry& e : value(OutboxService(book.manager).list())) {
        if (e.to.contains(QStringLiteral("coi@backcove.example")))
            mailed = true;
    }
    CHECK(mailed);
    // Nothing is left open.
    CHECK_FALSE(value(RenewalService(book.manager).openRunFor(newId)).has_value());
    // The prior term is renewed already: Renew is off for it, on for the new term.
    w.selectPolicy(book.policyId);
    CHECK_FALSE(child<QPushButton>(w.policies(), "renewPolicyButton")->isEnabled());
    w.selectPolicy(newId);
    CHECK(child<QPushButton>(w.policies(), "renewPolicyButton")->isEnabled());
}

TEST_CASE("gui: With follow-through Ask the CSR can decline and resume the run from the Renewals tab",
          "[gui][renewals]")
{
    RenewalBook book;
    RenewalSettings settings;
    settings.followThrough = FollowThrough::Ask;
    REQUIRE(RenewalService(book.manager).setSettings(settings));
    Window w(book.manager, book.insuredId);
    w.selectPolicy(book.policyId);
    QTest::mouseClick(child<QPushButton>(w.policies(), "renewPolicyButton"), Qt::LeftButton);
    auto* dialog = w.policies()->findChild<RenewPolicyDialog*>();
    REQUIRE(dialog);
    MessageBox::clearLog();
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(dialog->renewButton(), Qt::LeftButton);
    REQUIRE(waitFor([] { return MessageBox::shownCount() > 0; }));
    CHECK(MessageBox::lastText().contains(QStringLiteral("Update 1 masters and re-issue certificates now?")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("Certificates to issue: 2 (by email: 1, to print: 1)")));
    QTest::qWait(50);
    CHECK_FALSE(w.policies()->renewalRunController()->isRunning());
    CHECK(book.current(book.emailHolderId).revision == 1);

    RenewalsTab* tab = w.showRenewals();
    QTableWidget* runs = tab->runsTable();
    REQUIRE(runs->rowCount() == 1);
    CHECK(runs->item(0, RenewalsTab::RunStatus)->text() == QStringLiteral("Pending"));
    runs->selectRow(0);
    auto* resume = child<QPushButton>(tab, "resumeRunButton");
    REQUIRE(resume->isEnabled());
    QTest::mouseClick(resume, Qt::LeftButton);
    REQUIRE(waitFor([&] { return tab->runController()->summaryDialog() != nullptr; }, 30000));
    CHECK(book.current(book.emailHolderId).revision == 2);
    CHECK(runs->item(0, RenewalsTab::RunStatus)->text() == QStringLiteral("Completed"));
    CHECK_FALSE(resume->isEnabled());
}

TEST_CASE("gui: Renewals due lists a policy expiring in 30 days and Not renewing takes it off", "[gui][renewals]")
{
    RenewalBook book(30);
    Window w(book.manager, 0);
    RenewalsTab* tab = w.showRenewals();
    QAbstractItemModelTester tester(tab->dueModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    QTableView* view = tab->dueView();
    REQUIRE(view->model()->rowCount() == 1);
    const QModelIndex first = view->model()->index(0, 0);
    CHECK(first.siblingAtColumn(RenewalDueModel::Insured).data().toString() ==
          QStringLiteral("Harborview Masonry Inc."));
    CHECK(first.siblingAtColumn(RenewalDueModel::Number).data().toString() == QStringLiteral("GLM-2048661"));
    CHECK(first.siblingAtColumn(RenewalDueModel::DaysLeft).data().toInt() == 30);
    CHECK(first.siblingAtColumn(RenewalDueModel::Masters).data().toInt() == 1);
    // A shorter window leaves it out.
    tab->daysSpinBox()->setValue(20);
    CHECK(view->model()->rowCount() == 0);
    tab->daysSpinBox()->setValue(60);
    REQUIRE(view->model()->rowCount() == 1);

    REQUIRE(tab->selectDuePolicy(book.policyId));
    QTest::mouseClick(child<QPushButton>(tab, "notRenewingButton"), Qt::LeftButton);
    QInputDialog* reason = tab->reasonDialog();
    REQUIRE(reason);
    reason->setTextValue(QStringLiteral("Moving to another agency"));
    reason->accept();
    CHECK(view->model()->rowCount() == 0);
    CHECK(value(RenewalService(book.manager).due(60)).empty());
}

TEST_CASE("gui: Print all sends the queued certificates to the printer in one job and marks each printed once",
          "[gui][renewals]")
{
    RenewalBook book;
    CertificateHolderRecord second = book.holder(QStringLiteral("Munjoy Hill Condominiums"));
    second.delivery = DeliveryPreference::Print;
    const qint64 secondId = value(CertificateHolderService(book.manager).create(second));
    book.renewAndRun();
    const IssuedCertificate paper = book.current(book.printHolderId);
    REQUIRE(paper.revision == 2);
    const IssuedCertificate secondPaper = book.current(secondId);
    Window w(book.manager, 0);
    RenewalsTab* tab = w.showRenewals();
    QTest::mouseClick(child<QPushButton>(tab, "printQueueButton"), Qt::LeftButton);
    PrintQueueDialog* queue = tab->printQueueDialog();
    REQUIRE(queue);
    REQUIRE(queue->table()->rowCount() == 2);
    CHECK(queue->table()->item(0, PrintQueueDialog::Certificate)->text() == paper.number);
    CHECK(queue->table()->item(1, PrintQueueDialog::Certificate)->text() == secondPaper.number);

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString pdf = book.dir.filePath(QStringLiteral("queue.pdf"));
    printer.setOutputFileName(pdf);
    queue->setPrinter(&printer);
    QTest::mouseClick(queue->printAllButton(), Qt::LeftButton);
    // One file with both certificates, one page each.
    std::unique_ptr<Poppler::Document> printed(Poppler::Document::load(pdf));
    REQUIRE(printed);
    REQUIRE(printed->numPages() == 2);
    CHECK(printed->page(0)->text(QRectF()).contains(QStringLiteral("Eastern Promenade Builders")));
    CHECK(printed->page(1)->text(QRectF()).contains(QStringLiteral("Munjoy Hill Condominiums")));
    CHECK(value(PrintQueueService(book.manager).pending()).empty());
    CHECK(queue->table()->rowCount() == 0);
    CHECK_FALSE(queue->printAllButton()->isEnabled());
    CHECK(book.printedDeliveries(paper.id) == 1);
    CHECK(book.printedDeliveries(secondPaper.id) == 1);
}

TEST_CASE("gui: Renewal screenshots", "[gui][renewals][screenshots]")
{
    RenewalBook book(30);
    Window w(book.manager, book.insuredId);
    w.window.resize(1100, 720);
    w.selectPolicy(book.policyId);
    RenewPolicyDialog* dialog = w.policies()->openRenewDialog();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    saveScreenshot(dialog, QStringLiteral("renewals-renew-dialog.png"));
    QTest::mouseClick(dialog->renewButton(), Qt::LeftButton);
    RenewalRunController* controller = w.policies()->renewalRunController();
    REQUIRE(waitFor([&] { return controller->summaryDialog() != nullptr; }, 30000));
    REQUIRE(QTest::qWaitForWindowExposed(controller->summaryDialog()));
    saveScreenshot(controller->summaryDialog(), QStringLiteral("renewals-summary-dialog.png"));
    controller->summaryDialog()->close();

    // A second policy due, so the tab shows both lists filled.
    Policy other;
    other.insuredId = book.insuredId;
    other.number = QStringLiteral("WC-553201");
    other.line = LineOfBusiness::WorkersComp;
    other.carrierName = QStringLiteral("Maine Employers' Mutual");
    other.effective = QDate::currentDate().addDays(-340);
    other.expiration = QDate::currentDate().addDays(25);
    value(PolicyService(book.manager).create(other));
    RenewalsTab* tab = w.showRenewals();
    QTest::qWait(50);
    saveScreenshot(&w.window, QStringLiteral("renewals-tab.png"));
    PrintQueueDialog* queue = tab->openPrintQueue();
    REQUIRE(QTest::qWaitForWindowExposed(queue));
    saveScreenshot(queue, QStringLiteral("renewals-print-queue.png"));
    queue->close();
    AgencyProfileDialog profile(book.manager, &w.window);
    profile.show();
    REQUIRE(QTest::qWaitForWindowExposed(&profile));
    saveScreenshot(&profile, QStringLiteral("renewals-agency-profile.png"));
}

TEST_CASE("gui: New dates saved in the policy dialog follow through the master holding the policy", "[gui][renewals]")
{
    RenewalBook book;
    Window w(book.manager, book.insuredId);
    w.selectPolicy(book.policyId);
    PolicyDialog* dialog = w.policies()->openPolicyDialog(false);
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    child<QDateEdit>(dialog, "expirationDateEdit")->setDate(book.expiration.addDays(30));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    RenewalRunController* controller = w.policies()->renewalRunController();
    REQUIRE(waitFor([&] { return controller->summaryDialog() != nullptr; }, 30000));
    CHECK(book.current(book.emailHolderId).revision == 2);
    CHECK(book.current(book.printHolderId).revision == 2);
    const std::vector<RenewalRun> runs = value(RenewalService(book.manager).runs());
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].trigger == RenewalTrigger::Dates);
    CHECK(runs[0].status == RenewalRunStatus::Completed);
}

TEST_CASE("gui: A run cancelled from the progress dialog is partial and Resume finishes it without duplicates",
          "[gui][renewals]")
{
    RenewalBook book;
    // More masters, so the run is still going when Cancel is pressed.
    std::vector<qint64> holders{book.emailHolderId, book.printHolderId};
    for (int i = 0; i < 24; ++i) {
        CertificateMaster m;
        m.insuredId = book.insuredId;
        m.name = QStringLiteral("Job %1").arg(i + 1);
        m.policies = {MasterPolicy{}};
        m.policies[0].policyId = book.policyId;
        const qint64 masterId = value(CertificateMasterService(book.manager).create(m));
        CertificateHolderRecord h = book.holder(QStringLiteral("Owner %1").arg(i + 1));
        h.masterId = masterId;
        h.delivery = DeliveryPreference::Print;
        holders.push_back(value(CertificateHolderService(book.manager).create(h)));
        value(CertificateService(book.manager).issue(masterId, holders.back(), true));
    }
    Window w(book.manager, book.insuredId);
    w.selectPolicy(book.policyId);
    RenewPolicyDialog* dialog = w.policies()->openRenewDialog();
    REQUIRE(dialog);
    QTest::mouseClick(dialog->renewButton(), Qt::LeftButton);
    RenewalRunController* controller = w.policies()->renewalRunController();
    REQUIRE(waitFor([&] { return controller->progressDialog() && controller->progressDialog()->value() >= 1; }, 30000));
    child<QPushButton>(controller->progressDialog(), "cancelRenewalRunButton")->click();
    REQUIRE(waitFor([&] { return controller->summaryDialog() != nullptr; }, 30000));
    CHECK(controller->summaryDialog()->totalsLabel()->text().contains(QStringLiteral("cancelled part way")));
    std::vector<RenewalRun> runs = value(RenewalService(book.manager).runs());
    REQUIRE(runs.size() == 1);
    REQUIRE(runs[0].status == RenewalRunStatus::Partial);
    const int doneBefore = int(runs[0].summary.items.size());
    CHECK(doneBefore < int(holders.size()));
    controller->summaryDialog()->close();

    RenewalsTab* tab = w.showRenewals();
    REQUIRE(tab->runsTable()->rowCount() == 1);
    CHECK(tab->runsTable()->item(0, RenewalsTab::RunStatus)->text() == QStringLiteral("Partly done"));
    tab->runsTable()->selectRow(0);
    QTest::mouseClick(child<QPushButton>(tab, "resumeRunButton"), Qt::LeftButton);
    REQUIRE(waitFor([&] { return tab->runController()->summaryDialog() != nullptr; }, 60000));
    runs = value(RenewalService(book.manager).runs());
    CHECK(runs[0].status == RenewalRunStatus::Completed);
    CHECK(tab->runController()->summaryDialog()->itemsTable()->rowCount() == int(holders.size()));
    // Every holder has exactly two revisions: none issued twice across the cancel.
    for (qint64 holder : holders) {
        INFO("holder " << holder);
        CHECK(value(CertificateService(book.manager).forHolder(holder)).size() == 2);
        CHECK(book.current(holder).revision == 2);
    }
    CHECK(value(PrintQueueService(book.manager).pending()).size() == holders.size() - 1);
}

TEST_CASE("gui: Notify holders on the lapsed-lines strip emails the holders of a cancelled policy", "[gui][renewals]")
{
    RenewalBook book;
    REQUIRE(PolicyService(book.manager).cancel(book.policyId));
    Window w(book.manager, book.insuredId);
    w.window.tabs()->setCurrentWidget(w.window.certificatesTab());
    auto* notify = child<QPushButton>(&w.window, "notifyLapsedHoldersButton");
    REQUIRE(waitFor([&] { return notify->isVisible(); }));
    REQUIRE(notify->isEnabled());
    MessageBox::clearLog();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(notify, Qt::LeftButton);
    CHECK(MessageBox::shownCount() == 2); // the question, then the result
    CHECK(MessageBox::lastText().contains(QStringLiteral("GLM-2048661: 1 holders notified, 0 notified before.")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("Eastern Promenade Builders")));
    bool mailed = false;
    for (const OutboxEntry& e : value(OutboxService(book.manager).list())) {
        if (e.to.contains(QStringLiteral("coi@backcove.example")))
            mailed = true;
    }
    CHECK(mailed);
    // Declined: nothing more is sent.
    MessageBox::clearLog();
    MessageBox::setNextAnswer(QMessageBox::No);
    const size_t before = value(OutboxService(book.manager).list()).size();
    QTest::mouseClick(notify, Qt::LeftButton);
    CHECK(MessageBox::shownCount() == 1);
    CHECK(value(OutboxService(book.manager).list()).size() == before);
}

TEST_CASE("gui: A manager sets the renewal follow-through and due days in the agency profile", "[gui][renewals]")
{
    RenewalBook book;
    AgencyProfileDialog dialog(book.manager);
    QComboBox* follow = dialog.followThroughCombo();
    REQUIRE(follow->isEnabled());
    follow->setCurrentIndex(follow->findData(int(FollowThrough::Ask)));
    dialog.dueDaysSpinBox()->setValue(45);
    REQUIRE(dialog.save());
    const RenewalSettings saved = value(RenewalService(book.manager).settings());
    CHECK(saved.followThrough == FollowThrough::Ask);
    CHECK(saved.dueDays == 45);

    Session csr = book.as(Role::CertificateSpecialist);
    AgencyProfileDialog readOnly(csr);
    CHECK_FALSE(readOnly.followThroughCombo()->isEnabled());
    CHECK(readOnly.dueDaysSpinBox()->value() == 45);
}

TEST_CASE("gui: The Renewals tab in French", "[gui][renewals][screenshots]")
{
    REQUIRE(LanguageLoader::install(QStringLiteral("fr_CA"), QLocale::c()));
    struct Restore
    {
        ~Restore() { LanguageLoader::install(QStringLiteral("en"), QLocale::c()); }
    } restore;
    RenewalBook book(30);
    book.renewAndRun();
    Window w(book.manager, 0);
    w.window.resize(1100, 720);
    RenewalsTab* tab = w.showRenewals();
    CHECK(w.window.tabs()->tabText(4) == QStringLiteral("Re&nouvellements"));
    CHECK(child<QPushButton>(tab, "printQueueButton")->text() == QStringLiteral("File d'im&pression…"));
    QTest::qWait(50);
    saveScreenshot(&w.window, QStringLiteral("renewals-tab-fr.png"));
    tab->runsTable()->selectRow(0);
    tab->showRunSummary();
    auto* summary = tab->findChild<RenewalRunSummaryDialog*>();
    REQUIRE(summary);
    REQUIRE(QTest::qWaitForWindowExposed(summary));
    CHECK(summary->totalsLabel()->text().startsWith(QStringLiteral("Modèles mis à jour : 1 sur 1.")));
    saveScreenshot(summary, QStringLiteral("renewals-summary-dialog-fr.png"));
}

TEST_CASE("gui: Remove lapsed lines on the Certificates tab republishes the master to its holders without the line",
          "[gui][renewals]")
{
    RenewalBook book;
    Policy lapsed;
    lapsed.insuredId = book.insuredId;
    lapsed.number = QStringLiteral("AUTO-4410");
    lapsed.line = LineOfBusiness::Auto;
    lapsed.carrierName = QStringLiteral("Casco Mutual Casualty");
    lapsed.effective = QDate::currentDate().addYears(-1).addDays(-10);
    lapsed.expiration = QDate::currentDate().addDays(-10);
    const qint64 autoId = value(PolicyService(book.manager).create(lapsed));
    CertificateMaster master = value(CertificateMasterService(book.manager).get(book.masterId));
    master.policies.push_back({});
    master.policies.back().policyId = autoId;
    REQUIRE(CertificateMasterService(book.manager).update(master).ok());

    Window w(book.manager, book.insuredId);
    w.window.tabs()->setCurrentWidget(w.window.certificatesTab());
    REQUIRE(waitFor([&] { return child<QWidget>(&w.window, "lapsedLinesStrip")->isVisible(); }));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(&w.window, "removeLapsedLinesButton"), Qt::LeftButton);
    RenewalRunController* controller = w.window.renewalsTab()->runController();
    REQUIRE(waitFor([&] { return controller->summaryDialog() != nullptr; }, 30000));
    CHECK(book.current(book.emailHolderId).revision == 2);
    CHECK(book.current(book.printHolderId).revision == 2);
    CHECK_FALSE(book.current(book.emailHolderId).snapshot.contains(QStringLiteral("AUTO-4410")));
    const std::vector<RenewalRun> runs = value(RenewalService(book.manager).runs());
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].trigger == RenewalTrigger::Lines);
    CHECK(runs[0].status == RenewalRunStatus::Completed);
    controller->summaryDialog()->close();
}
