#include "RequestsTab.h"

#include "ActionIcons.h"
#include "DocumentsTab.h"
#include "DownloadImportController.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "ReceivedEmail.h"
#include "RequestFilterBar.h"
#include "RequestIntakeDialog.h"
#include "RequestListService.h"
#include "RequestPreviewDialog.h"
#include "RequestRejectDialog.h"
#include "RequestService.h"
#include "RequestSubmitDialog.h"
#include "RequestTableModel.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QRegularExpression>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace agencydesk {

RequestsTab::RequestsTab(const Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("requestsTab"));
    m_filters = new RequestFilterBar(m_session, this);
    m_model = new RequestTableModel(m_session, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("requestsTableView"));
    m_view->setAccessibleName(tr("Certificate requests"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RequestTableModel::Number, Qt::AscendingOrder);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    QHeaderView* header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true); // why manual: the longest text, at the end
    // Starting widths a CSR reads at 1280 px, never narrower than the (translated) header; restored per user after.
    const std::pair<int, int> widths[] = {{RequestTableModel::Number, 56},  {RequestTableModel::Customer, 200},
                                          {RequestTableModel::Holder, 190}, {RequestTableModel::Type, 70},
                                          {RequestTableModel::Status, 110}, {RequestTableModel::Assignee, 180},
                                          {RequestTableModel::Age, 60},     {RequestTableModel::Source, 80}};
    for (const auto& [column, width] : widths)
        header->resizeSection(column, std::max(width, header->sectionSizeHint(column)));
    m_view->installEventFilter(this);
    connect(m_view, &QTableView::doubleClicked, this, [this] { previewSelected(); });
    connect(m_view, &QWidget::customContextMenuRequested, this, &RequestsTab::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RequestsTab::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RequestsTab::updateActions);

    m_toolBar = new QToolBar(tr("Request actions"), this);
    m_toolBar->setObjectName(QStringLiteral("requestsToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    createActions();

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("requestsCountLabel"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_countLabel);
    connect(m_filters, &RequestFilterBar::filterChanged, this, [this] {
        m_model->setFilter(m_filters->filter());
        reload();
    });
    m_model->setFilter(m_filters->filter());
    reload();
    setAcceptDrops(roleMay(m_session.user.role, Operation::RequestCreate)); // .eml files become requests
}

QAction* RequestsTab::addAction(const QString& text, const char* name, void (RequestsTab::*slot)())
{
    auto* action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(name));
    connect(action, &QAction::triggered, this, slot);
    m_toolBar->addAction(action);
    return action;
}

void RequestsTab::createActions()
{
    m_new = addAction(tr("&New request…"), "newRequestAction", &RequestsTab::newRequest);
    m_new->setIcon(actionIcon(ActionIcon::FileAdd));
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_new->setToolTip(tr("Take in a request received by phone or email (%1); or drop an .eml file onto the list")
                          .arg(m_new->shortcut().toString(QKeySequence::NativeText)));
    m_new->setEnabled(roleMay(m_session.user.role, Operation::RequestCreate));
    m_toolBar->addSeparator();
    m_preview = addAction(tr("Pre&view…"), "previewRequestAction", &RequestsTab::previewSelected);
    m_preview->setIcon(actionIcon(ActionIcon::Preview));
    m_preview->setToolTip(tr("Preview: everything the customer submitted, the notes and activities (Enter)"));
    m_toolBar->addSeparator();
    m_take = addAction(tr("Mark in &progress"), "takeRequestAction", &RequestsTab::takeSelected);
    m_take->setIcon(actionIcon(ActionIcon::InProgress));
    m_take->setToolTip(tr("Assign the request to yourself"));
    m_submit = addAction(tr("&Attempt automation…"), "submitRequestAction", &RequestsTab::submitSelected);
    m_submit->setIcon(actionIcon(ActionIcon::Automate));
    m_upload = addAction(tr("&Upload certificate…"), "uploadCertificateAction", &RequestsTab::uploadSelected);
    m_upload->setIcon(actionIcon(ActionIcon::Upload));
    m_upload->setToolTip(tr("A certificate already issued elsewhere (a PDF), emailed instead of issuing a duplicate"));
    m_relabel = addAction(tr("Re&label as WOS"), "relabelRequestAction", &RequestsTab::relabelSelected);
    m_relabel->setIcon(actionIcon(ActionIcon::Tag));
    m_approve = addAction(tr("Approve pa&yment"), "approvePaymentAction", &RequestsTab::approvePaymentSelected);
    m_approve->setIcon(actionIcon(ActionIcon::Approve));
    m_approve->setToolTip(tr("The client paid for the waiver of subrogation: the request can be processed"));
    m_reject = addAction(tr("Re&ject…"), "rejectRequestAction", &RequestsTab::rejectSelected);
    m_reject->setIcon(actionIcon(ActionIcon::Reject));
    m_reject->setToolTip(tr("Reject with a reason; only the customer is emailed"));
    m_note = addAction(tr("Add &note…"), "addRequestNoteAction", &RequestsTab::addNoteToSelected);
    m_note->setIcon(actionIcon(ActionIcon::Note));
    // Preview (also Enter or a double-click) and Relabel show their icon alone, so every action stays on the
    // toolbar in French and Spanish too; their tooltips name them.
    for (QAction* compact : {m_preview, m_relabel}) {
        if (auto* button = qobject_cast<QToolButton*>(m_toolBar->widgetForAction(compact)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
}

QList<QAction*> RequestsTab::requestActions() const
{
    return {m_preview, m_take, m_submit, m_upload, m_relabel, m_approve, m_reject, m_note};
}

bool RequestsTab::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && selectedId() > 0) {
            previewSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RequestsTab::reload()
{
    const qint64 keep = selectedId();
    m_filters->reloadAssignees();
    m_model->reload();
    if (keep > 0)
        selectRequest(keep);
    if (!m_model->lastError().isEmpty())
        m_countLabel->setText(tr("The requests could not be read: %1").arg(m_model->lastError()));
    else if (m_model->rowCount() >= m_model->filter().limit)
        m_countLabel->setText(tr("Showing the first %1 requests: narrow the filters.").arg(m_model->rowCount()));
    else
        m_countLabel->setText(tr("Requests shown: %1").arg(m_model->rowCount()));
    Result<int> pending = RequestListService(m_session).pendingCount();
    const int count = pending ? *pending : 0;
    if (count != m_pendingCount) {
        m_pendingCount = count;
        emit pendingCountChanged(count);
    }
    updateActions();
}

void RequestsTab::selectRequest(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(m_model->index(row, 0));
}

qint64 RequestsTab::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(RequestTableModel::IdRole).toLongLong();
}

void RequestsTab::updateActions()
{
    const int row = m_model->rowOfId(selectedId());
    const CertificateRequest* r = row >= 0 ? m_model->request(row) : nullptr;
    const bool mayProcess = roleMay(m_session.user.role, Operation::RequestProcess);
    const bool pending = r && r->pending();
    const bool waitingPayment = r && r->type == RequestType::Wos && !r->paymentApproved();
    const bool someoneElse = r && r->status == RequestStatus::InProgress && r->assigneeId != m_session.user.id;
    const bool mine = r && r->status == RequestStatus::InProgress && r->assigneeId == m_session.user.id;
    m_preview->setEnabled(r);
    m_take->setText(someoneElse ? tr("Take &over") : tr("Mark in &progress"));
    m_take->setEnabled(mayProcess && pending && !waitingPayment && !mine);
    m_submit->setText(r && !r->uploadedFileName.isEmpty() ? tr("&Submit uploaded certificate…")
                                                          : tr("&Attempt automation…"));
    m_submit->setToolTip(tr("Review the prefilled certificate; Submit issues it and emails the client and, if "
                            "ticked, the holder"));
    m_submit->setEnabled(mayProcess && pending && !waitingPayment);
    m_upload->setEnabled(mayProcess && pending);
    m_relabel->setText(r && r->type == RequestType::Wos ? tr("Re&label as COI/POI") : tr("Re&label as WOS"));
    m_relabel->setEnabled(mayProcess && pending);
    m_approve->setEnabled(roleMay(m_session.user.role, Operation::WosApprove) && pending && waitingPayment);
    m_reject->setEnabled(mayProcess && pending);
    m_note->setEnabled(mayProcess && r);
}

void RequestsTab::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    selectRequest(index.data(RequestTableModel::IdRole).toLongLong());
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("requestContextMenu"));
    for (QAction* a : requestActions()) {
        menu.addAction(a);
        if (a == m_preview)
            menu.addSeparator();
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

std::optional<CertificateRequest> RequestsTab::current(const QString& action)
{
    const qint64 id = selectedId();
    if (id <= 0)
        return std::nullopt;
    Result<CertificateRequest> r = RequestListService(m_session).get(id);
    if (!r) {
        MessageBox::showError(this, action, r.error());
        reload();
        return std::nullopt;
    }
    return *r;
}

void RequestsTab::changed(qint64 id, const QString& message)
{
    reload();
    selectRequest(id);
    emit statusMessage(message);
}

void RequestsTab::takeSelected()
{
    const QString action = tr("The request was not marked in progress.");
    std::optional<CertificateRequest> r = current(action);
    if (!r)
        return;
    bool takeOver = false;
    if (r->status == RequestStatus::InProgress && r->assigneeId != m_session.user.id) {
        if (MessageBox::question(this, tr("Take over the request"),
                                 tr("Request %1 is in progress with %2. Take it over?").arg(r->id).arg(r->assigneeName),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
            return;
        takeOver = true;
    }
    if (Status s = RequestService(m_session).take(r->id, takeOver); !s) {
        MessageBox::showError(this, action, s.error());
        reload();
        return;
    }
    changed(r->id, tr("Request %1 is in progress with you.").arg(r->id));
}

void RequestsTab::submitSelected()
{
    if (std::optional<CertificateRequest> r = current(tr("The request was not submitted.")))
        submit(*r);
}

void RequestsTab::submit(const CertificateRequest& request)
{
    RequestSubmitDialog dialog(m_session, request, this); // its Submit runs RequestService::submit
    if (dialog.exec() != QDialog::Accepted) {
        if (dialog.failed())
            reload();
        return;
    }
    emit emailsQueued();
    changed(
        request.id,
        dialog.options().emailHolder
            ? tr("Request %1 is completed: the certificate is emailed to the client and the holder.").arg(request.id)
            : tr("Request %1 is completed: the certificate is emailed to the client.").arg(request.id));
}

void RequestsTab::uploadSelected()
{
    const QString action = tr("The certificate was not uploaded.");
    std::optional<CertificateRequest> r = current(action);
    if (!r)
        return;
    const QString path = FileDialog::getOpenFileName(this, tr("Upload an existing certificate"),
                                                     FileDialog::lastFolder(), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::showError(this, action,
                              Error{ErrorCode::Validation, tr("%1 cannot be read: %2").arg(path, file.errorString())});
        return;
    }
    const QByteArray pdf = file.readAll();
    if (Status s = RequestService(m_session).uploadExisting(r->id, pdf, path); !s) {
        MessageBox::showError(this, action, s.error());
        reload();
        return;
    }
    changed(r->id, tr("%1 is kept with request %2.").arg(QFileInfo(path).fileName()).arg(r->id));
    // Then submit: the dialog says the uploaded file is what goes out.
    if (std::optional<CertificateRequest> again = current(tr("The request was not submitted.")))
        submit(*again);
}

void RequestsTab::relabelSelected()
{
    const QString action = tr("The request was not relabelled.");
    std::optional<CertificateRequest> r = current(action);
    if (!r)
        return;
    const RequestType to = r->type == RequestType::Wos ? RequestType::Coi : RequestType::Wos;
    if (Status s = RequestService(m_session).relabel(r->id, to); !s) {
        MessageBox::showError(this, action, s.error());
        reload();
        return;
    }
    changed(r->id, tr("Request %1 is now %2.").arg(r->id).arg(RequestTableModel::typeText(to)));
}

void RequestsTab::rejectSelected()
{
    const QString action = tr("The request was not rejected.");
    std::optional<CertificateRequest> r = current(action);
    if (!r)
        return;
    RequestRejectDialog dialog(m_session, *r, this);
    if (dialog.exec() != QDialog::Accepted || dialog.reasonId() <= 0)
        return;
    if (Status s = RequestService(m_session).reject(r->id, dialog.reasonId(), dialog.comment()); !s) {
        MessageBox::showError(this, action, s.error());
        reload();
        return;
    }
    emit emailsQueued();
    changed(r->id, tr("Request %1 is rejected: the customer is emailed the reason.").arg(r->id));
}

void RequestsTab::addNoteToSelected()
{
    openPreview(true);
}

void RequestsTab::approvePaymentSelected()
{
    const QString action = tr("The payment was not approved.");
    std::optional<CertificateRequest> r = current(action);
    if (!r)
        return;
    if (Status s = RequestService(m_session).approvePayment(r->id); !s) {
        MessageBox::showError(this, action, s.error());
        reload();
        return;
    }
    emit emailsQueued(); // a clean WOS request is processed at once
    changed(r->id, tr("Payment approved for request %1.").arg(r->id));
}

void RequestsTab::previewSelected()
{
    openPreview(false);
}

void RequestsTab::openPreview(bool focusNote)
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    RequestPreviewDialog dialog(m_session, id, this);
    if (!dialog.loaded()) {
        MessageBox::showError(this, tr("The request could not be shown."),
                              Error{ErrorCode::NotFound, dialog.lastError()});
        reload();
        return;
    }
    bool noted = false;
    connect(&dialog, &RequestPreviewDialog::noteAdded, this, [&noted] { noted = true; });
    if (focusNote)
        dialog.focusNote();
    dialog.exec();
    if (noted)
        changed(id, tr("Note added to request %1.").arg(id));
}

namespace {

bool isEml(const QString& path)
{
    return path.endsWith(QStringLiteral(".eml"), Qt::CaseInsensitive);
}

/// Files with an .eml among them are the tab's; carrier downloads without one are left to the window, which imports
/// them wherever they are dropped; anything else is taken to say it is ignored.
bool takesDrop(const QStringList& paths)
{
    if (paths.isEmpty())
        return false;
    return std::any_of(paths.begin(), paths.end(), isEml) || DownloadImportController::downloadPaths(paths).isEmpty();
}

} // namespace

void RequestsTab::dragEnterEvent(QDragEnterEvent* event)
{
    if (takesDrop(DocumentsTab::localFiles(event->mimeData())))
        event->acceptProposedAction();
}

void RequestsTab::dragMoveEvent(QDragMoveEvent* event)
{
    if (takesDrop(DocumentsTab::localFiles(event->mimeData())))
        event->acceptProposedAction();
}

void RequestsTab::dropEvent(QDropEvent* event)
{
    const QStringList paths = DocumentsTab::localFiles(event->mimeData());
    if (!takesDrop(paths))
        return;
    event->acceptProposedAction();
    // After the drop returns: the dialogs must not run inside the drag's event loop.
    QMetaObject::invokeMethod(
        this, [this, paths] { intakeFiles(paths); }, Qt::QueuedConnection);
}

void RequestsTab::newRequest()
{
    intake();
}

int RequestsTab::intakeFiles(const QStringList& paths)
{
    QStringList others;
    int taken = 0;
    for (const QString& path : paths) {
        if (!isEml(path)) {
            others << QFileInfo(path).fileName();
            continue;
        }
        const QString action = tr("%1 was not taken in.").arg(QFileInfo(path).fileName());
        QFile file(path);
        if (file.size() > 50 * 1024 * 1024) {
            MessageBox::showError(this, action, Error{ErrorCode::Validation, tr("%1 is larger than 50 MB.").arg(path)});
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            MessageBox::showError(
                this, action, Error{ErrorCode::Validation, tr("%1 cannot be read: %2").arg(path, file.errorString())});
            continue;
        }
        if (intake(file.readAll(), QFileInfo(path).fileName()))
            ++taken;
    }
    if (!others.isEmpty())
        emit statusMessage(tr("Only .eml emails become requests: %1 ignored.").arg(others.join(QStringLiteral(", "))));
    return taken;
}

bool RequestsTab::intake(const QByteArray& eml, const QString& fileName)
{
    if (Status s = authorize(m_session, Operation::RequestCreate); !s) {
        MessageBox::showError(this, tr("The request was not taken."), s.error());
        return false;
    }
    RequestIntakeDialog dialog(m_session, this);
    if (!eml.isEmpty()) {
        Result<ReceivedEmail> email = ReceivedEmail::parse(eml, fileName);
        if (!email) {
            MessageBox::showError(this, tr("%1 was not taken in.").arg(fileName), email.error());
            return false;
        }
        // "Office <office@granite.example>": the address finds the customer it came from.
        static const QRegularExpression address(QStringLiteral("[^<>\\s\"]+@[^<>\\s\"]+"));
        const QRegularExpressionMatch sender = address.match(email->from);
        dialog.setEmail(eml, fileName,
                        tr("Email \"%1\" from %2, %3. It is kept with the request.")
                            .arg(email->subject.isEmpty() ? fileName : email->subject, email->from, email->date),
                        email->textBody, sender.hasMatch() ? sender.captured(0) : QString());
    }
    if (dialog.exec() != QDialog::Accepted || dialog.requestId() <= 0)
        return false;
    announceIntake(dialog.requestId());
    return true;
}

void RequestsTab::announceIntake(qint64 id)
{
    reload();
    selectRequest(id);
    Result<CertificateRequest> r = RequestListService(m_session).get(id);
    if (!r) {
        emit statusMessage(tr("Request %1 was taken in.").arg(id));
        return;
    }
    if (r->status == RequestStatus::Completed) {
        emit emailsQueued();
        emit statusMessage(tr("Request %1 was completed automatically: certificate %2 is emailed to the client and "
                              "the holder.")
                               .arg(id)
                               .arg(r->certificateNumber));
    } else {
        emit statusMessage(tr("Request %1 is on the manual list: %2").arg(id).arg(r->manualReason));
    }
}

} // namespace agencydesk
