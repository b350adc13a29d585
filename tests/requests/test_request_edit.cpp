// Attempt automation with the certificate edited before Submit: the holder corrected, a description for this
// certificate only, lines of the master left off; checked in the issued PDF's text (Poppler) and refused when wrong.
#include "ActivityService.h"
#include "CatchCompat.h"
#include "CertificateService.h"
#include "RequestBook.h"
#include "TestConfig.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <poppler-qt6.h>

using namespace agencydesk;
using namespace agencydesk::test;

namespace {

QString pdfText(const QByteArray& pdf)
{
    auto doc = Poppler::Document::loadFromData(pdf);
    REQUIRE(doc);
    QString text;
    for (int i = 0; i < doc->numPages(); ++i)
        text += doc->page(i)->text(QRectF()) + QLatin1Char('\n');
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

/// A manual request (it has notes) taken by the acting certificate specialist.
qint64 takenRequest(const RequestBook& book, RequestService& desk)
{
    CertificateRequest input = book.clean();
    input.notes = QStringLiteral("The holder moved; see the new address.");
    const qint64 id = checked(desk.intake(input));
    REQUIRE(book.request(id).manual);
    REQUIRE(desk.take(id).ok());
    return id;
}

qint64 workersCompId(const RequestBook& book)
{
    const CertificateMaster master = checked(CertificateMasterService(book.manager).get(book.masterId));
    for (const MasterPolicy& mp : master.policies) {
        if (mp.policyId != book.glId)
            return mp.policyId;
    }
    FAIL("the master has no workers' comp line");
    return 0;
}

RequestHolder corrected(const RequestBook& book, qint64 id)
{
    RequestHolder h = book.request(id).holder;
    h.address1 = QStringLiteral("77 Pier Road");
    h.address2 = QStringLiteral("Building C");
    h.postalCode = QStringLiteral("02210");
    return h;
}

QString latestSummary(const RequestBook& book, qint64 id)
{
    auto trail = ActivityService(book.manager).forEntity(QStringLiteral("certificate_request"), id);
    REQUIRE(trail.ok());
    REQUIRE_FALSE(trail->empty());
    return trail->front().summary;
}

} // namespace

TEST_CASE("submit with the certificate edited issues it to the corrected holder with the edited description and "
          "without the lines left off")
{
    RequestBook book;
    const Session csr = book.as(Role::CertificateSpecialist);
    RequestService desk(csr);
    const qint64 id = takenRequest(book, desk);
    const qint64 wcId = workersCompId(book);

    SubmitOptions options;
    options.emailHolder = true;
    options.holder = corrected(book, id);
    options.description = QStringLiteral("  Roof work at 77 Pier Road only.  ");
    options.omittedPolicyIds = {wcId};
    auto submitted = desk.submit(id, options);
    REQUIRE(submitted.ok());

    const CertificateRequest r = book.request(id);
    CHECK(r.status == RequestStatus::Completed);
    CHECK(r.holder.address1 == QStringLiteral("77 Pier Road"));
    CHECK(r.holder.address2 == QStringLiteral("Building C"));
    CHECK(r.holder.postalCode == QStringLiteral("02210"));
    REQUIRE(r.certificateId.has_value());

    // The PDF shows the corrected holder and this certificate's description, and only the line kept.
    const IssuedCertificate issued = checked(CertificateService(book.manager).get(r.certificateNumber, true));
    const QString text = pdfText(issued.pdf);
    CHECK(text.contains(QStringLiteral("77 Pier Road")));
    CHECK(text.contains(QStringLiteral("Building C")));
    CHECK(text.contains(QStringLiteral("02210")));
    CHECK_FALSE(text.contains(QStringLiteral("400 Harbor Blvd")));
    CHECK(text.contains(QStringLiteral("Roof work at 77 Pier Road only.")));
    CHECK_FALSE(text.contains(QStringLiteral("HVAC installation and service.")));
    CHECK(text.contains(QStringLiteral("GLP-7781234")));
    CHECK_FALSE(text.contains(QStringLiteral("WCX-5550001")));
    const QJsonObject snapshot = QJsonDocument::fromJson(issued.snapshot.toUtf8()).object();
    CHECK(snapshot.value(QStringLiteral("description")).toString() ==
          QStringLiteral("Roof work at 77 Pier Road only."));

    // The master keeps its own description and lines; the holder record on it has the corrected address.
    const CertificateMaster master = checked(CertificateMasterService(book.manager).get(book.masterId));
    CHECK(master.description == QStringLiteral("HVAC installation and service."));
    CHECK(master.policies.size() == 2);
    const CertificateHolderRecord holder = checked(CertificateHolderService(book.manager).get(issued.holderId));
    CHECK(holder.masterId == book.masterId);
    CHECK(holder.address1 == QStringLiteral("77 Pier Road"));
    CHECK(holder.postalCode == QStringLiteral("02210"));

    // The trail says what was changed, before the completion.
    auto trail = ActivityService(book.manager).forEntity(QStringLiteral("certificate_request"), id);
    REQUIRE(trail.ok());
    REQUIRE(trail->size() >= 2);
    CHECK(trail->at(0).action == QStringLiteral("completed"));
    CHECK(trail->at(1).action == QStringLiteral("edited"));
    const QString edited = trail->at(1).summary;
    CHECK(edited.contains(QStringLiteral("Holder corrected: address line 1 \"400 Harbor Blvd\" -> \"77 Pier Road\"")));
    CHECK(edited.contains(QStringLiteral("postal code \"02110\" -> \"02210\"")));
    CHECK(edited.contains(QStringLiteral("Description for this certificate: Roof work at 77 Pier Road only.")));
    CHECK(edited.contains(QStringLiteral("Lines left off this certificate: WCX-5550001")));
    CHECK(trail->at(1).userName == csr.user.userName);
}

TEST_CASE("a submit without edits issues the master's certificate and records no edit")
{
    RequestBook book;
    const Session csr = book.as(Role::CertificateSpecialist);
    RequestService desk(csr);
    const qint64 id = takenRequest(book, desk);
    SubmitOptions options;
    options.holder = book.request(id).holder; // shown in the dialog, not changed
    options.description = QStringLiteral("HVAC installation and service.");
    REQUIRE(desk.submit(id, options).ok());
    const CertificateRequest r = book.request(id);
    const QString text = pdfText(checked(CertificateService(book.manager).reprint(r.certificateNumber)));
    CHECK(text.contains(QStringLiteral("400 Harbor Blvd")));
    CHECK(text.contains(QStringLiteral("WCX-5550001")));
    CHECK(text.contains(QStringLiteral("HVAC installation and service.")));
    CHECK(book.count(QStringLiteral("SELECT count(*) FROM activities WHERE entity_type = 'certificate_request' AND "
                                    "action = 'edited'")) == 0);
}

TEST_CASE("an invalid corrected holder or a certificate without lines is refused and nothing is issued")
{
    RequestBook book;
    const Session csr = book.as(Role::CertificateSpecialist);
    RequestService desk(csr);
    const qint64 id = takenRequest(book, desk);
    const CertificateRequest before = book.request(id);

    SubmitOptions badPostal;
    badPostal.holder = corrected(book, id);
    badPostal.holder->postalCode = QStringLiteral("ABC");
    auto refused = desk.submit(id, badPostal);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message == QStringLiteral("The corrected holder is not valid: Postal code \"ABC\" is not a "
                                                    "US ZIP code (12345 or 12345-6789)."));

    SubmitOptions noName;
    noName.holder = corrected(book, id);
    noName.holder->name = QStringLiteral("   ");
    refused = desk.submit(id, noName);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message == QStringLiteral("The corrected holder is not valid: Holder name is required."));

    SubmitOptions lineBreak;
    lineBreak.holder = corrected(book, id);
    lineBreak.holder->city = QStringLiteral("Boston\nMA");
    refused = desk.submit(id, lineBreak);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("single lines")));

    SubmitOptions noLines;
    noLines.omittedPolicyIds = {book.glId, workersCompId(book)};
    refused = desk.submit(id, noLines);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message == QStringLiteral("Every line of certificate master Standard certificate is left "
                                                    "off: keep at least one line on the certificate."));

    SubmitOptions stranger;
    stranger.omittedPolicyIds = {987654};
    refused = desk.submit(id, stranger);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message == QStringLiteral("Policy 987654 is not on certificate master Standard certificate: "
                                                    "it cannot be left off."));

    // Nothing issued, nothing queued, the request as it was.
    CHECK(book.count(QStringLiteral("SELECT count(*) FROM certificates")) == 0);
    CHECK(book.count(QStringLiteral("SELECT count(*) FROM outbox")) == 0);
    const CertificateRequest after = book.request(id);
    CHECK(after.status == RequestStatus::InProgress);
    CHECK(after.holder.address1 == before.holder.address1);
    CHECK(after.holder.postalCode == before.holder.postalCode);
    CHECK(after.rowVersion == before.rowVersion);
    CHECK(latestSummary(book, id) == QStringLiteral("Marked in progress by %1").arg(csr.user.userName));
}

TEST_CASE("an uploaded certificate cannot be edited but its holder's email can be corrected")
{
    RequestBook book;
    const Session csr = book.as(Role::CertificateSpecialist);
    RequestService desk(csr);
    const qint64 id = takenRequest(book, desk);
    QFile f(QStringLiteral(AGENCYDESK_SOURCE_DIR "/tests/data/pdf/real/okular-file1.pdf"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    REQUIRE(desk.uploadExisting(id, f.readAll(), QStringLiteral("from-carrier.pdf")).ok());
    SubmitOptions described;
    described.description = QStringLiteral("Something else.");
    auto refused = desk.submit(id, described);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message == QStringLiteral("Request %1 sends the uploaded certificate from-carrier.pdf as it "
                                                    "is: its description and lines cannot be edited.")
                                         .arg(id));
    SubmitOptions email;
    email.holder = book.request(id).holder;
    email.holder->email = QStringLiteral("coi@bayside.example");
    REQUIRE(desk.submit(id, email).ok());
    CHECK(book.request(id).holder.email == QStringLiteral("coi@bayside.example"));
    CHECK(book.count(QStringLiteral("SELECT count(*) FROM outbox WHERE to_addrs LIKE '%coi@bayside.example%'")) == 1);
}

TEST_CASE("a Canadian holder's province and postal code are checked as Canadian at intake")
{
    RequestBook book;
    const Session csr = book.as(Role::CertificateSpecialist);
    RequestService desk(csr);
    CertificateRequest toronto = book.clean(QStringLiteral("Maple Leaf Developments"));
    toronto.holder.address1 = QStringLiteral("200 King St W");
    toronto.holder.address2 = QStringLiteral("Suite 1500");
    toronto.holder.city = QStringLiteral("Toronto");
    toronto.holder.state = QStringLiteral("on");
    toronto.holder.postalCode = QStringLiteral("m5h3t4");
    toronto.holder.country = QStringLiteral("CA");
    const CertificateRequest done = book.request(checked(desk.intake(toronto)));
    CHECK(done.status == RequestStatus::Completed);
    REQUIRE(done.holderId.has_value());
    const CertificateHolderRecord holder = checked(CertificateHolderService(book.manager).get(*done.holderId));
    CHECK(holder.country == QStringLiteral("CA"));
    CHECK(holder.state == QStringLiteral("ON"));
    CHECK(holder.postalCode == QStringLiteral("M5H 3T4"));
    CHECK(holder.address2 == QStringLiteral("Suite 1500"));

    // The same address sent as a US one: to the manual list, the reason naming the postal code.
    CertificateRequest wrongCountry = toronto;
    wrongCountry.holder.name = QStringLiteral("Maple Leaf Holdings");
    wrongCountry.holder.country = QStringLiteral("US");
    const CertificateRequest manual = book.request(checked(desk.intake(wrongCountry)));
    CHECK(manual.status == RequestStatus::New);
    CHECK(manual.manual);
    CHECK(manual.manualReason.contains(QStringLiteral("Postal code \"m5h3t4\" is not a US ZIP code")));
    CHECK(manual.manualReason.contains(QStringLiteral("\"ON\" is not a state code for US.")));
}
