#include "KeychainSecretStore.h"

#include "Database.h"

#include <QEventLoop>
#include <QSqlQuery>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace agencydesk {

namespace {

constexpr int kJobTimeoutMs = 10000;

struct JobOutcome
{
    QKeychain::Error error = QKeychain::OtherError;
    QString message;
    QString text; ///< a read job's secret
    bool finished = false;
};

/// Runs a keychain job to its end on the calling thread (QtKeychain only has asynchronous jobs). The job deletes
/// itself when it finishes, also when it outlives a timeout.
JobOutcome run(QKeychain::Job* job, int timeoutMs)
{
    JobOutcome outcome;
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job* done) {
        outcome.finished = true;
        outcome.error = done->error();
        outcome.message = done->errorString();
        if (auto* reader = qobject_cast<QKeychain::ReadPasswordJob*>(done))
            outcome.text = reader->textData();
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file behind the user's back
    job->start();
    loop.exec();
    if (!outcome.finished)
        outcome.message = QStringLiteral("no answer from the keychain within %1 s").arg(timeoutMs / 1000);
    return outcome;
}

} // namespace

std::unique_ptr<KeychainSecretStore> KeychainSecretStore::probe(int timeoutMs)
{
    // A read of an entry nobody writes: "not found" means the keychain answers; anything else means there is none
    // (no Secret Service on the session bus, no session bus, a locked keychain that refused).
    auto* job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(QStringLiteral("probe"));
    const JobOutcome outcome = run(job, timeoutMs);
    if (!outcome.finished || (outcome.error != QKeychain::NoError && outcome.error != QKeychain::EntryNotFound))
        return nullptr;
    return std::unique_ptr<KeychainSecretStore>(new KeychainSecretStore);
}

QString KeychainSecretStore::description() const
{
    return tr("The password is kept in this computer's keychain, not in the database. On a shared database, enter "
              "it once on each computer that sends mail.");
}

Result<QString> KeychainSecretStore::entryName(const Database& db, const QString& key)
{
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = 'database.id'"));
    if (Status s = exec(q); !s)
        return s.error();
    if (!q.next() || q.value(0).toString().isEmpty())
        return Error{ErrorCode::Database, tr("The database has no identity (database.id); reopen it to upgrade it.")};
    return QString(q.value(0).toString() + QLatin1Char('/') + key);
}

Result<QString> KeychainSecretStore::read(const Database& db, const QString& key) const
{
    auto entry = entryName(db, key);
    if (!entry)
        return entry.error();
    {
        QMutexLocker lock(&m_mutex);
        if (auto it = m_cache.constFind(*entry); it != m_cache.constEnd())
            return *it;
    }
    auto* job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(*entry);
    const JobOutcome outcome = run(job, kJobTimeoutMs);
    QString value;
    if (outcome.finished && outcome.error == QKeychain::NoError) {
        value = outcome.text;
    } else if (outcome.finished && outcome.error == QKeychain::EntryNotFound) {
        // Not in this computer's keychain: a password kept in the database by an earlier build, or none.
        auto stored = DatabaseSecretStore().read(db, key);
        if (!stored)
            return stored.error();
        value = *stored;
    } else {
        return Error{ErrorCode::Database, tr("The system keychain could not be read: %1").arg(outcome.message)};
    }
    QMutexLocker lock(&m_mutex);
    m_cache.insert(*entry, value);
    return value;
}

Status KeychainSecretStore::write(const Database& db, const QString& key, const QString& value)
{
    auto entry = entryName(db, key);
    if (!entry)
        return entry.error();
    QKeychain::Job* job = nullptr;
    if (value.isEmpty()) {
        job = new QKeychain::DeletePasswordJob(serviceName());
    } else {
        auto* writer = new QKeychain::WritePasswordJob(serviceName());
        writer->setTextData(value);
        job = writer;
    }
    job->setKey(*entry);
    const JobOutcome outcome = run(job, kJobTimeoutMs);
    const bool done = outcome.finished && (outcome.error == QKeychain::NoError ||
                                           (value.isEmpty() && outcome.error == QKeychain::EntryNotFound));
    if (!done)
        return Error{ErrorCode::Database, tr("The system keychain refused the password: %1").arg(outcome.message)};
    {
        QMutexLocker lock(&m_mutex);
        m_cache.insert(*entry, value);
    }
    // The copy an earlier build kept in the database goes (in the caller's transaction).
    return DatabaseSecretStore().write(db, key, QString());
}

} // namespace agencydesk
