#include "CertificateLogWidget.h"

#include "ActionIcons.h"
#include "CertificateEmailDialog.h"
#include "CertificateLogModel.h"
#include "CertificatePrinter.h"
#include "CertificateService.h"
#include "MailSenderThread.h"
#include "MessageBox.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace agencydesk {

namespace {

QPushButton* buttonFor(QAction* action, const QString& objectName, QWidget* parent)
{
    auto* button = new QPushButton(action->text(), parent);
    button->setObjectName(objectName);
    // No icon on these six: side by side in the holder pane they would make the Certificates tab (and the window)
    // wider than 1,100 px. The actions keep theirs for the log's context menu.
    button->setToolTip(action->toolTip());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    return button;
}

} // namespace

CertificateLogWidget::CertificateLogWidget(const Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("certificateLogWidget"));
    m_model = new CertificateLogModel(this);
    m_view = new QTableView(this);
    m_view->setTabKeyNavigation(false);
    m_view->setObjectName(QStringLiteral("certificateLogTableView"));
    m_view->setAccessibleName(tr("Certificate log"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CertificateLogModel::Holder, QHeaderView::Stretch);

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("certificateLogEmptyLabel"));
    m_emptyLabel->setWordWrap(true);

    auto action = [this](const QString& text, const QKeySequence& shortcut, const QString& tip) {
        auto* a = new QAction(text, this);
        if (!shortcut.isEmpty()) {
            a->setShortcut(shortcut);
            // Only while the log has focus: the main window and other tabs keep their own keys.
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            a->setToolTip(QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
        } else {
            a->setToolTip(tip);
        }
        addAction(a);
        return a;
    };
    m_previewAction = action(tr("Pre&view"), QKeySequence(Qt::Key_Return), tr("Show the certificate as issued"));
    m_previewAction->setIcon(actionIcon(ActionIcon::Preview));
    m_printAction = action(tr("&Print…"), QKeySequence::Print, tr("Print the certificate"));
    m_printAction->setIcon(actionIcon(ActionIcon::Print));
    m_printPreviewAction = action(tr("Print pre&view…"), {}, tr("See the printed pages before printing"));
    m_printPreviewAction->setIcon(actionIcon(ActionIcon::PrintPreview));
    m_saveAction = action(tr("&Save as PDF…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                          tr("Save the certificate's PDF exactly as issued"));
    m_saveAction->setIcon(actionIcon(ActionIcon::Save));
    m_reissueAction = action(tr("&Re-issue…"), {}, tr("Issue the next revision for the same holder"));
    m_reissueAction->setIcon(actionIcon(ActionIcon::Renew));
    m_emailAction = action(tr("&Email…"), {}, tr("Email the certificate to the holder and/or the client"));
    m_emailAction->setIcon(actionIcon(ActionIcon::Email));

    m_previewButton = buttonFor(m_previewAction, QStringLiteral("previewCertificateButton"), this);
    m_printButton = buttonFor(m_printAction, QStringLiteral("printCertificateButton"), this);
    m_printPreviewButton = buttonFor(m_printPreviewAction, QStringLiteral("printPreviewCertificateButton"), this);
    m_saveButton = buttonFor(m_saveAction, QStringLiteral("saveCertificateButton"), this);
    m_reissueButton = buttonFor(m_reissueAction, QStringLiteral("reissueCertificateButton"), this);
    m_emailButton = buttonFor(m_emailAction, QStringLiteral("emailCertificateButton"), this);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_printPreviewButton);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_emailButton);
    buttons->addStretch();
    buttons->addWidget(m_reissueButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_emptyLabel);
    layout->addLayout(buttons);

    connect(m_previewAction, &QAction::triggered, this, &CertificateLogWidget::preview);
    connect(m_printAction, &QAction::triggered, this, &CertificateLogWidget::print);
    connect(m_printPreviewAction, &QAction::triggered, this, &CertificateLogWidget::printPreview);
    connect(m_saveAction, &QAction::triggered, this, &CertificateLogWidget::save);
    connect(m_reissueAction, &QAction::triggered, this, &CertificateLogWidget::reissue);
    connect(m_emailAction, &QAction::triggered, this, &CertificateLogWidget::email);
    connect(m_view, &QTableView::activated, this, &CertificateLogWidget::preview);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        if (const IssuedCertificate* c = selected())
            emit certificateSelected(c->number);
    });
    connect(m_view, &QTableView::customContextMenuRequested, this, [this](const QPoint& pos) {
        if (!selected())
            return;
        QMenu menu(this);
        menu.addAction(m_previewAction);
        menu.addSeparator();
        menu.addAction(m_printAction);
        menu.addAction(m_printPreviewAction);
        menu.addAction(m_saveAction);
        menu.addAction(m_emailAction);
        menu.addSeparator();
        menu.addAction(m_reissueAction);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    reload();
}

void CertificateLogWidget::showInsured(qint64 insuredId)
{
    m_scope = Scope::Insured;
    m_scopeId = insuredId;
    reload();
}

void CertificateLogWidget::showHolder(qint64 holderId)
{
    m_scope = Scope::Holder;
    m_scopeId = holderId;
    reload();
}

void CertificateLogWidget::reload()
{
    const QString keep = selectedNumber();
    std::vector<IssuedCertificate> rows;
    if (m_scope != Scope::None) {
        CertificateService service(m_session);
        auto loaded = m_scope == Scope::Insured ? service.forInsured(m_scopeId) : service.forHolder(m_scopeId);
        if (loaded)
            rows = std::move(loaded).value();
        else
            MessageBox::showError(this, tr("Could not load the certificate log."), loaded.error());
    }
    {
        // Restoring the selection is not a new choice by the user: no certificateSelected for it.
        const QSignalBlocker blocker(m_view->selectionModel());
        m_model->setCertificates(std::move(rows));
        selectRow(m_model->rowOfNumber(keep));
    }
    m_emptyLabel->setText(m_scope == Scope::Holder ? tr("No certificate has been issued to this holder yet.")
                                                   : tr("No certificate has been issued for this insured yet."));
    m_emptyLabel->setVisible(m_model->rowCount() == 0);
    updateActions();
}

const IssuedCertificate* CertificateLogWidget::selected() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->certificateAt(rows.first().row());
}

QString CertificateLogWidget::selectedNumber() const
{
    const IssuedCertificate* c = selected();
    return c ? c->number : QString();
}

bool CertificateLogWidget::selectNumber(const QString& number)
{
    return selectRow(m_model->rowOfNumber(number));
}

bool CertificateLogWidget::selectRow(int row)
{
    const QModelIndex index = m_model->index(row, CertificateLogModel::Number);
    if (!index.isValid())
        return false;
    // Through the selection model: QTableView::selectRow does nothing while the view has no geometry yet.
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

void CertificateLogWidget::updateActions()
{
    const bool any = selected() != nullptr;
    // Printing and saving log a delivery, re-issuing issues: core refuses both to the view-only role.
    const bool mayDeliver = roleMay(m_session.user.role, Operation::CertificateDeliveryRecord);
    const bool mayIssue = roleMay(m_session.user.role, Operation::CertificateIssue);
    const std::pair<QAction*, bool> states[] = {
        {m_previewAction, any},
        {m_printAction, any && mayDeliver},
        {m_printPreviewAction, any && mayDeliver},
        {m_saveAction, any && mayDeliver},
        {m_reissueAction, any && mayIssue},
        {m_emailAction, any && roleMay(m_session.user.role, Operation::MailSend)}};
    for (const auto& [a, enabled] : states)
        a->setEnabled(enabled);
    m_previewButton->setEnabled(m_previewAction->isEnabled());
    m_printButton->setEnabled(m_printAction->isEnabled());
    m_printPreviewButton->setEnabled(m_printPreviewAction->isEnabled());
    m_saveButton->setEnabled(m_saveAction->isEnabled());
    m_reissueButton->setEnabled(m_reissueAction->isEnabled());
    m_emailButton->setEnabled(m_emailAction->isEnabled());
}

void CertificateLogWidget::preview()
{
    if (const IssuedCertificate* c = selected())
        emit certificateSelected(c->number);
}

// The number is copied: a reload while a dialog is open (another CSR's change) replaces the rows.
void CertificateLogWidget::print()
{
    if (const QString number = selectedNumber();
        !number.isEmpty() && CertificatePrinter::printWithDialog(this, m_session, number))
        reload();
}

void CertificateLogWidget::printPreview()
{
    if (const QString number = selectedNumber();
        !number.isEmpty() && CertificatePrinter::previewWithDialog(this, m_session, number))
        reload();
}

void CertificateLogWidget::save()
{
    if (const QString number = selectedNumber();
        !number.isEmpty() && CertificatePrinter::saveWithDialog(this, m_session, number))
        reload();
}

void CertificateLogWidget::email()
{
    const QString number = selectedNumber();
    if (number.isEmpty())
        return;
    CertificateEmailDialog dialog(m_session, number, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The window's background sender (if any) sends at once instead of at its next round.
    if (auto* sender = window()->findChild<MailSenderThread*>())
        sender->wake();
    reload();
}

void CertificateLogWidget::reissue()
{
    if (const IssuedCertificate* c = selected())
        emit reissueRequested(c->masterId, c->holderId);
}

} // namespace agencydesk
