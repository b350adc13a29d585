#include "DocumentBatchAdder.h"

#include "Database.h"
#include "DocumentService.h"
#include "DocumentTypeService.h"

#include <QFileInfo>

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

DocumentBatchAdder::DocumentBatchAdder(const Session& session, QObject* parent) : WorkerThread(session, parent) {}

DocumentBatchAdder::~DocumentBatchAdder()
{
    stopAndWait(); // the body writes m_result
}

void DocumentBatchAdder::start(const std::vector<DocumentFile>& files)
{
    startThread(QStringLiteral("document-batch"), [this, files] { m_result = addNow(files); });
}

void DocumentBatchAdder::threadEnded()
{
    const DocumentBatchResult result = std::move(m_result);
    m_result = {};
    emit finished(result);
}

DocumentBatchResult DocumentBatchAdder::addNow(const std::vector<DocumentFile>& files)
{
    DocumentBatchResult result;
    result.total = int(files.size());
    Result<std::shared_ptr<Database>> db = openConnection();
    if (!db) {
        result.error = db.error().message;
        return result;
    }
    const Session session{*db, user()};
    DocumentService documents(session);
    Result<qint64> limit = DocumentTypeService(session).sizeLimitBytes();
    if (!limit) {
        result.error = limit.error().message;
        return result;
    }
    for (const DocumentFile& file : files) {
        if (cancelled()) {
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
