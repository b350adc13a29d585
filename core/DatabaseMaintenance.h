#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace agencydesk {

class Database;

/// `db check` and `db backup`: read-only work any user may do.
class DatabaseMaintenance
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseMaintenance)

public:
    /// PRAGMA integrity_check and foreign_key_check; the problems found (empty when healthy).
    static Result<QStringList> check(const Database& db);
    /// PRAGMA quick_check only: what open() runs, or defers for large files.
    static Result<QStringList> quickCheck(const Database& db);
    /// A consistent copy of the live database (VACUUM INTO), safe while others write.
    static Status backup(const Database& db, const QString& targetPath);
};

} // namespace agencydesk
