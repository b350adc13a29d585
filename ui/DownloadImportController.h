#pragma once

#include "DownloadImportSummaryDialog.h"
#include "Session.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QProgressDialog;
class QWidget;

namespace agencydesk {

class DownloadBatchImporter;
class DownloadFolderWatcher;

/// Imports downloads for the window: the work in a DownloadBatchImporter thread behind a window-modal,
/// cancellable progress dialog (cancel is seen between files), then the summary dialog.
class DownloadImportController : public QObject
{
    Q_OBJECT
public:
    DownloadImportController(const Session& session, QWidget* parent);

    /// Files, folders or .zip archives. Does nothing while an import runs.
    void importPaths(const QStringList& paths);
    bool isRunning() const;
    QProgressDialog* progressDialog() const;
    /// The last summary shown, while it is open.
    DownloadImportSummaryDialog* summaryDialog() const { return m_summaryDialog; }

    /// Files, folders and archives among \a paths that the import reads (not PDFs and other documents).
    static QStringList downloadPaths(const QStringList& paths);

    /// The download folder watched for this user and database (remembered, QSettings); empty stops watching.
    Status setWatchFolder(const QString& folder);
    QString watchFolder() const;
    /// Watches the folder remembered for this user and database, if any; a folder that is gone is forgotten and
    /// the reason returned.
    Status restoreWatchFolder();

signals:
    /// After every import, the watched folder's too (those show no dialog).
    void finished(const agencydesk::DownloadImportSummary& summary);
    void watchFolderChanged(const QString& folder);
    /// The watched folder's import stopped as a whole (the files stay there and are tried again).
    void watchProblem(const QString& message);
    void showUnattachedRequested();

private:
    QWidget* parentWidget() const;
    void onProgress(int done, int total, const QString& file);
    void onFinished(const DownloadImportSummary& summary, const QString& error);
    void closeProgress();
    QString watchSettingsKey() const;

    Session m_session;
    DownloadBatchImporter* m_importer = nullptr;
    DownloadFolderWatcher* m_watcher = nullptr;
    QPointer<QProgressDialog> m_progress;
    bool m_updatingProgress = false;
    QPointer<DownloadImportSummaryDialog> m_summaryDialog;
};

} // namespace agencydesk
