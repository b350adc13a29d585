#include "WorkerThread.h"

#include "Database.h"

#include <QThread>

namespace agencydesk {

WorkerThread::WorkerThread(const Session& session, QObject* parent)
    : QObject(parent), m_path(session.database().path()), m_shared(session.database().isShared()), m_user(session.user)
{}

WorkerThread::~WorkerThread()
{
    stopAndWait();
}

void WorkerThread::stopAndWait()
{
    if (!m_thread)
        return;
    cancel();
    m_thread->wait(); // at most the unit in hand; its transaction commits or rolls back whole
    delete m_thread;
    m_thread = nullptr;
}

bool WorkerThread::startThread(const QString& name, std::function<void()> body)
{
    Q_ASSERT(!m_thread);
    if (m_thread)
        return false;
    m_cancelled.store(false);
    m_thread = QThread::create(std::move(body));
    m_thread->setObjectName(name);
    // QThread::finished comes from the worker thread; queued here, so threadEnded() runs in our thread.
    connect(m_thread, &QThread::finished, this, &WorkerThread::onThreadFinished);
    m_thread->start();
    return true;
}

void WorkerThread::onThreadFinished()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    threadEnded();
}

Result<std::shared_ptr<Database>> WorkerThread::openConnection() const
{
    OpenOptions options;
    options.create = false;
    options.integrityCheck = false;
    options.shared = m_shared ? 1 : 0;
    return Database::open(m_path, options);
}

} // namespace agencydesk
