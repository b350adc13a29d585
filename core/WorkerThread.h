#pragma once

#include "Result.h"
#include "Session.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace agencydesk {

class Database;

/// The thread and connection handling shared by the background jobs (issuing certificates for many holders, adding
/// documents, importing downloads, renewal runs): one job at a time in its own QThread, with its own connection to
/// the session's database file, opened and closed in that thread (QSqlDatabase connections belong to the thread
/// that opened them). The user context is copied; the services still check permissions on the job's connection.
/// cancel() is a flag the job reads between its units of work (each one transaction), so a cancelled job leaves
/// whole units. A subclass destructor calls stopAndWait() before its own members go (the body may write them).
class WorkerThread : public QObject
{
    Q_OBJECT
public:
    ~WorkerThread() override;

    /// Stops after the unit in hand. Thread-safe.
    void cancel() { m_cancelled.store(true); }
    bool isRunning() const { return m_thread != nullptr; }

protected:
    WorkerThread(const Session& session, QObject* parent);

    /// Runs \a body on a new thread named \a name; threadEnded() follows in this object's thread. False (nothing
    /// started) while a job is running.
    bool startThread(const QString& name, std::function<void()> body);
    /// The job's own connection; call it in the body, on the thread that will use it.
    Result<std::shared_ptr<Database>> openConnection() const;
    const UserContext& user() const { return m_user; }
    bool cancelled() const { return m_cancelled.load(); }
    const std::atomic<bool>* cancelFlag() const { return &m_cancelled; }
    /// Cancels a running job and waits for the unit in hand (one transaction).
    void stopAndWait();
    /// In this object's thread, after the body returned and its thread ended: emit the result here.
    virtual void threadEnded() = 0;

private:
    void onThreadFinished();

    QString m_path;
    bool m_shared = false;
    UserContext m_user;
    std::atomic<bool> m_cancelled{false};
    QThread* m_thread = nullptr;
};

} // namespace agencydesk
