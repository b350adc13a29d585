#include "PoliciesWidget.h"

#include "ActionIcons.h"
#include "DisplayFormat.h"
#include "MessageBox.h"
#include "PolicyDialog.h"
#include "PolicyService.h"
#include "RenewPolicyDialog.h"
#include "RenewalRunController.h"
#include "UnattachedDownloadService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace agencydesk {

PoliciesWidget::PoliciesWidget(const Session& session, QWidget* parent)
    : QGroupBox(tr("Policies"), parent), m_session(session)
{
    setObjectName(QStringLiteral("policiesGroupBox"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setTabKeyNavigation(false);
    m_table->setObjectName(QStringLiteral("policiesTableWidget"));
    m_table->setAccessibleName(tr("Policies"));
    m_table->setHorizontalHeaderLabels(
        {tr("Number"), tr("Line"), tr("Carrier"), tr("Effective"), tr("Expiration"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Carrier, QHeaderView::Stretch);
    m_table->setSortingEnabled(true);

    m_addButton = new QPushButton(tr("&Add policy…"), this);
    m_addButton->setObjectName(QStringLiteral("addPolicyButton"));
    m_addButton->setIcon(actionIcon(ActionIcon::Add));
    m_editButton = new QPushButton(tr("&Edit policy…"), this);
    m_editButton->setObjectName(QStringLiteral("editPolicyButton"));
    m_editButton->setIcon(actionIcon(ActionIcon::Edit));
    m_renewButton = new QPushButton(tr("Rene&w policy…"), this);
    m_renewButton->setObjectName(QStringLiteral("renewPolicyButton"));
    m_renewButton->setIcon(actionIcon(ActionIcon::Renew));
    m_renewButton->setToolTip(tr("Quick renew: the next term with the same length, number and limits"));
    m_cancelButton = new QPushButton(tr("&Cancel policy"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelPolicyButton"));
    m_cancelButton->setIcon(actionIcon(ActionIcon::FileRemove));
    const bool canCreate = roleMay(session.user.role, Operation::PolicyCreate);
    m_addButton->setEnabled(canCreate);
    if (!roleMay(session.user.role, Operation::PolicyUpdate))
        m_editButton->setText(tr("&View policy…"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_renewButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, [this] { openPolicyDialog(true); });
    connect(m_editButton, &QPushButton::clicked, this, [this] { openPolicyDialog(false); });
    connect(m_table, &QTableWidget::doubleClicked, this, [this] { openPolicyDialog(false); });
    connect(m_renewButton, &QPushButton::clicked, this, &PoliciesWidget::openRenewDialog);
    connect(m_cancelButton, &QPushButton::clicked, this, &PoliciesWidget::cancelSelected);
    m_renewals = new RenewalRunController(session, this);
    connect(m_renewals, &RenewalRunController::runFinished, this, &PoliciesWidget::policiesChanged);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PoliciesWidget::updateButtons);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QTableWidget::customContextMenuRequested, this, &PoliciesWidget::showContextMenu);
    updateButtons();
}

void PoliciesWidget::setInsured(qint64 insuredId)
{
    m_insuredId = insuredId;
    reload();
}

void PoliciesWidget::reload()
{
    const qint64 selectedId = selectedPolicy() ? selectedPolicy()->id : 0;
    m_policies.clear();
    if (m_insuredId != 0) {
        auto loaded = PolicyService(m_session).forInsured(m_insuredId);
        if (loaded)
            m_policies = std::move(loaded).value();
        else
            MessageBox::showError(this, tr("Could not load the policies."), loaded.error());
    }
    m_table->setSortingEnabled(false);
    m_table->clearContents();
    m_table->setRowCount(static_cast<int>(m_policies.size()));
    const QLocale locale;
    for (int row = 0; row < static_cast<int>(m_policies.size()); ++row) {
        const Policy& p = m_policies[static_cast<size_t>(row)];
        auto set = [&](int column, const QString& text, const QVariant& sortKey = {}) {
            auto* item = new QTableWidgetItem(text);
            item->setData(Qt::UserRole, QVariant::fromValue(p.id));
            if (sortKey.isValid())
                item->setData(Qt::DisplayRole, sortKey);
            m_table->setItem(row, column, item);
        };
        set(Number, p.number);
        set(Line, lineDisplayNameTr(p.line));
        set(Carrier, p.carrierName);
        if (!p.carrierNaic.isEmpty())
            m_table->item(row, Carrier)->setToolTip(tr("%1, NAIC %2").arg(p.carrierName, p.carrierNaic));
        set(Effective, DisplayFormat::date(p.effective));
        set(Expiration, DisplayFormat::date(p.expiration));
        set(Status, policyStatusDisplayNameTr(p.status()));
    }
    m_table->setSortingEnabled(true);
    if (selectedId != 0) {
        for (int row = 0; row < m_table->rowCount(); ++row) {
            if (m_table->item(row, Number)->data(Qt::UserRole).toLongLong() == selectedId)
                m_table->selectRow(row);
        }
    }
    setTitle(m_policies.empty() ? tr("Policies") : tr("Policies (%1)").arg(m_policies.size()));
    m_addButton->setEnabled(m_insuredId != 0 && roleMay(m_session.user.role, Operation::PolicyCreate));
    updateButtons();
}

const Policy* PoliciesWidget::selectedPolicy() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const QTableWidgetItem* item = m_table->item(rows.first().row(), Number);
    if (!item)
        return nullptr;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    for (const Policy& p : m_policies) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

void PoliciesWidget::updateButtons()
{
    const Policy* p = selectedPolicy();
    m_editButton->setEnabled(p != nullptr);
    // A term already renewed (a later term names it as its prior) is renewed from that later term.
    const bool renewed = p && std::any_of(m_policies.begin(), m_policies.end(),
                                          [p](const Policy& other) { return other.priorPolicyId == p->id; });
    m_renewButton->setEnabled(p != nullptr && !p->cancelled && !renewed &&
                              roleMay(m_session.user.role, Operation::PolicyRenew));
    m_cancelButton->setEnabled(p != nullptr && !p->cancelled && roleMay(m_session.user.role, Operation::PolicyCancel));
}

PolicyDialog* PoliciesWidget::openPolicyDialog(bool newPolicy)
{
    if (m_insuredId == 0)
        return nullptr;
    std::optional<qint64> policyId;
    if (!newPolicy) {
        const Policy* p = selectedPolicy();
        if (!p)
            return nullptr;
        policyId = p->id;
    }
    auto* dialog = new PolicyDialog(m_session, m_insuredId, policyId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PolicyDialog::policySaved, this, [this, newPolicy](qint64 savedId) {
        reload();
        emit policiesChanged();
        // New dates on a term that masters hold: core queued a run; start it or ask (the agency's setting).
        // Queued: after the dialog has closed.
        if (!newPolicy)
            QMetaObject::invokeMethod(
                m_renewals, [this, savedId] { m_renewals->followUp(savedId); }, Qt::QueuedConnection);
    });
    dialog->open();
    return dialog;
}

RenewPolicyDialog* PoliciesWidget::openRenewDialog()
{
    const Policy* p = selectedPolicy();
    if (!p || !m_renewButton->isEnabled())
        return nullptr;
    auto* dialog = new RenewPolicyDialog(m_session, p->id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->isValid()) {
        dialog->deleteLater();
        return nullptr;
    }
    connect(dialog, &RenewPolicyDialog::renewed, this, [this](qint64 newId) {
        reload();
        emit policiesChanged();
        QMetaObject::invokeMethod(
            m_renewals, [this, newId] { m_renewals->followUp(newId); }, Qt::QueuedConnection);
    });
    dialog->open();
    return dialog;
}

QMenu* PoliciesWidget::createContextMenu()
{
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("policyContextMenu"));
    const Policy* p = selectedPolicy();
    QAction* edit = menu->addAction(m_editButton->text(), this, [this] { openPolicyDialog(false); });
    edit->setIcon(actionIcon(ActionIcon::Edit));
    edit->setEnabled(p != nullptr);
    QAction* renew = menu->addAction(tr("&Renew…"), this, &PoliciesWidget::openRenewDialog);
    renew->setObjectName(QStringLiteral("renewPolicyAction"));
    renew->setIcon(actionIcon(ActionIcon::Renew));
    renew->setEnabled(m_renewButton->isEnabled());
    QAction* cancel = menu->addAction(m_cancelButton->text(), this, &PoliciesWidget::cancelSelected);
    cancel->setIcon(actionIcon(ActionIcon::FileRemove));
    cancel->setEnabled(m_cancelButton->isEnabled());
    menu->addSeparator();
    // A downloaded policy attached to the wrong insured goes back to Unattached downloads.
    QAction* unattach = menu->addAction(tr("&Un-attach from this insured…"), this, &PoliciesWidget::unattachSelected);
    unattach->setObjectName(QStringLiteral("unattachPolicyAction"));
    unattach->setIcon(actionIcon(ActionIcon::Inbox));
    unattach->setEnabled(p != nullptr && roleMay(m_session.user.role, Operation::PolicyUnattach));
    return menu;
}

void PoliciesWidget::showContextMenu(const QPoint& pos)
{
    if (const QModelIndex index = m_table->indexAt(pos); index.isValid())
        m_table->selectRow(index.row());
    QMenu* menu = createContextMenu();
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_table->viewport()->mapToGlobal(pos));
}

void PoliciesWidget::unattachSelected()
{
    const Policy* p = selectedPolicy();
    if (!p)
        return;
    const qint64 id = p->id;
    const auto answer = MessageBox::question(
        this, tr("Un-attach policy"),
        tr("Take policy %1 (%2) off this insured? It goes back to Unattached downloads, where you can attach it to "
           "the right insured.")
            .arg(p->number, p->carrierName),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (agencydesk::Status s = UnattachedDownloadService(m_session).unattach(id); !s) {
        MessageBox::showError(this, tr("The policy was not un-attached."), s.error());
        return;
    }
    reload();
    emit policiesChanged();
}

void PoliciesWidget::cancelSelected()
{
    const Policy* p = selectedPolicy();
    if (!p)
        return;
    const qint64 id = p->id;
    const auto answer =
        MessageBox::question(this, tr("Cancel policy"),
                             tr("Cancel policy %1 (%2)? The policy and its history stay on file, marked cancelled.")
                                 .arg(p->number, p->carrierName),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (agencydesk::Status s = PolicyService(m_session).cancel(id); !s) {
        MessageBox::showError(this, tr("The policy was not cancelled."), s.error());
        return;
    }
    reload();
    emit policiesChanged();
}

} // namespace agencydesk
