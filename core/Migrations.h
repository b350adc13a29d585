#pragma once

#include "Result.h"

#include <QStringList>

#include <vector>

namespace agencydesk {

class Database;

/// One numbered schema step; applied in its own transaction, then PRAGMA user_version = version.
struct Migration
{
    int version;
    const char* description;
    QStringList statements;
    /// Rebuilds a table other tables refer to: runs with foreign keys off (SQLite's documented way to
    /// change a constraint) and checks them all before committing.
    bool rebuildsTables = false;
};

const std::vector<Migration>& migrations();
int latestSchemaVersion();
/// Applies every migration above the file's user_version up to \a targetVersion.
Status migrate(const Database& db, int targetVersion);

} // namespace agencydesk
