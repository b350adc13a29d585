#pragma once

#include "DocumentBatchAdder.h"
#include "Session.h"

#include <QObject>
#include <QPointer>

#include <vector>

class QProgressDialog;
class QWidget;

namespace agencydesk {

/// Adds files as documents from the UI: a DocumentBatchAdder (worker thread, own connection) behind a
/// window-modal, cancellable progress dialog that shows only when the run takes more than a moment, then one
/// message naming every refused file and why (and repairs or other notes). A child of the widget it is created for.
class DocumentAddController : public QObject
{
    Q_OBJECT
public:
    DocumentAddController(const Session& session, QWidget* parentWidget);
    ~DocumentAddController() override;

    /// Returns at once; finished() follows.
    void add(const std::vector<DocumentFile>& files);
    bool isRunning() const { return m_running; }
    QProgressDialog* progressDialog() const;

    static constexpr int kProgressDelayMs = 500;

signals:
    void finished(const agencydesk::DocumentBatchResult& result);

private:
    QWidget* parentWidget() const;
    void onProgress(int done, int total, const QString& fileName);
    void onBatchFinished(const DocumentBatchResult& result);
    void closeProgress();

    Session m_session;
    DocumentBatchAdder* m_adder = nullptr;
    QPointer<QProgressDialog> m_progress;
    bool m_running = false;
    bool m_updatingProgress = false;
};

} // namespace agencydesk
