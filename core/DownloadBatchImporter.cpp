#include "DownloadBatchImporter.h"

#include "Database.h"

#include <QThread>

namespace agencydesk {

DownloadBatchImporter::DownloadBatchImporter(const Session& session, QObject* parent)
    : QObject(parent), m_path(session.database().path()), m_shared(session.database().isShared()), m_user(session.user)
{}

DownloadBatchImporter::~DownloadBatchImporter()
{
    if (m_thread) {
        cancel();
        m_thread->wait(); // at most the file in hand; its transaction commits or rolls back whole
        delete m_thread;
    }
}

void DownloadBatchImporter::start(const QStringList& paths)
{
    Q_ASSERT(!m_thread);
    if (m_thread)
        return;
    m_cancelled.store(false);
    m_thread = QThread::create([this, paths] { m_summary = importNow(paths); });
    m_thread->setObjectName(QStringLiteral("download-import"));
    // QThread::finished comes from the worker thread; queued here, so finished() is emitted in our thread.
    connect(m_thread, &QThread::finished, this, &DownloadBatchImporter::onThreadFinished);
    m_thread->start();
}

void DownloadBatchImporter::onThreadFinished()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const DownloadImportSummary summary = std::move(m_summary);
    const QString error = m_error;
    m_summary = {};
    m_error.clear();
    emit finished(summary, error);
}

DownloadImportSummary DownloadBatchImporter::importNow(const QStringList& paths)
{
    // This thread's own connection: opened here, closed when db goes out of scope at the end of this function.
    OpenOptions options;
    options.create = false;
    options.integrityCheck = false;
    options.shared = m_shared ? 1 : 0;
    Result<std::shared_ptr<Database>> db = Database::open(m_path, options);
    if (!db) {
        m_error = db.error().message;
        return {};
    }
    const Session session{*db, m_user};
    DownloadImportService service(session);
    Result<DownloadImportSummary> summary =
        service.importPaths(paths, [this](int done, int total, const QString& file) {
            emit progress(done, total, file);
            return !m_cancelled.load();
        });
    if (!summary) {
        m_error = summary.error().message;
        return {};
    }
    return std::move(summary).value();
}

} // namespace agencydesk
