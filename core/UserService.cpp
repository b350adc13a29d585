#include "UserService.h"

#include "ActivityService.h"
#include "Database.h"
#include "PasswordHasher.h"
#include "Validation.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace agencydesk {

namespace {

User readUser(const QSqlQuery& q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.userName = q.value(1).toString();
    u.fullName = q.value(2).toString();
    u.role = roleFromKey(q.value(3).toString()).value_or(Role::PayrollAdvisor);
    u.active = q.value(4).toBool();
    u.lockedUntil = q.value(5).toString();
    return u;
}

const QString kSelectUser =
    QStringLiteral("SELECT id, user_name, full_name, role, active, COALESCE(locked_until, '') FROM users ");

Status validateUserName(const QString& userName)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._@-]{2,64}$"));
    if (!pattern.match(userName).hasMatch())
        return validationError(UserService::tr("User name \"%1\" must be 2 to 64 letters, digits, dots, dashes, "
                                               "underscores or @.")
                                   .arg(userName));
    return {};
}

} // namespace

Result<qint64> insertUser(const Database& db, const QString& userNameIn, const QString& fullName, Role role,
                          const QString& password)
{
    const QString userName = userNameIn.trimmed();
    if (Status s = validateUserName(userName); !s)
        return s.error();
    if (containsLineBreak(fullName))
        return validationError(UserService::tr("The full name must be one line."));
    if (const QString weak = PasswordHasher::weakness(password); !weak.isEmpty())
        return validationError(weak);
    QSqlQuery dup = db.query();
    dup.prepare(QStringLiteral("SELECT 1 FROM users WHERE user_name = ?"));
    dup.addBindValue(userName);
    if (Status s = exec(dup); !s)
        return s.error();
    if (dup.next())
        return Error{ErrorCode::Conflict, UserService::tr("A user named \"%1\" already exists.").arg(userName)};
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral(
        "INSERT INTO users(user_name, full_name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(userName);
    q.addBindValue(cleanText(fullName));
    q.addBindValue(roleKey(role));
    q.addBindValue(PasswordHasher::hash(password));
    q.addBindValue(nowUtc());
    if (Status s = exec(q); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Result<Session> AuthService::login(const QString& userNameIn, const QString& password)
{
    const QString userName = userNameIn.trimmed();
    const Error wrong{ErrorCode::Auth, tr("Wrong user name or password.")};
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("SELECT id, user_name, full_name, role, active, password_hash, failed_logins, "
                             "COALESCE(locked_until, '') FROM users WHERE user_name = ?"));
    q.addBindValue(userName);
    if (Status s = exec(q); !s)
        return s.error();
    if (!q.next())
        return wrong;
    const qint64 id = q.value(0).toLongLong();
    UserContext user{id, q.value(1).toString(), q.value(2).toString(),
                     roleFromKey(q.value(3).toString()).value_or(Role::PayrollAdvisor)};
    const bool active = q.value(4).toBool();
    const QString hash = q.value(5).toString();
    const int failures = q.value(6).toInt();
    const QDateTime lockedUntil = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    q.finish();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (lockedUntil.isValid() && lockedUntil > now)
        return Error{ErrorCode::Locked, tr("Account %1 is locked after %2 wrong passwords; try again after %3.")
                                            .arg(user.userName)
                                            .arg(kMaxFailures)
                                            .arg(lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm")))};
    if (!active)
        return Error{ErrorCode::Auth, tr("Account %1 is deactivated; ask a manager.").arg(user.userName)};

    const bool ok = PasswordHasher::verify(password, hash);
    Transaction tx(*m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    QSqlQuery update = m_db->query();
    if (ok) {
        update.prepare(QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = ?"));
        update.addBindValue(id);
    } else {
        const int newFailures = failures + 1;
        update.prepare(QStringLiteral("UPDATE users SET failed_logins = ?, locked_until = ? WHERE id = ?"));
        update.addBindValue(newFailures >= kMaxFailures ? 0 : newFailures);
        update.addBindValue(newFailures >= kMaxFailures
                                ? QVariant(now.addSecs(kLockMinutes * 60).toString(Qt::ISODateWithMs))
                                : QVariant());
        update.addBindValue(id);
    }
    if (Status s = exec(update); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    if (!ok) {
        if (failures + 1 >= kMaxFailures)
            return Error{ErrorCode::Locked, tr("Wrong password %1 times in a row: account %2 is locked "
                                               "for %3 minutes.")
                                                .arg(kMaxFailures)
                                                .arg(user.userName)
                                                .arg(kLockMinutes)};
        return wrong;
    }
    return Session{m_db, user};
}

Result<qint64> UserService::add(const QString& userName, const QString& fullName, Role role, const QString& password)
{
    if (Status s = authorize(m_session, Operation::UserAdd); !s)
        return s.error();
    const Database& db = m_session.database();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    Result<qint64> id = insertUser(db, userName, fullName, role, password);
    if (!id)
        return id.error();
    if (Status s = recordActivity(m_session, QStringLiteral("user"), *id, std::nullopt, QStringLiteral("created"),
                                  QStringLiteral("Added user %1 (%2)").arg(userName.trimmed(), roleDisplayName(role)));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status UserService::resetPassword(qint64 userId, const QString& newPassword)
{
    if (Status s = authorize(m_session, Operation::UserResetPassword); !s)
        return s;
    if (const QString weak = PasswordHasher::weakness(newPassword); !weak.isEmpty())
        return validationError(weak);
    const Database& db = m_session.database();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    Result<User> user = get(userId);
    if (!user)
        return user.error();
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("UPDATE users SET password_hash = ?, failed_logins = 0, locked_until = NULL, "
                             "row_version = row_version + 1 WHERE id = ?"));
    q.addBindValue(PasswordHasher::hash(newPassword));
    q.addBindValue(userId);
    if (Status s = exec(q); !s)
        return s;
    if (Status s =
            recordActivity(m_session, QStringLiteral("user"), userId, std::nullopt, QStringLiteral("password-reset"),
                           QStringLiteral("Reset the password of %1 (and unlocked the account)").arg(user->userName));
        !s)
        return s;
    return tx.commit();
}

Status UserService::lastManagerGuard(qint64 userId) const
{
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral("SELECT count(*) FROM users WHERE role = 'manager' AND active = 1 AND id <> ?"));
    q.addBindValue(userId);
    if (Status s = exec(q); !s)
        return s;
    q.next();
    if (q.value(0).toInt() == 0)
        return validationError(tr("This is the last active manager; add another manager first."));
    return {};
}

Status UserService::setActive(qint64 userId, bool active)
{
    if (Status s = authorize(m_session, Operation::UserSetActive); !s)
        return s;
    const Database& db = m_session.database();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    Result<User> user = get(userId);
    if (!user)
        return user.error();
    if (!active && user->role == Role::Manager) {
        if (Status s = lastManagerGuard(userId); !s)
            return s;
    }
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("UPDATE users SET active = ?, row_version = row_version + 1 WHERE id = ?"));
    q.addBindValue(active ? 1 : 0);
    q.addBindValue(userId);
    if (Status s = exec(q); !s)
        return s;
    if (Status s =
            recordActivity(m_session, QStringLiteral("user"), userId, std::nullopt,
                           active ? QStringLiteral("reactivated") : QStringLiteral("deactivated"),
                           QStringLiteral("%1 user %2").arg(active ? u"Reactivated" : u"Deactivated", user->userName));
        !s)
        return s;
    return tx.commit();
}

Status UserService::changeRole(qint64 userId, Role role)
{
    if (Status s = authorize(m_session, Operation::UserChangeRole); !s)
        return s;
    const Database& db = m_session.database();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    Result<User> user = get(userId);
    if (!user)
        return user.error();
    if (user->role == Role::Manager && role != Role::Manager) {
        if (Status s = lastManagerGuard(userId); !s)
            return s;
    }
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("UPDATE users SET role = ?, row_version = row_version + 1 WHERE id = ?"));
    q.addBindValue(roleKey(role));
    q.addBindValue(userId);
    if (Status s = exec(q); !s)
        return s;
    if (Status s =
            recordActivity(m_session, QStringLiteral("user"), userId, std::nullopt, QStringLiteral("role-changed"),
                           QStringLiteral("Changed the role of %1 from %2 to %3")
                               .arg(user->userName, roleDisplayName(user->role), roleDisplayName(role)));
        !s)
        return s;
    return tx.commit();
}

Result<std::vector<User>> UserService::list() const
{
    QSqlQuery q = m_session.database().query();
    q.prepare(kSelectUser + QStringLiteral("ORDER BY user_name COLLATE NOCASE"));
    if (Status s = exec(q); !s)
        return s.error();
    std::vector<User> out;
    while (q.next())
        out.push_back(readUser(q));
    return out;
}

Result<User> UserService::get(qint64 userId) const
{
    QSqlQuery q = m_session.database().query();
    q.prepare(kSelectUser + QStringLiteral("WHERE id = ?"));
    q.addBindValue(userId);
    if (Status s = exec(q); !s)
        return s.error();
    if (!q.next())
        return Error{ErrorCode::NotFound, tr("User %1 does not exist.").arg(userId)};
    return readUser(q);
}

Result<User> UserService::findByName(const QString& userName) const
{
    QSqlQuery q = m_session.database().query();
    q.prepare(kSelectUser + QStringLiteral("WHERE user_name = ?"));
    q.addBindValue(userName.trimmed());
    if (Status s = exec(q); !s)
        return s.error();
    if (!q.next())
        return Error{ErrorCode::NotFound, tr("User \"%1\" does not exist.").arg(userName)};
    return readUser(q);
}

} // namespace agencydesk
