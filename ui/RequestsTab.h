#pragma once

#include "CertificateRequest.h"
#include "Session.h"

#include <QWidget>

class QAction;
class QDragEnterEvent;
class QDragMoveEvent;
class QDropEvent;
class QLabel;
class QTableView;
class QToolBar;

namespace agencydesk {

class RequestFilterBar;
class RequestTableModel;

/// The Requests tab: the certificate request desk. The list (by default New and In progress) with its filters, and
/// the actions on the selected request, on the tab's toolbar and its context menu: Mark in progress (take over a
/// colleague's after a question), Attempt automation / Submit, Upload existing certificate, Relabel COI/POI <-> WOS,
/// Reject, Add note, Approve payment (WOS) and Preview (double-click or Enter). The rules are RequestService's: it
/// checks the role again and refuses impossible transitions, and each refusal is shown as it says. A view-only role
/// has every action but Preview disabled. The pending count (New + In progress) is announced for the tab's title.
/// New request (Ctrl+Shift+N) takes a phone or email request in by hand (RequestIntakeDialog); .eml files dropped
/// onto the tab are taken in the same way, one dialog each, and the email is kept on the request.
class RequestsTab : public QWidget
{
    Q_OBJECT
public:
    explicit RequestsTab(const Session& session, QWidget* parent = nullptr);

    /// Reads the list and the pending count again, keeping the selection (another instance may have changed them).
    void reload();
    int pendingCount() const { return m_pendingCount; }

    void selectRequest(qint64 id);
    /// 0 when no request is selected.
    qint64 selectedId() const;

    // The actions on the selected request (what the toolbar and the context menu trigger).
    void takeSelected();
    void submitSelected();
    void uploadSelected();
    void relabelSelected();
    void rejectSelected();
    void addNoteToSelected();
    void approvePaymentSelected();
    void previewSelected();
    /// New request: the intake dialog; after OK the list shows (and selects) the request and says what became of it.
    void newRequest();
    /// Takes each .eml among \a paths in (a dialog each, prefilled from the email); other files are left, with a
    /// status message. Returns the number of requests taken in.
    int intakeFiles(const QStringList& paths);

    QTableView* view() const { return m_view; }
    RequestTableModel* model() const { return m_model; }
    RequestFilterBar* filterBar() const { return m_filters; }
    QToolBar* toolBar() const { return m_toolBar; }
    QList<QAction*> requestActions() const;
    QAction* newRequestAction() const { return m_new; }

signals:
    /// The number of New + In progress requests, after each reload.
    void pendingCountChanged(int count);
    /// Emails were queued (submit, reject): the outbox sender may go now.
    void emailsQueued();
    /// What the last action did, for the status bar.
    void statusMessage(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QAction* addAction(const QString& text, const char* name, void (RequestsTab::*slot)());
    void createActions();
    void updateActions();
    void showContextMenu(const QPoint& pos);
    /// The selected request as it is now in the database (not as listed); nullopt with the error shown.
    std::optional<CertificateRequest> current(const QString& action);
    /// After a change: reload, select the request again, say what happened.
    void changed(qint64 id, const QString& message);
    void submit(const CertificateRequest& request);
    void openPreview(bool focusNote);
    /// Runs the intake dialog (prefilled from an email when \a eml is set); false when cancelled.
    bool intake(const QByteArray& eml = {}, const QString& fileName = {});
    /// Says whether request \a id was completed automatically or went to the manual list, and why.
    void announceIntake(qint64 id);

    const Session& m_session;
    RequestFilterBar* m_filters = nullptr;
    RequestTableModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QToolBar* m_toolBar = nullptr;
    QLabel* m_countLabel = nullptr;
    QAction* m_new = nullptr;
    QAction* m_take = nullptr;
    QAction* m_submit = nullptr;
    QAction* m_upload = nullptr;
    QAction* m_relabel = nullptr;
    QAction* m_reject = nullptr;
    QAction* m_note = nullptr;
    QAction* m_approve = nullptr;
    QAction* m_preview = nullptr;
    int m_pendingCount = -1;
};

} // namespace agencydesk
