#pragma once

#include "Document.h"
#include "WorkerThread.h"

#include <QMetaType>
#include <QObject>

#include <vector>

namespace agencydesk {

/// What one run of a DocumentBatchAdder did.
struct DocumentBatchResult
{
    int total = 0;
    int processed = 0;
    std::vector<DocumentAddOutcome> outcomes; ///< one per file handled, in order (refused ones with their error)
    QString error; ///< the batch stopped as a whole: no connection, no permission, a database problem
    bool cancelled = false;

    int addedCount() const;
    int refusedCount() const;
};

/// Adds many files as documents in its own thread and connection (WorkerThread). Each file is read and checked with
/// Poppler outside any transaction and then stored in one transaction, so a cancelled batch leaves only whole files;
/// cancel() is seen between files. The user context is copied and DocumentService checks the permission again on the
/// worker's connection.
class DocumentBatchAdder : public WorkerThread
{
    Q_OBJECT
public:
    explicit DocumentBatchAdder(const Session& session, QObject* parent = nullptr);
    ~DocumentBatchAdder() override;

    /// Returns at once; progress() per file, then finished().
    void start(const std::vector<DocumentFile>& files);

    /// The same work on the calling thread (its own connection too): the thread body, and benchmarks.
    DocumentBatchResult addNow(const std::vector<DocumentFile>& files);

signals:
    /// From the worker thread: \a done of \a total files handled, the next one to read named.
    void progress(int done, int total, const QString& fileName);
    /// In the adder's own thread, after the worker thread has ended.
    void finished(const agencydesk::DocumentBatchResult& result);

private:
    void threadEnded() override;

    DocumentBatchResult m_result; ///< written by the worker thread, read after it has ended
};

} // namespace agencydesk

Q_DECLARE_METATYPE(agencydesk::DocumentBatchResult)
