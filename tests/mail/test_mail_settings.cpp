#include "ActivityService.h"
#include "CatchCompat.h"
#include "MailSettingsService.h"
#include "MailTemplateService.h"
#include "SecretStore.h"
#include "TestSupport.h"

#include <QJsonDocument>

using namespace agencydesk;

namespace {

MailSettings validSettings()
{
    MailSettings m;
    m.host = QStringLiteral("smtp.office.example");
    m.port = 587;
    m.userName = QStringLiteral("agency@office.example");
    m.fromName = QStringLiteral("Northwind Insurance");
    m.fromAddress = QStringLiteral("service@northwind.example");
    m.bccAddress = QStringLiteral("copies@northwind.example");
    m.signature = QStringLiteral("Northwind Insurance\n(555) 010-2000");
    return m;
}

} // namespace

TEST_CASE("mail settings round trip and the password never reaches the audit trail")
{
    test::TestDatabase t;
    MailSettingsService service(t.manager);
    CHECK_FALSE(service.settings()->isConfigured());
    REQUIRE(service.update(validSettings(), QStringLiteral("Sm7p-pass!")).ok());
    const MailSettings read = *service.settings();
    CHECK(read.host == QStringLiteral("smtp.office.example"));
    CHECK(read.security == SmtpSecurity::StartTls);
    CHECK(read.bccEnabled);
    CHECK(read.passwordStored);
    CHECK(read.signature == QStringLiteral("Northwind Insurance\n(555) 010-2000"));
    CHECK(*MailSettingsService::readPassword(*t.db) == QStringLiteral("Sm7p-pass!"));
    // Keeping the password (nullopt), then removing it (empty).
    REQUIRE(service.update(validSettings()).ok());
    CHECK(service.settings()->passwordStored);
    REQUIRE(service.update(validSettings(), QString()).ok());
    CHECK_FALSE(service.settings()->passwordStored);

    const auto trail = ActivityService(t.manager).recent(50);
    REQUIRE(trail.ok());
    bool logged = false;
    for (const Activity& a : *trail) {
        logged = logged || a.summary.startsWith(QStringLiteral("Mail settings changed"));
        CHECK_FALSE(QJsonDocument(a.details).toJson().contains("Sm7p-pass!"));
    }
    CHECK(logged);
    // The fallback store says plainly that it is not secure.
    CHECK_FALSE(secretStore().isSecure());
    CHECK(secretStore().description().contains(QStringLiteral("NOT encrypted")));
}

TEST_CASE("bad mail settings are refused with a message naming the field and nothing is stored")
{
    test::TestDatabase t;
    MailSettingsService service(t.manager);
    const auto refused = [&](MailSettings m, const QString& words) {
        auto s = service.update(m);
        CAPTURE(words.toStdString());
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message.contains(words));
    };
    MailSettings m = validSettings();
    m.host.clear();
    refused(m, QStringLiteral("SMTP server"));
    m = validSettings();
    m.port = 70000;
    refused(m, QStringLiteral("port"));
    m = validSettings();
    m.fromAddress = QStringLiteral("service@northwind.example\r\nBcc: x@evil.example");
    refused(m, QStringLiteral("line break"));
    m = validSettings();
    m.fromName = QStringLiteral("Northwind\nBcc: x@evil.example");
    refused(m, QStringLiteral("line break"));
    m = validSettings();
    m.bccAddress.clear();
    refused(m, QStringLiteral("Bcc address is required"));
    m = validSettings();
    m.trustedFingerprint = QStringLiteral("AB:CD");
    refused(m, QStringLiteral("SHA-256"));
    CHECK_FALSE(service.settings()->isConfigured());
}

TEST_CASE("every template is seeded and a manager edits one with a row-version check")
{
    test::TestDatabase t;
    MailTemplateService service(t.manager);
    auto all = service.list();
    REQUIRE(all.ok());
    QStringList keys;
    for (const MailTemplate& m : *all)
        keys << m.key;
    CHECK(keys == QStringList{QStringLiteral("welcome"), QStringLiteral("password_reset"),
                              QStringLiteral("documents_shared"), QStringLiteral("certificate_issued_holder"),
                              QStringLiteral("certificate_issued_client"), QStringLiteral("request_rejected"),
                              QStringLiteral("request_new_csr"), QStringLiteral("renewal_certificate"),
                              QStringLiteral("policy_lapsed_holder")});
    for (const MailTemplate& m : *all) {
        for (const QString& p : MailTemplateService::placeholdersIn(m.subject + m.body))
            CHECK(MailTemplateService::knownPlaceholders().contains(p));
    }

    MailTemplate rejected = *service.get(QStringLiteral("request_rejected"));
    CHECK(rejected.body.contains(QStringLiteral("{reason}")));
    MailTemplate stale = rejected;
    rejected.subject = QStringLiteral("About your request for {holder.name}");
    REQUIRE(service.update(rejected).ok());
    auto conflict = service.update(stale);
    REQUIRE_FALSE(conflict.ok());
    CHECK(conflict.error().code == ErrorCode::Conflict);

    MailTemplate unknown = *service.get(QStringLiteral("request_rejected"));
    unknown.body += QStringLiteral("\n{insured.ssn}");
    auto bad = service.update(unknown);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QStringLiteral("{insured.ssn}")));

    REQUIRE(MailSettingsService(t.manager).update(validSettings()).ok());
    auto rendered = service.render(QStringLiteral("request_rejected"),
                                   {{QStringLiteral("insured.name"), QStringLiteral("Harbor Point Roofing LLC")},
                                    {QStringLiteral("holder.name"), QStringLiteral("Bayview GC")},
                                    {QStringLiteral("reason"), QStringLiteral("Incomplete address")}});
    REQUIRE(rendered.ok());
    CHECK(rendered->subject == QStringLiteral("About your request for Bayview GC"));
    CHECK(rendered->textBody.contains(QStringLiteral("Reason: Incomplete address")));
    CHECK(rendered->textBody.endsWith(QStringLiteral("(555) 010-2000")));
    CHECK_FALSE(MailTemplateService(t.as(Role::DataProcessor)).update(*service.get(QStringLiteral("welcome"))).ok());
}

TEST_CASE("without a system keychain the password stays in the database and the settings say it is not encrypted")
{
    // No session bus, hence no Secret Service: what a server or a bare desktop gives.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/agencydesk-test-bus");
    CHECK_FALSE(useSystemKeychain());
    CHECK_FALSE(secretStore().isSecure());
    CHECK(secretStore().description().contains(QStringLiteral("NOT encrypted")));
    test::TestDatabase t;
    REQUIRE(MailSettingsService(t.manager).update(validSettings(), QStringLiteral("fallback-pass")).ok());
    CHECK(*MailSettingsService::readPassword(*t.db) == QStringLiteral("fallback-pass"));
}
