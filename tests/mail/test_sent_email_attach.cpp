// "Attach to policy": a certificate email sent through a real SMTP server (aiosmtpd) kept as an .eml document on a
// policy, on a real SQLite file.
#include "ActivityService.h"
#include "CatchCompat.h"
#include "CertificateBatchBook.h"
#include "CertificateMailer.h"
#include "CertificateService.h"
#include "DocumentService.h"
#include "MailTestSupport.h"
#include "MimeMessage.h"
#include "SentEmailAttacher.h"
#include "SmtpTestServer.h"

#include <QCryptographicHash>
#include <QJsonObject>

using namespace agencydesk;
using namespace agencydesk::test;

namespace {

QString sha256(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

/// The book's certificate for one holder, emailed to the holder and sent through \a server.
struct SentCertificate
{
    IssuedCertificate issued;
    QByteArray pdf;
    qint64 outboxId = 0;
};

SentCertificate sendCertificate(CertificateBatchBook& book, SmtpTestServer& server)
{
    CertificateHolderRecord holder;
    holder.masterId = book.masterId;
    holder.name = QStringLiteral("Bayview General Contractors");
    holder.address1 = QStringLiteral("400 Harbor Blvd");
    holder.city = QStringLiteral("Boston");
    holder.state = QStringLiteral("MA");
    holder.postalCode = QStringLiteral("02110");
    holder.email = QStringLiteral("coi@bayview.example");
    const qint64 holderId = CertificateBatchBook::check(CertificateHolderService(book.manager).create(holder));
    SentCertificate out;
    out.issued = CertificateBatchBook::check(CertificateService(book.manager).issue(book.masterId, holderId));
    out.pdf = CertificateBatchBook::check(CertificateService(book.manager).reprint(out.issued.number));
    REQUIRE(server.start());
    configureMail(book.manager, mailSettingsFor(server));
    CertificateEmailRequest request;
    request.toHolder = true;
    const std::vector<qint64> ids =
        CertificateBatchBook::check(CertificateMailer(book.manager).send(out.issued.number, request));
    REQUIRE(ids.size() == 1);
    out.outboxId = ids.front();
    REQUIRE(sendOutbox(book).sent == 1);
    return out;
}

qint64 policyId(const CertificateBatchBook& book, const QString& number)
{
    return book.count(QStringLiteral("SELECT id FROM policies WHERE number = '%1'").arg(number));
}

} // namespace

TEST_CASE("a sent certificate email is kept on the chosen policy as the message that went out with the certificate "
          "PDF linked byte for byte")
{
    CertificateBatchBook book;
    SmtpTestServer server;
    const SentCertificate sent = sendCertificate(book, server);
    const qint64 gl = policyId(book, QStringLiteral("GLP-7781234"));
    const OutboxEntry entry = *OutboxService(book.manager).get(sent.outboxId);
    REQUIRE(entry.status == OutboxStatus::Sent);
    REQUIRE(entry.insuredId == book.insuredId);

    // A CSR (not a manager) attaches it; the insured comes from the email.
    const Session csr = book.as(Role::CertificateSpecialist);
    Result<SentEmailAttachment> attached = SentEmailAttacher(csr).attach(sent.outboxId, std::nullopt, gl);
    INFO((attached ? QString() : attached.error().message).toStdString());
    REQUIRE(attached.ok());
    CHECK_FALSE(attached->alreadyAttached);
    CHECK(attached->insuredId == book.insuredId);
    REQUIRE(attached->attachmentDocumentIds.size() == 1);

    DocumentService docs(book.manager);
    const Document email = *docs.get(attached->emailDocumentId);
    CHECK(email.isEmail());
    CHECK(email.insuredId == book.insuredId);
    CHECK(email.policyId == gl);
    CHECK(email.policyNumber == QStringLiteral("GLP-7781234"));
    CHECK(email.type == QStringLiteral("Correspondence"));
    CHECK(email.purpose == QStringLiteral("Sent email"));
    CHECK(email.issueDate == SentEmailAttacher::sentDate(entry));
    CHECK(email.issueDate == QDate::currentDate());
    CHECK(email.fileName == QStringLiteral("%1 Certificate of insurance %2 for Granite HVAC Corp.eml")
                                .arg(QDate::currentDate().toString(Qt::ISODate), sent.issued.number));
    CHECK(email.addedByName == QStringLiteral("certificate-specialist"));

    // The stored .eml is the message as the outbox rebuilds it, and it is the one the server received.
    const QByteArray eml = *docs.content(email.id);
    CHECK(eml == *OutboxService(book.manager).messageBytes(sent.outboxId));
    CHECK_FALSE(eml.contains("Bcc"));
    CHECK_FALSE(eml.contains(kAgencyBcc.toLatin1()));
    const QJsonArray received = server.messages();
    REQUIRE(received.size() == 1);
    const QJsonObject wire = received.at(0).toObject();
    CHECK(wire.value(QStringLiteral("rcptTo")).toArray().contains(kAgencyBcc)); // the agency copy went, outside it
    const QString boundary = wire.value(QStringLiteral("boundary")).toString();
    REQUIRE_FALSE(boundary.isEmpty());
    CHECK(eml.contains(QByteArray("boundary=\"" + boundary.toLatin1() + '"')));
    CHECK(eml.contains(
        QByteArray("Message-ID: " + wire.value(QStringLiteral("messageId")).toString().toLatin1() + "\r\n")));
    CHECK(eml.contains(QByteArray("Date: " + wire.value(QStringLiteral("date")).toString().toLatin1() + "\r\n")));

    // The certificate it carried is a document of its own, linked to the email, byte for byte the issued PDF.
    const Document pdf = *docs.get(attached->attachmentDocumentIds.front());
    CHECK(pdf.kind == QStringLiteral("pdf"));
    CHECK(pdf.emailDocumentId == email.id);
    CHECK(pdf.fileName == sent.issued.number + QStringLiteral(".pdf"));
    CHECK(pdf.policyId == gl);
    CHECK(pdf.pageCount >= 1);
    CHECK(*docs.content(pdf.id) == sent.pdf);
    CHECK(pdf.sha256 == sha256(sent.pdf));
    const QJsonArray attachmentsOnWire = wire.value(QStringLiteral("attachments")).toArray();
    REQUIRE(attachmentsOnWire.size() == 1);
    CHECK(attachmentsOnWire.at(0).toObject().value(QStringLiteral("sha256")).toString() == pdf.sha256);

    // One activity row on the email names the policy; each document has its own "created" row.
    auto trail = ActivityService(book.manager).forEntity(QStringLiteral("outbox"), sent.outboxId);
    REQUIRE(trail.ok());
    REQUIRE(trail->size() == 1);
    CHECK(trail->front().action == QStringLiteral("attached"));
    CHECK(trail->front().summary.contains(QStringLiteral("GLP-7781234")));
    CHECK(trail->front().insuredId == book.insuredId);
    CHECK(trail->front().details.value(QStringLiteral("document")).toInteger() == email.id);

    // Twice: the same document, nothing added, said so.
    const qint64 documentsBefore = book.count(QStringLiteral("SELECT count(*) FROM documents"));
    const qint64 blobsBefore = book.count(QStringLiteral("SELECT count(*) FROM document_blobs"));
    Result<SentEmailAttachment> again = SentEmailAttacher(csr).attach(sent.outboxId);
    REQUIRE(again.ok());
    CHECK(again->alreadyAttached);
    CHECK(again->emailDocumentId == email.id);
    CHECK(again->attachmentDocumentIds == attached->attachmentDocumentIds);
    CHECK(again->policyNumber == QStringLiteral("GLP-7781234"));
    CHECK(SentEmailAttacher::describe(*again).contains(QStringLiteral("already attached")));
    CHECK(book.count(QStringLiteral("SELECT count(*) FROM documents")) == documentsBefore);
    CHECK(book.count(QStringLiteral("SELECT count(*) FROM document_blobs")) == blobsBefore);
    CHECK(ActivityService(book.manager).forEntity(QStringLiteral("outbox"), sent.outboxId)->size() == 1);
}

TEST_CASE("attaching a sent email refuses an unsent email and a view-only user and another insured's policy")
{
    CertificateBatchBook book;
    SmtpTestServer server;
    const SentCertificate sent = sendCertificate(book, server);
    const qint64 documentsBefore = book.count(QStringLiteral("SELECT count(*) FROM documents"));

    SECTION("a queued email")
    {
        CertificateEmailRequest request;
        request.toHolder = true;
        const qint64 queued =
            CertificateBatchBook::check(CertificateMailer(book.manager).send(sent.issued.number, request)).front();
        Result<SentEmailAttachment> refused = SentEmailAttacher(book.manager).attach(queued);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Conflict);
        CHECK(refused.error().message.contains(QStringLiteral("has not been sent")));
        CHECK(refused.error().message.contains(QStringLiteral("queued")));
    }
    SECTION("a view-only user")
    {
        const Session viewer = book.as(Role::PayrollAdvisor);
        Result<SentEmailAttachment> refused = SentEmailAttacher(viewer).attach(sent.outboxId);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Permission);
    }
    SECTION("a policy of another insured")
    {
        Insured other;
        other.name = QStringLiteral("Harbor Bakery LLC");
        other.address1 = QStringLiteral("9 Wharf St");
        other.city = QStringLiteral("Portland");
        other.state = QStringLiteral("ME");
        other.postalCode = QStringLiteral("04101");
        const qint64 otherId = CertificateBatchBook::check(InsuredService(book.manager).create(other));
        Policy policy;
        policy.insuredId = otherId;
        policy.number = QStringLiteral("BOP-2020202");
        policy.line = LineOfBusiness::GeneralLiability;
        policy.carrierName = QStringLiteral("Acme Casualty Company");
        policy.effective = QDate::currentDate().addDays(-10);
        policy.expiration = QDate::currentDate().addDays(355);
        const qint64 otherPolicy = CertificateBatchBook::check(PolicyService(book.manager).create(policy));
        Result<SentEmailAttachment> refused = SentEmailAttacher(book.manager).attach(sent.outboxId, {}, otherPolicy);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Validation);
        CHECK(refused.error().message.contains(QStringLiteral("BOP-2020202")));
        CHECK(refused.error().message.contains(QStringLiteral("Granite HVAC Corp.")));
        // Naming the other insured puts it on that insured's policy instead.
        Result<SentEmailAttachment> elsewhere =
            SentEmailAttacher(book.manager).attach(sent.outboxId, otherId, otherPolicy);
        REQUIRE(elsewhere.ok());
        CHECK(DocumentService(book.manager).get(elsewhere->emailDocumentId)->insuredId == otherId);
        CHECK(book.count(QStringLiteral("SELECT count(*) FROM documents")) == documentsBefore + 2);
        return;
    }
    SECTION("an email that does not exist")
    {
        CHECK(SentEmailAttacher(book.manager).attach(9999).error().code == ErrorCode::NotFound);
    }
    CHECK(book.count(QStringLiteral("SELECT count(*) FROM documents")) == documentsBefore);
    CHECK(book.count(QStringLiteral("SELECT count(*) FROM activities WHERE entity_type = 'outbox'")) == 0);
}

TEST_CASE("a sent email file name is the sent date and the subject in characters every file system accepts")
{
    OutboxEntry e;
    e.id = 42;
    e.sentAt = QStringLiteral("2026-12-06T15:04:05.000Z");
    e.subject = QStringLiteral("Re: COI 2026/000123 <urgent> \"final\" été?*|\t..");
    const QString date = QDateTime::fromString(e.sentAt, Qt::ISODateWithMs).toLocalTime().date().toString(Qt::ISODate);
    CHECK(SentEmailAttacher::fileNameFor(e) == date + QStringLiteral(" Re COI 2026 000123 urgent final été.eml"));
    e.subject = QStringLiteral("...");
    CHECK(SentEmailAttacher::fileNameFor(e) == date + QStringLiteral(" Email 42.eml"));
    e.subject = QString(300, QLatin1Char('x'));
    CHECK(SentEmailAttacher::fileNameFor(e).size() == 10 + 1 + 100 + 4);
}

TEST_CASE("a message built twice from the same outbox row is the same bytes and another Message-ID changes the "
          "boundaries")
{
    MimeMessage m;
    m.fromAddress = QStringLiteral("service@agency.example");
    m.to = {QStringLiteral("client@example.com")};
    m.subject = QStringLiteral("Your certificate");
    m.textBody = QStringLiteral("Hello");
    m.htmlBody = QStringLiteral("<p>Hello</p>");
    m.attachments.push_back({QStringLiteral("a.pdf"), QStringLiteral("application/pdf"), QByteArray("%PDF-1.4 x")});
    m.messageId = QStringLiteral("1234@agency.example");
    m.date = QDateTime(QDate(2026, 12, 6), QTime(15, 4, 5), Qt::UTC);
    const QByteArray first = *m.toBytes();
    CHECK(*m.toBytes() == first);
    CHECK(first.contains("boundary=\"=_AgencyDesk_mixed_"));
    CHECK(first.contains("boundary=\"=_AgencyDesk_alt_"));
    m.messageId = QStringLiteral("5678@agency.example");
    const QByteArray other = *m.toBytes();
    CHECK(other != first);
    const auto boundaryOf = [](const QByteArray& bytes) {
        const qsizetype at = bytes.indexOf("boundary=\"") + 10;
        return bytes.mid(at, bytes.indexOf('"', at) - at);
    };
    CHECK(boundaryOf(other) != boundaryOf(first));
}
