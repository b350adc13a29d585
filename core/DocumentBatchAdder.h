#pragma once

#include "Document.h"
#include "Session.h"

#include <QMetaType>
#include <QObject>

#include <atomic>
#include <vector>

class QThread;

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

/// Adds many files as documents in its own thread with its own database connection (opened and closed in that
/// thread). Each file is read and checked with Poppler outside any transaction and then stored in one transaction,
/// so a cancelled batch leaves only whole files; cancel() is seen between files. The user context is copied and
/// DocumentService checks the permission again on the worker's connection.
class DocumentBatchAdder : public QObject
{
    Q_OBJECT
public:
    explicit DocumentBatchAdder(const Session& session, QObject* parent = nullptr);
    ~DocumentBatchAdder() override;

    /// Returns at once; progress() per file, then finished().
    void start(const std::vector<DocumentFile>& files);
    void cancel() { m_cancelled.store(true); }
    bool isRunning() const { return m_thread != nullptr; }

    /// The same work on the calling thread (its own connection too): the thread body, and benchmarks.
    DocumentBatchResult addNow(const std::vector<DocumentFile>& files);

signals:
    /// From the worker thread: \a done of \a total files handled, the next one to read named.
    void progress(int done, int total, const QString& fileName);
    /// In the adder's own thread, after the worker thread has ended.
    void finished(const agencydesk::DocumentBatchResult& result);

private:
    void onThreadFinished();

    QString m_path;
    bool m_shared = false;
    UserContext m_user;
    std::atomic<bool> m_cancelled{false};
    QThread* m_thread = nullptr;
    DocumentBatchResult m_result; ///< written by the worker thread, read after it has ended
};

} // namespace agencydesk

Q_DECLARE_METATYPE(agencydesk::DocumentBatchResult)
