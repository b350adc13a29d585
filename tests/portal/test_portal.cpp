// Client portal accounts through the core services on a real SQLite file, with a real SMTP server where the mail is
// checked: the identity check, user names, the set-password code (128 bits, stored hashed, expiring, single use,
// replaced by a reset), locking, the view-only role, and what the client sees (open requests included).
#include "ActivityService.h"
#include "CatchCompat.h"
#include "CertificateBatchBook.h"
#include "CertificateService.h"
#include "ClientViewService.h"
#include "DocumentService.h"
#include "DocumentSharingService.h"
#include "DocumentTestData.h"
#include "InsuredService.h"
#include "MailTestSupport.h"
#include "PortalClientService.h"
#include "PortalService.h"
#include "RequestService.h"
#include "SmtpTestServer.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace agencydesk;
using namespace agencydesk::test;

namespace {

const QString kClientEmail = QStringLiteral("owner@granite-hvac.example");
const QString kNewPassword = QStringLiteral("blue-canoe-river-42");

/// The book's client (Granite HVAC Corp., 12 Elm St, 04101, policies GLP-7781234 and WCX-5550001) with mail set up.
struct PortalBook : CertificateBatchBook
{
    SmtpTestServer server; // a free port; started only by the tests that read the mail

    PortalBook() { configureMail(manager, mailSettingsFor(server)); }

    PortalEnrollment enrollment(const QString& userName = QStringLiteral("granitehvac")) const
    {
        PortalEnrollment e;
        e.insuredId = insuredId;
        e.userName = userName;
        e.email = kClientEmail;
        e.identity = {QStringLiteral("12 elm st."), QStringLiteral("04101"), QStringLiteral("glp-7781234")};
        return e;
    }

    /// The code in a queued email (the only place it exists in clear until the email is sent).
    QString codeIn(qint64 emailId)
    {
        auto mail = OutboxService(manager).get(emailId);
        REQUIRE(mail.ok());
        const auto match = QRegularExpression(QStringLiteral("code: ([0-9a-f]+)")).match(mail->textBody);
        REQUIRE(match.hasMatch());
        return match.captured(1);
    }

    int count(const QString& sql)
    {
        QSqlQuery q = db->query();
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }
};

bool sqlTableContains(const Database& db, const QString& table, const QString& text)
{
    QSqlQuery q = db.query();
    if (!q.exec(QStringLiteral("SELECT * FROM ") + table))
        return true;
    while (q.next()) {
        for (int c = 0; c < q.record().count(); ++c) {
            if (q.value(c).toString().contains(text, Qt::CaseInsensitive))
                return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("enrolling refuses identity answers that do not match the file and names what did not match")
{
    PortalBook b;
    PortalService portal(b.manager);
    PortalEnrollment e = b.enrollment();
    e.identity = {QStringLiteral("14 Elm St"), QStringLiteral("04101"), QStringLiteral("GLP-0000000")};
    auto refused = portal.enroll(e);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Validation);
    const QString message = refused.error().message;
    CHECK(message.contains(QStringLiteral("Granite HVAC Corp.")));
    CHECK(message.contains(QStringLiteral("the address")));
    CHECK(message.contains(QStringLiteral("the policy number")));
    CHECK_FALSE(message.contains(QStringLiteral("the postal code")));
    // The refusal never reveals what is on file.
    CHECK_FALSE(message.contains(QStringLiteral("12 Elm")));
    CHECK_FALSE(message.contains(QStringLiteral("7781234")));
    CHECK(*portal.status(b.insuredId) == PortalStatus::NotEnrolled);
    CHECK(b.count(QStringLiteral("SELECT count(*) FROM portal_accounts")) == 0);
    CHECK(b.count(QStringLiteral("SELECT count(*) FROM outbox")) == 0);

    e.identity = {QStringLiteral("12 Elm St"), QStringLiteral("04102"), QStringLiteral("WCX-5550001")};
    refused = portal.enroll(e);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("the postal code")));
    CHECK_FALSE(refused.error().message.contains(QStringLiteral("the address")));

    e.identity = {};
    refused = portal.enroll(e);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message ==
          QStringLiteral("The identity check needs the address, the postal code, a policy number."));

    // Any of the insured's policy numbers, the address and postal code in any case and spacing, are accepted.
    e.identity = {QStringLiteral("  12 ELM ST "), QStringLiteral("04101"), QStringLiteral("wcx 5550001")};
    REQUIRE(portal.enroll(e).ok());
    CHECK(*portal.status(b.insuredId) == PortalStatus::Invited);
}

TEST_CASE("the user name is not the email address and is unique in any case - the suggestion avoids taken names")
{
    PortalBook b;
    PortalService portal(b.manager);
    CHECK(*portal.suggestUserName(b.insuredId) == QStringLiteral("granitehvac"));

    auto refused = portal.enroll(b.enrollment(kClientEmail));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Validation);
    CHECK(refused.error().message.contains(QStringLiteral("The user name is not the email address")));
    CHECK(portal.enroll(b.enrollment(QStringLiteral("ab"))).error().code == ErrorCode::Validation);
    CHECK(portal.enroll(b.enrollment(QStringLiteral("granite hvac"))).error().code == ErrorCode::Validation);
    PortalEnrollment badEmail = b.enrollment();
    badEmail.email = QStringLiteral("owner at granite");
    CHECK(portal.enroll(badEmail).error().message.contains(QStringLiteral("is not an email address")));
    badEmail.email = QStringLiteral("owner@granite-hvac.example\r\nBcc: thief@example.com");
    CHECK(portal.enroll(badEmail).error().code == ErrorCode::Validation);

    REQUIRE(portal.enroll(b.enrollment(QStringLiteral("GraniteHVAC"))).ok());
    CHECK(portal.enroll(b.enrollment()).error().code == ErrorCode::Conflict); // already enrolled

    // A second client cannot take the same name in another case.
    Insured other;
    other.name = QStringLiteral("Granite HVAC Ltd");
    other.address1 = QStringLiteral("9 Oak Ave");
    other.postalCode = QStringLiteral("04102");
    other.state = QStringLiteral("ME");
    const qint64 otherId = *InsuredService(b.manager).create(other);
    Policy p;
    p.insuredId = otherId;
    p.number = QStringLiteral("GLP-9990001");
    p.carrierName = QStringLiteral("Acme Casualty Company");
    p.effective = QDate::currentDate().addDays(-10);
    p.expiration = QDate::currentDate().addDays(355);
    p.coverages = {{QStringLiteral("EachOccurrence"), 1000000}};
    REQUIRE(PolicyService(b.manager).create(p).ok());
    PortalEnrollment e;
    e.insuredId = otherId;
    e.userName = QStringLiteral("granitehvac");
    e.email = QStringLiteral("office@granite-ltd.example");
    e.identity = {QStringLiteral("9 Oak Ave"), QStringLiteral("04102"), QStringLiteral("GLP-9990001")};
    auto taken = portal.enroll(e);
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.error().code == ErrorCode::Conflict);
    CHECK(taken.error().message.contains(QStringLiteral("already taken")));
    CHECK(*portal.suggestUserName(otherId) == QStringLiteral("granitehvac2"));
    e.userName = *portal.suggestUserName(otherId);
    CHECK(portal.enroll(e).ok());
}

TEST_CASE("the welcome email arrives with the user name and a 128-bit code and without the agency Bcc - the code is "
          "stored only hashed and works once")
{
    PortalBook b;
    REQUIRE(b.server.start());
    auto notice = PortalService(b.manager).enroll(b.enrollment());
    REQUIRE(notice.ok());
    const OutboxEntry queued = *OutboxService(b.manager).get(notice->emailId);
    CHECK(queued.kind == QStringLiteral("welcome"));
    CHECK(queued.bcc.isEmpty());
    CHECK(sendOutbox(b).sent == 1);

    const QJsonArray received = b.server.messages();
    REQUIRE(received.size() == 1);
    const QJsonObject m = received.at(0).toObject();
    QStringList rcpt;
    for (const QJsonValue& v : m.value(QStringLiteral("rcptTo")).toArray())
        rcpt << v.toString();
    CHECK(rcpt == QStringList{kClientEmail});
    CHECK_FALSE(rcpt.contains(kAgencyBcc));
    CHECK(m.value(QStringLiteral("to")).toString() == kClientEmail);
    CHECK(m.value(QStringLiteral("subject")).toString().contains(QStringLiteral("client portal account")));
    const QString text = m.value(QStringLiteral("text")).toString();
    CHECK(text.contains(QStringLiteral("Your user name is: granitehvac")));
    CHECK(text.contains(QStringLiteral("not your email address")));
    const auto match = QRegularExpression(QStringLiteral("enter this code: (\\S+)")).match(text);
    REQUIRE(match.hasMatch());
    const QString code = match.captured(1);
    // 32 hex characters: 128 bits.
    CHECK(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(code).hasMatch());
    // Sent, the outbox row keeps the email without its live code (backups and the shared folder hold that row).
    CHECK_FALSE(sqlTableContains(*b.db, QStringLiteral("outbox"), code));
    CHECK(OutboxService(b.manager)
              .get(notice->emailId)
              ->textBody.contains(QStringLiteral("[code removed after sending]")));
    CHECK(OutboxService(b.manager).get(notice->emailId)->textBody.contains(QStringLiteral("granitehvac")));

    // Only the SHA-256 of the code is stored; the code itself is nowhere in portal_tokens or the activity trail.
    CHECK(b.count(QStringLiteral("SELECT count(*) FROM portal_tokens")) == 1);
    QSqlQuery token = b.db->query();
    REQUIRE(token.exec(QStringLiteral("SELECT code_hash, purpose FROM portal_tokens")));
    REQUIRE(token.next());
    CHECK(token.value(0).toString() ==
          QString::fromLatin1(QCryptographicHash::hash(code.toUtf8(), QCryptographicHash::Sha256).toHex()));
    CHECK(token.value(1).toString() == QStringLiteral("welcome"));
    token.finish();
    CHECK_FALSE(sqlTableContains(*b.db, QStringLiteral("portal_tokens"), code));
    CHECK_FALSE(sqlTableContains(*b.db, QStringLiteral("portal_accounts"), code));
    CHECK_FALSE(sqlTableContains(*b.db, QStringLiteral("activities"), code));

    PortalService portal(b.manager);
    CHECK(PortalClientService(b.manager)
              .setPasswordWithCode(QStringLiteral("granitehvac"), QStringLiteral("0123456789abcdef0123456789abcdef"),
                                   kNewPassword)
              .error()
              .code == ErrorCode::Auth);
    CHECK(PortalClientService(b.manager)
              .setPasswordWithCode(QStringLiteral("GRANITEHVAC"), code, QStringLiteral("short"))
              .error()
              .code == ErrorCode::Validation);
    REQUIRE(PortalClientService(b.manager).setPasswordWithCode(QStringLiteral("GRANITEHVAC"), code, kNewPassword).ok());
    CHECK(*portal.status(b.insuredId) == PortalStatus::Active);
    CHECK(*PortalClientService(b.manager).signIn(QStringLiteral("granitehvac"), kNewPassword) == b.insuredId);
    CHECK(PortalClientService(b.manager)
              .signIn(QStringLiteral("granitehvac"), QStringLiteral("wrong-password-1"))
              .error()
              .code == ErrorCode::Auth);
    // Single use: the same code again is refused.
    auto again = PortalClientService(b.manager).setPasswordWithCode(QStringLiteral("granitehvac"), code,
                                                                    QStringLiteral("another-pass-77"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Auth);
    CHECK(*PortalClientService(b.manager).signIn(QStringLiteral("granitehvac"), kNewPassword) == b.insuredId);
    // The activity trail shows the enrollment, and the client (not an agency user) setting the password.
    bool enrolled = false, clientSet = false;
    const std::vector<Activity> trail = *ActivityService(b.manager).forInsured(b.insuredId);
    for (const Activity& a : trail) {
        enrolled = enrolled || (a.action == QLatin1String("enrolled") && a.userName == QLatin1String("boss"));
        clientSet = clientSet ||
                    (a.action == QLatin1String("password set") && a.userName == QLatin1String("portal:granitehvac"));
    }
    CHECK(enrolled);
    CHECK(clientSet);
}

TEST_CASE("a code expires 72 hours after it was sent")
{
    PortalBook b;
    auto notice = PortalService(b.manager).enroll(b.enrollment());
    REQUIRE(notice.ok());
    const QString code = b.codeIn(notice->emailId);
    QSqlQuery q = b.db->query();
    REQUIRE(q.exec(QStringLiteral("SELECT created_at, expires_at FROM portal_tokens")));
    REQUIRE(q.next());
    const QDateTime created = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    const QDateTime expires = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    q.finish();
    CHECK(created.secsTo(expires) == 72 * 3600);

    PortalService portal(b.manager);
    auto late = PortalClientService(b.manager).setPasswordWithCode(QStringLiteral("granitehvac"), code, kNewPassword,
                                                                   expires.addSecs(1));
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().code == ErrorCode::Auth);
    CHECK(late.error().message.contains(QStringLiteral("expired")));
    CHECK(*portal.status(b.insuredId) == PortalStatus::Invited);
    CHECK(PortalClientService(b.manager)
              .setPasswordWithCode(QStringLiteral("granitehvac"), code, kNewPassword, expires.addSecs(-60))
              .ok());
    CHECK(*portal.status(b.insuredId) == PortalStatus::Active);
}

TEST_CASE("reset and notify sends a new code and every earlier code stops working")
{
    PortalBook b;
    PortalService portal(b.manager);
    auto welcome = portal.enroll(b.enrollment());
    REQUIRE(welcome.ok());
    const QString first = b.codeIn(welcome->emailId);
    auto reset1 = portal.resetAndNotify(b.insuredId);
    REQUIRE(reset1.ok());
    const QString second = b.codeIn(reset1->emailId);
    auto reset2 = portal.resetAndNotify(b.insuredId);
    REQUIRE(reset2.ok());
    const QString third = b.codeIn(reset2->emailId);
    CHECK(first != second);
    CHECK(second != third);
    const OutboxEntry mail = *OutboxService(b.manager).get(reset2->emailId);
    CHECK(mail.kind == QStringLiteral("password_reset"));
    CHECK(mail.to == QStringList{kClientEmail});
    CHECK(mail.bcc.isEmpty()); // no agency copy of a live code

    CHECK(PortalClientService(b.manager)
              .setPasswordWithCode(QStringLiteral("granitehvac"), first, kNewPassword)
              .error()
              .code == ErrorCode::Auth);
    CHECK(PortalClientService(b.manager)
              .setPasswordWithCode(QStringLiteral("granitehvac"), second, kNewPassword)
              .error()
              .code == ErrorCode::Auth);
    CHECK(PortalClientService(b.manager).setPasswordWithCode(QStringLiteral("granitehvac"), third, kNewPassword).ok());
    CHECK(b.count(QStringLiteral("SELECT count(*) FROM portal_tokens WHERE revoked_at IS NOT NULL")) == 2);
}

TEST_CASE("changing the email keeps the user name and stops codes sent to the old address")
{
    PortalBook b;
    PortalService portal(b.manager);
    auto welcome = portal.enroll(b.enrollment());
    REQUIRE(welcome.ok());
    const QString code = b.codeIn(welcome->emailId);
    CHECK(portal.changeEmail(b.insuredId, QStringLiteral("not an address")).error().code == ErrorCode::Validation);
    REQUIRE(portal.changeEmail(b.insuredId, QStringLiteral("new-owner@granite-hvac.example")).ok());
    const PortalAccount a = **portal.account(b.insuredId);
    CHECK(a.userName == QStringLiteral("granitehvac"));
    CHECK(a.email == QStringLiteral("new-owner@granite-hvac.example"));
    CHECK(PortalClientService(b.manager)
              .setPasswordWithCode(QStringLiteral("granitehvac"), code, kNewPassword)
              .error()
              .code == ErrorCode::Auth);
    auto reset = portal.resetAndNotify(b.insuredId);
    REQUIRE(reset.ok());
    CHECK(OutboxService(b.manager).get(reset->emailId)->to ==
          QStringList{QStringLiteral("new-owner@granite-hvac.example")});
}

TEST_CASE("a locked account can neither sign in nor set a password - unlocking restores it")
{
    PortalBook b;
    PortalService portal(b.manager);
    auto welcome = portal.enroll(b.enrollment());
    REQUIRE(welcome.ok());
    REQUIRE(PortalClientService(b.manager)
                .setPasswordWithCode(QStringLiteral("granitehvac"), b.codeIn(welcome->emailId), kNewPassword)
                .ok());
    auto reset = portal.resetAndNotify(b.insuredId);
    REQUIRE(reset.ok());
    const QString code = b.codeIn(reset->emailId);

    REQUIRE(portal.setLocked(b.insuredId, true).ok());
    CHECK(*portal.status(b.insuredId) == PortalStatus::Locked);
    auto signIn = PortalClientService(b.manager).signIn(QStringLiteral("granitehvac"), kNewPassword);
    REQUIRE_FALSE(signIn.ok());
    CHECK(signIn.error().code == ErrorCode::Locked);
    CHECK(PortalClientService(b.manager)
              .setPasswordWithCode(QStringLiteral("granitehvac"), code, QStringLiteral("another-pass-77"))
              .error()
              .code == ErrorCode::Locked);
    CHECK(portal.resetAndNotify(b.insuredId).error().code == ErrorCode::Validation);

    REQUIRE(portal.setLocked(b.insuredId, false).ok());
    CHECK(*portal.status(b.insuredId) == PortalStatus::Active);
    CHECK(*PortalClientService(b.manager).signIn(QStringLiteral("granitehvac"), kNewPassword) == b.insuredId);
    bool locked = false, unlocked = false;
    const std::vector<Activity> trail = *ActivityService(b.manager).forInsured(b.insuredId);
    for (const Activity& a : trail) {
        locked = locked || a.action == QLatin1String("locked");
        unlocked = unlocked || a.action == QLatin1String("unlocked");
    }
    CHECK(locked);
    CHECK(unlocked);
}

TEST_CASE("five wrong passwords in a row lock the portal account until the agency unlocks it")
{
    PortalBook b;
    PortalService portal(b.manager);
    auto welcome = portal.enroll(b.enrollment());
    REQUIRE(welcome.ok());
    PortalClientService client(b.manager);
    REQUIRE(client.setPasswordWithCode(QStringLiteral("granitehvac"), b.codeIn(welcome->emailId), kNewPassword).ok());
    const auto wrong = [&] { return client.signIn(QStringLiteral("granitehvac"), QStringLiteral("guess-Pass-123")); };

    // Four wrong, then the right one: the count starts again.
    for (int i = 0; i < 4; ++i)
        CHECK(wrong().error().code == ErrorCode::Auth);
    CHECK(*client.signIn(QStringLiteral("granitehvac"), kNewPassword) == b.insuredId);
    for (int i = 0; i < 4; ++i)
        CHECK(wrong().error().code == ErrorCode::Auth);
    CHECK(*portal.status(b.insuredId) == PortalStatus::Active);

    // The fifth in a row locks it, and says so.
    auto fifth = wrong();
    REQUIRE_FALSE(fifth.ok());
    CHECK(fifth.error().code == ErrorCode::Locked);
    CHECK(fifth.error().message.contains(QStringLiteral("call the agency")));
    CHECK(*portal.status(b.insuredId) == PortalStatus::Locked);
    // Now even the right password is refused, and more guesses change nothing.
    CHECK(client.signIn(QStringLiteral("granitehvac"), kNewPassword).error().code == ErrorCode::Locked);
    CHECK(wrong().error().code == ErrorCode::Auth);
    int lockRows = 0;
    const std::vector<Activity> trail = *ActivityService(b.manager).forInsured(b.insuredId);
    for (const Activity& a : trail) {
        if (a.action == QLatin1String("locked")) {
            ++lockRows;
            CHECK(a.summary.contains(QStringLiteral("5 failed sign-ins")));
            CHECK(a.userName == QStringLiteral("portal:granitehvac"));
        }
    }
    CHECK(lockRows == 1);

    // The agency unlocks it: the right password works, and the count is back to zero.
    REQUIRE(portal.setLocked(b.insuredId, false).ok());
    CHECK(*portal.status(b.insuredId) == PortalStatus::Active);
    for (int i = 0; i < 4; ++i)
        CHECK(wrong().error().code == ErrorCode::Auth);
    CHECK(*client.signIn(QStringLiteral("granitehvac"), kNewPassword) == b.insuredId);

    // Guesses at a user name nobody has lock nothing.
    for (int i = 0; i < 6; ++i)
        CHECK(client.signIn(QStringLiteral("nobody-here"), kNewPassword).error().code == ErrorCode::Auth);
}

TEST_CASE("the view-only payroll advisor may look at portal accounts but not enroll - reset - change or lock them")
{
    PortalBook b;
    const Session advisor = b.as(Role::PayrollAdvisor);
    PortalService asAdvisor(advisor);
    auto refused = asAdvisor.enroll(b.enrollment());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Permission);
    CHECK(b.count(QStringLiteral("SELECT count(*) FROM portal_accounts")) == 0);

    REQUIRE(PortalService(b.manager).enroll(b.enrollment()).ok());
    CHECK(asAdvisor.resetAndNotify(b.insuredId).error().code == ErrorCode::Permission);
    CHECK(asAdvisor.changeEmail(b.insuredId, QStringLiteral("x@example.com")).error().code == ErrorCode::Permission);
    CHECK(asAdvisor.setLocked(b.insuredId, true).error().code == ErrorCode::Permission);
    CHECK(*asAdvisor.status(b.insuredId) == PortalStatus::Invited);
    CHECK(ClientViewService(advisor).view(b.insuredId).ok());
    // A CSR may.
    CHECK(PortalService(b.as(Role::CertificateSpecialist)).setLocked(b.insuredId, true).ok());
}

TEST_CASE("sharing documents with notify emails the client's portal address through the outbox - with the file "
          "names - the user name and the portal address")
{
    PortalBook b;
    REQUIRE(b.server.start());
    MailSettings settings = mailSettingsFor(b.server);
    settings.portalUrl = QStringLiteral("https://portal.granite-agency.example/");
    configureMail(b.manager, settings);
    REQUIRE(PortalService(b.manager).enroll(b.enrollment()).ok());
    REQUIRE(sendOutbox(b).sent == 1); // the welcome email
    QList<qint64> documents;
    for (const char* name : {"okular-file1.pdf", "okular-file2.pdf"}) {
        DocumentFile f;
        f.path = corpusFile(QStringLiteral("real/") + QLatin1String(name));
        f.metadata = {b.insuredId, std::nullopt, QStringLiteral("Declarations"), QDate(2026, 1, 2), {}};
        auto added = DocumentService(b.manager).add(f);
        REQUIRE(added.ok());
        documents << added->documentIds.front();
    }

    DocumentSharingService sharing(b.manager);
    REQUIRE(sharing.setShared(documents, true, true).ok());
    CHECK(sharing.pendingNotifications()->empty()); // queued at once, not left pending
    const auto sent = sharing.notificationsFor(b.insuredId);
    REQUIRE(sent->size() == 1);
    CHECK(sent->front().status == QStringLiteral("sent"));
    CHECK(sendOutbox(b).sent == 1);

    const QJsonArray received = b.server.messages();
    REQUIRE(received.size() == 2);
    QJsonObject m; // the server lists its mailbox in no particular order: find the notification by its subject
    for (const QJsonValue& v : received) {
        if (v.toObject()
                .value(QStringLiteral("subject"))
                .toString()
                .startsWith(QStringLiteral("New documents in your")))
            m = v.toObject();
    }
    REQUIRE_FALSE(m.isEmpty());
    CHECK(m.value(QStringLiteral("to")).toString() == kClientEmail);
    QStringList rcpt;
    for (const QJsonValue& v : m.value(QStringLiteral("rcptTo")).toArray())
        rcpt << v.toString();
    CHECK(rcpt.contains(kAgencyBcc)); // a client email: the agency keeps a copy
    const QString text = m.value(QStringLiteral("text")).toString();
    CHECK(text.contains(QStringLiteral("okular-file1.pdf (Declarations, 2026-01-02)")));
    CHECK(text.contains(QStringLiteral("okular-file2.pdf")));
    CHECK(text.contains(QStringLiteral("granitehvac")));
    CHECK(text.contains(QStringLiteral("https://portal.granite-agency.example")));
}

TEST_CASE("a document notification made while mail is not set up waits and goes out when a manager sets up mail")
{
    CertificateBatchBook b; // no mail settings, no portal account: the insured's own address
    Insured insured = *InsuredService(b.manager).get(b.insuredId);
    insured.email = QStringLiteral("office@granite-hvac.example");
    REQUIRE(InsuredService(b.manager).update(insured).ok());
    DocumentFile f;
    f.path = corpusFile(QStringLiteral("real/okular-file1.pdf"));
    f.metadata = {b.insuredId, std::nullopt, QStringLiteral("Policy"), QDate(2026, 1, 2), {}};
    auto added = DocumentService(b.manager).add(f);
    REQUIRE(added.ok());
    DocumentSharingService sharing(b.manager);
    REQUIRE(sharing.setShared({added->documentIds.front()}, true, true).ok());
    REQUIRE(sharing.pendingNotifications()->size() == 1);

    SmtpTestServer server;
    REQUIRE(server.start());
    configureMail(b.manager, mailSettingsFor(server));
    CHECK(sharing.pendingNotifications()->empty());
    CHECK(sendOutbox(b).sent == 1);
    REQUIRE(server.messageCount() == 1);
    CHECK(server.messages()
              .at(0)
              .toObject()
              .value(QStringLiteral("text"))
              .toString()
              .contains(QStringLiteral("okular-file1.pdf")));
}

TEST_CASE("the client view shows policies in effect and shared documents and certificates - hides an expired policy "
          "and an unshared document")
{
    PortalBook b;
    Policy expired;
    expired.insuredId = b.insuredId;
    expired.number = QStringLiteral("AUT-1000001");
    expired.line = LineOfBusiness::Auto;
    expired.carrierName = QStringLiteral("Acme Casualty Company");
    expired.effective = QDate::currentDate().addYears(-1).addDays(-20);
    expired.expiration = QDate::currentDate().addDays(-20);
    expired.coverages = {{QStringLiteral("CombinedSingleLimit"), 1000000}};
    REQUIRE(PolicyService(b.manager).create(expired).ok());

    QList<qint64> documents;
    for (const char* name : {"okular-file1.pdf", "okular-file2.pdf"}) {
        DocumentFile f;
        f.path = corpusFile(QStringLiteral("real/") + QLatin1String(name));
        f.metadata = {b.insuredId, std::nullopt, QStringLiteral("Policy"), QDate(2026, 1, 2), {}};
        auto added = DocumentService(b.manager).add(f);
        REQUIRE(added.ok());
        documents << added->documentIds.front();
    }
    REQUIRE(DocumentSharingService(b.manager).setShared({documents[0]}, true).ok());

    const qint64 holder = b.addHolder(QStringLiteral("Bayview General Contractors"));
    auto first = CertificateService(b.manager).issue(b.masterId, holder);
    REQUIRE(first.ok());
    auto revised = CertificateService(b.manager).issue(b.masterId, holder);
    REQUIRE(revised.ok());

    // A request with instructions waits on the manual list: open, so the client sees it.
    CertificateRequest request;
    request.insuredId = b.insuredId;
    request.masterId = b.masterId;
    request.holder.name = QStringLiteral("Bayside Property Group");
    request.holder.address1 = QStringLiteral("400 Harbor Blvd");
    request.holder.city = QStringLiteral("Boston");
    request.holder.state = QStringLiteral("MA");
    request.holder.postalCode = QStringLiteral("02110");
    request.source = RequestSource::Portal;
    request.notes = QStringLiteral("Please name the property manager too.");
    auto requestId = RequestService(b.manager).intake(request);
    REQUIRE(requestId.ok());

    // Not shared yet: no masters.
    auto view = ClientViewService(b.manager).view(b.insuredId);
    REQUIRE(view.ok());
    CHECK(view->masters.empty());
    REQUIRE(CertificateMasterService(b.manager).setShared(b.masterId, true).ok());

    view = ClientViewService(b.manager).view(b.insuredId);
    REQUIRE(view.ok());
    CHECK(view->insuredName == QStringLiteral("Granite HVAC Corp."));
    CHECK(view->portalStatus == PortalStatus::NotEnrolled);
    QStringList numbers;
    for (const Policy& p : view->policies)
        numbers << p.number;
    numbers.sort();
    CHECK(numbers == QStringList{QStringLiteral("GLP-7781234"), QStringLiteral("WCX-5550001")});
    REQUIRE(view->documents.size() == 1);
    CHECK(view->documents.front().id == documents[0]);
    CHECK(view->documents.front().fileName == QStringLiteral("okular-file1.pdf"));
    REQUIRE(view->masters.size() == 1);
    CHECK(view->masters.front().master.id == b.masterId);
    // The current certificate only: the first was superseded by the revision.
    REQUIRE(view->masters.front().certificates.size() == 1);
    CHECK(view->masters.front().certificates.front().number == revised->number);
    REQUIRE(view->openRequests.size() == 1);
    CHECK(view->openRequests.front().id == *requestId);
    CHECK(view->openRequests.front().holder.name == QStringLiteral("Bayside Property Group"));

    // On a day after the policies expire, the client sees none of them.
    auto later = ClientViewService(b.manager).view(b.insuredId, QDate::currentDate().addYears(2));
    REQUIRE(later.ok());
    CHECK(later->policies.empty());
    CHECK(later->masters.empty()); // a shared master whose policies all lapsed is no longer shown
    const QJsonObject json = view->toJson();
    CHECK(json.value(QStringLiteral("policies")).toArray().size() == 2);
    CHECK(json.value(QStringLiteral("documents")).toArray().size() == 1);
    CHECK(json.value(QStringLiteral("openRequests")).toArray().size() == 1);
}

TEST_CASE("an insured enrolled before portal accounts existed becomes an invited account on upgrade")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        OpenOptions old;
        old.migrateToVersion = 9;
        auto db = Database::open(path, old);
        REQUIRE(db.ok());
        QSqlQuery q = db.value()->query();
        REQUIRE(q.exec(QStringLiteral("INSERT INTO insureds(name, email, portal_enrolled, portal_user_name, "
                                      "created_at, updated_at) VALUES ('Old Client', 'old@example.com', 1, "
                                      "'oldclient', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')")));
    }
    auto db = Database::open(path);
    REQUIRE(db.ok());
    QSqlQuery q = db.value()->query();
    REQUIRE(q.exec(QStringLiteral("SELECT user_name, email, status, password_hash IS NULL FROM portal_accounts")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("oldclient"));
    CHECK(q.value(1).toString() == QStringLiteral("old@example.com"));
    CHECK(q.value(2).toString() == QStringLiteral("invited"));
    CHECK(q.value(3).toBool());
}
