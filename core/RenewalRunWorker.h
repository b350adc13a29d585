#pragma once

#include "Renewal.h"
#include "WorkerThread.h"

#include <QMetaType>
#include <QString>

namespace agencydesk {

/// Runs (or resumes) one renewal run in its own thread and connection (WorkerThread); RenewalRunner checks the
/// permission there. Each master is one transaction and cancel() is seen between masters, so a cancelled run leaves
/// whole masters and can be resumed. Destroying the worker mid-run cancels it and waits for the master in hand.
class RenewalRunWorker : public WorkerThread
{
    Q_OBJECT
public:
    explicit RenewalRunWorker(const Session& session, QObject* parent = nullptr);
    ~RenewalRunWorker() override;

    /// Runs or resumes run \a runId. Returns at once; does nothing while a run is in hand.
    void start(qint64 runId);
    qint64 runId() const { return m_runId; }

    /// The same work on the calling thread, on its own connection (the thread body; tests).
    RenewalRunSummary runNow(qint64 runId, QString* error);

signals:
    /// From the worker thread: \a done of \a total holders handled, the last one named.
    void progress(int done, int total, const QString& holderName);
    /// In the worker's own thread, after the thread has ended. \a error is set when the run stopped as a whole (no
    /// connection, no permission, a database problem); masters done before it stay done.
    void finished(const agencydesk::RenewalRunSummary& summary, const QString& error);

private:
    void threadEnded() override;

    qint64 m_runId = 0;
    RenewalRunSummary m_summary; ///< written by the worker thread, read after it has ended
    QString m_error;
};

} // namespace agencydesk

Q_DECLARE_METATYPE(agencydesk::RenewalRunSummary)
