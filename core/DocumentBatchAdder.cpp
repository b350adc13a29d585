#include "DocumentBatchAdder.h"

#include "Database.h"
#include "DocumentService.h"
#include "DocumentTypeService.h"

#include <QFileInfo>
#include <QThread>

#include <algorithm>

namespace agencydesk {

int DocumentBatchResult::addedCount() const
{
    return int(std::count_if(outcomes.begin(), outcomes.end(), [](const DocumentAddOutcome& o) { return o.ok(); }));
}

int DocumentBatchResult::refusedCount() const
{
    return int(outcomes.size()) - addedCount();
}

DocumentBatchAdder::DocumentBatchAdder(const Session& session, QObject* parent)
    : QObject(parent), m_path(session.database().path()), m_shared(session.database().isShared()), m_user(session.user)
{}

DocumentBatchAdder::~DocumentBatchAdder()
{
    if (m_thread) {
        cancel();
        m_thread->wait(); // at most the file in hand; its transaction commits or rolls back whole
        delete m_thread;
    }
}

void DocumentBatchAdder::start(const std::vector<DocumentFile>& files)
{
    Q_ASSERT(!m_thread);
    if (m_thread)
        return;
    m_cancelled.store(false);
    m_thread = QThread::create([this, files] { m_result = addNow(files); });
    m_thread->setObjectName(QStringLiteral("document-batch"));
    connect(m_thread, &QThread::finished, this, &DocumentBatchAdder::onThreadFinished);
    m_thread->start();
}

void DocumentBatchAdder::onThreadFinished()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const DocumentBatchResult result = std::move(m_result);
    m_result = {};
    emit finished(result);
}

DocumentBatchResult DocumentBatchAdder::addNow(const std::vector<DocumentFile>& files)
{
    DocumentBatchResult result;
    result.total = int(files.size());
    OpenOptions options;
    options.create = false;
    options.integrityCheck = false;
    options.shared = m_shared ? 1 : 0;
    Result<std::shared_ptr<Database>> db = Database::open(m_path, options);
    if (!db) {
        result.error = db.error().message;
        return result;
    }
    const Session session{*db, m_user};
    DocumentService documents(session);
    Result<qint64> limit = DocumentTypeService(session).sizeLimitBytes();
    if (!limit) {
        result.error = limit.error().message;
        return result;
    }
    for (const DocumentFile& file : files) {
        if (m_cancelled.load()) {
            result.cancelled = true;
            break;
        }
        const QString name = QFileInfo(file.path).fileName();
        emit progress(result.processed, result.total, name);
        DocumentAddOutcome outcome;
        outcome.fileName = name;
        // The metadata first (cheap, and the permission), then Poppler outside the write lock, then one transaction.
        Result<DocumentMetadata> meta = documents.checkMetadata(file.metadata, name);
        Result<PreparedFile> prepared = meta ? DocumentFileReader::read(file.path, *limit) : meta.error();
        Result<DocumentAddOutcome> stored = prepared ? documents.store(*prepared, *meta) : prepared.error();
        if (stored) {
            outcome = *stored;
        } else if (stored.error().code == ErrorCode::Permission || stored.error().code == ErrorCode::Database) {
            result.error = stored.error().message;
            break;
        } else {
            outcome.error = stored.error().message;
        }
        result.outcomes.push_back(std::move(outcome));
        ++result.processed;
    }
    emit progress(result.processed, result.total, {});
    return result;
}

} // namespace agencydesk
