#pragma once

#include "Database.h"
#include "Session.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace agencydesk::test {

/// A fresh database in its own temporary folder, set up with an agency and a manager ("boss").
struct TestDatabase
{
    TestDatabase();
    QString path() const { return dir.filePath(QStringLiteral("agency.sqlite")); }
    /// A session for a user of \a role (created on first use, password kPassword).
    Session as(Role role);
    /// A second, independent connection to the same file (another CSR's instance).
    std::shared_ptr<Database> openSecondConnection() const;

    QTemporaryDir dir;
    std::shared_ptr<Database> db;
    Session manager;
};

inline const QString kPassword = QStringLiteral("correct-horse-9");

/// Result of running one of our executables.
struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
ProcessResult runProcess(const QString& program, const QStringList& args, const QStringList& extraEnv = {},
                         int timeoutMs = 120000);

} // namespace agencydesk::test
