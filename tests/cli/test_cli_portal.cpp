// agencydesk-cli portal enroll | status | email | reset | lock | unlock | view against a real SQLite file and a real
// SMTP server (aiosmtpd): exit codes, messages, the welcome email, JSON.
#include "CatchCompat.h"
#include "CertificateBatchBook.h"
#include "CertificateMasterService.h"
#include "SmtpTestServer.h"
#include "TestConfig.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace agencydesk;
using namespace Qt::StringLiterals;

namespace {

test::ProcessResult cli(const QString& db, const QStringList& args, const QString& user = u"boss"_s)
{
    QStringList all = {u"--database"_s, db, u"--user"_s, user};
    all << args;
    return test::runProcess(QStringLiteral(AGENCYDESK_CLI_PATH), all,
                            QStringList{u"AGENCYDESK_PASSWORD="_s + test::kPassword});
}

QStringList enrollArgs(qint64 insuredId, const QString& postalCode = u"04101"_s)
{
    return {u"portal"_s,
            u"enroll"_s,
            QString::number(insuredId),
            u"--username"_s,
            u"granitehvac"_s,
            u"--email"_s,
            u"owner@granite-hvac.example"_s,
            u"--address"_s,
            u"12 Elm St"_s,
            u"--postal-code"_s,
            postalCode,
            u"--policy-number"_s,
            u"GLP-7781234"_s};
}

/// The book's client with mail pointing at \a server (started).
void configureMail(const test::CertificateBatchBook& book, const test::SmtpTestServer& server)
{
    auto config = cli(book.path(), {u"mail"_s, u"config"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s,
                                    QString::number(server.port()), u"--security"_s, u"none"_s, u"--from"_s,
                                    u"service@agency.example"_s, u"--bcc"_s, u"copies@agency.example"_s});
    INFO(config.err.toStdString());
    REQUIRE(config.exitCode == 0);
}

} // namespace

TEST_CASE("cli: portal enroll refuses a wrong identity answer and an email as user name with exit 3 - then the "
          "welcome email arrives without the agency copy")
{
    test::CertificateBatchBook book;
    test::SmtpTestServer server;
    REQUIRE(server.start());
    configureMail(book, server);

    auto wrong = cli(book.path(), enrollArgs(book.insuredId, u"04999"_s));
    CHECK(wrong.exitCode == 3);
    CHECK(wrong.err.startsWith(u"validation failed: Identity check failed for Granite HVAC Corp.: the postal code "
                               u"did not match"_s));
    QStringList emailAsName = enrollArgs(book.insuredId);
    emailAsName[4] = u"owner@granite-hvac.example"_s;
    auto refused = cli(book.path(), emailAsName);
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains(u"The user name is not the email address"_s));
    auto missing = cli(book.path(), {u"portal"_s, u"enroll"_s, QString::number(book.insuredId)});
    CHECK(missing.exitCode == 2);

    auto enrolled = cli(book.path(), enrollArgs(book.insuredId));
    INFO(enrolled.err.toStdString());
    REQUIRE(enrolled.exitCode == 0);
    CHECK(enrolled.out.contains(u"Portal:       Invited"_s));
    CHECK(enrolled.out.contains(u"User name:    granitehvac"_s));
    CHECK(enrolled.out.contains(u"Welcome email queued"_s));
    CHECK(cli(book.path(), enrollArgs(book.insuredId)).exitCode == 5); // already enrolled

    REQUIRE(cli(book.path(), {u"outbox"_s, u"flush"_s, u"--timeout"_s, u"30"_s}).exitCode == 0);
    const QJsonArray received = server.messages();
    REQUIRE(received.size() == 1);
    const QJsonObject m = received.at(0).toObject();
    CHECK(m.value(u"rcptTo"_s).toArray() == QJsonArray{u"owner@granite-hvac.example"_s});
    CHECK(m.value(u"text"_s).toString().contains(u"Your user name is: granitehvac"_s));

    auto status = cli(book.path(), {u"--json"_s, u"portal"_s, u"status"_s, QString::number(book.insuredId)});
    REQUIRE(status.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(status.out.toUtf8()).object();
    CHECK(json.value(u"status"_s).toString() == u"invited"_s);
    CHECK(json.value(u"userName"_s).toString() == u"granitehvac"_s);
    CHECK(json.value(u"email"_s).toString() == u"owner@granite-hvac.example"_s);
}

TEST_CASE("cli: portal email - reset - lock - unlock - and the payroll advisor is refused with exit 4")
{
    test::CertificateBatchBook book;
    test::SmtpTestServer server;
    configureMail(book, server); // queued only: nothing is sent in this test
    const QString id = QString::number(book.insuredId);
    auto notEnrolled = cli(book.path(), {u"portal"_s, u"status"_s, id});
    REQUIRE(notEnrolled.exitCode == 0);
    CHECK(notEnrolled.out.contains(u"Not enrolled"_s));
    CHECK(cli(book.path(), {u"portal"_s, u"reset"_s, id}).exitCode == 6);
    REQUIRE(cli(book.path(), enrollArgs(book.insuredId)).exitCode == 0);

    auto email = cli(book.path(), {u"portal"_s, u"email"_s, id, u"--email"_s, u"new@granite-hvac.example"_s});
    REQUIRE(email.exitCode == 0);
    CHECK(email.out.contains(u"Email:        new@granite-hvac.example"_s));
    CHECK(email.out.contains(u"User name:    granitehvac"_s));
    CHECK(cli(book.path(), {u"portal"_s, u"email"_s, id, u"--email"_s, u"nope"_s}).exitCode == 3);

    auto reset = cli(book.path(), {u"portal"_s, u"reset"_s, id});
    REQUIRE(reset.exitCode == 0);
    CHECK(reset.out.contains(u"earlier codes no longer work"_s));
    auto outbox = cli(book.path(), {u"--json"_s, u"outbox"_s, u"list"_s});
    REQUIRE(outbox.exitCode == 0);
    CHECK(outbox.out.contains(u"password_reset"_s));

    auto lock = cli(book.path(), {u"portal"_s, u"lock"_s, id});
    REQUIRE(lock.exitCode == 0);
    CHECK(lock.out.contains(u"Portal:       Locked"_s));
    CHECK(cli(book.path(), {u"portal"_s, u"reset"_s, id}).exitCode == 3);
    auto unlock = cli(book.path(), {u"portal"_s, u"unlock"_s, id});
    REQUIRE(unlock.exitCode == 0);
    CHECK(unlock.out.contains(u"Portal:       Invited"_s));

    book.as(Role::PayrollAdvisor);
    auto denied = cli(book.path(), {u"portal"_s, u"lock"_s, id}, u"payroll-advisor"_s);
    CHECK(denied.exitCode == 4);
    CHECK(denied.err.startsWith(u"permission denied"_s));
    CHECK(cli(book.path(), {u"portal"_s, u"status"_s, id}, u"payroll-advisor"_s).exitCode == 0);
    CHECK(cli(book.path(), {u"portal"_s, u"frobnicate"_s, id}).exitCode == 2);
    CHECK(cli(book.path(), {u"portal"_s, u"status"_s, u"9999"_s}).exitCode == 6);
}

TEST_CASE("cli: portal view prints what the client sees as text and JSON")
{
    test::CertificateBatchBook book;
    REQUIRE(CertificateMasterService(book.manager).setShared(book.masterId, true).ok());
    const QString id = QString::number(book.insuredId);
    auto text = cli(book.path(), {u"portal"_s, u"view"_s, id});
    INFO(text.err.toStdString());
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(u"What Granite HVAC Corp. sees in the client portal"_s));
    CHECK(text.out.contains(u"Policies in effect (2):"_s));
    CHECK(text.out.contains(u"GLP-7781234"_s));
    CHECK(text.out.contains(u"Shared documents (0):"_s));
    CHECK(text.out.contains(u"Shared certificates (1 masters):"_s));
    CHECK(text.out.contains(u"Standard certificate"_s));

    auto json = cli(book.path(), {u"portal"_s, u"view"_s, id, u"--json"_s});
    REQUIRE(json.exitCode == 0);
    const QJsonObject view = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(view.value(u"portalStatus"_s).toString() == u"not-enrolled"_s);
    CHECK(view.value(u"policies"_s).toArray().size() == 2);
    CHECK(view.value(u"documents"_s).toArray().isEmpty());
    CHECK(view.value(u"masters"_s).toArray().size() == 1);
    CHECK(view.value(u"openRequests"_s).toArray().isEmpty());
}
