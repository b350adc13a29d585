#include "Database.h"

#include "Migrations.h"
#include "Version.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QThread>

namespace agencydesk {

Q_LOGGING_CATEGORY(lcDb, "agencydesk.core.db", QtWarningMsg)

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("agencydesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

// SQLite's header; anything else is not a database we can open.
bool looksLikeSqlite(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    if (file.size() == 0)
        return true; // an empty file becomes a new database
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Validation:
        return QStringLiteral("validation failed");
    case ErrorCode::Permission:
        return QStringLiteral("permission denied");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::NotFound:
        return QStringLiteral("not found");
    case ErrorCode::Auth:
        return QStringLiteral("login failed");
    case ErrorCode::Locked:
        return QStringLiteral("account locked");
    case ErrorCode::Database:
        return QStringLiteral("database error");
    }
    return {};
}

Error databaseError(const QSqlError& error)
{
    const int code = error.nativeErrorCode().toInt();
    switch (code & 0xff) { // primary result code; extended codes carry detail in the high bits
    case 5:                // SQLITE_BUSY
    case 6:                // SQLITE_LOCKED
        return {ErrorCode::Database, Database::tr("The database is busy (another user is saving); please try again.")};
    case 8: // SQLITE_READONLY
        return {ErrorCode::Database, Database::tr("The database file is read-only; changes cannot be saved.")};
    case 10: // SQLITE_IOERR
        // A size limit or a failing disk; SQLite reports a plain full disk as SQLITE_FULL below.
        return {ErrorCode::Database, Database::tr("The database file could not be written (the disk may be full "
                                                  "or failing: %1); nothing was saved.")
                                         .arg(error.databaseText())};
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return {ErrorCode::Database, Database::tr("The database file is damaged: %1").arg(error.databaseText())};
    case 13: // SQLITE_FULL
        return {ErrorCode::Database,
                Database::tr("The disk is full; nothing was saved. Free some space and try again.")};
    case 19: // SQLITE_CONSTRAINT
        return {ErrorCode::Conflict,
                Database::tr("The change breaks a rule of the data: %1").arg(error.databaseText())};
    default:
        break;
    }
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return {ErrorCode::Database, Database::tr("Database error: %1").arg(text)};
}

Status exec(QSqlQuery& query)
{
    if (query.exec())
        return {};
    qCWarning(lcDb) << "query failed:" << query.lastQuery() << query.lastError().text();
    return databaseError(query.lastError());
}

Status execSql(const Database& db, const QString& sql)
{
    QSqlQuery query = db.query();
    if (!query.prepare(sql))
        return databaseError(query.lastError());
    return exec(query);
}

Database::~Database()
{
    m_statements.clear();
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

CachedQuery Database::cachedQuery(const QString& sql) const
{
    // Read forward only: Qt then keeps no copy of the rows already read (an import reads a million).
    const auto prepared = [this, &sql](bool& ok) {
        QSqlQuery q = query();
        q.setForwardOnly(true);
        ok = q.prepare(sql);
        return q;
    };
    bool ok = false;
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q = prepared(ok);
        if (!ok)
            return CachedQuery(std::move(q)); // not kept: exec() reports the error
        it = m_statements.emplace(sql, KeptStatement{std::move(q), false}).first;
    }
    if (it->second.inUse)
        return CachedQuery(prepared(ok));
    return CachedQuery(&it->second.query, &it->second.inUse);
}

Result<std::shared_ptr<Database>> Database::open(const QString& path, const OpenOptions& options)
{
    const QFileInfo info(path);
    if (path.isEmpty())
        return Error{ErrorCode::Validation, tr("No database file was given.")};
    if (!info.dir().exists())
        return Error{ErrorCode::NotFound,
                     tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath()))};
    if (info.isDir())
        return Error{ErrorCode::Validation,
                     tr("%1 is a folder, not a database file.").arg(QDir::toNativeSeparators(path))};
    if (!info.exists() && !options.create)
        return Error{ErrorCode::NotFound, tr("The database %1 does not exist.").arg(QDir::toNativeSeparators(path))};
    if (info.exists()) {
        if (!info.isReadable())
            return Error{ErrorCode::Database,
                         tr("The database %1 cannot be read (no permission).").arg(QDir::toNativeSeparators(path))};
        if (!looksLikeSqlite(path))
            return Error{
                ErrorCode::Database,
                tr("%1 is not an AgencyDesk database (it is not a SQLite file).").arg(QDir::toNativeSeparators(path))};
        if (!info.isWritable())
            return Error{ErrorCode::Database, tr("The database %1 is read-only; AgencyDesk needs to write to it. "
                                                 "Ask for write access or copy it to a writable folder.")
                                                  .arg(QDir::toNativeSeparators(path))};
    } else if (!QFileInfo(info.absolutePath()).isWritable()) {
        return Error{ErrorCode::Database, tr("The folder %1 is read-only; the database cannot be created there.")
                                              .arg(QDir::toNativeSeparators(info.absolutePath()))};
    }

    std::shared_ptr<Database> database(new Database);
    database->m_connectionName = nextConnectionName();
    database->m_path = info.absoluteFilePath();
    database->m_options = options;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        db.setDatabaseName(database->m_path);
        if (!db.open())
            return Error{ErrorCode::Database,
                         tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), db.lastError().text())};
    }
    if (Status configured = database->configure(); !configured)
        return Error{configured.error().code,
                     QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), configured.error().message)};
    return database;
}

Result<std::shared_ptr<Database>> Database::reopen() const
{
    OpenOptions options = m_options;
    options.create = false;
    options.integrityCheck = false;
    options.shared = m_shared ? 1 : 0;
    return open(m_path, options);
}

Status Database::configure()
{
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000"}) {
        if (Status s = execSql(*this, QString::fromLatin1(pragma)); !s)
            return s;
    }
    const bool large = QFileInfo(m_path).size() > m_options.deferIntegrityCheckAbove;
    m_integrityCheckPending = m_options.integrityCheck && large;
    if (m_options.integrityCheck && !large) {
        QSqlQuery check = query();
        if (!check.exec(QStringLiteral("PRAGMA quick_check")))
            return databaseError(check.lastError());
        if (!check.next() || check.value(0).toString() != QLatin1String("ok"))
            return Error{ErrorCode::Database,
                         tr("the database file is damaged (integrity check: %1). Restore a backup.")
                             .arg(check.value(0).toString())};
    }

    int version = schemaVersion();
    if (version < 0)
        return Error{ErrorCode::Database, tr("the file cannot be read as a database.")};
    if (version > latestSchemaVersion())
        return Error{ErrorCode::Database,
                     tr("the database was created by a newer AgencyDesk (schema %1, this version knows %2).")
                         .arg(version)
                         .arg(latestSchemaVersion())};

    // The stored setting decides the journal mode unless the caller forces one.
    bool shared = false;
    if (m_options.shared >= 0) {
        shared = m_options.shared == 1;
    } else if (version >= 1) {
        QSqlQuery q = query();
        q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = 'database.shared'"));
        if (q.exec() && q.next())
            shared = q.value(0).toString() == QLatin1String("true");
    }
    m_shared = shared;
    const QString journal = shared ? QStringLiteral("DELETE") : QStringLiteral("WAL");
    if (Status s = execSql(*this, QStringLiteral("PRAGMA journal_mode = %1").arg(journal)); !s)
        return s;
    if (Status s = execSql(*this, shared ? QStringLiteral("PRAGMA synchronous = FULL")
                                         : QStringLiteral("PRAGMA synchronous = NORMAL"));
        !s)
        return s;

    const int target = m_options.migrateToVersion >= 0 ? m_options.migrateToVersion : latestSchemaVersion();
    if (version < target) {
        if (Status s = migrate(*this, target); !s)
            return s;
    }
    return recordProgramVersion(version == 0);
}

Status Database::recordProgramVersion(bool created)
{
    if (schemaVersion() < 1)
        return {};
    const QString product = QString::fromLatin1(version::kProduct);
    // Written only when it changes, so opening (and every worker's own connection) stays read-only.
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = 'database.last_opened_by'"));
    if (!q.exec())
        return databaseError(q.lastError());
    if (!created && q.next() && q.value(0).toString() == product)
        return {};
    QSqlQuery write = query();
    write.prepare(created ? QStringLiteral("INSERT INTO settings(key, value) VALUES ('database.created_by', :p), "
                                           "('database.last_opened_by', :p) "
                                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
                          : QStringLiteral("INSERT INTO settings(key, value) VALUES ('database.last_opened_by', :p) "
                                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    write.bindValue(QStringLiteral(":p"), product);
    return exec(write);
}

QString Database::sqliteVersion() const
{
    QSqlQuery q = query();
    return q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next() ? q.value(0).toString() : QString();
}

ProgramRecord Database::programRecord() const
{
    ProgramRecord record;
    QSqlQuery q = query();
    if (!q.exec(QStringLiteral("SELECT key, value FROM settings WHERE key IN "
                               "('database.created_by', 'database.last_opened_by')")))
        return record;
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("database.created_by"))
            record.createdBy = q.value(1).toString();
        else
            record.lastOpenedBy = q.value(1).toString();
    }
    return record;
}

int Database::schemaVersion() const
{
    QSqlQuery q = query();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

qint64 Database::dataVersion() const
{
    QSqlQuery q = query();
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

Status Database::setSharedMode(bool shared)
{
    {
        Transaction tx(*this);
        if (Status s = tx.begin(); !s)
            return s;
        QSqlQuery q = query();
        q.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES('database.shared', ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(shared ? QStringLiteral("true") : QStringLiteral("false"));
        if (Status s = exec(q); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    m_shared = shared;
    return execSql(*this, QStringLiteral("PRAGMA journal_mode = %1").arg(shared ? u"DELETE" : u"WAL"));
}

Transaction::Transaction(const Database& db) : m_db(db) {}

Transaction::~Transaction()
{
    if (m_open)
        (void)execSql(m_db, QStringLiteral("ROLLBACK"));
}

Status Transaction::begin()
{
    // busy_timeout already waits 5 s; a few more tries cover a colleague's long save on a slow share.
    Status result;
    for (int attempt = 0; attempt < 4; ++attempt) {
        result = execSql(m_db, QStringLiteral("BEGIN IMMEDIATE"));
        if (result)
            break;
        if (!result.error().message.contains(QLatin1String("busy")))
            return result;
        QThread::msleep(100 * (attempt + 1));
    }
    m_open = result.ok();
    return result;
}

Status Transaction::commit()
{
    Status result = execSql(m_db, QStringLiteral("COMMIT"));
    if (result)
        m_open = false;
    return result;
}

} // namespace agencydesk
