#pragma once

#include "DownloadImportService.h"
#include "WorkerThread.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

namespace agencydesk {

/// Imports dropped or chosen download files in its own thread and connection (WorkerThread); DownloadImportService
/// checks the permission there. Each file is one transaction and cancel() is seen between files, so a cancelled
/// batch leaves only whole files. Destroying the importer mid-run cancels it and waits for the file in hand.
class DownloadBatchImporter : public WorkerThread
{
    Q_OBJECT
public:
    explicit DownloadBatchImporter(const Session& session, QObject* parent = nullptr);
    ~DownloadBatchImporter() override;

    /// Expands folders and zips and imports file after file. Returns at once.
    void start(const QStringList& paths);

    /// The same work on the calling thread, on its own connection (the thread body; tests and benchmarks).
    DownloadImportSummary importNow(const QStringList& paths);

signals:
    /// From the worker thread: \a done of \a total files read, \a file the next one.
    void progress(int done, int total, const QString& file);
    /// In the importer's own thread, after the worker thread has ended. \a error is set when the batch stopped
    /// as a whole (no connection, no permission, a database problem); files imported before it stay imported.
    void finished(const agencydesk::DownloadImportSummary& summary, const QString& error);

private:
    void threadEnded() override;

    DownloadImportSummary m_summary; ///< written by the worker thread, read after it has ended
    QString m_error;
};

} // namespace agencydesk

Q_DECLARE_METATYPE(agencydesk::DownloadImportSummary)
