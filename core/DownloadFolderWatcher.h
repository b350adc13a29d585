#pragma once

#include "DownloadImportService.h"
#include "Session.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

class QFileSystemWatcher;
class QTimer;

namespace agencydesk {

class DownloadBatchImporter;

/// Watches the folder the carriers' download software writes into and imports what lands there, off the UI thread
/// (through DownloadBatchImporter). A file is taken only once its size and time have not changed between two
/// looks (the writer may still be busy); after the import it moves to "Imported" beside it, or to "Failed" with a
/// "<name>.error.txt" that says why, so the folder shows what is left and nothing is read twice. The folder is
/// also looked at on a timer because network shares often send no change notifications. Two offices' instances
/// watching one folder are safe: a file imports idempotently, and the one that cannot move it leaves it alone.
class DownloadFolderWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSettleMs = 1500; ///< quiet time after a change before a look
    static constexpr int kPollMs = 30000;  ///< look anyway this often
    static inline const QString kImportedFolder = QStringLiteral("Imported");
    static inline const QString kFailedFolder = QStringLiteral("Failed");

    explicit DownloadFolderWatcher(const Session& session, QObject* parent = nullptr);
    ~DownloadFolderWatcher() override;

    /// Starts watching \a folder (an empty path stops). Fails with the reason when it is not a writable folder or
    /// the user may not import downloads.
    Status setFolder(const QString& folder);
    QString folder() const { return m_folder; }
    bool isWatching() const { return !m_folder.isEmpty(); }
    /// Looks at the folder now (also what the timers call).
    void scan();

signals:
    /// After each batch: what was imported, and the files that were moved (to Imported or Failed).
    void imported(const agencydesk::DownloadImportSummary& summary, const QString& error);

private:
    struct Seen
    {
        qint64 size = -1;
        QDateTime modified;
    };

    void onFinished(const DownloadImportSummary& summary, const QString& error);
    void fileAway(const QString& path, const DownloadImportSummary& summary);

    Session m_session;
    QString m_folder;
    QFileSystemWatcher* m_watcher = nullptr;
    QTimer* m_settle = nullptr;
    QTimer* m_poll = nullptr;
    DownloadBatchImporter* m_importer = nullptr;
    QHash<QString, Seen> m_seen; ///< size and time at the previous look, per file
    QStringList m_batch;         ///< the files of the import in hand
    QString m_batchFolder;       ///< the folder they came from (the watched one may change meanwhile)
    bool m_rescan = false;       ///< something changed during the import in hand
};

} // namespace agencydesk
