#pragma once

#include "Result.h"

#include <QStringList>

#include <initializer_list>
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
/// The statements of one step, from SQL literals.
QStringList sqlStatements(std::initializer_list<const char*> sql);
/// Appends versions 7 and up (WorkflowMigrations.cpp) to versions 1 to 6.
void appendWorkflowMigrations(std::vector<Migration>& list);
int latestSchemaVersion();
/// Applies every migration above the file's user_version up to \a targetVersion.
Status migrate(const Database& db, int targetVersion);

} // namespace agencydesk
