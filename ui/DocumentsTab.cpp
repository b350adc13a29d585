#include "DocumentsTab.h"

#include "ActionIcons.h"
#include "DocumentAddController.h"
#include "DocumentMetadataDialog.h"
#include "DocumentPrinter.h"
#include "DocumentService.h"
#include "DocumentSharingService.h"
#include "DocumentTableModel.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "OutlookDrop.h"
#include "PdfViewer.h"
#include "PolicyService.h"
#include "ReceivedEmail.h"

#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace agencydesk {

DocumentsTab::DocumentsTab(const Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("documentsTab"));
    setAcceptDrops(true);
    m_model = new DocumentTableModel(m_session, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("documentsView"));
    m_view->setAccessibleName(tr("Documents"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(DocumentTableModel::Purpose, QHeaderView::Stretch);
    m_view->setColumnHidden(DocumentTableModel::Insured, true);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DocumentsTab::onSelectionChanged);

    m_viewer = new PdfViewer(this);
    m_emailText = new QPlainTextEdit(this);
    m_emailText->setObjectName(QStringLiteral("emailPreview"));
    m_emailText->setReadOnly(true);
    m_previewStack = new QStackedWidget(this);
    m_previewStack->addWidget(m_viewer);
    m_previewStack->addWidget(m_emailText);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("documentsSplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(m_previewStack);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // The list carries ten columns a CSR reads; the preview fits the page to whatever width is left.
    splitter->setSizes({780, 480});
    m_viewer->setZoomMode(PdfViewer::ZoomMode::FitWidth);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("documentsTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("documentsFilterLineEdit"));
    m_filter->setPlaceholderText(tr("Filter every insured's documents by file, type, purpose or insured"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_model, &DocumentTableModel::setFilter);
    auto* hint = new QLabel(tr("Drop PDFs, PNG or JPEG pictures and .eml emails here to add them."), this);
    hint->setObjectName(QStringLiteral("documentsDropHint"));
    hint->setEnabled(false);

    auto* head = new QHBoxLayout;
    head->addWidget(m_title);
    head->addStretch(1);
    head->addWidget(hint);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_filter);
    layout->addWidget(createToolBar());
    layout->addWidget(splitter, 1);
    connect(m_view, &QTableView::doubleClicked, m_openButton, &QPushButton::click);

    m_addController = new DocumentAddController(m_session, this);
    connect(m_addController, &DocumentAddController::finished, this, &DocumentsTab::onBatchFinished);
    setInsured(0, {});
}

QWidget* DocumentsTab::createToolBar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto button = [&](const QString& text, const QString& name, auto slot) {
        auto* b = new QPushButton(text, bar);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        row->addWidget(b);
        return b;
    };
    m_addButton = button(tr("&Add files..."), QStringLiteral("addDocumentsButton"), [this] { browse(); });
    m_addButton->setIcon(actionIcon(ActionIcon::Add));
    m_shareButton = button(tr("&Share"), QStringLiteral("shareDocumentsButton"), [this] { shareSelected(true); });
    m_shareButton->setIcon(actionIcon(ActionIcon::Share));
    m_unshareButton =
        button(tr("&Un-share"), QStringLiteral("unshareDocumentsButton"), [this] { shareSelected(false); });
    m_unshareButton->setIcon(actionIcon(ActionIcon::Unshare));
    m_resendButton = button(tr("&Resend shared notification"), QStringLiteral("resendNotificationButton"),
                            [this] { resendNotification(); });
    m_resendButton->setIcon(actionIcon(ActionIcon::Notify));
    m_attachButton = new QToolButton(bar);
    m_attachButton->setObjectName(QStringLiteral("attachPolicyButton"));
    m_attachButton->setIcon(actionIcon(ActionIcon::Attach));
    m_attachButton->setText(tr("&Policy"));
    m_attachButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_attachButton->setToolTip(tr("Attach the selected documents to one of the insured's policies, or detach them"));
    m_attachButton->setPopupMode(QToolButton::InstantPopup);
    m_attachMenu = new QMenu(m_attachButton);
    m_attachMenu->setObjectName(QStringLiteral("attachPolicyMenu"));
    connect(m_attachMenu, &QMenu::aboutToShow, this, &DocumentsTab::fillAttachMenu);
    m_attachButton->setMenu(m_attachMenu);
    row->addWidget(m_attachButton);
    m_saveButton = button(tr("Save &copy..."), QStringLiteral("saveDocumentCopyButton"), [this] { saveCopy(); });
    m_saveButton->setIcon(actionIcon(ActionIcon::Save));
    m_openButton = button(tr("&Open"), QStringLiteral("openDocumentButton"), [this] {
        const QList<qint64> ids = selectedIds();
        if (ids.size() != 1)
            return;
        Result<Document> d = DocumentService(m_session).get(ids.first());
        Result<QByteArray> bytes = DocumentService(m_session).content(ids.first());
        if (!d || !bytes)
            return MessageBox::showError(this, tr("Open the document"), d ? bytes.error() : d.error());
        // The system viewer needs a file: a copy in the temporary folder, named like the document.
        const QString dir =
            QStandardPaths::writableLocation(QStandardPaths::TempLocation) + QStringLiteral("/agencydesk-documents");
        QDir().mkpath(dir);
        const QString path = dir + QLatin1Char('/') + QString::number(d->id) + QLatin1Char('-') + d->fileName;
        if (Status s = DocumentService(m_session).saveCopy(d->id, path); !s)
            return MessageBox::showError(this, tr("Open the document"), s.error());
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    });
    m_printButton = button(tr("P&rint..."), QStringLiteral("printDocumentButton"), [this] {
        const QList<qint64> ids = selectedIds();
        Result<Document> d = ids.size() == 1 ? DocumentService(m_session).get(ids.first()) : Result<Document>(Error{});
        Result<QByteArray> bytes = d ? DocumentService(m_session).content(d->id) : Result<QByteArray>(Error{});
        if (d && bytes && !d->isEmail())
            DocumentPrinter::printWithDialog(this, *bytes, d->fileName);
    });
    m_printButton->setIcon(actionIcon(ActionIcon::Print));
    m_openButton->setIcon(actionIcon(ActionIcon::Open));
    m_deleteButton = button(tr("&Delete"), QStringLiteral("deleteDocumentsButton"), [this] { deleteSelected(); });
    m_deleteButton->setIcon(actionIcon(ActionIcon::Delete));
    row->addStretch(1);
    return bar;
}

void DocumentsTab::setInsured(qint64 insuredId, const QString& name)
{
    m_insuredId = insuredId;
    m_insuredName = name;
    m_title->setText(insuredId > 0 ? tr("Documents of %1").arg(name) : tr("Documents of every insured"));
    m_filter->setVisible(insuredId == 0);
    m_view->setColumnHidden(DocumentTableModel::Insured, insuredId > 0);
    m_model->setInsured(insuredId);
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(DocumentTableModel::Purpose, QHeaderView::Stretch);
    onSelectionChanged();
}

void DocumentsTab::reload()
{
    const QList<qint64> keep = m_justAdded.isEmpty() ? selectedIds() : m_justAdded;
    m_justAdded.clear();
    m_model->reload();
    m_view->clearSelection();
    for (qint64 id : keep) {
        const int row = m_model->rowOfId(id);
        if (row >= 0)
            m_view->selectionModel()->select(m_model->index(row, 0),
                                             QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    onSelectionChanged();
}

QList<qint64> DocumentsTab::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids << index.data(DocumentTableModel::IdRole).toLongLong();
    return ids;
}

void DocumentsTab::selectDocument(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row >= 0)
        m_view->selectRow(row);
}

void DocumentsTab::onSelectionChanged()
{
    updateButtons();
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1) {
        m_viewer->clear();
        m_previewStack->setCurrentWidget(m_viewer);
        return;
    }
    DocumentService docs(m_session);
    Result<Document> d = docs.get(ids.first());
    Result<QByteArray> bytes = docs.content(ids.first());
    if (!d || !bytes) {
        m_viewer->clear();
        return;
    }
    if (d->isEmail()) {
        Result<ReceivedEmail> mail = ReceivedEmail::parse(*bytes, d->fileName);
        m_emailText->setPlainText(mail ? tr("From: %1\nTo: %2\nDate: %3\nSubject: %4\n\n%5")
                                             .arg(mail->from, mail->to, mail->date, mail->subject, mail->textBody)
                                       : mail.error().message);
        m_previewStack->setCurrentWidget(m_emailText);
        return;
    }
    m_previewStack->setCurrentWidget(m_viewer);
    m_viewer->loadFromData(*bytes, d->fileName);
}

void DocumentsTab::updateButtons()
{
    const Role role = m_session.user.role;
    const int selected = int(selectedIds().size());
    m_addButton->setEnabled(m_insuredId > 0 && roleMay(role, Operation::DocumentAdd));
    for (QWidget* w : std::initializer_list<QWidget*>{m_shareButton, m_unshareButton, m_resendButton})
        w->setEnabled(selected > 0 && roleMay(role, Operation::DocumentShare));
    m_attachButton->setEnabled(selected > 0 && m_insuredId > 0 && roleMay(role, Operation::DocumentEdit));
    m_saveButton->setEnabled(selected == 1);
    m_openButton->setEnabled(selected == 1);
    const QList<qint64> ids = selectedIds();
    const int row = ids.size() == 1 ? m_model->rowOfId(ids.first()) : -1;
    m_printButton->setEnabled(row >= 0 && !m_model->document(row)->isEmail());
    m_deleteButton->setEnabled(selected > 0 && roleMay(role, Operation::DocumentDelete));
    m_deleteButton->setVisible(roleMay(role, Operation::DocumentDelete));
}

QStringList DocumentsTab::localFiles(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            paths << url.toLocalFile();
    }
    return paths;
}

void DocumentsTab::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_insuredId > 0 && (!localFiles(event->mimeData()).isEmpty() || OutlookDrop::offers(event->mimeData())))
        event->acceptProposedAction();
}

void DocumentsTab::dragMoveEvent(QDragMoveEvent* event)
{
    if (m_insuredId > 0 && (!localFiles(event->mimeData()).isEmpty() || OutlookDrop::offers(event->mimeData())))
        event->acceptProposedAction();
}

void DocumentsTab::dropEvent(QDropEvent* event)
{
    if (m_insuredId == 0)
        return;
    QStringList paths = localFiles(event->mimeData());
    QString problem;
    if (paths.isEmpty())
        paths = OutlookDrop::save(event->mimeData(), &problem); // attachments dragged out of Outlook
    if (paths.isEmpty() && problem.isEmpty())
        return;
    event->acceptProposedAction();
    if (!problem.isEmpty())
        MessageBox::information(this, tr("Add documents"), problem);
    if (!paths.isEmpty())
        addFiles(paths);
}

DocumentMetadataDialog* DocumentsTab::addFiles(const QStringList& paths, std::optional<qint64> policyId)
{
    if (m_insuredId == 0) {
        MessageBox::information(this, tr("Add documents"),
                                tr("Select an insured on the Insureds tab first, or drop the files onto an insured."));
        return nullptr;
    }
    if (!roleMay(m_session.user.role, Operation::DocumentAdd)) {
        MessageBox::showError(this, tr("Add documents"), authorize(m_session, Operation::DocumentAdd).error());
        return nullptr;
    }
    if (m_addController->isRunning()) {
        MessageBox::information(this, tr("Add documents"), tr("Documents are still being added; try again when done."));
        return nullptr;
    }
    auto* dialog = new DocumentMetadataDialog(m_session, m_insuredId, m_insuredName, paths, policyId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_addController->add(dialog->files()); });
    dialog->open();
    return dialog;
}

void DocumentsTab::browse()
{
    const QStringList paths =
        FileDialog::getOpenFileNames(this, tr("Add documents"), FileDialog::lastFolder(),
                                     tr("Documents (*.pdf *.png *.jpg *.jpeg *.eml);;All files (*)"));
    if (!paths.isEmpty())
        addFiles(paths);
}

void DocumentsTab::onBatchFinished(const DocumentBatchResult& result)
{
    for (const DocumentAddOutcome& o : result.outcomes) {
        for (qint64 id : o.documentIds)
            m_justAdded << id;
    }
    reload();
    emit documentsAdded(result.addedCount(), result.refusedCount());
}

void DocumentsTab::shareSelected(bool shared)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    bool notify = false;
    if (shared) {
        const MessageBox::Button answer = MessageBox::question(
            this, tr("Share with the client"),
            tr("Share %n document(s) with the client's portal account.\n\nNotify the client by email now?", nullptr,
               int(ids.size())),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer == QMessageBox::Cancel)
            return;
        notify = answer == QMessageBox::Yes;
    }
    Result<std::vector<qint64>> r = DocumentSharingService(m_session).setShared(ids, shared, notify);
    if (!r)
        return MessageBox::showError(this, shared ? tr("Share documents") : tr("Un-share documents"), r.error());
    reload();
}

void DocumentsTab::resendNotification()
{
    Result<std::vector<qint64>> r = DocumentSharingService(m_session).resendNotification(selectedIds());
    if (!r)
        return MessageBox::showError(this, tr("Resend shared notification"), r.error());
    MessageBox::information(this, tr("Resend shared notification"),
                            tr("The client will be notified again (the email goes out with the outgoing mail)."));
}

void DocumentsTab::fillAttachMenu()
{
    m_attachMenu->clear();
    Result<std::vector<Policy>> policies = PolicyService(m_session).forInsured(m_insuredId);
    if (policies) {
        for (const Policy& p : *policies) {
            QAction* a = m_attachMenu->addAction(tr("Attach to %1 (%2)").arg(p.number, lineDisplayNameTr(p.line)), this,
                                                 [this, id = p.id] { attachSelected(id); });
            a->setObjectName(QStringLiteral("attachPolicy%1").arg(p.id));
        }
    }
    if (!m_attachMenu->isEmpty())
        m_attachMenu->addSeparator();
    m_attachMenu->addAction(tr("Detach from the policy"), this, [this] { attachSelected(std::nullopt); })
        ->setObjectName(QStringLiteral("detachPolicyAction"));
}

void DocumentsTab::attachSelected(std::optional<qint64> policyId)
{
    DocumentService docs(m_session);
    for (qint64 id : selectedIds()) {
        if (Status s = docs.setPolicy(id, policyId); !s) {
            MessageBox::showError(this, policyId ? tr("Attach to a policy") : tr("Detach from the policy"), s.error());
            break;
        }
    }
    reload();
}

void DocumentsTab::saveCopy()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1)
        return;
    Result<Document> d = DocumentService(m_session).get(ids.first());
    if (!d)
        return MessageBox::showError(this, tr("Save a copy"), d.error());
    const QString path =
        FileDialog::getSaveFileName(this, tr("Save a copy"), QDir(FileDialog::lastFolder()).filePath(d->fileName),
                                    d->isEmail() ? tr("Email (*.eml)") : tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = DocumentService(m_session).saveCopy(d->id, path); !s)
        MessageBox::showError(this, tr("Save a copy"), s.error());
}

void DocumentsTab::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    if (MessageBox::question(this, tr("Delete documents"),
                             tr("Delete %n document(s)? The activity trail keeps a record of each.", nullptr,
                                int(ids.size()))) != QMessageBox::Yes)
        return;
    DocumentService docs(m_session);
    for (qint64 id : ids) {
        if (Status s = docs.remove(id); !s) {
            MessageBox::showError(this, tr("Delete documents"), s.error());
            break;
        }
    }
    reload();
}

} // namespace agencydesk
