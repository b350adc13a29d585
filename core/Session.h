#pragma once

#include "Result.h"
#include "Role.h"

#include <QDate>
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
/// A date as stored, YYYY-MM-DD: what QDate::toString(Qt::ISODate) gives (a null string for an invalid date or a
/// year outside 0-9999), written by hand because Qt's takes a formatted print; an import writes a dozen a policy.
QString isoDate(const QDate& date);

} // namespace agencydesk
