#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <unordered_map>

namespace agencydesk {

struct OpenOptions
{
    bool create = true;         ///< create the file (and run migrations) when it does not exist
    int shared = -1;            ///< -1: use the setting stored in the file; 0: local; 1: shared (network folder)
    bool integrityCheck = true; ///< PRAGMA quick_check at open
    /// Above this size quick_check (which reads every page: ~0.7 s for 100,000 insureds) is left to the
    /// caller to run in the background (integrityCheckPending()), so the first rows appear at once.
    qint64 deferIntegrityCheckAbove = 64 * 1024 * 1024;
    int migrateToVersion = -1; ///< tests only: stop migrations at this version
};

/// Which AgencyDesk created a database file and which one opened it last (settings rows, shown in About).
struct ProgramRecord
{
    QString createdBy;    ///< empty for files created before the record existed
    QString lastOpenedBy; ///< e.g. "AgencyDesk 0.1.0"
};

/// A statement from Database::cachedQuery(): bind, exec() and read it as a QSqlQuery. Going out of scope resets it
/// (sqlite3_reset), so an unfinished read never keeps a read transaction, and with it the file, locked.
class CachedQuery
{
public:
    /// The connection's kept statement, marked in use until this goes out of scope.
    CachedQuery(QSqlQuery* kept, bool* inUse) : m_query(kept), m_inUse(inUse) { *m_inUse = true; }
    /// A statement of its own (the kept one is in use further up the stack, or it did not prepare).
    explicit CachedQuery(QSqlQuery own) : m_own(std::move(own)), m_query(&m_own) {}
    ~CachedQuery()
    {
        m_query->finish();
        if (m_inUse)
            *m_inUse = false;
    }
    CachedQuery(const CachedQuery&) = delete;
    CachedQuery& operator=(const CachedQuery&) = delete;

    QSqlQuery& operator*() { return *m_query; }
    QSqlQuery* operator->() { return m_query; }

private:
    QSqlQuery m_own;
    QSqlQuery* m_query = nullptr;
    bool* m_inUse = nullptr;
};

/// One SQLite connection. Each thread opens its own (see reopen()).
/// Local mode uses WAL; shared mode (a file on a network folder) uses the rollback journal,
/// because WAL needs shared memory on one host.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static Result<std::shared_ptr<Database>> open(const QString& path, const OpenOptions& options = {});
    /// A new connection to the same file, for another thread.
    Result<std::shared_ptr<Database>> reopen() const;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    QString path() const { return m_path; }
    bool isShared() const { return m_shared; }
    int schemaVersion() const;

    /// Prepares a statement on this connection.
    QSqlQuery query() const { return QSqlQuery(connection()); }
    /// \a sql prepared once on this connection and kept. SQLite compiles a statement, and the triggers an INSERT
    /// fires, when it is prepared: for a small write repeated thousands of times (an import) that is a third of the
    /// time. Asked for again while the first is still in scope (a nested call), it is prepared afresh. It reads
    /// forward only (next(), not previous(), seek() or last()).
    CachedQuery cachedQuery(const QString& sql) const;

    /// PRAGMA data_version: changes when another connection commits.
    qint64 dataVersion() const;

    Status setSharedMode(bool shared);

    /// True when open() deferred quick_check because of the file's size; run
    /// DatabaseMaintenance::quickCheck() on another connection, off the UI thread.
    bool integrityCheckPending() const { return m_integrityCheckPending; }

    ProgramRecord programRecord() const;
    /// The SQLite library's version (for About and support requests).
    QString sqliteVersion() const;

private:
    Database() = default;
    Status configure();
    Status recordProgramVersion(bool created);

    QString m_connectionName;
    struct KeptStatement
    {
        QSqlQuery query;
        bool inUse = false;
    };
    /// cachedQuery()'s, finalized before the connection closes (node-based: their addresses stay put)
    mutable std::unordered_map<QString, KeptStatement> m_statements;
    QString m_path;
    bool m_shared = false;
    bool m_integrityCheckPending = false;
    OpenOptions m_options;
};

/// Runs a prepared query and turns a failure into an Error with a message a user can act on.
Status exec(QSqlQuery& query);
Status execSql(const Database& db, const QString& sql);
Error databaseError(const QSqlError& error);

/// A write transaction: BEGIN IMMEDIATE (retried while another process holds the lock),
/// commit() on success, rollback when it goes out of scope uncommitted.
class Transaction
{
public:
    explicit Transaction(const Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Status begin();
    Status commit();

private:
    const Database& m_db;
    bool m_open = false;
};

} // namespace agencydesk
