#include "RenewalRunController.h"

#include "MessageBox.h"
#include "RenewalRunSummaryDialog.h"
#include "RenewalRunWorker.h"
#include "RenewalRunner.h"
#include "RenewalService.h"

#include <QProgressDialog>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QWidget>

namespace agencydesk {

namespace {
constexpr int kProgressDelayMs = 400;
}

RenewalRunController::RenewalRunController(const Session& session, QWidget* parent)
    : QObject(parent), m_session(session), m_worker(new RenewalRunWorker(session, this))
{
    connect(m_worker, &RenewalRunWorker::progress, this, &RenewalRunController::onProgress);
    connect(m_worker, &RenewalRunWorker::finished, this, &RenewalRunController::onFinished);
}

QWidget* RenewalRunController::parentWidget() const
{
    return qobject_cast<QWidget*>(parent());
}

bool RenewalRunController::isRunning() const
{
    return m_worker->isRunning();
}

QString RenewalRunController::askText(const RenewalRunSummary& preview)
{
    return tr("Update %1 masters and re-issue certificates now?\n\n"
              "Certificates to issue: %2 (by email: %3, to print: %4)\n"
              "Holders whose requirements are no longer met (a request is raised): %5\n"
              "Holders who do not receive renewals: %6\n\n"
              "If you answer No, the run waits in the Renewals tab.")
        .arg(preview.masters)
        .arg(preview.certificatesIssued)
        .arg(preview.emailsQueued)
        .arg(preview.printQueued)
        .arg(preview.requestsRaised)
        .arg(preview.notReceiving);
}

bool RenewalRunController::followUp(qint64 policyId)
{
    if (isRunning())
        return false;
    Result<std::optional<qint64>> open = RenewalService(m_session).openRunFor(policyId);
    if (!open) {
        MessageBox::showError(parentWidget(), tr("Could not look for the renewal run."), open.error());
        return false;
    }
    if (!open->has_value())
        return false;
    const qint64 runId = **open;
    if (!roleMay(m_session.user.role, Operation::RenewalRun))
        return false; // someone who may run it will see it in the Renewals tab
    Result<RenewalSettings> settings = RenewalService(m_session).settings();
    if (!settings) {
        MessageBox::showError(parentWidget(), tr("Could not read the renewal settings."), settings.error());
        return false;
    }
    if (settings->followThrough == FollowThrough::Ask) {
        Result<RenewalRunSummary> preview = RenewalRunner(m_session).previewRun(runId);
        if (!preview) {
            MessageBox::showError(parentWidget(), tr("Could not preview the renewal run."), preview.error());
            return false;
        }
        if (MessageBox::question(parentWidget(), tr("Update certificate masters"), askText(*preview),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) != QMessageBox::Yes)
            return false;
    }
    return start(runId);
}

bool RenewalRunController::start(qint64 runId)
{
    if (isRunning() || runId <= 0)
        return false;
    if (Status allowed = authorize(m_session, Operation::RenewalRun); !allowed) {
        MessageBox::showError(parentWidget(), tr("The renewal run was not started."), allowed.error());
        return false;
    }
    closeProgress();
    m_progress = new QProgressDialog(parentWidget());
    m_progress->setObjectName(QStringLiteral("renewalRunProgressDialog"));
    m_progress->setWindowTitle(tr("Updating certificate masters"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    auto* cancel = new QPushButton(tr("Cancel"), m_progress);
    cancel->setObjectName(QStringLiteral("cancelRenewalRunButton"));
    m_progress->setCancelButton(cancel);
    m_progress->setMinimumWidth(460);
    m_progress->setRange(0, 0); // busy until the first holder is done
    m_progress->setLabelText(tr("Updating the masters that hold the policy..."));
    m_progress->setMinimumDuration(kProgressDelayMs);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, m_worker, &RenewalRunWorker::cancel);
    m_worker->start(runId);
    return true;
}

void RenewalRunController::onProgress(int done, int total, const QString& holder)
{
    if (!m_progress || m_progress->wasCanceled())
        return;
    if (m_progress->maximum() != total)
        m_progress->setMaximum(total);
    m_progress->setLabelText(tr("Holder %1 of %2: %3").arg(done).arg(total).arg(holder));
    // A window-modal QProgressDialog processes events inside setValue(); see onFinished().
    const QScopedValueRollback<bool> updating(m_updatingProgress, true);
    m_progress->setValue(done);
}

void RenewalRunController::closeProgress()
{
    if (!m_progress)
        return;
    m_progress->hide();
    // Later: setValue() may be processing events in the dialog's own frame right now.
    m_progress->deleteLater();
    m_progress = nullptr;
}

void RenewalRunController::onFinished(const RenewalRunSummary& summary, const QString& error)
{
    if (m_updatingProgress) {
        // Not inside the dialog's setValue(): showing the summary would nest in its event loop.
        QMetaObject::invokeMethod(
            this, [this, summary, error] { onFinished(summary, error); }, Qt::QueuedConnection);
        return;
    }
    closeProgress();
    const qint64 runId = m_worker->runId();
    emit runFinished(runId);
    if (!error.isEmpty()) {
        MessageBox::critical(parentWidget(), tr("The renewal run stopped"),
                             tr("%1\n\nMasters updated before the problem stay updated; resume the run from the "
                                "Renewals tab.")
                                 .arg(error));
        return;
    }
    auto* dialog = new RenewalRunSummaryDialog(summary, tr("Renewal run: summary"), parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_summaryDialog = dialog;
    dialog->open(); // window-modal, not blocking
}

} // namespace agencydesk
