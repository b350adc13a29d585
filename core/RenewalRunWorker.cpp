#include "RenewalRunWorker.h"

#include "Database.h"
#include "RenewalRunner.h"

#include <QThread>

namespace agencydesk {

RenewalRunWorker::RenewalRunWorker(const Session& session, QObject* parent)
    : QObject(parent), m_path(session.database().path()), m_shared(session.database().isShared()), m_user(session.user)
{
    qRegisterMetaType<agencydesk::RenewalRunSummary>();
}

RenewalRunWorker::~RenewalRunWorker()
{
    if (m_thread) {
        cancel();
        m_thread->wait(); // at most the master in hand; its transaction commits or rolls back whole
        delete m_thread;
    }
}

void RenewalRunWorker::start(qint64 runId)
{
    Q_ASSERT(!m_thread);
    if (m_thread)
        return;
    m_cancelled.store(false);
    m_runId = runId;
    m_thread = QThread::create([this, runId] { m_summary = runNow(runId, &m_error); });
    m_thread->setObjectName(QStringLiteral("renewal-run"));
    // QThread::finished comes from the worker thread; queued here, so finished() is emitted in our thread.
    connect(m_thread, &QThread::finished, this, &RenewalRunWorker::onThreadFinished);
    m_thread->start();
}

void RenewalRunWorker::onThreadFinished()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const RenewalRunSummary summary = std::move(m_summary);
    const QString error = m_error;
    m_summary = {};
    m_error.clear();
    emit finished(summary, error);
}

RenewalRunSummary RenewalRunWorker::runNow(qint64 runId, QString* error)
{
    // This thread's own connection: opened here, closed when db goes out of scope at the end of this function.
    OpenOptions options;
    options.create = false;
    options.integrityCheck = false;
    options.shared = m_shared ? 1 : 0;
    Result<std::shared_ptr<Database>> db = Database::open(m_path, options);
    if (!db) {
        if (error)
            *error = db.error().message;
        return {};
    }
    const Session session{*db, m_user};
    Result<RenewalRunSummary> summary = RenewalRunner(session).execute(
        runId, [this](int done, int total, const QString& holder) { emit progress(done, total, holder); },
        &m_cancelled);
    if (!summary) {
        if (error)
            *error = summary.error().message;
        return {};
    }
    return std::move(summary).value();
}

} // namespace agencydesk
