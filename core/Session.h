#pragma once

#include "Result.h"
#include "Role.h"

#include <QString>

#include <memory>

namespace agencydesk {

class Database;

/// Who is acting. Services receive it with every call; nothing in core trusts the UI to check roles.
struct UserContext
{
    qint64 id = 0;
    QString userName;
    QString fullName;
    Role role = Role::PayrollAdvisor;
};

/// A logged-in user on one database connection.
struct Session
{
    std::shared_ptr<Database> db;
    UserContext user;

    Database& database() const { return *db; }
};

/// The permission gate every mutating service call passes first.
Status authorize(const Session& session, Operation op);

/// Timestamps are stored as UTC ISO 8601 text so they sort and read the same everywhere.
QString nowUtc();

} // namespace agencydesk
