#include "DownloadImportController.h"

#include "Database.h"
#include "DownloadBatchImporter.h"
#include "DownloadFolderWatcher.h"
#include "DownloadImportSummaryDialog.h"
#include "DownloadReader.h"
#include "MessageBox.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSettings>
#include <QWidget>

namespace agencydesk {

namespace {
constexpr int kProgressDelayMs = 400;
}

DownloadImportController::DownloadImportController(const Session& session, QWidget* parent)
    : QObject(parent), m_session(session), m_importer(new DownloadBatchImporter(session, this)),
      m_watcher(new DownloadFolderWatcher(session, this))
{
    connect(m_importer, &DownloadBatchImporter::progress, this, &DownloadImportController::onProgress);
    connect(m_importer, &DownloadBatchImporter::finished, this, &DownloadImportController::onFinished);
    // The watched folder's imports only refresh the window: no dialog pops up while the CSR works.
    connect(m_watcher, &DownloadFolderWatcher::imported, this,
            [this](const DownloadImportSummary& summary, const QString& error) {
                if (error.isEmpty())
                    emit finished(summary);
                else
                    emit watchProblem(tr("Downloads in the watched folder were not imported: %1").arg(error));
            });
}

QString DownloadImportController::watchSettingsKey() const
{
    // Per user and database: another database on this computer must not take this one's downloads.
    const QByteArray id = (m_session.database().path() + QLatin1Char('|') + m_session.user.userName).toUtf8();
    return QStringLiteral("downloads/watchFolder-%1")
        .arg(QString::fromLatin1(QCryptographicHash::hash(id, QCryptographicHash::Sha1).toHex().left(16)));
}

Status DownloadImportController::setWatchFolder(const QString& folder)
{
    if (Status s = m_watcher->setFolder(folder); !s)
        return s;
    QSettings settings;
    if (folder.isEmpty())
        settings.remove(watchSettingsKey());
    else
        settings.setValue(watchSettingsKey(), m_watcher->folder());
    emit watchFolderChanged(m_watcher->folder());
    return {};
}

QString DownloadImportController::watchFolder() const
{
    return m_watcher->folder();
}

Status DownloadImportController::restoreWatchFolder()
{
    const QString folder = QSettings().value(watchSettingsKey()).toString();
    if (folder.isEmpty())
        return {};
    Status s = setWatchFolder(folder);
    if (!s)
        QSettings().remove(watchSettingsKey());
    return s;
}

QWidget* DownloadImportController::parentWidget() const
{
    return qobject_cast<QWidget*>(parent());
}

QProgressDialog* DownloadImportController::progressDialog() const
{
    return m_progress;
}

bool DownloadImportController::isRunning() const
{
    return m_importer->isRunning();
}

QStringList DownloadImportController::downloadPaths(const QStringList& paths)
{
    QStringList out;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isDir() || DownloadFiles::isDownloadName(info.fileName()))
            out << path;
    }
    return out;
}

void DownloadImportController::importPaths(const QStringList& paths)
{
    if (isRunning() || paths.isEmpty())
        return;
    if (Status allowed = authorize(m_session, Operation::DownloadImport); !allowed) {
        MessageBox::showError(parentWidget(), tr("No download was imported."), allowed.error());
        return;
    }
    closeProgress();
    m_progress = new QProgressDialog(parentWidget());
    m_progress->setObjectName(QStringLiteral("downloadImportProgressDialog"));
    m_progress->setWindowTitle(tr("Importing downloads"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    auto* cancel = new QPushButton(tr("Cancel"), m_progress);
    cancel->setObjectName(QStringLiteral("cancelImportButton"));
    m_progress->setCancelButton(cancel);
    m_progress->setMinimumWidth(460);
    m_progress->setRange(0, 0); // busy until the folders and zips are listed
    m_progress->setLabelText(tr("Reading the files..."));
    m_progress->setMinimumDuration(kProgressDelayMs);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, m_importer, &DownloadBatchImporter::cancel);
    m_importer->start(paths);
}

void DownloadImportController::onProgress(int done, int total, const QString& file)
{
    if (!m_progress || m_progress->wasCanceled())
        return;
    if (m_progress->maximum() != total)
        m_progress->setMaximum(total);
    m_progress->setLabelText(
        file.isEmpty() ? tr("Imported %1 of %2 files.").arg(done).arg(total)
                       : tr("Importing file %1 of %2: %3").arg(done + 1).arg(total).arg(QFileInfo(file).fileName()));
    // A window-modal QProgressDialog processes events inside setValue(); see onFinished().
    const QScopedValueRollback<bool> updating(m_updatingProgress, true);
    m_progress->setValue(done);
}

void DownloadImportController::closeProgress()
{
    if (!m_progress)
        return;
    m_progress->hide();
    // Later: setValue() may be processing events in the dialog's own frame right now.
    m_progress->deleteLater();
    m_progress = nullptr;
}

void DownloadImportController::onFinished(const DownloadImportSummary& summary, const QString& error)
{
    if (m_updatingProgress) {
        // Not inside the dialog's setValue(): showing the summary would nest in its event loop.
        QMetaObject::invokeMethod(
            this, [this, summary, error] { onFinished(summary, error); }, Qt::QueuedConnection);
        return;
    }
    closeProgress();
    emit finished(summary);
    if (!error.isEmpty()) {
        MessageBox::critical(parentWidget(), tr("The import stopped"),
                             tr("%1\n\nFiles imported before the problem stay imported.").arg(error));
        return;
    }
    auto* dialog = new DownloadImportSummaryDialog(summary, parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DownloadImportSummaryDialog::showUnattachedRequested, this,
            &DownloadImportController::showUnattachedRequested);
    m_summaryDialog = dialog;
    dialog->open(); // window-modal, not blocking
}

} // namespace agencydesk
