// The Requests tab on the real main window, offscreen: a manual request worked end to end with the certificate
// checked at a real SMTP server (aiosmtpd), a rejection through the dialog, the pending count in the tab's title
// (also after another instance's change), and a view-only role.
#include "RequestDeskBook.h"

using namespace agencydesk;
using namespace agencydesk::test;

TEST_CASE("gui: a manual request worked through the Requests tab reaches the client and the holder with the "
          "certificate",
          "[gui][requests]")
{
    SmtpTestServer server;
    REQUIRE(server.start());
    DeskBook book(&server);
    const qint64 id = checked(RequestService(book.manager).intake(book.manualRequest()));
    REQUIRE(book.request(id).manual);
    const Session csr = book.as(Role::CertificateSpecialist);
    MainWindow window(csr);
    showWindow(window);
    RequestsTab* tab = window.requestsTab();
    QAbstractItemModelTester tester(tab->model(), QAbstractItemModelTester::FailureReportingMode::Warning);

    // The default view lists the request with why it is manual; the title counts it.
    CHECK(tabTitle(window) == QStringLiteral("&Requests (1)"));
    REQUIRE(tab->model()->rowCount() == 1);
    CHECK(cell(tab, id, RequestTableModel::Customer) == QStringLiteral("Granite HVAC Corp."));
    CHECK(cell(tab, id, RequestTableModel::Holder) == QStringLiteral("Bayside Property Group"));
    CHECK(cell(tab, id, RequestTableModel::Type) == QStringLiteral("COI/POI"));
    CHECK(cell(tab, id, RequestTableModel::Status) == QStringLiteral("New"));
    CHECK(cell(tab, id, RequestTableModel::Assignee) == QStringLiteral("Certificates department"));
    CHECK(cell(tab, id, RequestTableModel::Age) == QStringLiteral("0 min"));
    CHECK(cell(tab, id, RequestTableModel::WhyManual) == QStringLiteral("The request has notes or instructions."));
    tab->selectRequest(id);
    CHECK(tab->selectedId() == id);

    // Mark in progress: assigned to me.
    REQUIRE(action(tab, "takeRequestAction")->isEnabled());
    action(tab, "takeRequestAction")->trigger();
    CertificateRequest r = book.request(id);
    CHECK(r.status == RequestStatus::InProgress);
    CHECK(r.assigneeId == csr.user.id);
    CHECK(cell(tab, id, RequestTableModel::Status) == QStringLiteral("In progress"));
    CHECK(cell(tab, id, RequestTableModel::Assignee) == csr.user.userName);
    CHECK_FALSE(action(tab, "takeRequestAction")->isEnabled());
    CHECK(tabTitle(window) == QStringLiteral("&Requests (1)"));
    saveScreenshot(&window, QStringLiteral("requests-tab.png"));

    // Enter previews: the customer's notes and the trail, newest first.
    QStringList trail;
    QString notes;
    auto previewed = onModal<RequestPreviewDialog>([&](RequestPreviewDialog* d) {
        notes = child<QLabel>(d, "requestNotesLabel")->text();
        for (int row = 0; row < d->trail()->rowCount(); ++row)
            trail << d->trail()->item(row, 2)->text();
        saveScreenshot(d, QStringLiteral("request-preview-dialog.png"));
        QTest::mouseClick(child<QPushButton>(d, "closePreviewButton"), Qt::LeftButton);
    });
    tab->view()->setFocus();
    QTest::keyClick(tab->view(), Qt::Key_Return);
    REQUIRE(*previewed);
    CHECK(notes == QStringLiteral("Holder wants it by Friday."));
    REQUIRE(trail.size() == 3);
    CHECK(trail.at(0) == QStringLiteral("Marked in progress by %1").arg(csr.user.userName));
    CHECK(trail.at(1).startsWith(QStringLiteral("Manual review")));
    CHECK(trail.at(2).startsWith(QStringLiteral("COI/POI request from Granite HVAC Corp.")));

    // Attempt automation: the prefilled certificate, the holder ticked; the CSR corrects the holder's address and
    // writes this certificate's description, then Submit.
    QString holderShown;
    bool holderTicked = false;
    QString addressPrefilled;
    QString descriptionPrefilled;
    int linesTicked = 0;
    auto submitted = onModal<RequestSubmitDialog>([&](RequestSubmitDialog* d) {
        holderShown = child<QLabel>(d, "requestHolderLabel")->text();
        holderTicked = child<QCheckBox>(d, "emailHolderCheckBox")->isChecked();
        addressPrefilled = child<QLineEdit>(d, "submitHolderAddress1LineEdit")->text();
        descriptionPrefilled = child<QPlainTextEdit>(d, "submitDescriptionPlainTextEdit")->toPlainText();
        auto* lines = child<QListWidget>(d, "submitLinesListWidget");
        for (int row = 0; row < lines->count(); ++row)
            linesTicked += lines->item(row)->checkState() == Qt::Checked ? 1 : 0;
        auto* address = child<QLineEdit>(d, "submitHolderAddress1LineEdit");
        address->setFocus();
        address->selectAll();
        QTest::keyClicks(address, QStringLiteral("77 Pier Road"));
        child<QLineEdit>(d, "submitHolderAddress2LineEdit")->setText(QStringLiteral("Building C"));
        child<QLineEdit>(d, "submitHolderPostalLineEdit")->setText(QStringLiteral("02210"));
        auto* description = child<QPlainTextEdit>(d, "submitDescriptionPlainTextEdit");
        description->setFocus();
        description->selectAll();
        QTest::keyClicks(description, QStringLiteral("Rooftop unit replacement at 77 Pier Road."));
        child<QPlainTextEdit>(d, "submitMessagePlainTextEdit")->setPlainText(QStringLiteral("Here it is."));
        saveScreenshot(d, QStringLiteral("request-submit-dialog.png"));
        QTest::mouseClick(child<QPushButton>(d, "submitRequestButton"), Qt::LeftButton);
    });
    REQUIRE(action(tab, "submitRequestAction")->isEnabled());
    action(tab, "submitRequestAction")->trigger();
    REQUIRE(*submitted);
    CHECK(holderTicked);
    CHECK(holderShown.contains(QStringLiteral("certs@bayside.example")));
    CHECK(addressPrefilled == QStringLiteral("400 Harbor Blvd"));
    CHECK(descriptionPrefilled == QStringLiteral("HVAC installation and service."));
    CHECK(linesTicked == 2);
    r = book.request(id);
    CHECK(r.status == RequestStatus::Completed);
    REQUIRE(r.certificateId.has_value());
    CHECK(MessageBox::shownCount() == 0);
    CHECK(r.holder.address1 == QStringLiteral("77 Pier Road"));
    CHECK(r.holder.address2 == QStringLiteral("Building C"));
    CHECK(checked(CertificateMasterService(book.manager).get(book.masterId)).description ==
          QStringLiteral("HVAC installation and service."));
    // Completed: out of the default view and of the count.
    CHECK(tab->model()->rowCount() == 0);
    CHECK(tabTitle(window) == QStringLiteral("&Requests"));

    // The window's sender, woken by the submit, delivers both emails.
    REQUIRE(waitFor([&] { return server.messageCount() >= 2; }, 60000));
    const QByteArray stored = checked(CertificateService(book.manager).reprint(r.certificateNumber));
    const QJsonArray received = server.messages();
    REQUIRE(received.size() == 2);
    QStringList to;
    for (const QJsonValue& v : received) {
        const QJsonObject m = v.toObject();
        to << m.value(QStringLiteral("to")).toString();
        CHECK(strings(m.value(QStringLiteral("rcptTo"))).contains(kAgencyBcc));
        CHECK_FALSE(strings(m.value(QStringLiteral("headerNames"))).contains(QStringLiteral("bcc")));
        CHECK(m.value(QStringLiteral("text")).toString().contains(QStringLiteral("Here it is.")));
        const QJsonArray attachments = m.value(QStringLiteral("attachments")).toArray();
        REQUIRE(attachments.size() == 1);
        const QJsonObject pdf = attachments.at(0).toObject();
        CHECK(pdf.value(QStringLiteral("filename")).toString() == r.certificateNumber + QStringLiteral(".pdf"));
        CHECK(pdf.value(QStringLiteral("size")).toInt() == stored.size());
        CHECK(pdf.value(QStringLiteral("sha256")).toString() == sha256(stored));
    }
    to.sort();
    CHECK(to == QStringList{QStringLiteral("certs@bayside.example"), QStringLiteral("office@granite.example")});
    // What they received (byte-identical to the stored PDF) shows the corrected holder and the edited description.
    const QString text = pdfText(stored);
    CHECK(text.contains(QStringLiteral("77 Pier Road")));
    CHECK(text.contains(QStringLiteral("Building C")));
    CHECK(text.contains(QStringLiteral("02210")));
    CHECK_FALSE(text.contains(QStringLiteral("400 Harbor Blvd")));
    CHECK(text.contains(QStringLiteral("Rooftop unit replacement at 77 Pier Road.")));
    CHECK_FALSE(text.contains(QStringLiteral("HVAC installation and service.")));
    CHECK(text.contains(QStringLiteral("WCX-5550001")));
}

TEST_CASE("gui: Submit leaves an unticked line off, keeps a line, and stays open on a holder the service refuses",
          "[gui][requests]")
{
    SmtpTestServer server;
    REQUIRE(server.start());
    DeskBook book(&server);
    const qint64 id = checked(RequestService(book.manager).intake(book.manualRequest()));
    const Session csr = book.as(Role::CertificateSpecialist);
    REQUIRE(RequestService(csr).take(id).ok());
    MainWindow window(csr);
    showWindow(window);
    RequestsTab* tab = window.requestsTab();
    tab->selectRequest(id);

    MessageBox::clearLog();
    bool noLineDisabled = false;
    QString noLineText;
    QString refusal;
    bool stayedOpen = false;
    QString keptPostal;
    auto submitted = onModal<RequestSubmitDialog>([&](RequestSubmitDialog* d) {
        auto* lines = child<QListWidget>(d, "submitLinesListWidget");
        REQUIRE(lines->count() == 2);
        auto* submit = child<QPushButton>(d, "submitRequestButton");
        // Both unticked: Submit is disabled and the requirements say why.
        lines->item(0)->setCheckState(Qt::Unchecked);
        lines->item(1)->setCheckState(Qt::Unchecked);
        noLineDisabled = !submit->isEnabled();
        noLineText = child<QLabel>(d, "submitRequirementsLabel")->text();
        // Keep the general liability line only.
        for (int row = 0; row < lines->count(); ++row) {
            if (lines->item(row)->text().contains(QStringLiteral("GLP-7781234")))
                lines->item(row)->setCheckState(Qt::Checked);
        }
        CHECK(submit->isEnabled());
        // A postal code that is no ZIP code: the service refuses, the dialog stays open with the edits.
        child<QLineEdit>(d, "submitHolderPostalLineEdit")->setText(QStringLiteral("2210"));
        QTest::mouseClick(submit, Qt::LeftButton);
        refusal = MessageBox::lastText();
        stayedOpen = d->isVisible();
        keptPostal = child<QLineEdit>(d, "submitHolderPostalLineEdit")->text();
        child<QLineEdit>(d, "submitHolderPostalLineEdit")->setText(QStringLiteral("02210"));
        QTest::mouseClick(submit, Qt::LeftButton);
    });
    action(tab, "submitRequestAction")->trigger();
    REQUIRE(*submitted);
    CHECK(noLineDisabled);
    CHECK(noLineText == QStringLiteral("No line is ticked: keep at least one line on the certificate."));
    CHECK(refusal.contains(QStringLiteral("Postal code \"2210\" is not a US ZIP code")));
    CHECK(stayedOpen);
    CHECK(keptPostal == QStringLiteral("2210"));
    CHECK(MessageBox::shownCount() == 1);

    const CertificateRequest r = book.request(id);
    REQUIRE(r.status == RequestStatus::Completed);
    CHECK(r.holder.postalCode == QStringLiteral("02210"));
    CHECK(book.count(QStringLiteral("SELECT count(*) FROM certificates")) == 1);
    const QString text = pdfText(checked(CertificateService(book.manager).reprint(r.certificateNumber)));
    CHECK(text.contains(QStringLiteral("GLP-7781234")));
    CHECK_FALSE(text.contains(QStringLiteral("WCX-5550001")));
    // The client and the holder get it.
    REQUIRE(waitFor([&] { return server.messageCount() >= 2; }, 60000));
}

TEST_CASE("gui: Reject through the dialog emails only the customer with the reason and the title counts live",
          "[gui][requests]")
{
    SmtpTestServer server;
    REQUIRE(server.start());
    DeskBook book(&server);
    REQUIRE(RejectionReasonService(book.manager)
                .retire(checked(RejectionReasonService(book.manager).find(QStringLiteral("Test (internal)"))).id)
                .ok());
    CertificateRequest noStreet = book.manualRequest(QString());
    noStreet.holder.address1.clear();
    const qint64 rejected = checked(RequestService(book.manager).intake(noStreet));
    const qint64 other = checked(RequestService(book.manager).intake(book.manualRequest()));
    MainWindow window(book.as(Role::CertificateSpecialist));
    showWindow(window);
    RequestsTab* tab = window.requestsTab();
    CHECK(tabTitle(window) == QStringLiteral("&Requests (2)"));
    CHECK(cell(tab, rejected, RequestTableModel::WhyManual)
              .startsWith(QStringLiteral("The holder's data is incomplete")));

    // The dialog offers the current reasons only; Reject needs one.
    tab->selectRequest(rejected);
    QStringList offered;
    bool rejectEnabledFirst = true;
    auto answered = onModal<RequestRejectDialog>([&](RequestRejectDialog* d) {
        auto* reasons = child<QComboBox>(d, "rejectionReasonComboBox");
        for (int i = 1; i < reasons->count(); ++i)
            offered << reasons->itemText(i);
        rejectEnabledFirst = child<QPushButton>(d, "rejectRequestButton")->isEnabled();
        reasons->setCurrentIndex(reasons->findText(QStringLiteral("Incomplete address")));
        child<QPlainTextEdit>(d, "rejectionCommentPlainTextEdit")->setPlainText(QStringLiteral("Street missing."));
        saveScreenshot(d, QStringLiteral("request-reject-dialog.png"));
        QTest::mouseClick(child<QPushButton>(d, "rejectRequestButton"), Qt::LeftButton);
    });
    action(tab, "rejectRequestAction")->trigger();
    REQUIRE(*answered);
    CHECK_FALSE(rejectEnabledFirst);
    CHECK(offered.size() == 6);
    CHECK(offered.contains(QStringLiteral("Duplicate request received")));
    CHECK_FALSE(offered.contains(QStringLiteral("Test (internal)")));
    const CertificateRequest r = book.request(rejected);
    CHECK(r.status == RequestStatus::Rejected);
    CHECK(r.rejectionReason == QStringLiteral("Incomplete address"));
    CHECK(r.rejectionComment == QStringLiteral("Street missing."));
    CHECK(tabTitle(window) == QStringLiteral("&Requests (1)"));
    CHECK(tab->model()->rowOfId(rejected) < 0); // out of the default view

    // Only the customer is emailed, and the email names the reason.
    REQUIRE(waitFor([&] { return server.messageCount() >= 1; }, 60000));
    REQUIRE(
        waitFor([&] { return book.count(QStringLiteral("SELECT count(*) FROM outbox WHERE status <> 'sent'")) == 0; }));
    CHECK(book.count(QStringLiteral("SELECT count(*) FROM outbox")) == 1);
    const QJsonArray received = server.messages();
    REQUIRE(received.size() == 1);
    const QJsonObject m = received.at(0).toObject();
    CHECK(m.value(QStringLiteral("to")).toString() == QStringLiteral("office@granite.example"));
    const QStringList rcpt = strings(m.value(QStringLiteral("rcptTo")));
    CHECK_FALSE(rcpt.contains(QStringLiteral("certs@bayside.example")));
    CHECK(rcpt.size() == 2); // the customer and the agency's Bcc
    CHECK(m.value(QStringLiteral("text")).toString().contains(QStringLiteral("Reason: Incomplete address")));
    CHECK(m.value(QStringLiteral("text")).toString().contains(QStringLiteral("Street missing.")));

    // With Rejected ticked the request is listed again, with nothing left to do on it.
    child<QCheckBox>(tab, "requestStatusrejectedCheckBox")->setChecked(true);
    REQUIRE(tab->model()->rowOfId(rejected) >= 0);
    CHECK(cell(tab, rejected, RequestTableModel::Status) == QStringLiteral("Rejected"));
    tab->selectRequest(rejected);
    CHECK_FALSE(action(tab, "rejectRequestAction")->isEnabled());
    CHECK_FALSE(action(tab, "submitRequestAction")->isEnabled());
    CHECK(action(tab, "previewRequestAction")->isEnabled());

    // Another instance takes a request in and a colleague takes the other: the title follows by itself.
    std::shared_ptr<Database> second = book.openSecondConnection();
    const Session colleague{second, book.as(Role::DataProcessor).user};
    checked(RequestService(colleague).intake(book.manualRequest(QStringLiteral("Second location."))));
    REQUIRE(RequestService(colleague).take(other).ok());
    REQUIRE(waitFor([&] { return tabTitle(window) == QStringLiteral("&Requests (2)"); }));
    REQUIRE(waitFor([&] { return cell(tab, other, RequestTableModel::Status) == QStringLiteral("In progress"); }));

    // Acting on the colleague's request without taking it over: the service refuses and the tab says why.
    tab->selectRequest(other);
    CHECK(action(tab, "takeRequestAction")->text() == QStringLiteral("Take &over"));
    MessageBox::clearLog();
    auto tried = onModal<RequestSubmitDialog>([](RequestSubmitDialog* d) {
        QTest::mouseClick(child<QPushButton>(d, "submitRequestButton"), Qt::LeftButton);
    });
    action(tab, "submitRequestAction")->trigger();
    REQUIRE(*tried);
    CHECK(MessageBox::shownCount() == 1);
    CHECK(MessageBox::lastText().contains(QStringLiteral("take it over first")));
    CHECK(book.request(other).status == RequestStatus::InProgress);
}

TEST_CASE("gui: A view-only role sees the requests and the reasons with every action disabled", "[gui][requests]")
{
    DeskBook book;
    const qint64 coi = checked(RequestService(book.manager).intake(book.manualRequest()));
    CertificateRequest wosInput = book.manualRequest(QString());
    wosInput.type = RequestType::Wos;
    wosInput.source = RequestSource::Portal;
    const qint64 wos = checked(RequestService(book.manager).intake(wosInput));
    MainWindow window(book.as(Role::PayrollAdvisor));
    showWindow(window);
    RequestsTab* tab = window.requestsTab();
    CHECK(tabTitle(window) == QStringLiteral("&Requests (2)"));
    CHECK(cell(tab, wos, RequestTableModel::Status) == QStringLiteral("New, awaiting payment"));

    CHECK_FALSE(action(tab, "newRequestAction")->isEnabled());
    CHECK_FALSE(tab->acceptDrops());
    for (qint64 id : {coi, wos}) {
        tab->selectRequest(id);
        REQUIRE(tab->selectedId() == id);
        CHECK(action(tab, "previewRequestAction")->isEnabled());
        for (const char* name :
             {"takeRequestAction", "submitRequestAction", "uploadCertificateAction", "relabelRequestAction",
              "approvePaymentAction", "rejectRequestAction", "addRequestNoteAction"}) {
            INFO(name);
            CHECK_FALSE(action(tab, name)->isEnabled());
        }
    }
    // The preview shows everything but takes no note.
    bool noteEnabled = true;
    QString why;
    auto previewed = onModal<RequestPreviewDialog>([&](RequestPreviewDialog* d) {
        noteEnabled = child<QLineEdit>(d, "requestNoteLineEdit")->isEnabled() ||
                      child<QPushButton>(d, "addRequestNoteButton")->isEnabled();
        why = child<QLabel>(d, "requestManualReasonLabel")->text();
        d->reject();
    });
    action(tab, "previewRequestAction")->trigger();
    REQUIRE(*previewed);
    CHECK_FALSE(noteEnabled);
    CHECK(why.contains(QStringLiteral("Waiting for payment approval.")));

    // The rejection reasons: listed, not editable.
    bool anyEnabled = true;
    int listed = 0;
    auto looked = onModal<RejectionReasonsDialog>([&](RejectionReasonsDialog* d) {
        listed = d->list()->count();
        d->list()->setCurrentRow(0);
        anyEnabled = false;
        for (const char* name : {"addReasonButton", "renameReasonButton", "retireReasonButton", "restoreReasonButton"})
            anyEnabled = anyEnabled || child<QPushButton>(d, name)->isEnabled();
        saveScreenshot(d, QStringLiteral("rejection-reasons-dialog.png"));
        d->reject();
    });
    child<QAction>(&window, "rejectionReasonsAction")->trigger();
    REQUIRE(*looked);
    CHECK(listed == 7);
    CHECK_FALSE(anyEnabled);

    // Reading is allowed: the filters work.
    child<QComboBox>(tab, "requestTypeComboBox")->setCurrentIndex(2); // WOS
    CHECK(tab->model()->rowCount() == 1);
    child<QComboBox>(tab, "requestSourceComboBox")->setCurrentIndex(1); // phone
    CHECK(tab->model()->rowCount() == 0);
    child<QPushButton>(tab, "requestResetFiltersButton")->click();
    CHECK(tab->model()->rowCount() == 2);
    QTest::keyClicks(child<QLineEdit>(tab, "requestSearchLineEdit"), QStringLiteral("granite"));
    CHECK(waitFor([&] { return tab->model()->filter().search == QStringLiteral("granite"); }));
    CHECK(tab->model()->rowCount() == 2);
    child<QLineEdit>(tab, "requestSearchLineEdit")->setText(QStringLiteral("nobody at all"));
    CHECK(waitFor([&] { return tab->model()->rowCount() == 0; }));
    // The filters fit the window's smallest saved size.
    CHECK(tab->minimumSizeHint().width() <= 1000);
    CHECK(window.minimumSizeHint().width() <= 1100);
}

TEST_CASE("gui: Upload certificate keeps a PDF with the request and offers to submit it, Relabel switches the type",
          "[gui][requests]")
{
    DeskBook book;
    const qint64 id = checked(RequestService(book.manager).intake(book.manualRequest()));
    MainWindow window(book.as(Role::DataProcessor));
    showWindow(window);
    RequestsTab* tab = window.requestsTab();
    tab->selectRequest(id);

    // Not a PDF: the service's refusal is shown and nothing is kept.
    QTemporaryDir dir;
    const QString fake = dir.filePath(QStringLiteral("scan.pdf"));
    {
        QFile f(fake);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("hello, not a pdf");
    }
    MessageBox::clearLog();
    FileDialog::setNextFileName(fake);
    action(tab, "uploadCertificateAction")->trigger();
    CHECK(MessageBox::shownCount() == 1);
    CHECK(MessageBox::lastText().contains(QStringLiteral("scan.pdf is not a PDF")));
    CHECK(book.request(id).uploadedFileName.isEmpty());

    // A real PDF: kept, then the submit dialog says that file is what goes out (cancelled here).
    QString what;
    auto offered = onModal<RequestSubmitDialog>([&](RequestSubmitDialog* d) {
        what = child<QLabel>(d, "requestSubmitWhatLabel")->text();
        QTest::mouseClick(child<QPushButton>(d, "cancelSubmitButton"), Qt::LeftButton);
    });
    FileDialog::setNextFileName(QStringLiteral(AGENCYDESK_SOURCE_DIR "/tests/data/pdf/real/okular-file1.pdf"));
    action(tab, "uploadCertificateAction")->trigger();
    REQUIRE(*offered);
    CHECK(what.contains(QStringLiteral("okular-file1.pdf")));
    CHECK(book.request(id).uploadedFileName == QStringLiteral("okular-file1.pdf"));
    CHECK(book.request(id).status == RequestStatus::New);
    CHECK(action(tab, "submitRequestAction")->text() == QStringLiteral("&Submit uploaded certificate…"));

    // Relabel COI/POI -> WOS and back.
    CHECK(action(tab, "relabelRequestAction")->text() == QStringLiteral("Re&label as WOS"));
    action(tab, "relabelRequestAction")->trigger();
    CHECK(book.request(id).type == RequestType::Wos);
    CHECK(cell(tab, id, RequestTableModel::Type) == QStringLiteral("WOS"));
    CHECK(action(tab, "relabelRequestAction")->text() == QStringLiteral("Re&label as COI/POI"));
    action(tab, "relabelRequestAction")->trigger();
    CHECK(book.request(id).type == RequestType::Coi);

    // Add note opens the preview with the note box; the note goes on the trail, newest first.
    QString firstRow;
    auto noted = onModal<RequestPreviewDialog>([&](RequestPreviewDialog* d) {
        child<QLineEdit>(d, "requestNoteLineEdit")->setText(QStringLiteral("Called the client back."));
        QTest::mouseClick(child<QPushButton>(d, "addRequestNoteButton"), Qt::LeftButton);
        firstRow = d->trail()->item(0, 2)->text();
        d->reject();
    });
    action(tab, "addRequestNoteAction")->trigger();
    REQUIRE(*noted);
    CHECK(firstRow == QStringLiteral("Note: Called the client back."));
}

TEST_CASE("gui: The Requests tab in French and Spanish counts in its title and its filters still fit",
          "[gui][requests]")
{
    DeskBook book;
    const qint64 id = checked(RequestService(book.manager).intake(book.manualRequest()));
    struct Expected
    {
        QString code, title, status, assignee;
    };
    for (const Expected& e : {Expected{QStringLiteral("fr_CA"), QStringLiteral("&Demandes (1)"),
                                       QStringLiteral("Nouvelle"), QStringLiteral("Service des attestations")},
                              Expected{QStringLiteral("es"), QStringLiteral("&Solicitudes (1)"),
                                       QStringLiteral("Nueva"), QStringLiteral("Departamento de certificados")}}) {
        INFO(e.code.toStdString());
        REQUIRE(LanguageLoader::install(e.code, QLocale::c()));
        {
            MainWindow window(book.as(Role::CertificateSpecialist));
            showWindow(window);
            RequestsTab* tab = window.requestsTab();
            CHECK(tabTitle(window) == e.title);
            CHECK(cell(tab, id, RequestTableModel::Status) == e.status);
            CHECK(cell(tab, id, RequestTableModel::Assignee) == e.assignee);
            CHECK(tab->minimumSizeHint().width() <= 1000);
            saveScreenshot(&window, QStringLiteral("requests-tab-%1.png").arg(e.code));
            // Every toolbar action is on the toolbar, none behind its overflow button.
            CHECK(tab->toolBar()->widgetForAction(tab->newRequestAction())->isVisible());
            CHECK(tab->toolBar()->widgetForAction(action(tab, "addRequestNoteAction"))->isVisible());

            // The New request dialog from an email: its longest labels fit at 1280 x 800.
            RequestIntakeDialog intake(book.manager, &window);
            intake.setInsured(book.insuredId);
            intake.setEmail("From: a@b.example\r\n\r\nHello\r\n", QStringLiteral("request.eml"),
                            QStringLiteral("Certificate for Bayside"), QStringLiteral("Please send a certificate."),
                            QString());
            intake.show();
            REQUIRE(QTest::qWaitForWindowExposed(&intake));
            CHECK(intake.minimumSizeHint().width() <= intake.width());
            CHECK(intake.minimumSizeHint().height() <= intake.height());
            CHECK(intake.frameGeometry().height() <= 800);
            CHECK(intake.windowTitle() != QStringLiteral("New request from request.eml"));
            saveScreenshot(&intake, QStringLiteral("request-intake-dialog-%1.png").arg(e.code));
        }
        LanguageLoader::install(QStringLiteral("en"), QLocale::c());
    }
}
