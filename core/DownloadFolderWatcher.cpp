#include "DownloadFolderWatcher.h"

#include "DownloadBatchImporter.h"
#include "DownloadReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSaveFile>
#include <QTimer>

namespace agencydesk {

namespace {

/// "name.xml" -> "name (2).xml" until nothing of that name is in \a dir (a carrier may send the same name daily).
QString freeName(const QDir& dir, const QString& fileName)
{
    if (!dir.exists(fileName))
        return fileName;
    const QFileInfo info(fileName);
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)%3").arg(info.completeBaseName()).arg(n).arg(suffix);
        if (!dir.exists(candidate))
            return candidate;
    }
}

} // namespace

DownloadFolderWatcher::DownloadFolderWatcher(const Session& session, QObject* parent)
    : QObject(parent), m_session(session), m_watcher(new QFileSystemWatcher(this)), m_settle(new QTimer(this)),
      m_poll(new QTimer(this)), m_importer(new DownloadBatchImporter(session, this))
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(kSettleMs);
    m_poll->setInterval(kPollMs);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_settle, qOverload<>(&QTimer::start));
    connect(m_settle, &QTimer::timeout, this, &DownloadFolderWatcher::scan);
    connect(m_poll, &QTimer::timeout, this, &DownloadFolderWatcher::scan);
    connect(m_importer, &DownloadBatchImporter::finished, this, &DownloadFolderWatcher::onFinished);
}

DownloadFolderWatcher::~DownloadFolderWatcher() = default;

Status DownloadFolderWatcher::setFolder(const QString& folder)
{
    if (!folder.isEmpty()) {
        if (Status allowed = authorize(m_session, Operation::DownloadImport); !allowed)
            return allowed;
        const QFileInfo info(folder);
        if (!info.isDir())
            return validationError(tr("%1 is not a folder.").arg(QDir::toNativeSeparators(folder)));
        if (!info.isWritable())
            return validationError(tr("%1 cannot be written to: imported files could not be moved out of it.")
                                       .arg(QDir::toNativeSeparators(folder)));
    }
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_seen.clear();
    m_folder = folder.isEmpty() ? QString() : QFileInfo(folder).absoluteFilePath();
    if (m_folder.isEmpty()) {
        m_settle->stop();
        m_poll->stop();
        return {};
    }
    m_watcher->addPath(m_folder);
    m_poll->start();
    m_settle->start(); // what is already there
    return {};
}

void DownloadFolderWatcher::scan()
{
    if (m_folder.isEmpty())
        return;
    if (m_importer->isRunning()) {
        m_rescan = true;
        return;
    }
    const QFileInfoList entries =
        QDir(m_folder).entryInfoList(QDir::Files | QDir::NoDotAndDotDot | QDir::Readable, QDir::Name);
    QHash<QString, Seen> seen;
    QStringList ready;
    bool settling = false;
    for (const QFileInfo& info : entries) {
        if (!DownloadFiles::isDownloadName(info.fileName()))
            continue;
        const Seen now{info.size(), info.lastModified()};
        const auto before = m_seen.constFind(info.absoluteFilePath());
        // Taken only when it looked the same last time: a file still being written grows between looks.
        if (before != m_seen.constEnd() && before->size == now.size && before->modified == now.modified)
            ready << info.absoluteFilePath();
        else
            settling = true;
        seen.insert(info.absoluteFilePath(), now);
    }
    m_seen = seen;
    if (settling)
        m_settle->start();
    if (ready.isEmpty())
        return;
    m_batch = ready;
    m_batchFolder = m_folder;
    m_importer->start(ready);
}

void DownloadFolderWatcher::onFinished(const DownloadImportSummary& summary, const QString& error)
{
    const QStringList batch = std::exchange(m_batch, {});
    const QString batchFolder = std::exchange(m_batchFolder, {});
    // A batch stopped as a whole (no connection, no permission): the files stay where they are for the next look.
    // Nor are they moved when the folder stopped being watched meanwhile: the CSR changed their mind about it.
    if (error.isEmpty() && batchFolder == m_folder) {
        for (const QString& path : batch) {
            fileAway(path, summary);
            m_seen.remove(path);
        }
    }
    emit imported(summary, error);
    if (std::exchange(m_rescan, false))
        m_settle->start();
}

void DownloadFolderWatcher::fileAway(const QString& path, const DownloadImportSummary& summary)
{
    // The outcomes of this file: the file itself, or "archive.zip:entry" for each entry of an archive.
    QStringList problems;
    for (const DownloadFileOutcome& outcome : summary.files) {
        if (outcome.error && (outcome.file == path || outcome.file.startsWith(path + QLatin1Char(':'))))
            problems << outcome.error->toString();
    }
    QDir dir(QFileInfo(path).absolutePath());
    const QString folder = problems.isEmpty() ? kImportedFolder : kFailedFolder;
    if (!dir.mkpath(folder))
        return; // left in place; the next look tries again, and the import is idempotent
    QDir target(dir.filePath(folder));
    const QString name = freeName(target, QFileInfo(path).fileName());
    if (!QFile::rename(path, target.filePath(name)))
        return; // another instance took it first, or it is locked: leave it
    if (!problems.isEmpty()) {
        QSaveFile reason(target.filePath(name + QStringLiteral(".error.txt")));
        if (reason.open(QIODevice::WriteOnly)) {
            reason.write(problems.join(QLatin1Char('\n')).toUtf8() + '\n');
            reason.commit();
        }
    }
}

} // namespace agencydesk
