// Agency > Outbox > Attach to policy…: a certificate email sent to a real aiosmtpd kept on a policy through the
// real dialogs, with a screenshot of the policy choice.
#include "AttachEmailDialog.h"
#include "CatchCompat.h"
#include "CertificateBatchBook.h"
#include "CertificateMailer.h"
#include "CertificateMasterService.h"
#include "CertificateService.h"
#include "DocumentService.h"
#include "GuiTestSupport.h"
#include "MailTestSupport.h"
#include "OutboxDialog.h"
#include "SmtpTestServer.h"
#include "UnattachedDownloadService.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>

#include <memory>

using namespace agencydesk;
using namespace agencydesk::test;

namespace {

/// When the Attach dialog is the active modal window: records its choices, runs \a beforeAttach, picks the item
/// whose text starts with \a choice and clicks Attach.
std::shared_ptr<QStringList> answerAttachDialog(const QString& choice, const QString& screenshot = {},
                                                std::function<void()> beforeAttach = {})
{
    auto listed = std::make_shared<QStringList>();
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [=] {
        auto* dialog = qobject_cast<AttachEmailDialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        QComboBox* combo = dialog->policyCombo();
        for (int i = 0; i < combo->count(); ++i)
            *listed << combo->itemText(i);
        *listed << child<QLabel>(dialog, "attachEmailFileNameLabel")->text();
        for (int i = 0; i < combo->count(); ++i) {
            if (combo->itemText(i).startsWith(choice))
                combo->setCurrentIndex(i);
        }
        if (!screenshot.isEmpty())
            saveScreenshot(dialog, screenshot);
        if (beforeAttach)
            beforeAttach();
        QTest::mouseClick(child<QPushButton>(dialog, "attachEmailButton"), Qt::LeftButton);
    });
    timer->start();
    return listed;
}

} // namespace

TEST_CASE("gui: the outbox attaches a sent certificate email to the chosen policy once", "[gui][mail]")
{
    MessageBox::setTestMode(true);
    MessageBox::clearLog();
    CertificateBatchBook book;
    const qint64 holderId = book.addHolder(QStringLiteral("Bayview General Contractors"));
    {
        CertificateHolderRecord h = *CertificateHolderService(book.manager).get(holderId);
        h.email = QStringLiteral("coi@bayview.example");
        REQUIRE(CertificateHolderService(book.manager).update(h).ok());
    }
    const IssuedCertificate issued = *CertificateService(book.manager).issue(book.masterId, holderId);
    const QByteArray pdf = *CertificateService(book.manager).reprint(issued.number);
    SmtpTestServer server;
    REQUIRE(server.start());
    configureMail(book.manager, mailSettingsFor(server));
    CertificateEmailRequest request;
    request.toHolder = true;
    const qint64 sent = CertificateMailer(book.manager).send(issued.number, request)->front();
    REQUIRE(sendOutbox(book).sent == 1);
    const qint64 queued = CertificateMailer(book.manager).send(issued.number, request)->front();
    const qint64 gl = book.count(QStringLiteral("SELECT id FROM policies WHERE number = 'GLP-7781234'"));

    const Session csr = book.as(Role::CertificateSpecialist);
    OutboxDialog dialog(csr);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* attach = child<QPushButton>(&dialog, "outboxAttachButton");
    dialog.selectEmail(queued);
    CHECK_FALSE(attach->isEnabled()); // not sent yet
    dialog.selectEmail(sent);
    REQUIRE(attach->isEnabled());

    auto listed = answerAttachDialog(QStringLiteral("GLP-7781234"), QStringLiteral("outbox-attach-email.png"));
    QTest::mouseClick(attach, Qt::LeftButton);
    REQUIRE(listed->size() == 4);
    CHECK(listed->at(0) == QStringLiteral("Granite HVAC Corp. only (no policy)"));
    const QStringList policies = listed->mid(1, 2);
    const auto item = [&](const QString& number) {
        const auto it = std::find_if(policies.begin(), policies.end(), [&](const QString& text) {
            return text.startsWith(number + QStringLiteral(" - "));
        });
        return it == policies.end() ? QString() : *it;
    };
    CHECK(item(QStringLiteral("GLP-7781234")).contains(QStringLiteral("General liability, Acme Casualty Company")));
    CHECK(item(QStringLiteral("GLP-7781234")).endsWith(QStringLiteral("(In force)")));
    CHECK_FALSE(item(QStringLiteral("WCX-5550001")).isEmpty());
    CHECK(listed->at(3).endsWith(
        QStringLiteral("Certificate of insurance %1 for Granite HVAC Corp.eml").arg(issued.number)));
    const QString status = child<QLabel>(&dialog, "outboxStatusLabel")->text();
    INFO(status.toStdString());
    CHECK(status.contains(QStringLiteral("attached as document")));
    CHECK(status.contains(QStringLiteral("on policy GLP-7781234")));
    CHECK(MessageBox::shownCount() == 0);
    QTest::qWait(50); // the status line wraps once the layout has run
    saveScreenshot(&dialog, QStringLiteral("outbox-attached.png"));

    DocumentService docs(book.manager);
    const std::vector<Document> kept = *docs.forInsured(book.insuredId);
    REQUIRE(kept.size() == 2);
    for (const Document& d : kept)
        CHECK(d.policyId == gl);
    const auto pdfDoc = std::find_if(kept.begin(), kept.end(), [](const Document& d) { return !d.isEmail(); });
    REQUIRE(pdfDoc != kept.end());
    CHECK(*docs.content(pdfDoc->id) == pdf);

    // Again, choosing the insured only: nothing is added, the status says where it already is.
    answerAttachDialog(QStringLiteral("Granite HVAC Corp. only"));
    QTest::mouseClick(attach, Qt::LeftButton);
    CHECK(child<QLabel>(&dialog, "outboxStatusLabel")->text().contains(QStringLiteral("already attached")));
    CHECK(docs.forInsured(book.insuredId)->size() == 2);

    // A refusal from the service (another CSR un-attached the policy while the dialog was open) is shown.
    {
        OutgoingMail note = simpleMail(QStringLiteral("office@granite.example"));
        note.insuredId = book.insuredId;
        note.subject = QStringLiteral("Your renewal");
        (void)OutboxService(book.manager).enqueue(note);
    }
    REQUIRE(sendOutbox(book).sent == 2); // the queued certificate email too
    dialog.reload();
    const qint64 renewal = book.count(QStringLiteral("SELECT max(id) FROM outbox"));
    dialog.selectEmail(renewal);
    REQUIRE(attach->isEnabled());
    answerAttachDialog(QStringLiteral("GLP-7781234"), {}, [&] {
        // Meanwhile someone takes the policy off its master (a master's policy cannot be un-attached) and
        // un-attaches it.
        CertificateMaster m = *CertificateMasterService(book.manager).get(book.masterId);
        std::erase_if(m.policies, [gl](const MasterPolicy& p) { return p.policyId == gl; });
        CHECK(CertificateMasterService(book.manager).update(m).ok());
        CHECK(UnattachedDownloadService(book.manager).unattach(gl).ok());
    });
    QTest::mouseClick(attach, Qt::LeftButton);
    CHECK(MessageBox::shownCount() == 1);
    CHECK(MessageBox::lastText().contains(QStringLiteral("GLP-7781234")));
    CHECK(docs.forInsured(book.insuredId)->size() == 2);

    // A view-only user cannot attach.
    const Session viewer = book.as(Role::PayrollAdvisor);
    OutboxDialog readOnly(viewer);
    readOnly.selectEmail(sent);
    CHECK_FALSE(child<QPushButton>(&readOnly, "outboxAttachButton")->isEnabled());
}
