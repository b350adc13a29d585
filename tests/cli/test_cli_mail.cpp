// agencydesk-cli mail config | show | test, certificate email, outbox list | flush | retry | cancel | attach against a
// SMTP server (aiosmtpd) and a real SQLite file.
#include "CatchCompat.h"
#include "CertificateBatchBook.h"
#include "CertificateService.h"
#include "DocumentService.h"
#include "MailSettingsService.h"
#include "OutboxService.h"
#include "SmtpTestServer.h"
#include "TestConfig.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace agencydesk;
using namespace Qt::StringLiterals;

namespace {

test::ProcessResult cli(const QString& db, const QStringList& args, const QStringList& env = {},
                        const QString& user = u"boss"_s)
{
    QStringList all = {u"--database"_s, db, u"--user"_s, user};
    all << args;
    return test::runProcess(QStringLiteral(AGENCYDESK_CLI_PATH), all,
                            QStringList{u"AGENCYDESK_PASSWORD="_s + test::kPassword} + env);
}

QStringList configArgs(const test::SmtpTestServer& server, const QString& security)
{
    return {u"mail"_s,        u"config"_s,
            u"--host"_s,      u"127.0.0.1"_s,
            u"--port"_s,      QString::number(server.port()),
            u"--security"_s,  security,
            u"--from"_s,      u"service@agency.example"_s,
            u"--from-name"_s, u"Test Agency"_s,
            u"--bcc"_s,       u"copies@agency.example"_s,
            u"--timeout"_s,   u"10"_s};
}

QStringList rcpts(const QJsonObject& m)
{
    QStringList out;
    for (const QJsonValue& v : m.value(u"rcptTo"_s).toArray())
        out << v.toString();
    out.sort();
    return out;
}

} // namespace

TEST_CASE("cli: mail config with STARTTLS and AUTH then mail show without the password and mail test delivers")
{
    test::TestDatabase t;
    test::SmtpTestServer server;
    test::SmtpTestServer::Options options;
    options.mode = u"starttls"_s;
    options.user = u"agent"_s;
    options.password = u"smtp-Secret-1"_s;
    REQUIRE(server.start(options));

    QStringList args = configArgs(server, u"starttls"_s);
    args << u"--user"_s << u"agent"_s;
    auto config = cli(t.path(), args, {u"AGENCYDESK_SMTP_PASSWORD=smtp-Secret-1"_s});
    INFO(config.err.toStdString());
    REQUIRE(config.exitCode == 0);
    CHECK(config.err.contains(u"NOT encrypted"_s)); // the fallback store says what it is

    auto untrusted = cli(t.path(), {u"mail"_s, u"test"_s, u"--to"_s, u"me@agency.example"_s});
    CHECK(untrusted.exitCode == 8);
    CHECK(untrusted.err.contains(u"not trusted"_s));
    CHECK(untrusted.err.contains(server.certFingerprint()));

    REQUIRE(cli(t.path(), {u"mail"_s, u"config"_s, u"--trust-fingerprint"_s, server.certFingerprint()}).exitCode == 0);
    auto show = cli(t.path(), {u"mail"_s, u"show"_s});
    REQUIRE(show.exitCode == 0);
    CHECK(show.out.contains(u"127.0.0.1:%1"_s.arg(server.port())));
    CHECK(show.out.contains(u"stored (obfuscated, NOT encrypted)"_s));
    CHECK_FALSE(show.out.contains(u"smtp-Secret-1"_s));

    auto test = cli(t.path(), {u"mail"_s, u"test"_s, u"--to"_s, u"me@agency.example"_s});
    INFO(test.err.toStdString());
    REQUIRE(test.exitCode == 0);
    CHECK(test.out.startsWith(u"sent test email"_s));
    // Both test emails went out once the certificate was trusted (the first one waited in the outbox).
    const QJsonArray received = server.messages();
    REQUIRE(received.size() == 2);
    // A test email is not a client email: no agency copy.
    CHECK(rcpts(received.at(0).toObject()) == QStringList{u"me@agency.example"_s});
}

TEST_CASE("cli: certificate email to the holder and the client then outbox list and flush")
{
    test::CertificateBatchBook book;
    const qint64 holderId = book.addHolder(u"Bayview General Contractors"_s);
    {
        CertificateHolderRecord h = *CertificateHolderService(book.manager).get(holderId);
        h.email = u"coi@bayview.example"_s;
        REQUIRE(CertificateHolderService(book.manager).update(h).ok());
        Insured i = *InsuredService(book.manager).get(book.insuredId);
        i.email = u"office@granite.example"_s;
        REQUIRE(InsuredService(book.manager).update(i).ok());
    }
    auto issued = CertificateService(book.manager).issue(book.masterId, holderId);
    REQUIRE(issued.ok());
    const QByteArray pdf = *CertificateService(book.manager).reprint(issued->number);

    test::SmtpTestServer server;
    REQUIRE(cli(book.path(), configArgs(server, u"none"_s)).exitCode == 0);
    const Session csr = book.as(Role::CertificateSpecialist);
    auto email = cli(book.path(),
                     {u"certificate"_s, u"email"_s, issued->number, u"--to-holder"_s, u"--to-client"_s, u"--to"_s,
                      u"pm@bayview.example"_s, u"--message"_s, u"Call me with questions."_s},
                     {}, u"certificate-specialist"_s);
    INFO(email.err.toStdString());
    REQUIRE(email.exitCode == 0);
    CHECK(email.out.trimmed().split(u'\n').size() == 2);

    auto listed = cli(book.path(), {u"--json"_s, u"outbox"_s, u"list"_s, u"--status"_s, u"queued"_s});
    REQUIRE(listed.exitCode == 0);
    CHECK(QJsonDocument::fromJson(listed.out.toUtf8()).array().size() == 2);

    // The server is down: flush says so, nothing is lost.
    auto down = cli(book.path(), {u"outbox"_s, u"flush"_s, u"--timeout"_s, u"20"_s});
    CHECK(down.exitCode == 8);
    CHECK(down.err.contains(u"2 email(s) still waiting"_s));
    auto waiting = cli(book.path(), {u"outbox"_s, u"list"_s});
    CHECK(waiting.out.contains(u"queued"_s));
    CHECK(waiting.out.contains(u"connecting"_s));

    REQUIRE(server.start());
    auto flushed = cli(book.path(), {u"outbox"_s, u"flush"_s});
    INFO(flushed.err.toStdString());
    REQUIRE(flushed.exitCode == 0);
    CHECK(flushed.out.startsWith(u"sent 2, waiting 0, failed 0"_s));
    CHECK(cli(book.path(), {u"outbox"_s, u"flush"_s}).out.startsWith(u"sent 0"_s));

    const QJsonArray received = server.messages();
    REQUIRE(received.size() == 2);
    const QJsonObject toHolder = received.at(0).toObject();
    const QJsonObject toClient = received.at(1).toObject();
    CHECK(rcpts(toHolder) ==
          QStringList{u"coi@bayview.example"_s, u"copies@agency.example"_s, u"pm@bayview.example"_s});
    CHECK(rcpts(toClient) == QStringList{u"copies@agency.example"_s, u"office@granite.example"_s});
    CHECK(toHolder.value(u"subject"_s).toString() ==
          u"Certificate of insurance %1 for Granite HVAC Corp."_s.arg(issued->number));
    CHECK(toHolder.value(u"text"_s).toString().contains(u"Call me with questions."_s));
    CHECK(toClient.value(u"text"_s).toString().contains(u"issued to Bayview General Contractors"_s));
    for (const QJsonObject& m : {toHolder, toClient}) {
        const QJsonArray attachments = m.value(u"attachments"_s).toArray();
        REQUIRE(attachments.size() == 1);
        CHECK(attachments.at(0).toObject().value(u"sha256"_s).toString() ==
              QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
    }
    CHECK(CertificateService(book.manager).get(issued->number)->deliveries.emailed == 2);

    // Sent emails cannot be retried or cancelled; unknown ids are reported.
    auto sentList = cli(book.path(), {u"--json"_s, u"outbox"_s, u"list"_s});
    const QString firstId = QString::number(
        QJsonDocument::fromJson(sentList.out.toUtf8()).array().at(0).toObject().value(u"id"_s).toInteger());
    CHECK(cli(book.path(), {u"outbox"_s, u"retry"_s, firstId}).exitCode == 5);
    CHECK(cli(book.path(), {u"outbox"_s, u"cancel"_s, u"9999"_s}).exitCode == 6);
}

TEST_CASE("cli: bad mail settings and header injection and a view-only user are refused with their exit codes")
{
    test::TestDatabase t;
    test::SmtpTestServer server;
    CHECK(cli(t.path(), {u"mail"_s, u"config"_s, u"--security"_s, u"ssl3"_s}).exitCode == 3);
    QStringList injected = configArgs(server, u"none"_s);
    injected[injected.indexOf(u"--from-name"_s) + 1] = u"Agency\r\nBcc: thief@evil.example"_s;
    auto refused = cli(t.path(), injected);
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains(u"line break"_s));
    CHECK_FALSE(MailSettingsService(t.manager).settings()->isConfigured());
    (void)t.as(Role::PayrollAdvisor);
    CHECK(cli(t.path(), configArgs(server, u"none"_s), {}, u"payroll-advisor"_s).exitCode == 4);
    REQUIRE(cli(t.path(), configArgs(server, u"none"_s)).exitCode == 0);
    auto badTo = cli(t.path(), {u"mail"_s, u"test"_s, u"--to"_s, u"me@agency.example\nBcc: thief@evil.example"_s});
    CHECK(badTo.exitCode == 3);
    CHECK(cli(t.path(), {u"outbox"_s, u"list"_s, u"--status"_s, u"lost"_s}).exitCode == 2);
    CHECK(cli(t.path(), {u"certificate"_s, u"email"_s, u"COI-2026-000001"_s}).exitCode == 2);
}

TEST_CASE("cli: outbox attach keeps a sent certificate email on a policy once and refuses an unsent email")
{
    test::CertificateBatchBook book;
    const qint64 holderId = book.addHolder(u"Bayview General Contractors"_s);
    {
        CertificateHolderRecord h = *CertificateHolderService(book.manager).get(holderId);
        h.email = u"coi@bayview.example"_s;
        REQUIRE(CertificateHolderService(book.manager).update(h).ok());
    }
    auto issued = CertificateService(book.manager).issue(book.masterId, holderId);
    REQUIRE(issued.ok());
    const QByteArray pdf = *CertificateService(book.manager).reprint(issued->number);
    const QString gl = QString::number(book.count(u"SELECT id FROM policies WHERE number = 'GLP-7781234'"_s));
    test::SmtpTestServer server;
    REQUIRE(server.start());
    REQUIRE(cli(book.path(), configArgs(server, u"none"_s)).exitCode == 0);
    auto email = cli(book.path(), {u"certificate"_s, u"email"_s, issued->number, u"--to-holder"_s});
    REQUIRE(email.exitCode == 0);
    const QString id = email.out.trimmed();

    // Queued, not sent yet: refused with the conflict exit code.
    auto early = cli(book.path(), {u"outbox"_s, u"attach"_s, id, u"--policy"_s, gl});
    CHECK(early.exitCode == 5);
    CHECK(early.err.contains(u"has not been sent"_s));
    REQUIRE(cli(book.path(), {u"outbox"_s, u"flush"_s}).exitCode == 0);

    CHECK(cli(book.path(), {u"outbox"_s, u"attach"_s}).exitCode == 2);
    CHECK(cli(book.path(), {u"outbox"_s, u"attach"_s, id, u"--policy"_s, u"GL"_s}).exitCode == 2);
    CHECK(cli(book.path(), {u"outbox"_s, u"attach"_s, u"9999"_s}).exitCode == 6);
    (void)book.as(Role::PayrollAdvisor);
    CHECK(cli(book.path(), {u"outbox"_s, u"attach"_s, id}, {}, u"payroll-advisor"_s).exitCode == 4);
    Insured other;
    other.name = u"Harbor Bakery LLC"_s;
    other.address1 = u"9 Wharf St"_s;
    other.city = u"Portland"_s;
    other.state = u"ME"_s;
    other.postalCode = u"04101"_s;
    const qint64 otherId = *InsuredService(book.manager).create(other);
    auto wrongInsured =
        cli(book.path(), {u"outbox"_s, u"attach"_s, id, u"--insured"_s, QString::number(otherId), u"--policy"_s, gl});
    CHECK(wrongInsured.exitCode == 3);
    CHECK(wrongInsured.err.contains(u"GLP-7781234"_s));
    CHECK(book.count(u"SELECT count(*) FROM documents"_s) == 0);

    auto attached = cli(book.path(), {u"outbox"_s, u"attach"_s, id, u"--policy"_s, gl});
    INFO(attached.err.toStdString());
    REQUIRE(attached.exitCode == 0);
    CHECK(attached.out.startsWith(u"Email %1 attached as document"_s.arg(id)));
    CHECK(attached.out.contains(u"on policy GLP-7781234, with 1 PDF attachment(s)"_s));

    auto again = cli(book.path(), {u"--json"_s, u"outbox"_s, u"attach"_s, id});
    REQUIRE(again.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(again.out.toUtf8()).object();
    CHECK(o.value(u"alreadyAttached"_s).toBool());
    CHECK(o.value(u"policy"_s).toString() == u"GLP-7781234"_s);
    CHECK(o.value(u"fileName"_s)
              .toString()
              .endsWith(u" Certificate of insurance %1 for Granite HVAC Corp.eml"_s.arg(issued->number)));
    CHECK(book.count(u"SELECT count(*) FROM documents"_s) == 2);
    const qint64 emailDoc = o.value(u"documentId"_s).toInteger();
    const qint64 pdfDoc = o.value(u"attachmentDocumentIds"_s).toArray().at(0).toInteger();
    CHECK(*DocumentService(book.manager).content(emailDoc) ==
          *OutboxService(book.manager).messageBytes(id.toLongLong()));
    CHECK(*DocumentService(book.manager).content(pdfDoc) == pdf);
    CHECK(DocumentService(book.manager).get(pdfDoc)->emailDocumentId == emailDoc);
}
