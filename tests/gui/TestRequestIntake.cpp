// The Requests tab's intake on the real main window, offscreen: New request (by phone, an inactive customer
// refused with the input kept) and an .eml dropped onto the tab.
#include "RequestDeskBook.h"

using namespace agencydesk;
using namespace agencydesk::test;

TEST_CASE("gui: New request takes a phone request in, an inactive customer is refused and the dialog keeps the input",
          "[gui][requests][intake]")
{
    SmtpTestServer server;
    REQUIRE(server.start());
    DeskBook book(&server);
    Insured dormant;
    dormant.name = QStringLiteral("Dormant Builders LLC");
    dormant.city = QStringLiteral("Bangor");
    dormant.state = QStringLiteral("ME");
    dormant.email = QStringLiteral("office@dormant.example");
    const qint64 dormantId = checked(InsuredService(book.manager).create(dormant));
    REQUIRE(InsuredService(book.manager).setActive(dormantId, false).ok());
    MainWindow window(book.as(Role::CertificateSpecialist));
    showWindow(window);
    RequestsTab* tab = window.requestsTab();
    QAction* newRequest = action(tab, "newRequestAction");
    REQUIRE(newRequest->isEnabled());
    CHECK(newRequest->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    CHECK(tab->toolBar()->actions().contains(newRequest));
    // Help > Keyboard shortcuts lists it.
    const QPair<QString, QString> listed{QStringLiteral("New request"),
                                         newRequest->shortcut().toString(QKeySequence::NativeText)};
    CHECK(ShortcutsDialog::shortcutsOf(&window).contains(listed));

    // The inactive customer is refused by the service; the dialog stays open with everything typed.
    MessageBox::clearLog();
    bool stayedOpen = false;
    QString keptHolder;
    QString refusal;
    QString masterShown;
    auto taken = onModal<RequestIntakeDialog>([&](RequestIntakeDialog* d) {
        CHECK_FALSE(child<QPushButton>(d, "intakeOkButton")->isEnabled()); // no customer yet
        findCustomer(d, QStringLiteral("Dormant"));
        CHECK(d->insuredId() == dormantId);
        CHECK(child<QComboBox>(d, "intakeCustomerComboBox")->currentText().contains(QStringLiteral("(inactive)")));
        fillHolder(d, QStringLiteral("Bayside Property Group"));
        child<QPlainTextEdit>(d, "intakeNotesPlainTextEdit")->setPlainText(QStringLiteral("Needed by Friday."));
        child<QPushButton>(d, "intakeOkButton")->click();
        refusal = MessageBox::lastText();
        stayedOpen = d->isVisible();
        keptHolder = child<QLineEdit>(d, "intakeHolderNameLineEdit")->text();

        // The right customer: its master is chosen, the notes send the request to the manual list.
        findCustomer(d, QStringLiteral("Granite"));
        CHECK(d->insuredId() == book.insuredId);
        masterShown = child<QComboBox>(d, "intakeMasterComboBox")->currentText();
        d->resize(d->sizeHint().expandedTo(d->size()));
        saveScreenshot(d, QStringLiteral("request-intake-dialog.png"));
        child<QPushButton>(d, "intakeOkButton")->click();
    });
    newRequest->trigger();
    REQUIRE(*taken);
    CHECK(refusal.contains(QStringLiteral("Dormant Builders LLC is inactive")));
    CHECK(stayedOpen);
    CHECK(keptHolder == QStringLiteral("Bayside Property Group"));
    CHECK(masterShown == QStringLiteral("Standard certificate"));
    CHECK(book.count(
              QStringLiteral("SELECT count(*) FROM certificate_requests WHERE insured_id = %1").arg(dormantId)) == 0);

    // The row appears, selected, with why it is manual; the status bar says so.
    const qint64 manualId = tab->selectedId();
    REQUIRE(manualId > 0);
    const CertificateRequest manual = book.request(manualId);
    CHECK(manual.insuredId == book.insuredId);
    CHECK(manual.masterId == book.masterId);
    CHECK(manual.source == RequestSource::Phone);
    CHECK(manual.holder.postalCode == QStringLiteral("02110"));
    CHECK(manual.notes == QStringLiteral("Needed by Friday."));
    CHECK(cell(tab, manualId, RequestTableModel::Holder) == QStringLiteral("Bayside Property Group"));
    CHECK(cell(tab, manualId, RequestTableModel::WhyManual) ==
          QStringLiteral("The request has notes or instructions."));
    CHECK(window.statusBar()->currentMessage() ==
          QStringLiteral("Request %1 is on the manual list: The request has notes or instructions.").arg(manualId));
    CHECK(tabTitle(window) == QStringLiteral("&Requests (1)"));

    // Ctrl+Shift+N, a clean request without notes: completed at once, the status bar says so.
    auto clean = onModal<RequestIntakeDialog>([&](RequestIntakeDialog* d) {
        findCustomer(d, QStringLiteral("GLP-7781234")); // by policy number
        fillHolder(d, QStringLiteral("Harbor Tower LLC"));
        child<QPushButton>(d, "intakeOkButton")->click();
    });
    window.activateWindow();
    QApplication::setActiveWindow(&window);
    tab->view()->setFocus();
    QTest::keyClick(tab->view(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(waitFor([&] { return *clean; }));
    const qint64 cleanId =
        book.count(QStringLiteral("SELECT max(id) FROM certificate_requests WHERE holder_name = 'Harbor Tower LLC'"));
    REQUIRE(cleanId > manualId);
    const CertificateRequest done = book.request(cleanId);
    CHECK(done.status == RequestStatus::Completed);
    CHECK_FALSE(done.manual);
    CHECK(window.statusBar()->currentMessage() ==
          QStringLiteral("Request %1 was completed automatically: certificate %2 is emailed to the client and the "
                         "holder.")
              .arg(cleanId)
              .arg(done.certificateNumber));
    CHECK(tabTitle(window) == QStringLiteral("&Requests (1)")); // completed: not pending
}

TEST_CASE("gui: New request picks an existing holder of the master, with a second address line and a Canadian "
          "address",
          "[gui][requests][intake]")
{
    DeskBook book;
    CertificateHolderRecord toronto;
    toronto.masterId = book.masterId;
    toronto.name = QStringLiteral("Maple Leaf Developments");
    toronto.address1 = QStringLiteral("200 King St W");
    toronto.address2 = QStringLiteral("Suite 1500");
    toronto.city = QStringLiteral("Toronto");
    toronto.state = QStringLiteral("ON");
    toronto.postalCode = QStringLiteral("M5H 3T4");
    toronto.country = QStringLiteral("CA");
    toronto.email = QStringLiteral("risk@mapleleaf.example");
    checked(CertificateHolderService(book.manager).create(toronto));
    MainWindow window(book.as(Role::CertificateSpecialist));
    showWindow(window);
    RequestsTab* tab = window.requestsTab();

    int picks = 0;
    bool pickerEnabledWithoutMaster = true;
    QStringList filled;
    QString country;
    auto taken = onModal<RequestIntakeDialog>([&](RequestIntakeDialog* d) {
        auto* picker = child<QComboBox>(d, "intakeHolderPickerComboBox");
        pickerEnabledWithoutMaster = picker->isEnabled(); // no customer yet: no master
        findCustomer(d, QStringLiteral("Granite"));
        REQUIRE(child<QComboBox>(d, "intakeMasterComboBox")->currentText() == QStringLiteral("Standard certificate"));
        picks = picker->count();
        // The CSR picks the holder with the keyboard: its fields fill the form.
        picker->setFocus();
        QTest::keyClick(picker, Qt::Key_Down);
        for (const char* name :
             {"intakeHolderNameLineEdit", "intakeHolderAddress1LineEdit", "intakeHolderAddress2LineEdit",
              "intakeHolderCityLineEdit", "intakeHolderStateLineEdit", "intakeHolderPostalLineEdit",
              "intakeHolderEmailLineEdit"})
            filled << child<QLineEdit>(d, name)->text();
        country = child<QComboBox>(d, "intakeHolderCountryComboBox")->currentText();
        // The customer says the suite changed.
        child<QLineEdit>(d, "intakeHolderAddress2LineEdit")->setText(QStringLiteral("Suite 1720"));
        child<QPlainTextEdit>(d, "intakeNotesPlainTextEdit")->setPlainText(QStringLiteral("New suite number."));
        d->resize(d->sizeHint().expandedTo(d->size()));
        saveScreenshot(d, QStringLiteral("request-intake-dialog-holder.png"));
        child<QPushButton>(d, "intakeOkButton")->click();
    });
    action(tab, "newRequestAction")->trigger();
    REQUIRE(*taken);
    CHECK_FALSE(pickerEnabledWithoutMaster);
    CHECK(picks == 2); // "a new holder" and the one on the master
    CHECK(filled == QStringList{QStringLiteral("Maple Leaf Developments"), QStringLiteral("200 King St W"),
                                QStringLiteral("Suite 1500"), QStringLiteral("Toronto"), QStringLiteral("ON"),
                                QStringLiteral("M5H 3T4"), QStringLiteral("risk@mapleleaf.example")});
    CHECK(country == QStringLiteral("Canada"));
    const qint64 id = tab->selectedId();
    REQUIRE(id > 0);
    const CertificateRequest r = book.request(id);
    CHECK(r.holder.name == QStringLiteral("Maple Leaf Developments"));
    CHECK(r.holder.address2 == QStringLiteral("Suite 1720"));
    CHECK(r.holder.country == QStringLiteral("CA"));
    CHECK(r.holder.state == QStringLiteral("ON"));
    CHECK(r.holder.postalCode == QStringLiteral("M5H 3T4"));
    CHECK(r.manual);
}

TEST_CASE("gui: An .eml dropped onto the Requests tab becomes a request that keeps the email, other files are ignored",
          "[gui][requests][intake]")
{
    DeskBook book;
    QTemporaryDir files;
    const QString eml = files.filePath(QStringLiteral("certificate-request.eml"));
    {
        QFile f(eml);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("From: Granite Office <office@granite.example>\r\nTo: certs@agency.example\r\n"
                "Date: Fri, 4 Dec 2026 09:15:00 -0500\r\nSubject: Certificate for Bayside\r\n"
                "Content-Type: text/plain; charset=utf-8\r\n\r\n"
                "Please send a certificate to Bayside Property Group, 400 Harbor Blvd, Boston MA 02110.\r\n");
    }
    const QString other = files.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(other);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("not an email\n");
    }
    MainWindow window(book.as(Role::DataProcessor));
    showWindow(window);
    RequestsTab* tab = window.requestsTab();
    QSignalSpy messages(tab, &RequestsTab::statusMessage);

    QString title;
    QString emailShown;
    QString emailBody;
    qint64 customerFound = 0;
    bool sourceLocked = false;
    QString sourceShown;
    auto taken = onModal<RequestIntakeDialog>([&](RequestIntakeDialog* d) {
        title = d->windowTitle();
        emailShown = child<QLabel>(d, "intakeEmailLabel")->text();
        emailBody = child<QPlainTextEdit>(d, "intakeEmailBodyPlainTextEdit")->toPlainText();
        customerFound = d->insuredId(); // found by the sender's address
        sourceLocked = !child<QComboBox>(d, "intakeSourceComboBox")->isEnabled();
        sourceShown = child<QComboBox>(d, "intakeSourceComboBox")->currentText();
        fillHolder(d, QStringLiteral("Bayside Property Group"));
        child<QPlainTextEdit>(d, "intakeNotesPlainTextEdit")->setPlainText(QStringLiteral("See the email."));
        saveScreenshot(d, QStringLiteral("request-intake-email-dialog.png"));
        child<QPushButton>(d, "intakeOkButton")->click();
    });
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(eml), QUrl::fromLocalFile(other)});
    QWidget* viewport = tab->view()->viewport();
    REQUIRE(dragAndDrop(viewport, viewport->rect().center(), &mime));
    REQUIRE(waitFor([&] { return *taken && messages.size() >= 2; }));
    CHECK(title == QStringLiteral("New request from certificate-request.eml"));
    CHECK(emailShown.contains(QStringLiteral("Certificate for Bayside")));
    CHECK(emailShown.contains(QStringLiteral("office@granite.example")));
    CHECK(emailBody.contains(QStringLiteral("Bayside Property Group, 400 Harbor Blvd")));
    CHECK(customerFound == book.insuredId);
    CHECK(sourceLocked);
    CHECK(sourceShown == RequestTableModel::sourceText(RequestSource::Email));

    const qint64 id = tab->selectedId();
    REQUIRE(id > 0);
    const RequestDetail detail = checked(RequestListService(book.manager).detail(id));
    CHECK(detail.request.source == RequestSource::Email);
    CHECK(detail.request.insuredId == book.insuredId);
    CHECK(detail.request.emailSubject == QStringLiteral("Certificate for Bayside"));
    CHECK(detail.emailText.contains(QStringLiteral("Please send a certificate to Bayside Property Group")));
    CHECK(cell(tab, id, RequestTableModel::Source) == RequestTableModel::sourceText(RequestSource::Email));
    CHECK(messages.at(0).at(0).toString().startsWith(QStringLiteral("Request %1 is on the manual list").arg(id)));
    CHECK(messages.at(1).at(0).toString() == QStringLiteral("Only .eml emails become requests: notes.txt ignored."));

    // A PDF alone: taken by the tab only to say it is ignored (a carrier download alone is left to the window).
    const QString pdf = files.filePath(QStringLiteral("letter.pdf"));
    {
        QFile f(pdf);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4\n");
    }
    QMimeData pdfOnly;
    pdfOnly.setUrls({QUrl::fromLocalFile(pdf)});
    REQUIRE(dragAndDrop(viewport, viewport->rect().center(), &pdfOnly));
    REQUIRE(waitFor([&] { return messages.size() >= 3; }));
    CHECK(messages.at(2).at(0).toString() == QStringLiteral("Only .eml emails become requests: letter.pdf ignored."));

    // A file that is no email: refused with the parser's message, nothing taken in.
    const QString bad = files.filePath(QStringLiteral("empty.eml"));
    {
        QFile f(bad);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("no headers at all");
    }
    MessageBox::clearLog();
    CHECK(tab->intakeFiles({bad}) == 0);
    CHECK(MessageBox::shownCount() == 1);
    CHECK(book.count(QStringLiteral("SELECT count(*) FROM certificate_requests")) == 1);
}
