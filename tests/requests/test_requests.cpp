// The certificate request desk's rules and transitions, through the core services, on real SQLite files; the emails
// at a real SMTP server (aiosmtpd through tests/mail/smtp_server.py).
#include "ActivityService.h"
#include "CatchCompat.h"
#include "CertificateService.h"
#include "RejectionReasonService.h"
#include "RequestBook.h"
#include "TestConfig.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

using namespace agencydesk;
using namespace agencydesk::test;

namespace {

QString sha256(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& s : v.toArray())
        out << s.toString();
    return out;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QStringList actions(const RequestBook& book, qint64 requestId)
{
    auto trail = ActivityService(book.manager).forEntity(QStringLiteral("certificate_request"), requestId);
    REQUIRE(trail.ok());
    QStringList out;
    for (const Activity& a : *trail)
        out << a.action;
    return out; // newest first
}

qint64 reasonId(const RequestBook& book, const QString& text)
{
    auto r = RejectionReasonService(book.manager).find(text);
    REQUIRE(r.ok());
    return r->id;
}

const QString kPdf = QStringLiteral(AGENCYDESK_SOURCE_DIR "/tests/data/pdf/real/okular-file1.pdf");

} // namespace

TEST_CASE("a clean request is processed automatically and the client and the holder each receive the certificate")
{
    SmtpTestServer server;
    REQUIRE(server.start());
    RequestBook book(false, &server);
    const Session csr = book.as(Role::CertificateSpecialist);

    auto id = RequestService(csr).intake(book.clean());
    REQUIRE(id.ok());
    const CertificateRequest r = book.request(*id);
    CHECK(r.status == RequestStatus::Completed);
    CHECK_FALSE(r.manual);
    CHECK(r.manualReason.isEmpty());
    REQUIRE(r.certificateId.has_value());
    CHECK(r.certificateNumber.startsWith(QStringLiteral("COI-")));
    CHECK_FALSE(r.closedAt.isEmpty());
    REQUIRE(r.holderId.has_value());
    // The holder now stands on the master, and the trail shows who did what.
    CHECK(checked(CertificateHolderService(book.manager).get(*r.holderId)).name ==
          QStringLiteral("Bayside Property Group"));
    CHECK(actions(book, *id) == QStringList{QStringLiteral("completed"), QStringLiteral("created")});
    CHECK(RequestListService(book.manager).pendingCount().value() == 0);

    const SendReport report = sendOutbox(book);
    CHECK(report.sent == 2);
    const QByteArray stored = checked(CertificateService(book.manager).reprint(r.certificateNumber));
    const QJsonArray received = server.messages();
    REQUIRE(received.size() == 2);
    QStringList to;
    for (const QJsonValue& v : received) {
        const QJsonObject m = v.toObject();
        to << m.value(QStringLiteral("to")).toString();
        CHECK(strings(m.value(QStringLiteral("rcptTo"))).contains(kAgencyBcc));
        CHECK_FALSE(strings(m.value(QStringLiteral("headerNames"))).contains(QStringLiteral("bcc")));
        const QJsonArray attachments = m.value(QStringLiteral("attachments")).toArray();
        REQUIRE(attachments.size() == 1);
        const QJsonObject pdf = attachments.at(0).toObject();
        CHECK(pdf.value(QStringLiteral("filename")).toString() == r.certificateNumber + QStringLiteral(".pdf"));
        CHECK(pdf.value(QStringLiteral("size")).toInt() == stored.size());
        CHECK(pdf.value(QStringLiteral("sha256")).toString() == sha256(stored));
    }
    to.sort();
    CHECK(to == QStringList{QStringLiteral("certs@bayside.example"), QStringLiteral("office@granite.example")});
}

TEST_CASE("an inactive customer's request is refused with that message")
{
    RequestBook book;
    REQUIRE(InsuredService(book.manager).setActive(book.insuredId, false).ok());
    auto id = RequestService(book.manager).intake(book.clean());
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().code == ErrorCode::Validation);
    CHECK(id.error().message ==
          QStringLiteral("Granite HVAC Corp. is inactive: an inactive customer cannot request certificates."));
    CHECK(book.count(QStringLiteral("SELECT count(*) FROM certificate_requests")) == 0);
}

TEST_CASE("requests that are not clean go to the manual list of the certificates department with the reason")
{
    RequestBook book;
    RequestService desk(book.manager);
    const auto manualReason = [&](const CertificateRequest& input) {
        auto id = desk.intake(input);
        REQUIRE(id.ok());
        const CertificateRequest r = book.request(*id);
        CHECK(r.status == RequestStatus::New);
        CHECK(r.manual);
        CHECK(r.department == QStringLiteral("Certificates"));
        CHECK_FALSE(r.certificateId.has_value());
        CHECK(actions(book, *id).first() == QStringLiteral("manual"));
        return r.manualReason;
    };

    CertificateRequest notes = book.clean();
    notes.notes = QStringLiteral("Please add the project name: Harbor Tower.");
    CHECK(manualReason(notes) == QStringLiteral("The request has notes or instructions."));

    CertificateRequest noMaster = book.clean();
    noMaster.masterId.reset();
    CHECK(manualReason(noMaster) == QStringLiteral("No certificate master is chosen."));

    CertificateRequest noAddress = book.clean();
    noAddress.holder.city.clear();
    CHECK(manualReason(noAddress).startsWith(QStringLiteral("The holder's data is incomplete: ")));

    CertificateRequest noEmail = book.clean();
    noEmail.holder.email.clear();
    CHECK(manualReason(noEmail) == QStringLiteral("The holder has no email address."));

    // An existing holder on the master whose requirement the coverage does not meet.
    CertificateHolderRecord demanding;
    demanding.masterId = book.masterId;
    demanding.name = QStringLiteral("Strict Builders");
    demanding.address1 = QStringLiteral("1 Main St");
    demanding.city = QStringLiteral("Boston");
    demanding.state = QStringLiteral("MA");
    demanding.postalCode = QStringLiteral("02110");
    demanding.requirements = {{QStringLiteral("EachOccurrence"), 5000000}};
    checked(CertificateHolderService(book.manager).create(demanding));
    CertificateRequest strict = book.clean(QStringLiteral("Strict Builders"));
    strict.holder.address1 = QStringLiteral("1 Main St");
    CHECK(manualReason(strict).startsWith(QStringLiteral("The holder's requirements are not met: ")));

    REQUIRE(desk.setAutomationEligible(book.insuredId, false).ok());
    CHECK(manualReason(book.clean()) == QStringLiteral("The customer is not eligible for automatic processing."));
    CHECK(desk.setAutomationEligible(book.insuredId, false).error().code == ErrorCode::Validation);
    CHECK_FALSE(checked(InsuredService(book.manager).get(book.insuredId)).automationEligible);

    CHECK(RequestListService(book.manager).pendingCount().value() == 6);
}

TEST_CASE("a WOS request needs a waiver of subrogation endorsement and waits for payment approval")
{
    SECTION("without the endorsement it stays manual and cannot be submitted")
    {
        RequestBook book(false);
        CertificateRequest wos = book.clean();
        wos.type = RequestType::Wos;
        const qint64 id = checked(RequestService(book.manager).intake(wos));
        const CertificateRequest r = book.request(id);
        CHECK(r.manual);
        CHECK(r.manualReason.contains(QStringLiteral("No policy on the master has a waiver of subrogation")));
        CHECK(r.manualReason.contains(QStringLiteral("Waiting for payment approval.")));
        RequestService desk(book.manager);
        CHECK(desk.take(id).error().message.contains(QStringLiteral("waiting for payment approval")));
        REQUIRE(desk.approvePayment(id).ok());
        CHECK(book.request(id).status == RequestStatus::New);
        REQUIRE(desk.take(id).ok());
        auto submitted = desk.submit(id);
        REQUIRE_FALSE(submitted.ok());
        CHECK(submitted.error().message.contains(QStringLiteral("relabel it COI/POI or reject it")));
        // Relabelled COI/POI, it goes out.
        REQUIRE(desk.relabel(id, RequestType::Coi).ok());
        REQUIRE(desk.submit(id).ok());
        CHECK(book.request(id).status == RequestStatus::Completed);
    }
    SECTION("with the endorsement, approving the payment processes it")
    {
        RequestBook book(true);
        CertificateRequest wos = book.clean();
        wos.type = RequestType::Wos;
        const Session dp = book.as(Role::DataProcessor);
        RequestService desk(dp);
        const qint64 id = checked(desk.intake(wos));
        CHECK(book.request(id).manualReason == QStringLiteral("Waiting for payment approval."));
        REQUIRE(desk.approvePayment(id).ok());
        const CertificateRequest r = book.request(id);
        CHECK(r.paymentApproved());
        CHECK(r.paymentApprovedByName == dp.user.userName);
        CHECK(r.status == RequestStatus::Completed);
        CHECK_FALSE(r.manual);
        // The holder requires the waiver, so the certificate shows SUBR WVD.
        CHECK(checked(CertificateHolderService(book.manager).get(*r.holderId)).requireWaiverOfSubrogation);
        CHECK(actions(book, id).mid(0, 2) ==
              QStringList{QStringLiteral("completed"), QStringLiteral("payment_approved")});
        auto again = desk.approvePayment(id);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().message.contains(QStringLiteral("already approved")));
    }
    SECTION("a WOS that stays manual for an unmet requirement leaves the existing holder as it was")
    {
        RequestBook book(true);
        CertificateHolderRecord demanding;
        demanding.masterId = book.masterId;
        demanding.name = QStringLiteral("Strict Builders");
        demanding.address1 = QStringLiteral("1 Main St");
        demanding.city = QStringLiteral("Boston");
        demanding.state = QStringLiteral("MA");
        demanding.postalCode = QStringLiteral("02110");
        demanding.requirements = {{QStringLiteral("EachOccurrence"), 5000000}};
        const qint64 holderId = checked(CertificateHolderService(book.manager).create(demanding));
        CertificateRequest wos = book.clean(QStringLiteral("Strict Builders"));
        wos.holder.address1 = QStringLiteral("1 Main St");
        wos.type = RequestType::Wos;
        RequestService desk(book.manager);
        const qint64 id = checked(desk.intake(wos));
        REQUIRE(desk.approvePayment(id).ok());
        const CertificateRequest r = book.request(id);
        CHECK(r.manual);
        CHECK(r.manualReason.startsWith(QStringLiteral("The holder's requirements are not met: ")));
        CHECK_FALSE(checked(CertificateHolderService(book.manager).get(holderId)).requireWaiverOfSubrogation);
    }
    SECTION("a COI/POI has no payment to approve")
    {
        RequestBook book;
        CertificateRequest coi = book.clean();
        coi.notes = QStringLiteral("call first");
        const qint64 id = checked(RequestService(book.manager).intake(coi));
        CHECK(RequestService(book.manager).approvePayment(id).error().message.contains(QStringLiteral("COI/POI")));
    }
}

TEST_CASE("mark in progress assigns to me and someone else's request in progress must be taken over")
{
    RequestBook book;
    CertificateRequest input = book.clean();
    input.notes = QStringLiteral("Use the new address.");
    const qint64 id = checked(RequestService(book.manager).intake(input));
    const Session alice = book.as(Role::CertificateSpecialist);
    const Session bob = book.as(Role::DataProcessor);

    REQUIRE(RequestService(alice).take(id).ok());
    CertificateRequest r = book.request(id);
    CHECK(r.status == RequestStatus::InProgress);
    CHECK(r.assigneeId == alice.user.id);
    CHECK(r.assigneeName == alice.user.userName);
    CHECK(RequestService(alice).take(id).error().message.contains(QStringLiteral("already in progress with you")));

    auto taken = RequestService(bob).take(id);
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.error().code == ErrorCode::Conflict);
    CHECK(taken.error().message ==
          QStringLiteral("Request %1 is in progress with %2: take it over first.").arg(id).arg(alice.user.userName));
    CHECK(RequestService(bob).submit(id).error().code == ErrorCode::Conflict);
    CHECK(RequestService(bob).reject(id, reasonId(book, QStringLiteral("Incomplete address"))).error().code ==
          ErrorCode::Conflict);
    CHECK(RequestService(bob).relabel(id, RequestType::Wos).error().code == ErrorCode::Conflict);
    // A note is always welcome.
    CHECK(RequestService(bob).addNote(id, QStringLiteral("Client called again.")).ok());

    REQUIRE(RequestService(bob).take(id, true).ok());
    r = book.request(id);
    CHECK(r.assigneeId == bob.user.id);
    auto trail = checked(ActivityService(book.manager).forEntity(QStringLiteral("certificate_request"), id));
    REQUIRE(trail.size() >= 4);
    CHECK(trail.front().action == QStringLiteral("taken_over"));
    CHECK(trail.front().userName == bob.user.userName);
    CHECK(trail.front().summary.contains(alice.user.userName));
    CHECK_FALSE(trail.front().at.isEmpty());
}

TEST_CASE("submit issues the certificate and emails the client and the holder if chosen and a second submit is "
          "refused")
{
    SmtpTestServer server;
    REQUIRE(server.start());
    RequestBook book(false, &server);
    CertificateRequest input = book.clean();
    input.notes = QStringLiteral("Holder wants it by Friday.");
    const Session csr = book.as(Role::CertificateSpecialist);
    RequestService desk(csr);
    const qint64 id = checked(desk.intake(input));
    REQUIRE(desk.take(id).ok());
    SubmitOptions options;
    options.emailHolder = false;
    options.message = QStringLiteral("Here it is.");
    REQUIRE(desk.submit(id, options).ok());
    const CertificateRequest r = book.request(id);
    CHECK(r.status == RequestStatus::Completed);
    CHECK(r.manual); // it stays a manual request: a person did it
    REQUIRE(r.certificateId.has_value());

    auto again = desk.submit(id);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message == QStringLiteral("Request %1 was already submitted (certificate %2): it is not sent "
                                                  "twice.")
                                       .arg(id)
                                       .arg(r.certificateNumber));
    CHECK(book.count(QStringLiteral("SELECT count(*) FROM certificates")) == 1);

    CHECK(sendOutbox(book).sent == 1);
    const QJsonArray received = server.messages();
    REQUIRE(received.size() == 1);
    const QJsonObject m = received.at(0).toObject();
    CHECK(m.value(QStringLiteral("to")).toString() == QStringLiteral("office@granite.example"));
    CHECK(m.value(QStringLiteral("text")).toString().contains(QStringLiteral("Here it is.")));
    CHECK(m.value(QStringLiteral("attachments")).toArray().at(0).toObject().value(QStringLiteral("sha256")) ==
          sha256(checked(CertificateService(book.manager).reprint(r.certificateNumber))));
}

TEST_CASE("an uploaded existing certificate is emailed instead of issuing a duplicate")
{
    SmtpTestServer server;
    REQUIRE(server.start());
    RequestBook book(false, &server);
    CertificateRequest input = book.clean();
    input.notes = QStringLiteral("We already have it from the carrier.");
    RequestService desk(book.manager);
    const qint64 id = checked(desk.intake(input));

    auto notPdf = desk.uploadExisting(id, QByteArray("hello, not a pdf"), QStringLiteral("scan.pdf"));
    REQUIRE_FALSE(notPdf.ok());
    CHECK(notPdf.error().message.startsWith(QStringLiteral("scan.pdf")));

    const QByteArray pdf = readFile(kPdf);
    REQUIRE(desk.uploadExisting(id, pdf, QStringLiteral("/tmp/Carrier certificate.pdf")).ok());
    CHECK(book.request(id).uploadedFileName == QStringLiteral("Carrier certificate.pdf"));
    REQUIRE(desk.submit(id).ok());
    CHECK(book.count(QStringLiteral("SELECT count(*) FROM certificates")) == 0);
    CHECK(book.request(id).status == RequestStatus::Completed);

    CHECK(sendOutbox(book).sent == 2);
    for (const QJsonValue& v : server.messages()) {
        const QJsonArray attachments = v.toObject().value(QStringLiteral("attachments")).toArray();
        REQUIRE(attachments.size() == 1);
        CHECK(attachments.at(0).toObject().value(QStringLiteral("filename")).toString() ==
              QStringLiteral("Carrier certificate.pdf"));
        CHECK(attachments.at(0).toObject().value(QStringLiteral("sha256")).toString() == sha256(pdf));
    }
}

TEST_CASE("a rejection emails only the customer and names the reason")
{
    SmtpTestServer server;
    REQUIRE(server.start());
    RequestBook book(false, &server);
    CertificateRequest input = book.clean();
    input.holder.address1.clear();
    const Session csr = book.as(Role::CertificateSpecialist);
    RequestService desk(csr);
    const qint64 id = checked(desk.intake(input));
    REQUIRE(book.request(id).manual);

    REQUIRE(
        desk.reject(id, reasonId(book, QStringLiteral("Incomplete address")), QStringLiteral("Street missing.")).ok());
    const CertificateRequest r = book.request(id);
    CHECK(r.status == RequestStatus::Rejected);
    CHECK(r.rejectionReason == QStringLiteral("Incomplete address"));
    CHECK(r.rejectionComment == QStringLiteral("Street missing."));
    CHECK(actions(book, id).first() == QStringLiteral("rejected"));
    CHECK(RequestListService(book.manager).pendingCount().value() == 0);

    CHECK(sendOutbox(book).sent == 1);
    const QJsonArray received = server.messages();
    REQUIRE(received.size() == 1);
    const QJsonObject m = received.at(0).toObject();
    CHECK(m.value(QStringLiteral("to")).toString() == QStringLiteral("office@granite.example"));
    const QStringList rcpt = strings(m.value(QStringLiteral("rcptTo")));
    CHECK_FALSE(rcpt.contains(QStringLiteral("certs@bayside.example")));
    CHECK(rcpt.size() == 2); // the customer and the agency's Bcc
    CHECK(m.value(QStringLiteral("text")).toString().contains(QStringLiteral("Reason: Incomplete address")));
    CHECK(m.value(QStringLiteral("text")).toString().contains(QStringLiteral("Street missing.")));
    CHECK(m.value(QStringLiteral("attachments")).toArray().isEmpty());

    auto twice = desk.reject(id, reasonId(book, QStringLiteral("Incomplete address")));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message == QStringLiteral("Request %1 is already rejected.").arg(id));
    CHECK(desk.submit(id).error().message.contains(QStringLiteral("was rejected")));
}

TEST_CASE("impossible transitions are refused with a clear message")
{
    RequestBook book;
    RequestService desk(book.manager);
    const qint64 done = checked(desk.intake(book.clean()));
    REQUIRE(book.request(done).status == RequestStatus::Completed);
    auto reject = desk.reject(done, reasonId(book, QStringLiteral("Duplicate request received")));
    REQUIRE_FALSE(reject.ok());
    CHECK(reject.error().message ==
          QStringLiteral("Request %1 is completed: a completed request cannot be rejected.").arg(done));
    CHECK(desk.take(done).error().message.contains(QStringLiteral("is completed")));
    CHECK(desk.relabel(done, RequestType::Wos).error().message.contains(QStringLiteral("is completed")));
    CHECK(desk.uploadExisting(done, readFile(kPdf), QStringLiteral("x.pdf"))
              .error()
              .message.contains(QStringLiteral("is completed")));

    CertificateRequest manual = book.clean();
    manual.notes = QStringLiteral("note");
    const qint64 id = checked(desk.intake(manual));
    CHECK(desk.relabel(id, RequestType::Coi).error().message ==
          QStringLiteral("Request %1 is already COI/POI.").arg(id));
    REQUIRE(desk.relabel(id, RequestType::Wos).ok());
    CHECK(book.request(id).type == RequestType::Wos);
    CHECK(actions(book, id).first() == QStringLiteral("relabelled"));
    CHECK(desk.take(424242).error().code == ErrorCode::NotFound);
    CHECK(desk.addNote(id, QStringLiteral("   ")).error().message == QStringLiteral("The note is empty."));

    CertificateRequest badEmail = book.clean();
    badEmail.holder.email = QStringLiteral("not an address");
    CHECK(desk.intake(badEmail).error().code == ErrorCode::Validation);
    CertificateRequest otherMaster = book.clean();
    otherMaster.masterId = 999;
    CHECK(desk.intake(otherMaster).error().code == ErrorCode::NotFound);
}

TEST_CASE("a view-only user sees the desk and can do nothing")
{
    RequestBook book;
    CertificateRequest input = book.clean();
    input.notes = QStringLiteral("note");
    const qint64 id = checked(RequestService(book.manager).intake(input));
    const Session viewer = book.as(Role::PayrollAdvisor);
    RequestService desk(viewer);
    CHECK(desk.intake(book.clean()).error().code == ErrorCode::Permission);
    CHECK(desk.take(id).error().code == ErrorCode::Permission);
    CHECK(desk.submit(id).error().code == ErrorCode::Permission);
    CHECK(desk.uploadExisting(id, readFile(kPdf), QStringLiteral("c.pdf")).error().code == ErrorCode::Permission);
    CHECK(desk.relabel(id, RequestType::Wos).error().code == ErrorCode::Permission);
    CHECK(desk.reject(id, reasonId(book, QStringLiteral("Test (internal)"))).error().code == ErrorCode::Permission);
    CHECK(desk.addNote(id, QStringLiteral("hi")).error().code == ErrorCode::Permission);
    CHECK(desk.approvePayment(id).error().code == ErrorCode::Permission);
    CHECK(desk.setAutomationEligible(book.insuredId, false).error().code == ErrorCode::Permission);
    CHECK(RejectionReasonService(viewer).add(QStringLiteral("x")).error().code == ErrorCode::Permission);
    // Reading is allowed.
    CHECK(RequestListService(viewer).pendingCount().value() == 1);
    CHECK(RequestListService(viewer).list()->size() == 1);
    CHECK(RequestListService(viewer).detail(id).ok());
    CHECK(book.request(id).rowVersion == 2);
}

TEST_CASE("rejection reasons: the seeded list, add, rename and retire, and a retired reason stays on old requests")
{
    RequestBook book;
    RejectionReasonService reasons(book.manager);
    auto seeded = checked(reasons.list());
    REQUIRE(seeded.size() == 7);
    CHECK(seeded.front().text == QStringLiteral("Duplicate request received"));
    CHECK(seeded.at(2).text == QStringLiteral("License edit — carrier approval required"));
    CHECK(seeded.back().text == QStringLiteral("Certificate holder name incomplete"));

    const qint64 added = checked(reasons.add(QStringLiteral("  Holder   not on file ")));
    CHECK(checked(reasons.get(added)).text == QStringLiteral("Holder not on file"));
    CHECK(reasons.add(QStringLiteral("holder not on FILE")).error().code == ErrorCode::Conflict);
    CHECK(reasons.add(QStringLiteral("  ")).error().code == ErrorCode::Validation);
    REQUIRE(reasons.rename(added, QStringLiteral("Holder not known")).ok());

    // A data processor may use the reasons but not edit them.
    const Session dp = book.as(Role::DataProcessor);
    CHECK(RejectionReasonService(dp).add(QStringLiteral("Mine")).error().code == ErrorCode::Permission);
    CHECK(RejectionReasonService(dp).retire(added).error().code == ErrorCode::Permission);

    CertificateRequest input = book.clean();
    input.notes = QStringLiteral("?");
    const qint64 id = checked(RequestService(dp).intake(input));
    REQUIRE(RequestService(dp).reject(id, added).ok());
    REQUIRE(reasons.retire(added).ok());
    CHECK(checked(reasons.list()).size() == 7);
    CHECK(checked(reasons.list(true)).size() == 8);
    CHECK(book.request(id).rejectionReason == QStringLiteral("Holder not known"));

    const qint64 other = checked(RequestService(dp).intake(input));
    auto retired = RequestService(dp).reject(other, added);
    REQUIRE_FALSE(retired.ok());
    CHECK(retired.error().message.contains(QStringLiteral("is retired")));
    CHECK(reasons.retire(added).error().code == ErrorCode::Validation);
    REQUIRE(reasons.retire(added, false).ok());
    CHECK(RequestService(dp).reject(other, added).ok());
}

TEST_CASE("a request from an email keeps the email, and the preview shows notes and activities newest first")
{
    RequestBook book;
    const QByteArray eml = "From: Office <office@granite.example>\r\nTo: certs@agency.example\r\n"
                           "Subject: Certificate for Bayside\r\n\r\nPlease send a certificate to Bayside.\r\n";
    CertificateRequest input = book.clean();
    input.notes = QStringLiteral("From the email.");
    const qint64 id = checked(RequestService(book.manager).intakeEmail(input, eml, QStringLiteral("request.eml")));
    REQUIRE(RequestService(book.manager).addNote(id, QStringLiteral("First note")).ok());
    REQUIRE(RequestService(book.manager).addNote(id, QStringLiteral("Second note")).ok());
    const RequestDetail d = checked(RequestListService(book.manager).detail(id));
    CHECK(d.request.source == RequestSource::Email);
    CHECK(d.request.emailSubject == QStringLiteral("Certificate for Bayside"));
    CHECK(d.emailText.contains(QStringLiteral("Please send a certificate to Bayside.")));
    REQUIRE(d.trail.size() == 4);
    CHECK(d.trail.at(0).summary == QStringLiteral("Second note"));
    CHECK(d.trail.at(0).kind == QStringLiteral("note"));
    CHECK(d.trail.at(1).summary == QStringLiteral("First note"));
    CHECK(d.trail.at(3).action == QStringLiteral("created"));

    CHECK(RequestService(book.manager).intakeEmail(input, "no headers at all", QStringLiteral("x.eml")).ok() == false);
}

TEST_CASE("a request from a holder added on a shared master goes to the manual list with the client's reason")
{
    RequestBook book;
    CertificateHolderRecord h;
    h.masterId = book.masterId;
    h.name = QStringLiteral("Harbor Tower LLC");
    h.address1 = QStringLiteral("9 Pier Rd");
    h.city = QStringLiteral("Boston");
    h.state = QStringLiteral("MA");
    h.postalCode = QStringLiteral("02110");
    h.email = QStringLiteral("risk@harbor.example");
    const qint64 holderId = checked(CertificateHolderService(book.manager).create(h));
    CertificateRequest input;
    input.insuredId = book.insuredId;
    input.holderId = holderId;
    input.source = RequestSource::Holder;
    input.notes = QStringLiteral("They need $5M umbrella.");
    const qint64 id = checked(RequestService(book.manager).intake(input));
    const CertificateRequest r = book.request(id);
    CHECK(r.masterId == book.masterId);
    CHECK(r.holder.name == QStringLiteral("Harbor Tower LLC"));
    CHECK(r.manual);
    CHECK(r.manualReason.contains(QStringLiteral("The client says the holder's requirements are not met.")));
    CHECK(r.notes == QStringLiteral("They need $5M umbrella."));

    CertificateRequest missing;
    missing.insuredId = book.insuredId;
    missing.source = RequestSource::Holder;
    CHECK(RequestService(book.manager).intake(missing).error().code == ErrorCode::Validation);
}

TEST_CASE("a failed automatic attempt is undone and the request goes to the manual list with the reason")
{
    RequestBook book;
    QSqlQuery q = book.db->query();
    REQUIRE(q.exec(QStringLiteral("DELETE FROM settings WHERE key LIKE 'mail.%'"))); // mail not set up
    const qint64 id = checked(RequestService(book.manager).intake(book.clean()));
    const CertificateRequest r = book.request(id);
    CHECK(r.status == RequestStatus::New);
    CHECK(r.manual);
    CHECK(r.manualReason.startsWith(QStringLiteral("Automatic processing failed: Mail is not set up yet")));
    // Nothing of the attempt is left: no certificate, no holder, no email.
    CHECK(book.count(QStringLiteral("SELECT count(*) FROM certificates")) == 0);
    CHECK(book.count(QStringLiteral("SELECT count(*) FROM certificate_holders")) == 0);
    CHECK(book.count(QStringLiteral("SELECT count(*) FROM outbox")) == 0);
    CHECK_FALSE(r.holderId.has_value());
    CHECK(actions(book, id) == QStringList{QStringLiteral("manual"), QStringLiteral("created")});
}

TEST_CASE("every state change is an activity row with the user and the time")
{
    RequestBook book(true);
    const Session csr = book.as(Role::CertificateSpecialist);
    RequestService desk(csr);
    CertificateRequest input = book.clean();
    input.type = RequestType::Wos;
    input.notes = QStringLiteral("Needs the waiver.");
    const qint64 id = checked(desk.intake(input));
    REQUIRE(desk.approvePayment(id).ok());
    REQUIRE(desk.take(id).ok());
    REQUIRE(desk.relabel(id, RequestType::Coi).ok());
    REQUIRE(desk.relabel(id, RequestType::Wos).ok());
    REQUIRE(desk.uploadExisting(id, readFile(kPdf), QStringLiteral("carrier.pdf")).ok());
    REQUIRE(desk.submit(id).ok());
    auto trail = checked(ActivityService(book.manager).forEntity(QStringLiteral("certificate_request"), id));
    QStringList seen;
    for (const Activity& a : trail) {
        seen.prepend(a.action);
        CHECK(a.userName == csr.user.userName);
        CHECK(a.at.endsWith(QLatin1Char('Z')));
        CHECK(a.insuredId == book.insuredId);
    }
    CHECK(seen == QStringList{QStringLiteral("created"), QStringLiteral("manual"), QStringLiteral("payment_approved"),
                              QStringLiteral("manual"), QStringLiteral("taken"), QStringLiteral("relabelled"),
                              QStringLiteral("relabelled"), QStringLiteral("uploaded"), QStringLiteral("completed")});
    CHECK(book.request(id).rowVersion == 9);
}
