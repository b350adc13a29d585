#include "CatchCompat.h"
#include "CertificateBatchBook.h"
#include "CertificateService.h"
#include "MailTestSupport.h"
#include "SmtpTestServer.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>

using namespace agencydesk;
using namespace agencydesk::test;

namespace {

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& s : v.toArray())
        out << s.toString();
    return out;
}

QString sha256(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

OutboxEntry entry(const TestDatabase& t, qint64 id)
{
    Session s = t.manager;
    auto e = OutboxService(s).get(id);
    REQUIRE(e.ok());
    return *e;
}

} // namespace

TEST_CASE("a certificate email reaches the server with Bcc only in the envelope and a UTF-8 subject and the PDF byte "
          "for byte")
{
    CertificateBatchBook book;
    const qint64 holder = book.addHolder(QStringLiteral("Bayview General Contractors"));
    auto issued = CertificateService(book.manager).issue(book.masterId, holder);
    REQUIRE(issued.ok());
    auto stored = CertificateService(book.manager).reprint(issued->number);
    REQUIRE(stored.ok());

    SmtpTestServer server;
    REQUIRE(server.start());
    configureMail(book.manager, mailSettingsFor(server));

    const QString subject = QStringLiteral("Certificat d'assurance — été 2026 ✓ pour Ünïcödé Roofing, "
                                           "a subject long enough to need several encoded words");
    OutgoingMail mail;
    mail.kind = QStringLiteral("certificate_issued_holder");
    mail.to = {QStringLiteral("holder@bayview.example")};
    mail.cc = {QStringLiteral("client@granite.example")};
    mail.bcc = {QStringLiteral("producer@testagency.example")};
    mail.subject = subject;
    mail.textBody = QStringLiteral("Bonjour,\n.\n.a line that starts with a dot\nVoilà.\n");
    mail.htmlBody = QStringLiteral("<p>Bonjour, voilà.</p>");
    mail.insuredId = book.insuredId;
    mail.certificateId = issued->id;
    mail.attachments.push_back(
        {issued->number + QStringLiteral(".pdf"), QStringLiteral("application/pdf"), {}, issued->id});
    const QByteArray notes = QByteArray("Some notes\r\n.\r\nwith a dot line\r\n");
    mail.attachments.push_back({QStringLiteral("Notes été «2026».txt"), QStringLiteral("text/plain"), notes, 0});
    auto id = OutboxService(book.manager).enqueue(mail);
    REQUIRE(id.ok());
    CHECK(entry(book, *id).status == OutboxStatus::Queued);

    const SendReport report = sendOutbox(book);
    CHECK(report.sent == 1);
    CHECK(report.lastError.isEmpty());

    const QJsonArray received = server.messages();
    REQUIRE(received.size() == 1);
    const QJsonObject m = received.at(0).toObject();
    // The envelope carries every recipient, the agency copy included; no header names a Bcc recipient.
    const QStringList rcpt = strings(m.value(QStringLiteral("rcptTo")));
    CHECK(rcpt.contains(QStringLiteral("holder@bayview.example")));
    CHECK(rcpt.contains(QStringLiteral("client@granite.example")));
    CHECK(rcpt.contains(QStringLiteral("producer@testagency.example")));
    CHECK(rcpt.contains(kAgencyBcc));
    CHECK(rcpt.size() == 4);
    CHECK_FALSE(strings(m.value(QStringLiteral("headerNames"))).contains(QStringLiteral("bcc")));
    const QString rawHeaders = m.value(QStringLiteral("to")).toString() + m.value(QStringLiteral("cc")).toString();
    CHECK_FALSE(rawHeaders.contains(kAgencyBcc));
    CHECK(m.value(QStringLiteral("mailFrom")).toString() == kAgencyFrom);
    CHECK(m.value(QStringLiteral("from")).toString() == QStringLiteral("Test Agency Service <%1>").arg(kAgencyFrom));
    CHECK(m.value(QStringLiteral("to")).toString() == QStringLiteral("holder@bayview.example"));
    CHECK(m.value(QStringLiteral("cc")).toString() == QStringLiteral("client@granite.example"));
    // The subject went as RFC 2047 encoded words and decodes to the original.
    CHECK(m.value(QStringLiteral("rawSubject")).toString().startsWith(QStringLiteral("=?UTF-8?B?")));
    CHECK(m.value(QStringLiteral("subject")).toString() == subject);
    CHECK(m.value(QStringLiteral("messageId")).toString() == QStringLiteral("<%1>").arg(entry(book, *id).messageId));
    CHECK_FALSE(m.value(QStringLiteral("date")).toString().isEmpty());
    CHECK(strings(m.value(QStringLiteral("defects"))).isEmpty());
    // Dot-stuffing was undone by the server: the lines that start with a dot arrive intact.
    CHECK(m.value(QStringLiteral("text")).toString() ==
          QStringLiteral("Bonjour,\n.\n.a line that starts with a dot\nVoilà.\n"));
    CHECK(m.value(QStringLiteral("html")).toString().contains(QStringLiteral("voilà")));

    const QJsonArray attachments = m.value(QStringLiteral("attachments")).toArray();
    REQUIRE(attachments.size() == 2);
    const QJsonObject pdf = attachments.at(0).toObject();
    CHECK(pdf.value(QStringLiteral("filename")).toString() == issued->number + QStringLiteral(".pdf"));
    CHECK(pdf.value(QStringLiteral("contentType")).toString() == QStringLiteral("application/pdf"));
    CHECK(pdf.value(QStringLiteral("size")).toInt() == stored->size());
    CHECK(pdf.value(QStringLiteral("sha256")).toString() == sha256(*stored));
    const QJsonObject txt = attachments.at(1).toObject();
    CHECK(txt.value(QStringLiteral("filename")).toString() == QStringLiteral("Notes été «2026».txt"));
    CHECK(txt.value(QStringLiteral("sha256")).toString() == sha256(notes));

    const OutboxEntry sent = entry(book, *id);
    CHECK(sent.status == OutboxStatus::Sent);
    CHECK(sent.attempts == 1);
    CHECK_FALSE(sent.sentAt.isEmpty());
    // The certificate's log shows the email.
    auto after = CertificateService(book.manager).get(issued->number);
    REQUIRE(after.ok());
    CHECK(after->deliveries.emailed == 1);
}

TEST_CASE("one SMTP connection carries a batch of emails")
{
    TestDatabase t;
    SmtpTestServer server;
    REQUIRE(server.start());
    configureMail(t.manager, mailSettingsFor(server));
    for (int i = 0; i < 5; ++i)
        REQUIRE(OutboxService(t.manager).enqueue(simpleMail(QStringLiteral("client%1@example.com").arg(i))).ok());
    const SendReport report = sendOutbox(t);
    CHECK(report.sent == 5);
    const QJsonArray received = server.messages();
    REQUIRE(received.size() == 5);
    const QString peer = received.at(0).toObject().value(QStringLiteral("peer")).toString();
    CHECK_FALSE(peer.isEmpty());
    for (const QJsonValue& m : received)
        CHECK(m.toObject().value(QStringLiteral("peer")).toString() == peer); // same client port: one connection
}

TEST_CASE("STARTTLS with AUTH: a self-signed server is refused until its fingerprint is trusted")
{
    TestDatabase t;
    SmtpTestServer server;
    SmtpTestServer::Options options;
    options.mode = QStringLiteral("starttls");
    options.user = QStringLiteral("agent");
    options.password = QStringLiteral("s3cret-smtp");
    REQUIRE(server.start(options));
    REQUIRE_FALSE(server.certFingerprint().isEmpty());

    MailSettings settings = mailSettingsFor(server, SmtpSecurity::StartTls, QStringLiteral("agent"));
    configureMail(t.manager, settings, QStringLiteral("s3cret-smtp"));
    auto id = OutboxService(t.manager).enqueue(simpleMail());
    REQUIRE(id.ok());

    SendReport refused = sendOutbox(t);
    CHECK(refused.sent == 0);
    CHECK(refused.lastError.contains(QStringLiteral("not trusted")));
    CHECK(refused.lastError.contains(server.certFingerprint()));
    CHECK(entry(t, *id).status == OutboxStatus::Queued);
    CHECK(entry(t, *id).lastError.contains(server.certFingerprint()));
    CHECK(server.messageCount() == 0);

    settings.trustedFingerprint = server.certFingerprint();
    configureMail(t.manager, settings); // the stored password stays
    SenderOptions now;
    now.ignoreBackoff = true;
    CHECK(sendOutbox(t, now).sent == 1);
    CHECK(server.messageCount() == 1);
    CHECK(entry(t, *id).status == OutboxStatus::Sent);
    CHECK(entry(t, *id).attempts == 2);
}

TEST_CASE("implicit TLS delivers to a trusted server")
{
    TestDatabase t;
    SmtpTestServer server;
    SmtpTestServer::Options options;
    options.mode = QStringLiteral("tls");
    REQUIRE(server.start(options));
    MailSettings settings = mailSettingsFor(server, SmtpSecurity::Tls);
    settings.trustedFingerprint = server.certFingerprint();
    configureMail(t.manager, settings);
    REQUIRE(OutboxService(t.manager).enqueue(simpleMail()).ok());
    CHECK(sendOutbox(t).sent == 1);
    CHECK(server.messageCount() == 1);
}

TEST_CASE("a wrong SMTP password gives a clear error and the email stays queued until the password is fixed")
{
    TestDatabase t;
    SmtpTestServer server;
    SmtpTestServer::Options options;
    options.mode = QStringLiteral("starttls");
    options.user = QStringLiteral("agent");
    options.password = QStringLiteral("right-password");
    REQUIRE(server.start(options));
    MailSettings settings = mailSettingsFor(server, SmtpSecurity::StartTls, QStringLiteral("agent"));
    settings.trustedFingerprint = server.certFingerprint();
    configureMail(t.manager, settings, QStringLiteral("wrong-password"));
    auto id = OutboxService(t.manager).enqueue(simpleMail());
    REQUIRE(id.ok());

    const SendReport report = sendOutbox(t);
    CHECK(report.sent == 0);
    const OutboxEntry e = entry(t, *id);
    CHECK(e.status == OutboxStatus::Queued);
    CHECK(e.attempts == 1);
    CHECK(e.lastError.contains(QStringLiteral("signing in as agent")));
    CHECK(e.lastError.contains(QStringLiteral("535")));
    CHECK_FALSE(e.lastError.contains(QStringLiteral("wrong-password")));
    CHECK(server.messageCount() == 0);

    configureMail(t.manager, settings, QStringLiteral("right-password"));
    SenderOptions now;
    now.ignoreBackoff = true;
    CHECK(sendOutbox(t, now).sent == 1);
    CHECK(server.messageCount() == 1);
}

TEST_CASE("server down then up: the email waits and is delivered exactly once")
{
    TestDatabase t;
    SmtpTestServer server; // its port is chosen, nothing listens yet
    configureMail(t.manager, mailSettingsFor(server));
    auto id = OutboxService(t.manager).enqueue(simpleMail());
    REQUIRE(id.ok());

    const SendReport down = sendOutbox(t);
    CHECK(down.sent == 0);
    CHECK(down.retryLater == 1);
    CHECK(down.lastError.contains(QStringLiteral("connecting")));
    OutboxEntry waiting = entry(t, *id);
    CHECK(waiting.status == OutboxStatus::Queued);
    CHECK(waiting.attempts == 1);
    CHECK(waiting.nextAttemptAt > nowUtc()); // backoff: not due again at once

    REQUIRE(server.start());
    CHECK(sendOutbox(t).sent == 0); // still backing off
    SenderOptions now;
    now.ignoreBackoff = true;
    CHECK(sendOutbox(t, now).sent == 1);
    CHECK(sendOutbox(t, now).sent == 0);
    CHECK(server.messageCount() == 1);
    CHECK(entry(t, *id).status == OutboxStatus::Sent);
}

TEST_CASE("a server that drops the connection during DATA: the email is retried and arrives once")
{
    TestDatabase t;
    SmtpTestServer server;
    SmtpTestServer::Options options;
    options.dropData = 1;
    REQUIRE(server.start(options));
    configureMail(t.manager, mailSettingsFor(server));
    auto id = OutboxService(t.manager).enqueue(simpleMail());
    REQUIRE(id.ok());

    const SendReport dropped = sendOutbox(t);
    CHECK(dropped.sent == 0);
    CHECK(dropped.retryLater == 1);
    CHECK(entry(t, *id).status == OutboxStatus::Queued);
    CHECK(entry(t, *id).lastError.contains(QStringLiteral("connection was lost")));
    CHECK(server.messageCount() == 0);

    SenderOptions now;
    now.ignoreBackoff = true;
    CHECK(sendOutbox(t, now).sent == 1);
    CHECK(server.messageCount() == 1);
}

TEST_CASE("a sender killed after the server accepted an email never sends it again on its own")
{
    TestDatabase t;
    SmtpTestServer server;
    REQUIRE(server.start());
    configureMail(t.manager, mailSettingsFor(server));
    auto id = OutboxService(t.manager).enqueue(simpleMail());
    REQUIRE(id.ok());

    // A real process that sends and dies between the server's 250 and the outbox update.
    QProcess crash;
    crash.start(QStringLiteral(OUTBOX_CRASH_SENDER), {t.path()});
    REQUIRE(crash.waitForFinished(60000));
    REQUIRE(crash.exitCode() == 86);
    CHECK(server.messageCount() == 1);
    CHECK(entry(t, *id).status == OutboxStatus::Sending);

    // Another sender soon after: the claim is not stale yet, so the row is left alone.
    CHECK(sendOutbox(t).sent == 0);
    CHECK(entry(t, *id).status == OutboxStatus::Sending);

    // Once the claim is stale: the transfer had started, so the outcome is unknown and it is not resent.
    SenderOptions stale;
    stale.staleClaimSeconds = 0;
    const SendReport recovered = sendOutbox(t, stale);
    CHECK(recovered.unknown == 1);
    CHECK(recovered.sent == 0);
    const OutboxEntry e = entry(t, *id);
    CHECK(e.status == OutboxStatus::Failed);
    CHECK(e.outcomeUnknown);
    CHECK(e.lastError.contains(QStringLiteral("Outcome unknown")));
    stale.ignoreBackoff = true;
    CHECK(sendOutbox(t, stale).sent == 0);
    CHECK(server.messageCount() == 1);

    // Only a person's Retry now sends it again.
    const Session csr = t.as(Role::CertificateSpecialist);
    REQUIRE(OutboxService(csr).retryNow(*id).ok());
    CHECK(sendOutbox(t).sent == 1);
    CHECK(server.messageCount() == 2);
}

TEST_CASE("a sender that stopped before handing the email over: queued again and delivered once")
{
    TestDatabase t;
    SmtpTestServer server;
    REQUIRE(server.start());
    configureMail(t.manager, mailSettingsFor(server));
    auto id = OutboxService(t.manager).enqueue(simpleMail());
    REQUIRE(id.ok());
    // The row as a sender leaves it when killed after its claim, before DATA (written directly: a kill at exactly
    // that point cannot be caused reliably from outside).
    QSqlQuery q = t.db->query();
    REQUIRE(q.exec(QStringLiteral("UPDATE outbox SET status = 'sending', claimed_by = 'dead-sender', attempts = 1, "
                                  "claimed_at = '2020-01-01T00:00:00.000Z' WHERE id = %1")
                       .arg(*id)));
    const SendReport report = sendOutbox(t);
    CHECK(report.requeued == 1);
    CHECK(report.sent == 1);
    CHECK(server.messageCount() == 1);
    CHECK(entry(t, *id).status == OutboxStatus::Sent);
}

TEST_CASE("queueing refuses header injection and missing settings and bad addresses and stores nothing")
{
    TestDatabase t;
    OutboxService outbox(t.manager);
    auto unset = outbox.enqueue(simpleMail());
    REQUIRE_FALSE(unset.ok());
    CHECK(unset.error().message.contains(QStringLiteral("Mail settings")));

    SmtpTestServer server;
    configureMail(t.manager, mailSettingsFor(server));
    OutgoingMail injected = simpleMail(QStringLiteral("client@example.com\r\nBcc: thief@evil.example"));
    auto r = outbox.enqueue(injected);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Validation);
    CHECK(r.error().message.contains(QStringLiteral("line break")));
    OutgoingMail subject = simpleMail();
    subject.subject = QStringLiteral("Hello\nBcc: thief@evil.example");
    CHECK_FALSE(outbox.enqueue(subject).ok());
    OutgoingMail nobody = simpleMail();
    nobody.to.clear();
    CHECK_FALSE(outbox.enqueue(nobody).ok());
    OutgoingMail twoAddresses = simpleMail(QStringLiteral("a@example.com, b@example.com"));
    CHECK_FALSE(outbox.enqueue(twoAddresses).ok());
    CHECK(outbox.list()->empty());
}

TEST_CASE("retry and cancel only queued or failed emails and a cancelled email is never sent")
{
    TestDatabase t;
    SmtpTestServer server;
    REQUIRE(server.start());
    configureMail(t.manager, mailSettingsFor(server));
    OutboxService outbox(t.manager);
    const qint64 keep = *outbox.enqueue(simpleMail(QStringLiteral("keep@example.com")));
    const qint64 drop = *outbox.enqueue(simpleMail(QStringLiteral("drop@example.com")));
    REQUIRE(outbox.cancel(drop).ok());
    CHECK(sendOutbox(t).sent == 1);
    const QJsonArray received = server.messages();
    REQUIRE(received.size() == 1);
    CHECK(received.at(0).toObject().value(QStringLiteral("to")).toString() == QStringLiteral("keep@example.com"));
    auto again = outbox.retryNow(keep);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("is sent")));
    CHECK_FALSE(outbox.cancel(drop).ok());
    CHECK(outbox.counts()->value(QStringLiteral("cancelled")).toInt() == 1);
    CHECK(outbox.counts()->value(QStringLiteral("sent")).toInt() == 1);
    CHECK_FALSE(OutboxService(t.as(Role::PayrollAdvisor)).enqueue(simpleMail()).ok());
}
