#include "DocumentAddController.h"

#include "MessageBox.h"

#include <QProgressDialog>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QWidget>

namespace agencydesk {

DocumentAddController::DocumentAddController(const Session& session, QWidget* parentWidget)
    : QObject(parentWidget), m_session(session)
{
    m_adder = new DocumentBatchAdder(m_session, this);
    connect(m_adder, &DocumentBatchAdder::progress, this, &DocumentAddController::onProgress);
    connect(m_adder, &DocumentBatchAdder::finished, this, &DocumentAddController::onBatchFinished);
}

DocumentAddController::~DocumentAddController() = default;

QProgressDialog* DocumentAddController::progressDialog() const
{
    return m_progress;
}

QWidget* DocumentAddController::parentWidget() const
{
    return qobject_cast<QWidget*>(parent());
}

void DocumentAddController::add(const std::vector<DocumentFile>& files)
{
    if (m_running || files.empty())
        return;
    m_running = true;
    m_progress = new QProgressDialog(parentWidget());
    m_progress->setObjectName(QStringLiteral("documentAddProgressDialog"));
    m_progress->setWindowTitle(tr("Adding documents"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    auto* cancel = new QPushButton(tr("Cancel"), m_progress);
    cancel->setObjectName(QStringLiteral("cancelAddingButton"));
    m_progress->setCancelButton(cancel);
    m_progress->setMinimumWidth(420);
    m_progress->setRange(0, int(files.size()));
    m_progress->setLabelText(tr("Reading the files..."));
    m_progress->setMinimumDuration(kProgressDelayMs);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, m_adder, &DocumentBatchAdder::cancel);
    m_adder->start(files);
}

void DocumentAddController::onProgress(int done, int total, const QString& fileName)
{
    if (!m_progress || m_progress->wasCanceled())
        return;
    m_progress->setLabelText(fileName.isEmpty() ? tr("Finishing...")
                                                : tr("Adding %1 of %2: %3").arg(done + 1).arg(total).arg(fileName));
    // A window-modal QProgressDialog processes events inside setValue(); see onBatchFinished().
    const QScopedValueRollback<bool> updating(m_updatingProgress, true);
    m_progress->setValue(done);
}

void DocumentAddController::closeProgress()
{
    if (!m_progress)
        return;
    m_progress->hide();
    m_progress->deleteLater(); // setValue() may be processing events in the dialog's own frame right now
    m_progress = nullptr;
}

void DocumentAddController::onBatchFinished(const DocumentBatchResult& result)
{
    if (m_updatingProgress) {
        QMetaObject::invokeMethod(
            this, [this, result] { onBatchFinished(result); }, Qt::QueuedConnection);
        return;
    }
    closeProgress();
    m_running = false;
    QStringList refused;
    QStringList notes;
    for (const DocumentAddOutcome& o : result.outcomes) {
        if (!o.ok())
            refused << o.error;
        notes << o.notes;
    }
    const int added = result.addedCount();
    if (!result.error.isEmpty()) {
        MessageBox::critical(
            parentWidget(), tr("Adding documents stopped"),
            tr("%1\n\n%2 of %3 files were added before it stopped.").arg(result.error).arg(added).arg(result.total));
    } else if (!refused.isEmpty()) {
        QString text = tr("%1 of %2 files were added. Not added:\n\n%3")
                           .arg(added)
                           .arg(result.total)
                           .arg(refused.join(QLatin1Char('\n')));
        if (!notes.isEmpty())
            text += tr("\n\nNotes:\n%1").arg(notes.join(QLatin1Char('\n')));
        MessageBox::warning(parentWidget(), tr("Some files were not added"), text);
    } else if (!notes.isEmpty()) {
        MessageBox::information(
            parentWidget(), tr("Documents added"),
            tr("%1 of %2 files were added.\n\n%3").arg(added).arg(result.total).arg(notes.join(QLatin1Char('\n'))));
    }
    emit finished(result);
}

} // namespace agencydesk
