#include "CatchCompat.h"
#include "CertificateHolderService.h"
#include "CertificateLogWidget.h"
#include "CertificateMasterService.h"
#include "CertificateService.h"
#include "CertificatesTab.h"
#include "ChangeWatcher.h"
#include "GuiTestSupport.h"
#include "HolderDetailWidget.h"
#include "HolderDialog.h"
#include "HolderTableModel.h"
#include "MainWindow.h"
#include "MasterDialog.h"
#include "PdfViewer.h"
#include "TestConfig.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

#include <poppler-qt6.h>

using namespace agencydesk;
using namespace agencydesk::test;

namespace {

/// An insured with a general liability policy in force (each occurrence $1,000,000, AI endorsed) and an auto
/// policy that expired 35 days ago, on top of a small demo book.
struct CertificateBook : SeededDatabase
{
    qint64 insuredId = 0;
    const QString insuredName = QStringLiteral("Harbor Point Roofing LLC");
    qint64 glId = 0;
    qint64 autoId = 0;
    QDate autoExpired;

    CertificateBook() : SeededDatabase(3)
    {
        Insured insured;
        insured.name = insuredName;
        insured.address1 = QStringLiteral("1200 Channelside Dr");
        insured.city = QStringLiteral("Tampa");
        insured.state = QStringLiteral("FL");
        insured.postalCode = QStringLiteral("33602");
        insuredId = InsuredService(manager).create(insured).value();
        const QDate today = QDate::currentDate();
        Policy gl;
        gl.insuredId = insuredId;
        gl.number = QStringLiteral("GL-7001");
        gl.line = LineOfBusiness::GeneralLiability;
        gl.carrierName = QStringLiteral("Travelers Property Casualty Company of America");
        gl.effective = today.addDays(-30);
        gl.expiration = gl.effective.addYears(1);
        gl.indicators.additionalInsuredEndorsement = true;
        gl.coverages = {{QStringLiteral("EachOccurrence"), 1'000'000}, {QStringLiteral("GeneralAggregate"), 2'000'000}};
        glId = PolicyService(manager).create(gl).value();
        Policy autoPolicy;
        autoPolicy.insuredId = insuredId;
        autoPolicy.number = QStringLiteral("AUTO-1");
        autoPolicy.line = LineOfBusiness::Auto;
        autoPolicy.carrierName = QStringLiteral("Hartford Fire Insurance Company");
        autoExpired = today.addDays(-35);
        autoPolicy.effective = autoExpired.addYears(-1);
        autoPolicy.expiration = autoExpired;
        autoPolicy.coverages = {{QStringLiteral("CombinedSingleLimit"), 1'000'000}};
        autoId = PolicyService(manager).create(autoPolicy).value();
    }

    qint64 addMaster(const QString& name = QStringLiteral("Standard GL"))
    {
        CertificateMaster m;
        m.insuredId = insuredId;
        m.name = name;
        MasterPolicy mp;
        mp.policyId = glId;
        mp.additionalInsured = true;
        m.policies.push_back(mp);
        return CertificateMasterService(manager).create(m).value();
    }

    qint64 addHolder(qint64 masterId, const QString& name, qint64 eachOccurrence = 0)
    {
        CertificateHolderRecord h;
        h.masterId = masterId;
        h.name = name;
        h.address1 = QStringLiteral("375 Hudson Street");
        h.city = QStringLiteral("New York");
        h.state = QStringLiteral("NY");
        h.postalCode = QStringLiteral("10014");
        h.email = QStringLiteral("coi@turner.example");
        if (eachOccurrence > 0)
            h.requirements.push_back({QStringLiteral("EachOccurrence"), eachOccurrence});
        return CertificateHolderService(manager).create(h).value();
    }
};

/// The main window on the Certificates tab of the book's insured.
struct CertificatesWindow
{
    MainWindow window;
    CertificatesTab* tab = nullptr;

    CertificatesWindow(const Session& session, qint64 insuredId) : window(session)
    {
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            throw std::runtime_error("the main window was not shown");
        if (insuredId != 0)
            window.openInsured(insuredId);
        tab = window.certificatesTab();
        window.tabs()->setCurrentWidget(tab);
    }
};

QString pdfText(const QByteArray& pdf, int* pages)
{
    std::unique_ptr<Poppler::Document> document(Poppler::Document::loadFromData(pdf));
    if (!document)
        return {};
    *pages = document->numPages();
    QString text;
    for (int page = 0; page < document->numPages(); ++page)
        text += document->page(page)->text(QRectF());
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

} // namespace

TEST_CASE("gui: Certificates tab asks for an insured first, then lists the insured's masters", "[gui][certificates]")
{
    CertificateBook db;
    db.addMaster(QStringLiteral("Contractors GL"));
    MainWindow window(db.manager);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CertificatesTab* tab = window.certificatesTab();
    REQUIRE(tab);
    window.tabs()->setCurrentWidget(tab);
    auto* hint = child<QLabel>(&window, "certificatesHintLabel");
    CHECK(hint->isVisible());
    CHECK(hint->text().contains(QStringLiteral("Ctrl+F")));
    CHECK_FALSE(child<QPushButton>(&window, "newMasterButton")->isVisible());

    window.openInsured(db.insuredId);
    window.tabs()->setCurrentWidget(tab);
    CHECK_FALSE(hint->isVisible());
    CHECK(child<QLabel>(&window, "certificatesHeaderLabel")->text().contains(db.insuredName));
    auto* masters = child<QListWidget>(&window, "mastersListWidget");
    REQUIRE(masters->count() == 1);
    CHECK(masters->item(0)->text().startsWith(QStringLiteral("Contractors GL")));
    // The selected master's policies with the insurer letter core assigned.
    CHECK(
        child<QLabel>(&window, "masterSummaryLabel")->text().contains(QStringLiteral("A  General liability GL-7001")));
    CHECK(child<QPushButton>(&window, "newMasterButton")->isEnabled());
}

TEST_CASE("gui: New master through the dialog, without a policy core refuses and the dialog keeps the input",
          "[gui][certificates]")
{
    CertificateBook db;
    CertificatesWindow w(db.manager, db.insuredId);
    QTest::mouseClick(child<QPushButton>(&w.window, "newMasterButton"), Qt::LeftButton);
    auto* dialog = w.window.findChild<MasterDialog*>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));

    // Both policies are listed; the expired one is marked and greyed.
    QTableWidget* table = dialog->policiesTable();
    const int glRow = dialog->policyRow(db.glId);
    const int autoRow = dialog->policyRow(db.autoId);
    REQUIRE(glRow >= 0);
    REQUIRE(autoRow >= 0);
    CHECK(table->item(glRow, MasterDialog::StatusColumn)->text() == QStringLiteral("In force"));
    CHECK(table->item(autoRow, MasterDialog::StatusColumn)->text() ==
          QStringLiteral("not in force: expired %1").arg(db.autoExpired.toString(QStringLiteral("MM/dd/yyyy"))));
    CHECK_FALSE(table->item(autoRow, MasterDialog::StatusColumn)->icon().isNull());
    CHECK(table->item(autoRow, MasterDialog::PolicyColumn)->foreground().color() !=
          table->item(glRow, MasterDialog::PolicyColumn)->foreground().color());

    auto* name = child<QLineEdit>(dialog, "masterNameLineEdit");
    QTest::keyClicks(name, QStringLiteral("Jobsite certificate"));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "masterDescriptionEdit"), QStringLiteral("Roof repairs, Tampa"));
    MessageBox::clearLog();
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    CHECK(MessageBox::lastText().contains(QStringLiteral("at least one policy")));
    CHECK(dialog->isVisible());
    CHECK(name->text() == QStringLiteral("Jobsite certificate"));
    CHECK(CertificateMasterService(db.manager).forInsured(db.insuredId)->empty());

    table->item(glRow, MasterDialog::PolicyColumn)->setCheckState(Qt::Checked);
    table->item(glRow, MasterDialog::AdditionalInsuredColumn)->setCheckState(Qt::Checked);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    REQUIRE(waitFor([&] { return w.window.findChild<MasterDialog*>() == nullptr; }));

    auto stored = CertificateMasterService(db.manager).forInsured(db.insuredId);
    REQUIRE(stored->size() == 1);
    const CertificateMaster& m = stored->front();
    CHECK(m.name == QStringLiteral("Jobsite certificate"));
    CHECK(m.description == QStringLiteral("Roof repairs, Tampa"));
    REQUIRE(m.policies.size() == 1);
    CHECK(m.policies[0].policyId == db.glId);
    CHECK(m.policies[0].additionalInsured);
    CHECK_FALSE(m.policies[0].subrogationWaived);
    CHECK(w.tab->currentMasterId() == m.id);
    CHECK(child<QLabel>(&w.window, "masterSummaryLabel")
              ->text()
              .contains(QStringLiteral("A  General liability GL-7001")));
    CHECK(child<QLabel>(&w.window, "masterSummaryLabel")->text().contains(QStringLiteral("ADDL INSD")));
}

TEST_CASE("gui: A holder added through the dialog with a higher minimum shows not met with the reason",
          "[gui][certificates]")
{
    CertificateBook db;
    const qint64 masterId = db.addMaster();
    CertificatesWindow w(db.manager, db.insuredId);
    REQUIRE(w.tab->currentMasterId() == masterId);
    QTest::mouseClick(child<QPushButton>(&w.window, "newHolderButton"), Qt::LeftButton);
    auto* dialog = w.window.findChild<HolderDialog*>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClicks(child<QLineEdit>(dialog, "holderNameLineEdit"), QStringLiteral("Turner Construction Company"));
    QTest::keyClicks(child<QLineEdit>(dialog, "holderAddress1LineEdit"), QStringLiteral("375 Hudson Street"));
    QTest::keyClicks(child<QLineEdit>(dialog, "holderCityLineEdit"), QStringLiteral("New York"));
    QTest::keyClicks(child<QLineEdit>(dialog, "holderStateLineEdit"), QStringLiteral("NY"));
    QTest::keyClicks(child<QLineEdit>(dialog, "holderPostalLineEdit"), QStringLiteral("1001"));
    QTest::mouseClick(child<QPushButton>(dialog, "addRequirementButton"), Qt::LeftButton);
    QTableWidget* requirements = dialog->requirementsTable();
    REQUIRE(requirements->rowCount() == 1);
    auto* limit = qobject_cast<QComboBox*>(requirements->cellWidget(0, HolderDialog::LimitColumn));
    REQUIRE(limit);
    limit->setCurrentIndex(limit->findData(QStringLiteral("EachOccurrence")));
    CHECK(limit->currentText().contains(QStringLiteral("Each occurrence")));
    requirements->item(0, HolderDialog::MinimumColumn)->setText(QStringLiteral("2M"));

    // A bad postal code: core's message, the dialog and everything typed stay.
    MessageBox::clearLog();
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    CHECK(MessageBox::lastText().contains(QStringLiteral("\"1001\" is not a US ZIP code")));
    CHECK(dialog->isVisible());
    CHECK(requirements->rowCount() == 1);
    CHECK(CertificateHolderService(db.manager).forMaster(masterId)->empty());

    QTest::keyClicks(child<QLineEdit>(dialog, "holderPostalLineEdit"), QStringLiteral("4"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    REQUIRE(waitFor([&] { return w.window.findChild<HolderDialog*>() == nullptr; }));

    HolderTableModel* model = w.tab->holderModel();
    REQUIRE(model->rowCount() == 1);
    const QModelIndex compliance = model->index(0, HolderTableModel::Compliance);
    CHECK(compliance.data().toString() == QStringLiteral("✗ Not met"));
    CHECK(compliance.data(Qt::ToolTipRole).toString().contains(QStringLiteral("$1,000,000")));
    CHECK(compliance.data(Qt::ToolTipRole).toString().contains(QStringLiteral("$2,000,000")));
    CHECK(model->index(0, HolderTableModel::Name).data().toString() == QStringLiteral("Turner Construction Company"));
    CHECK(model->index(0, HolderTableModel::CityState).data().toString() == QStringLiteral("New York, NY"));

    // The detail lists the requirement with the reason.
    QTableWidget* detail = w.tab->detail()->complianceTable();
    REQUIRE(detail->rowCount() >= 1);
    bool found = false;
    for (int row = 0; row < detail->rowCount(); ++row) {
        if (detail->item(row, HolderDetailWidget::MetColumn)->text() == QStringLiteral("✗ Not met") &&
            detail->item(row, HolderDetailWidget::ReasonColumn)->text().contains(QStringLiteral("$2,000,000")))
            found = true;
    }
    CHECK(found);

    // Lower the minimum in the dialog (Enter on the holder opens it): now met.
    w.tab->holdersView()->setFocus();
    QTest::keyClick(w.tab->holdersView(), Qt::Key_Return);
    dialog = w.window.findChild<HolderDialog*>();
    REQUIRE(dialog);
    CHECK(child<QLineEdit>(dialog, "holderNameLineEdit")->text() == QStringLiteral("Turner Construction Company"));
    CHECK(dialog->requirementsTable()->item(0, HolderDialog::MinimumColumn)->text() == QStringLiteral("$2,000,000"));
    dialog->requirementsTable()->item(0, HolderDialog::MinimumColumn)->setText(QStringLiteral("1,000,000"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    REQUIRE(waitFor([&] { return w.window.findChild<HolderDialog*>() == nullptr; }));
    CHECK(model->index(0, HolderTableModel::Compliance).data().toString() == QStringLiteral("✓ Met"));
}

TEST_CASE("gui: The preview shows the draft certificate for the selected holder", "[gui][certificates]")
{
    CertificateBook db;
    const qint64 masterId = db.addMaster();
    db.addHolder(masterId, QStringLiteral("Brookfield Property Management LLC"));
    const qint64 second = db.addHolder(masterId, QStringLiteral("Turner Construction Company"));
    CertificatesWindow w(db.manager, db.insuredId);
    w.tab->selectHolder(second);
    HolderDetailWidget* detail = w.tab->detail();
    detail->tabs()->setCurrentIndex(1);
    PdfViewer* viewer = detail->viewer();
    REQUIRE(waitFor([&] { return viewer->pageCount() == 1 && !viewer->currentImage().isNull(); }));
    int pages = 0;
    const QString text = pdfText(detail->previewPdf(), &pages);
    CHECK(pages == 1);
    CHECK(text.contains(QStringLiteral("Turner Construction Company")));
    CHECK(text.contains(QStringLiteral("GL-7001")));
    CHECK(text.contains(db.insuredName));
    CHECK(detail->previewCaption().contains(QStringLiteral("not issued")));
}

TEST_CASE("gui: Issue for the selected holder stores a certificate and previews the stored copy", "[gui][certificates]")
{
    CertificateBook db;
    const qint64 masterId = db.addMaster();
    const qint64 holderId = db.addHolder(masterId, QStringLiteral("Turner Construction Company"), 1'000'000);
    CertificatesWindow w(db.manager, db.insuredId);
    w.tab->selectHolder(holderId);
    w.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w.window));
    w.tab->holdersView()->setFocus();
    CHECK(child<QPushButton>(&w.window, "issueCertificateButton")->isEnabled());
    QTest::keyClick(w.tab->holdersView(), Qt::Key_I, Qt::ControlModifier);
    // The button's shortcut clicks it after a short animation, and the certificate is issued off the UI thread.
    auto* issuedLabel = child<QLabel>(&w.window, "issuedLabel");
    REQUIRE(waitFor([&] { return issuedLabel->text().contains(QStringLiteral("COI-")); }));
    auto issued = CertificateService(db.manager).forHolder(holderId);
    REQUIRE(issued->size() == 1);
    const QString number = issued->front().number;
    CHECK(issuedLabel->text() == QStringLiteral("Issued %1.").arg(number));
    CHECK(w.tab->detail()->previewCaption().contains(number));
    int pages = 0;
    CHECK(pdfText(w.tab->detail()->previewPdf(), &pages).contains(number));

    // The holder's log lists it and has it selected.
    CertificateLogWidget* log = w.tab->detail()->logWidget();
    CHECK(log->selectedNumber() == number);
    bool listed = false;
    const QAbstractItemModel* logModel = log->view()->model();
    for (int row = 0; row < logModel->rowCount(); ++row) {
        for (int column = 0; column < logModel->columnCount(); ++column)
            listed = listed || logModel->index(row, column).data().toString() == number;
    }
    CHECK(listed);
}

TEST_CASE("gui: Delete key on a master with an issued certificate shows core's refusal", "[gui][certificates]")
{
    CertificateBook db;
    const qint64 masterId = db.addMaster();
    const qint64 holderId = db.addHolder(masterId, QStringLiteral("Turner Construction Company"));
    REQUIRE(CertificateService(db.manager).issue(masterId, holderId).ok());
    CertificatesWindow w(db.manager, db.insuredId);
    auto* masters = child<QListWidget>(&w.window, "mastersListWidget");
    masters->setFocus();
    MessageBox::clearLog();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(masters, Qt::Key_Delete);
    CHECK(MessageBox::lastText().contains(QStringLiteral("cannot be deleted")));
    CHECK(masters->count() == 1);
    CHECK(CertificateMasterService(db.manager).get(masterId).ok());
}

TEST_CASE("gui: Sharing a master with the portal is refused without a policy in force, and the toggle reverts",
          "[gui][certificates]")
{
    CertificateBook db;
    auto onMaster = [](qint64 policyId) {
        MasterPolicy mp;
        mp.policyId = policyId;
        return mp;
    };
    CertificateMaster lapsedOnly;
    lapsedOnly.insuredId = db.insuredId;
    lapsedOnly.name = QStringLiteral("Old auto");
    lapsedOnly.policies.push_back(onMaster(db.autoId));
    const qint64 lapsedId = CertificateMasterService(db.manager).create(lapsedOnly).value();
    const qint64 masterId = db.addMaster(QStringLiteral("Standard GL"));
    CertificatesWindow w(db.manager, db.insuredId);
    auto* shared = child<QCheckBox>(&w.window, "masterSharedCheckBox");

    w.tab->selectMaster(lapsedId);
    REQUIRE(w.tab->currentMasterId() == lapsedId);
    CHECK_FALSE(shared->isChecked());
    MessageBox::clearLog();
    shared->click();
    CHECK(MessageBox::lastText().contains(QStringLiteral("AUTO-1")));
    CHECK_FALSE(shared->isChecked());
    CHECK_FALSE(CertificateMasterService(db.manager).get(lapsedId)->sharedToPortal);

    w.tab->selectMaster(masterId);
    shared->click();
    CHECK(shared->isChecked());
    CHECK(CertificateMasterService(db.manager).get(masterId)->sharedToPortal);
}

TEST_CASE("gui: A master with a lapsed line shows a warning strip, Remove lapsed lines takes it off after confirmation",
          "[gui][certificates]")
{
    CertificateBook db;
    CertificateMaster m;
    m.insuredId = db.insuredId;
    m.name = QStringLiteral("GL and auto");
    for (qint64 policyId : {db.glId, db.autoId}) {
        MasterPolicy mp;
        mp.policyId = policyId;
        m.policies.push_back(mp);
    }
    const qint64 masterId = CertificateMasterService(db.manager).create(m).value();
    CertificatesWindow w(db.manager, db.insuredId);
    auto* strip = child<QWidget>(&w.window, "lapsedLinesStrip");
    REQUIRE(strip->isVisible());
    saveScreenshot(&w.window, QStringLiteral("certificates-tab-lapsed-lines.png"));
    CHECK(child<QLabel>(&w.window, "lapsedLinesLabel")->text() ==
          QStringLiteral("1 line is no longer in force: AUTO-1 expired %1.")
              .arg(db.autoExpired.toString(QStringLiteral("MM/dd/yyyy"))));

    // No: nothing changes.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(child<QPushButton>(&w.window, "removeLapsedLinesButton"), Qt::LeftButton);
    CHECK(CertificateMasterService(db.manager).get(masterId)->policies.size() == 2);
    CHECK(strip->isVisible());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(&w.window, "removeLapsedLinesButton"), Qt::LeftButton);
    const auto after = CertificateMasterService(db.manager).get(masterId);
    REQUIRE(after->policies.size() == 1);
    CHECK(after->policies[0].policyId == db.glId);
    CHECK_FALSE(strip->isVisible());
    CHECK(w.tab->currentMasterId() == masterId);
}

TEST_CASE("gui: The view-only role sees the certificates but cannot change or issue", "[gui][certificates]")
{
    CertificateBook db;
    const qint64 masterId = db.addMaster();
    db.addHolder(masterId, QStringLiteral("Turner Construction Company"));
    const Session viewer = db.as(Role::PayrollAdvisor);
    CertificatesWindow w(viewer, db.insuredId);
    CHECK(child<QListWidget>(&w.window, "mastersListWidget")->count() == 1);
    CHECK(w.tab->holderModel()->rowCount() == 1);
    for (const char* name : {"newMasterButton", "editMasterButton", "deleteMasterButton", "newHolderButton",
                             "editHolderButton", "deleteHolderButton", "issueCertificateButton"}) {
        INFO(name);
        CHECK_FALSE(child<QPushButton>(&w.window, name)->isEnabled());
    }
    CHECK_FALSE(child<QCheckBox>(&w.window, "masterSharedCheckBox")->isEnabled());
    // Enter still opens the holder, read only.
    w.tab->holdersView()->setFocus();
    QTest::keyClick(w.tab->holdersView(), Qt::Key_Return);
    auto* dialog = w.window.findChild<HolderDialog*>();
    REQUIRE(dialog);
    CHECK(child<QLineEdit>(dialog, "holderNameLineEdit")->isReadOnly());
    CHECK_FALSE(dialog->saveButton()->isVisible());
    dialog->reject();
}

TEST_CASE("gui: A holder another user adds appears on the Certificates tab", "[gui][certificates]")
{
    CertificateBook db;
    const qint64 masterId = db.addMaster();
    CertificatesWindow w(db.manager, db.insuredId);
    REQUIRE(w.tab->holderModel()->rowCount() == 0);
    Session other{db.openSecondConnection(), db.manager.user};
    CertificateHolderRecord h;
    h.masterId = masterId;
    h.name = QStringLiteral("City of Tampa");
    h.address1 = QStringLiteral("315 E Kennedy Blvd");
    h.city = QStringLiteral("Tampa");
    h.state = QStringLiteral("FL");
    h.postalCode = QStringLiteral("33602");
    REQUIRE(CertificateHolderService(other).create(h).ok());
    w.window.changeWatcher()->poll();
    REQUIRE(waitFor([&] { return w.tab->holderModel()->rowCount() == 1; }));
    CHECK(w.tab->holderModel()->index(0, HolderTableModel::Name).data().toString() == QStringLiteral("City of Tampa"));
    CHECK(w.tab->currentMasterId() == masterId);
}

TEST_CASE("gui: Screenshots of the Certificates tab with the demo certificates and of both dialogs",
          "[gui][certificates][screenshot]")
{
    SeededDatabase db(60);
    REQUIRE(DemoData::seedCertificates(db.manager).ok());
    QSqlQuery q = db.manager.database().query();
    REQUIRE(q.exec(QStringLiteral("SELECT insured_id FROM certificate_masters m WHERE EXISTS "
                                  "(SELECT 1 FROM certificates c WHERE c.master_id = m.id) ORDER BY m.id LIMIT 1")));
    REQUIRE(q.next());
    const qint64 insuredId = q.value(0).toLongLong();
    q.finish();
    CertificatesWindow w(db.manager, insuredId);
    w.window.resize(1280, 800);
    REQUIRE(w.tab->holderModel()->rowCount() == 3);
    w.tab->detail()->tabs()->setCurrentIndex(1);
    REQUIRE(waitFor([&] { return !w.tab->detail()->viewer()->currentImage().isNull(); }));
    QTest::qWait(50);
    saveScreenshot(&w.window, QStringLiteral("certificates-tab.png"));
    w.tab->detail()->tabs()->setCurrentIndex(0);
    saveScreenshot(&w.window, QStringLiteral("certificates-tab-compliance.png"));
    w.tab->detail()->tabs()->setCurrentIndex(2);
    w.tab->detail()->logScopeCombo()->setCurrentIndex(1);
    QTest::qWait(50);
    saveScreenshot(&w.window, QStringLiteral("certificates-tab-log.png"));

    MasterDialog* master = w.tab->openMasterDialog(false);
    REQUIRE(master);
    REQUIRE(QTest::qWaitForWindowExposed(master));
    QTest::qWait(50);
    saveScreenshot(master, QStringLiteral("master-dialog.png"));
    master->reject();
    HolderDialog* holder = w.tab->openHolderDialog(false);
    REQUIRE(holder);
    REQUIRE(QTest::qWaitForWindowExposed(holder));
    QTest::qWait(50);
    saveScreenshot(holder, QStringLiteral("holder-dialog.png"));
    holder->reject();

    CertificatesWindow empty(db.manager, 0);
    saveScreenshot(&empty.window, QStringLiteral("certificates-tab-no-insured.png"));
}
