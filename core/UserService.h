#pragma once

#include "Result.h"
#include "Role.h"
#include "Session.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <vector>

namespace agencydesk {

class Database;

struct User
{
    qint64 id = 0;
    QString userName;
    QString fullName;
    Role role = Role::PayrollAdvisor;
    bool active = true;
    QString lockedUntil;
};

/// Logging in: five wrong passwords in a row lock the account for kLockMinutes.
class AuthService
{
    Q_DECLARE_TR_FUNCTIONS(AuthService)

public:
    static constexpr int kMaxFailures = 5;
    static constexpr int kLockMinutes = 5;

    explicit AuthService(std::shared_ptr<Database> db) : m_db(std::move(db)) {}
    Result<Session> login(const QString& userName, const QString& password);

private:
    std::shared_ptr<Database> m_db;
};

/// Users and roles; every call is the manager's.
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(UserService)

public:
    explicit UserService(const Session& session) : m_session(session) {}

    Result<qint64> add(const QString& userName, const QString& fullName, Role role, const QString& password);
    Status resetPassword(qint64 userId, const QString& newPassword);
    Status setActive(qint64 userId, bool active);
    Status changeRole(qint64 userId, Role role);
    Result<std::vector<User>> list() const;
    Result<User> get(qint64 userId) const;
    Result<User> findByName(const QString& userName) const;

private:
    Status lastManagerGuard(qint64 userId) const;
    const Session& m_session;
};

/// Inside a caller's transaction, without a permission check: for the first-run setup only.
Result<qint64> insertUser(const Database& db, const QString& userName, const QString& fullName, Role role,
                          const QString& password);

} // namespace agencydesk
