// The "new certificate request" notice: a request that needs review is announced to the certificates department's
// address (mail settings), checked at a real SMTP server (aiosmtpd).
#include "CatchCompat.h"
#include "RequestBook.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace agencydesk;
using namespace agencydesk::test;

namespace {

const QString kDepartment = QStringLiteral("certificates@testagency.example");

void setDepartmentAddress(const RequestBook& book, const SmtpTestServer& server, const QString& address)
{
    MailSettings m = mailSettingsFor(server);
    m.requestsAddress = address;
    configureMail(book.manager, m);
}

QStringList recipients(const QJsonObject& message)
{
    QStringList out;
    for (const QJsonValue& v : message.value(QStringLiteral("rcptTo")).toArray())
        out << v.toString();
    return out;
}

} // namespace

TEST_CASE("a request that needs review is announced to the certificates department with the reason and no agency "
          "Bcc")
{
    SmtpTestServer server;
    REQUIRE(server.start());
    RequestBook book(false, &server);
    setDepartmentAddress(book, server, kDepartment);

    CertificateRequest withNotes = book.clean();
    withNotes.notes = QStringLiteral("Please add the project name: Harbor Tower.");
    auto id = RequestService(book.as(Role::CertificateSpecialist)).intake(withNotes);
    REQUIRE(id.ok());
    REQUIRE(book.request(*id).manual);
    CHECK(sendOutbox(book).sent == 1);

    const QJsonArray received = server.messages();
    REQUIRE(received.size() == 1);
    const QJsonObject m = received.at(0).toObject();
    CHECK(recipients(m) == QStringList{kDepartment}); // internal: the agency Bcc is not added
    CHECK(m.value(QStringLiteral("subject")).toString() ==
          QStringLiteral("New certificate request from Granite HVAC Corp."));
    const QString text = m.value(QStringLiteral("text")).toString();
    CHECK(text.contains(QStringLiteral("Bayside Property Group")));
    CHECK(text.contains(QStringLiteral("Reason: The request has notes or instructions.")));
    CHECK(text.contains(QStringLiteral("request %1").arg(*id)));
}

TEST_CASE("a clean request processed automatically announces nothing to the department")
{
    SmtpTestServer server;
    REQUIRE(server.start());
    RequestBook book(false, &server);
    setDepartmentAddress(book, server, kDepartment);
    auto id = RequestService(book.as(Role::CertificateSpecialist)).intake(book.clean());
    REQUIRE(id.ok());
    REQUIRE(book.request(*id).status == RequestStatus::Completed);
    CHECK(sendOutbox(book).sent == 2); // the client and the holder
    for (const QJsonValue& v : server.messages())
        CHECK_FALSE(recipients(v.toObject()).contains(kDepartment));
}

TEST_CASE("without a department address a manual request sends no notice and its intake still succeeds")
{
    SmtpTestServer server;
    REQUIRE(server.start());
    RequestBook book(false, &server);
    CertificateRequest withNotes = book.clean();
    withNotes.notes = QStringLiteral("Call me first.");
    auto id = RequestService(book.as(Role::CertificateSpecialist)).intake(withNotes);
    REQUIRE(id.ok());
    CHECK(book.request(*id).manual);
    CHECK(book.count(QStringLiteral("SELECT count(*) FROM outbox")) == 0);
}

TEST_CASE("a department address that is not an email address is refused in the mail settings")
{
    SmtpTestServer server;
    RequestBook book(false, &server);
    MailSettings m = mailSettingsFor(server);
    m.requestsAddress = QStringLiteral("certificates at agency");
    const Status s = MailSettingsService(book.manager).update(m);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.contains(QStringLiteral("certificates department")));
    m.requestsAddress.clear();
    m.portalUrl = QStringLiteral("portal.agency");
    const Status url = MailSettingsService(book.manager).update(m);
    REQUIRE_FALSE(url.ok());
    CHECK(url.error().message.contains(QStringLiteral("portal.agency")));
    m.portalUrl = QStringLiteral("https://portal.agency.example/");
    REQUIRE(MailSettingsService(book.manager).update(m).ok());
    CHECK(MailSettingsService(book.manager).settings()->portalUrl == QStringLiteral("https://portal.agency.example"));
}
