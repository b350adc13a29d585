#include "CatchCompat.h"
#include "PasswordHasher.h"
#include "TestSupport.h"
#include "UserService.h"

#include <QSqlQuery>
#include <QVariant>

using namespace agencydesk;

TEST_CASE("passwords are stored only as salted PBKDF2-SHA256 hashes with at least 600,000 iterations")
{
    test::TestDatabase t;
    QSqlQuery q = t.db->query();
    REQUIRE(q.exec(QStringLiteral("SELECT password_hash FROM users WHERE user_name = 'boss'")));
    REQUIRE(q.next());
    const QString stored = q.value(0).toString();
    CHECK_FALSE(stored.contains(test::kPassword));
    const QStringList parts = stored.split(QLatin1Char('$'));
    REQUIRE(parts.size() == 4);
    CHECK(parts[0] == QStringLiteral("pbkdf2-sha256"));
    CHECK(parts[1].toInt() >= 600000);
    // Same password, different salt, different hash.
    CHECK(PasswordHasher::hash(test::kPassword) != stored);
    CHECK(PasswordHasher::verify(test::kPassword, stored));
    CHECK_FALSE(PasswordHasher::verify(QStringLiteral("wrong"), stored));
}

TEST_CASE("login succeeds with the right password and names the role")
{
    test::TestDatabase t;
    auto session = AuthService(t.db).login(QStringLiteral("BOSS"), test::kPassword);
    REQUIRE(session.ok());
    CHECK(session->user.role == Role::Manager);
    CHECK(session->user.userName == QStringLiteral("boss"));
    auto unknown = AuthService(t.db).login(QStringLiteral("nobody"), test::kPassword);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message == QStringLiteral("Wrong user name or password."));
}

TEST_CASE("five wrong passwords in a row lock the account, a manager's reset unlocks it")
{
    test::TestDatabase t;
    const Session clerk = t.as(Role::DataProcessor);
    AuthService auth(t.db);
    for (int i = 1; i <= 4; ++i) {
        auto r = auth.login(QStringLiteral("data-processor"), QStringLiteral("guess-%1").arg(i));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Auth);
    }
    auto fifth = auth.login(QStringLiteral("data-processor"), QStringLiteral("guess-5"));
    REQUIRE_FALSE(fifth.ok());
    CHECK(fifth.error().code == ErrorCode::Locked);
    // Even the right password is refused while locked.
    auto locked = auth.login(QStringLiteral("data-processor"), test::kPassword);
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().code == ErrorCode::Locked);
    CHECK(locked.error().message.contains(QStringLiteral("locked")));

    REQUIRE(UserService(t.manager).resetPassword(clerk.user.id, QStringLiteral("fresh-start-7")).ok());
    CHECK(auth.login(QStringLiteral("data-processor"), QStringLiteral("fresh-start-7")).ok());
}

TEST_CASE("the lock expires after a few minutes")
{
    test::TestDatabase t;
    t.as(Role::CertificateSpecialist);
    REQUIRE(execSql(*t.db, QStringLiteral("UPDATE users SET locked_until = '2020-01-01T00:00:00.000Z' "
                                          "WHERE user_name = 'certificate-specialist'"))
                .ok());
    CHECK(AuthService(t.db).login(QStringLiteral("certificate-specialist"), test::kPassword).ok());
}

TEST_CASE("deactivated users cannot log in, weak passwords and bad user names are refused")
{
    test::TestDatabase t;
    const Session clerk = t.as(Role::DataProcessor);
    REQUIRE(UserService(t.manager).setActive(clerk.user.id, false).ok());
    auto r = AuthService(t.db).login(QStringLiteral("data-processor"), test::kPassword);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QStringLiteral("deactivated")));
    auto weak = UserService(t.manager).add(QStringLiteral("newbie"), {}, Role::DataProcessor, QStringLiteral("short"));
    REQUIRE_FALSE(weak.ok());
    CHECK(weak.error().message.contains(QStringLiteral("at least 8")));
    CHECK_FALSE(UserService(t.manager).add(QStringLiteral("bad name"), {}, Role::DataProcessor, test::kPassword).ok());
    auto dup = UserService(t.manager).add(QStringLiteral("BOSS"), {}, Role::DataProcessor, test::kPassword);
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().code == ErrorCode::Conflict);
}
