#include "RenewalRunWorker.h"

#include "Database.h"
#include "RenewalRunner.h"

namespace agencydesk {

RenewalRunWorker::RenewalRunWorker(const Session& session, QObject* parent) : WorkerThread(session, parent)
{
    qRegisterMetaType<agencydesk::RenewalRunSummary>();
}

RenewalRunWorker::~RenewalRunWorker()
{
    stopAndWait(); // the body writes m_summary
}

void RenewalRunWorker::start(qint64 runId)
{
    if (isRunning())
        return;
    m_runId = runId;
    startThread(QStringLiteral("renewal-run"), [this, runId] { m_summary = runNow(runId, &m_error); });
}

void RenewalRunWorker::threadEnded()
{
    const RenewalRunSummary summary = std::move(m_summary);
    const QString error = m_error;
    m_summary = {};
    m_error.clear();
    emit finished(summary, error);
}

RenewalRunSummary RenewalRunWorker::runNow(qint64 runId, QString* error)
{
    // This thread's own connection: opened here, closed when db goes out of scope at the end of this function.
    Result<std::shared_ptr<Database>> db = openConnection();
    if (!db) {
        if (error)
            *error = db.error().message;
        return {};
    }
    const Session session{*db, user()};
    Result<RenewalRunSummary> summary = RenewalRunner(session).execute(
        runId, [this](int done, int total, const QString& holder) { emit progress(done, total, holder); },
        cancelFlag());
    if (!summary) {
        if (error)
            *error = summary.error().message;
        return {};
    }
    return std::move(summary).value();
}

} // namespace agencydesk
