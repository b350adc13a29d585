// Runs inside keychain-session.sh: a private D-Bus session with an unlocked GNOME Keyring, the Secret Service a
// signed-in Linux desktop has. secret-tool (libsecret's own command) checks what the keychain holds, independently
// of QtKeychain.
#include "CatchCompat.h"
#include "KeychainSecretStore.h"
#include "MailTestSupport.h"
#include "SecretStore.h"
#include "SmtpTestServer.h"

#include <QFile>
#include <QSqlQuery>
#include <QThread>

using namespace agencydesk;
using namespace agencydesk::test;

namespace {

/// The password secret-tool finds for \a entry (QtKeychain files it under the attributes server + user).
QString keychainHolds(const QString& entry)
{
    const ProcessResult r =
        runProcess(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"),
                                                   KeychainSecretStore::serviceName(), QStringLiteral("user"), entry});
    return r.exitCode == 0 ? r.out : QString();
}

QString entryFor(const TestDatabase& t)
{
    auto name = KeychainSecretStore::entryName(*t.db, QStringLiteral("mail.smtp.password"));
    REQUIRE(name.ok());
    return *name;
}

/// Every byte SQLite keeps for the database (the file and its write-ahead log).
QByteArray databaseBytes(const TestDatabase& t)
{
    QByteArray bytes;
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        QFile f(t.path() + suffix);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    return bytes;
}

MailSettings officeSettings()
{
    MailSettings m;
    m.host = QStringLiteral("smtp.office.example");
    m.userName = QStringLiteral("agent");
    m.fromAddress = QStringLiteral("service@northwind.example");
    m.bccAddress = QStringLiteral("copies@northwind.example");
    return m;
}

int secretRows(const TestDatabase& t)
{
    QSqlQuery q = t.db->query();
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'secret.%'")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("the SMTP password saved in the mail settings is in the system keychain and not in the database file")
{
    REQUIRE(useSystemKeychain());
    CHECK(secretStore().isSecure());
    CHECK(secretStore().description().contains(QStringLiteral("keychain")));

    TestDatabase t;
    const MailSettings settings = officeSettings();
    const QString password = QStringLiteral("Kc-9f2!secret");
    REQUIRE(MailSettingsService(t.manager).update(settings, password).ok());

    CHECK(keychainHolds(entryFor(t)) == password);
    CHECK(MailSettingsService(t.manager).settings()->passwordStored);
    CHECK(*MailSettingsService::readPassword(*t.db) == password);
    CHECK(secretRows(t) == 0);
    const QByteArray bytes = databaseBytes(t);
    CHECK_FALSE(bytes.contains(password.toUtf8()));
    CHECK_FALSE(bytes.contains(password.toUtf8().toBase64()));

    // Removing the password removes the keychain entry.
    REQUIRE(MailSettingsService(t.manager).update(settings, QString()).ok());
    CHECK(keychainHolds(entryFor(t)).isEmpty());
    CHECK_FALSE(MailSettingsService(t.manager).settings()->passwordStored);
}

TEST_CASE("two databases keep two passwords and a new start of the app reads them from the keychain")
{
    REQUIRE(useSystemKeychain());
    TestDatabase office;
    TestDatabase branch;
    CHECK(entryFor(office) != entryFor(branch));
    const MailSettings settings = officeSettings();
    REQUIRE(MailSettingsService(office.manager).update(settings, QStringLiteral("office-pass")).ok());
    REQUIRE(MailSettingsService(branch.manager).update(settings, QStringLiteral("branch-pass")).ok());

    REQUIRE(useSystemKeychain()); // a new store: nothing remembered in memory
    CHECK(*MailSettingsService::readPassword(*office.db) == QStringLiteral("office-pass"));
    CHECK(*MailSettingsService::readPassword(*branch.db) == QStringLiteral("branch-pass"));
}

TEST_CASE("a password an earlier build kept in the database is still used and moves to the keychain when saved")
{
    TestDatabase t;
    // As the fallback store of an earlier build wrote it.
    REQUIRE(
        DatabaseSecretStore().write(*t.db, QStringLiteral("mail.smtp.password"), QStringLiteral("legacy-pass")).ok());
    REQUIRE(secretRows(t) == 1);

    REQUIRE(useSystemKeychain());
    CHECK(*MailSettingsService::readPassword(*t.db) == QStringLiteral("legacy-pass"));
    const MailSettings settings = officeSettings();
    REQUIRE(MailSettingsService(t.manager).update(settings, QStringLiteral("moved-pass")).ok());
    CHECK(secretRows(t) == 0);
    CHECK(keychainHolds(entryFor(t)) == QStringLiteral("moved-pass"));
}

TEST_CASE("the outbox sender thread signs in to the SMTP server with the password from the keychain")
{
    TestDatabase t;
    SmtpTestServer server;
    SmtpTestServer::Options options;
    options.mode = QStringLiteral("starttls");
    options.user = QStringLiteral("agent");
    options.password = QStringLiteral("kc-smtp-pass");
    REQUIRE(server.start(options));
    MailSettings settings = mailSettingsFor(server, SmtpSecurity::StartTls, QStringLiteral("agent"));
    settings.trustedFingerprint = server.certFingerprint();

    REQUIRE(useSystemKeychain());
    configureMail(t.manager, settings, QStringLiteral("kc-smtp-pass"));
    REQUIRE(OutboxService(t.manager).enqueue(simpleMail()).ok());
    REQUIRE(useSystemKeychain()); // the sender's thread is the first to ask the keychain, as after a restart

    int sent = -1;
    QString error;
    QThread* thread = QThread::create([&] {
        OutboxSender sender(t.path());
        auto report = sender.runOnce();
        sent = report ? report->sent : -1;
        error = report ? report->lastError : report.error().message;
    });
    thread->start();
    REQUIRE(thread->wait(60000));
    delete thread;
    CAPTURE(error.toStdString());
    CHECK(sent == 1);
    CHECK(server.messageCount() == 1);
}
