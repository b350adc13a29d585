#pragma once

#include "Renewal.h"
#include "RenewalRunSummaryDialog.h"
#include "Session.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>

class QWidget;

namespace agencydesk {

class RenewalRunWorker;

/// Follows a renewal or a term's new dates through the masters for the window: finds the run core queued, starts it
/// at once or asks first (the agency's follow-through setting), runs it in a RenewalRunWorker thread behind a
/// window-modal, cancellable progress dialog (cancel is seen between masters; the run can be resumed), then shows
/// the summary.
class RenewalRunController : public QObject
{
    Q_OBJECT
public:
    RenewalRunController(const Session& session, QWidget* parent);

    /// After a renewal term was stored or a policy was saved: the open run of \a policyId, if any, is started
    /// (automatic) or offered with the preview numbers (ask). True when a run was started.
    bool followUp(qint64 policyId);
    /// Starts (or resumes) run \a runId without asking. Does nothing while a run is in hand.
    bool start(qint64 runId);
    bool isRunning() const;
    QProgressDialog* progressDialog() const { return m_progress; }
    /// The last summary shown, while it is open.
    RenewalRunSummaryDialog* summaryDialog() const { return m_summaryDialog; }

    /// "Update 3 masters and re-issue certificates now?" with what the preview says would happen.
    static QString askText(const RenewalRunSummary& preview);

signals:
    /// After every run, cancelled or failed ones too (the run's state changed).
    void runFinished(qint64 runId);

private:
    QWidget* parentWidget() const;
    void onProgress(int done, int total, const QString& holder);
    void onFinished(const RenewalRunSummary& summary, const QString& error);
    void closeProgress();

    Session m_session;
    RenewalRunWorker* m_worker = nullptr;
    QPointer<QProgressDialog> m_progress;
    bool m_updatingProgress = false;
    QPointer<RenewalRunSummaryDialog> m_summaryDialog;
};

} // namespace agencydesk
