#include "DownloadBatchImporter.h"

#include "Database.h"

namespace agencydesk {

DownloadBatchImporter::DownloadBatchImporter(const Session& session, QObject* parent) : WorkerThread(session, parent) {}

DownloadBatchImporter::~DownloadBatchImporter()
{
    stopAndWait(); // the body writes m_summary
}

void DownloadBatchImporter::start(const QStringList& paths)
{
    startThread(QStringLiteral("download-import"), [this, paths] { m_summary = importNow(paths); });
}

void DownloadBatchImporter::threadEnded()
{
    const DownloadImportSummary summary = std::move(m_summary);
    const QString error = m_error;
    m_summary = {};
    m_error.clear();
    emit finished(summary, error);
}

DownloadImportSummary DownloadBatchImporter::importNow(const QStringList& paths)
{
    // This thread's own connection: opened here, closed when db goes out of scope at the end of this function.
    Result<std::shared_ptr<Database>> db = openConnection();
    if (!db) {
        m_error = db.error().message;
        return {};
    }
    const Session session{*db, user()};
    DownloadImportService service(session);
    Result<DownloadImportSummary> summary =
        service.importPaths(paths, [this](int done, int total, const QString& file) {
            emit progress(done, total, file);
            return !cancelled();
        });
    if (!summary) {
        m_error = summary.error().message;
        return {};
    }
    return std::move(summary).value();
}

} // namespace agencydesk
