#include "RenewalsTab.h"

#include "ActionIcons.h"
#include "DisplayFormat.h"
#include "MessageBox.h"
#include "PrintQueueDialog.h"
#include "RenewPolicyDialog.h"
#include "RenewalDueModel.h"
#include "RenewalRunController.h"
#include "RenewalRunSummaryDialog.h"
#include "RenewalService.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace agencydesk {

namespace {

QString triggerText(RenewalTrigger trigger)
{
    switch (trigger) {
    case RenewalTrigger::Renewal:
        return RenewalsTab::tr("Renewal");
    case RenewalTrigger::Dates:
        return RenewalsTab::tr("New dates");
    case RenewalTrigger::Lines:
        return RenewalsTab::tr("Lapsed lines removed");
    }
    return {};
}

QString statusText(RenewalRunStatus status)
{
    switch (status) {
    case RenewalRunStatus::Pending:
        return RenewalsTab::tr("Pending");
    case RenewalRunStatus::Partial:
        return RenewalsTab::tr("Partly done");
    case RenewalRunStatus::Completed:
        return RenewalsTab::tr("Completed");
    }
    return {};
}

/// One line for the runs table; the summary dialog has the whole text.
QString shortSummary(const RenewalRunSummary& s)
{
    return RenewalsTab::tr("%1 of %2 masters updated, %3 certificates (%4 by email, %5 to print), %6 requests")
        .arg(s.mastersUpdated)
        .arg(s.masters)
        .arg(s.certificatesIssued)
        .arg(s.emailsQueued)
        .arg(s.printQueued)
        .arg(s.requestsRaised);
}

} // namespace

RenewalsTab::RenewalsTab(const Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_controller(new RenewalRunController(session, this))
{
    setObjectName(QStringLiteral("renewalsTab"));

    // Renewals due.
    auto* dueBox = new QGroupBox(tr("Renewals due"), this);
    dueBox->setObjectName(QStringLiteral("renewalsDueGroupBox"));
    m_days = new QSpinBox(dueBox);
    m_days->setObjectName(QStringLiteral("renewalDueDaysSpinBox"));
    m_days->setAccessibleName(tr("Days ahead"));
    m_days->setRange(1, 365);
    m_days->setSuffix(tr(" days"));
    Result<RenewalSettings> settings = RenewalService(session).settings();
    m_days->setValue(settings ? settings->dueDays : 60);
    auto* daysLabel = new QLabel(tr("Policies expiring wi&thin:"), dueBox);
    daysLabel->setBuddy(m_days);
    m_dueLabel = new QLabel(dueBox);
    m_dueLabel->setObjectName(QStringLiteral("renewalsDueCountLabel"));

    m_dueModel = new RenewalDueModel(this);
    m_dueProxy = new QSortFilterProxyModel(this);
    m_dueProxy->setSourceModel(m_dueModel);
    m_dueProxy->setSortRole(RenewalDueModel::SortRole);
    m_dueView = new QTableView(dueBox);
    m_dueView->setObjectName(QStringLiteral("renewalsDueTableView"));
    m_dueView->setAccessibleName(tr("Renewals due"));
    m_dueView->setModel(m_dueProxy);
    m_dueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_dueView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_dueView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dueView->setTabKeyNavigation(false);
    m_dueView->setAlternatingRowColors(true);
    m_dueView->setWordWrap(false);
    m_dueView->verticalHeader()->hide();
    m_dueView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_dueView->horizontalHeader()->setSectionResizeMode(RenewalDueModel::Insured, QHeaderView::Stretch);
    m_dueView->setSortingEnabled(true);
    m_dueView->sortByColumn(RenewalDueModel::Expiration, Qt::AscendingOrder);

    m_renewButton = new QPushButton(tr("Rene&w…"), dueBox);
    m_renewButton->setObjectName(QStringLiteral("renewDueButton"));
    m_renewButton->setIcon(actionIcon(ActionIcon::Renew));
    m_notRenewingButton = new QPushButton(tr("N&ot renewing…"), dueBox);
    m_notRenewingButton->setObjectName(QStringLiteral("notRenewingButton"));
    m_notRenewingButton->setIcon(actionIcon(ActionIcon::NotRenewing));
    m_notRenewingButton->setToolTip(tr("The policy leaves this list; the reason is kept on the policy's history"));
    m_openInsuredButton = new QPushButton(tr("Open ins&ured"), dueBox);
    m_openInsuredButton->setObjectName(QStringLiteral("openDueInsuredButton"));
    m_openInsuredButton->setIcon(actionIcon(ActionIcon::User));

    auto* dueTop = new QHBoxLayout;
    dueTop->addWidget(daysLabel);
    dueTop->addWidget(m_days);
    dueTop->addSpacing(12);
    dueTop->addWidget(m_dueLabel, 1);
    auto* dueButtons = new QHBoxLayout;
    dueButtons->addWidget(m_renewButton);
    dueButtons->addWidget(m_notRenewingButton);
    dueButtons->addWidget(m_openInsuredButton);
    dueButtons->addStretch();
    auto* dueLayout = new QVBoxLayout(dueBox);
    dueLayout->addLayout(dueTop);
    dueLayout->addWidget(m_dueView, 1);
    dueLayout->addLayout(dueButtons);

    // Renewal runs.
    auto* runsBox = new QGroupBox(tr("Renewal runs"), this);
    runsBox->setObjectName(QStringLiteral("renewalRunsGroupBox"));
    m_runsTable = new QTableWidget(0, RunColumnCount, runsBox);
    m_runsTable->setObjectName(QStringLiteral("renewalRunsTable"));
    m_runsTable->setAccessibleName(tr("Renewal runs"));
    m_runsTable->setHorizontalHeaderLabels(
        {tr("Date"), tr("Policy"), tr("Insured"), tr("Trigger"), tr("Status"), tr("Summary")});
    m_runsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_runsTable->setTabKeyNavigation(false);
    m_runsTable->setAlternatingRowColors(true);
    m_runsTable->setWordWrap(false);
    m_runsTable->verticalHeader()->hide();
    m_runsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_runsTable->horizontalHeader()->setSectionResizeMode(RunSummary, QHeaderView::Stretch);

    m_summaryButton = new QPushButton(tr("Show &summary…"), runsBox);
    m_summaryButton->setObjectName(QStringLiteral("showRunSummaryButton"));
    m_summaryButton->setIcon(actionIcon(ActionIcon::Summary));
    m_resumeButton = new QPushButton(tr("Resu&me"), runsBox);
    m_resumeButton->setObjectName(QStringLiteral("resumeRunButton"));
    m_resumeButton->setIcon(actionIcon(ActionIcon::Resume));
    m_resumeButton->setToolTip(tr("Start or finish a pending or cancelled run"));
    m_printQueueButton = new QPushButton(tr("&Print queue…"), runsBox);
    m_printQueueButton->setObjectName(QStringLiteral("printQueueButton"));
    m_printQueueButton->setIcon(actionIcon(ActionIcon::Print));
    auto* runButtons = new QHBoxLayout;
    runButtons->addWidget(m_summaryButton);
    runButtons->addWidget(m_resumeButton);
    runButtons->addStretch();
    runButtons->addWidget(m_printQueueButton);
    auto* runsLayout = new QVBoxLayout(runsBox);
    runsLayout->addWidget(m_runsTable, 1);
    runsLayout->addLayout(runButtons);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("renewalsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(dueBox);
    splitter->addWidget(runsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_days, &QSpinBox::valueChanged, this, &RenewalsTab::reloadDue);
    connect(m_dueView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RenewalsTab::updateButtons);
    connect(m_dueView, &QTableView::activated, this, &RenewalsTab::renewSelected);
    connect(m_renewButton, &QPushButton::clicked, this, &RenewalsTab::renewSelected);
    connect(m_notRenewingButton, &QPushButton::clicked, this, &RenewalsTab::notRenewingSelected);
    connect(m_openInsuredButton, &QPushButton::clicked, this, [this] {
        if (const QModelIndex index = m_dueView->currentIndex(); index.isValid())
            emit openInsuredRequested(index.data(RenewalDueModel::InsuredIdRole).toLongLong());
    });
    connect(m_runsTable, &QTableWidget::itemSelectionChanged, this, &RenewalsTab::updateButtons);
    connect(m_runsTable, &QTableWidget::itemActivated, this, &RenewalsTab::showRunSummary);
    connect(m_summaryButton, &QPushButton::clicked, this, &RenewalsTab::showRunSummary);
    connect(m_resumeButton, &QPushButton::clicked, this, &RenewalsTab::resumeRun);
    connect(m_printQueueButton, &QPushButton::clicked, this, &RenewalsTab::openPrintQueue);
    connect(m_controller, &RenewalRunController::runFinished, this, &RenewalsTab::reload);
    reload();
}

void RenewalsTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void RenewalsTab::reload()
{
    reloadDue();
    reloadRuns();
}

void RenewalsTab::reloadDue()
{
    const qint64 selected = selectedDuePolicy();
    Result<std::vector<RenewalDue>> due = RenewalService(m_session).due(m_days->value());
    if (!due) {
        m_dueModel->setRows({});
        m_dueLabel->setText(tr("Could not list the renewals due: %1").arg(due.error().message));
    } else {
        m_dueModel->setRows(std::move(due).value());
        m_dueLabel->setText(m_dueModel->rows().empty()
                                ? tr("No policy expires within %1 days without a renewal term.").arg(m_days->value())
                                : tr("Policies to renew: %1.").arg(m_dueModel->rows().size()));
    }
    if (selected == 0 || !selectDuePolicy(selected))
        updateButtons();
}

void RenewalsTab::reloadRuns()
{
    const RenewalRun* current = selectedRun();
    const qint64 selected = current ? current->id : 0;
    m_runs.clear();
    if (Result<std::vector<RenewalRun>> runs = RenewalService(m_session).runs(); runs)
        m_runs = std::move(runs).value();
    m_runsTable->setRowCount(int(m_runs.size()));
    for (int row = 0; row < int(m_runs.size()); ++row) {
        const RenewalRun& run = m_runs[size_t(row)];
        const QDateTime created = QDateTime::fromString(run.createdAt, Qt::ISODate);
        const QString summary = run.status == RenewalRunStatus::Pending ? tr("Not started") : shortSummary(run.summary);
        const QStringList cells{created.isValid() ? DisplayFormat::dateTime(created.toLocalTime()) : run.createdAt,
                                run.policyNumber,
                                run.insuredName,
                                triggerText(run.trigger),
                                statusText(run.status),
                                summary};
        for (int column = 0; column < RunColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, run.id);
            if (column == RunSummary)
                item->setToolTip(run.status == RenewalRunStatus::Pending
                                     ? summary
                                     : RenewalRunSummaryDialog::totalsText(run.summary));
            m_runsTable->setItem(row, column, item);
        }
        if (run.id == selected)
            m_runsTable->selectRow(row);
    }
    updateButtons();
}

bool RenewalsTab::selectDuePolicy(qint64 policyId)
{
    for (int row = 0; row < m_dueProxy->rowCount(); ++row) {
        const QModelIndex index = m_dueProxy->index(row, 0);
        if (index.data(RenewalDueModel::PolicyIdRole).toLongLong() == policyId) {
            m_dueView->selectRow(row);
            m_dueView->setCurrentIndex(index);
            updateButtons();
            return true;
        }
    }
    return false;
}

qint64 RenewalsTab::selectedDuePolicy() const
{
    const QModelIndexList rows = m_dueView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(RenewalDueModel::PolicyIdRole).toLongLong();
}

const RenewalRun* RenewalsTab::selectedRun() const
{
    const QList<QTableWidgetItem*> items = m_runsTable->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const qint64 id = items.first()->data(Qt::UserRole).toLongLong();
    for (const RenewalRun& run : m_runs) {
        if (run.id == id)
            return &run;
    }
    return nullptr;
}

void RenewalsTab::updateButtons()
{
    const bool due = selectedDuePolicy() != 0;
    m_renewButton->setEnabled(due && roleMay(m_session.user.role, Operation::PolicyRenew));
    m_notRenewingButton->setEnabled(due && roleMay(m_session.user.role, Operation::PolicyNotRenewing));
    m_openInsuredButton->setEnabled(due);
    const RenewalRun* run = selectedRun();
    m_summaryButton->setEnabled(run && run->status != RenewalRunStatus::Pending);
    m_resumeButton->setEnabled(run && run->status != RenewalRunStatus::Completed && !m_controller->isRunning() &&
                               roleMay(m_session.user.role, Operation::RenewalRun));
}

RenewPolicyDialog* RenewalsTab::renewSelected()
{
    const qint64 policyId = selectedDuePolicy();
    if (policyId == 0 || !m_renewButton->isEnabled())
        return nullptr;
    auto* dialog = new RenewPolicyDialog(m_session, policyId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->isValid()) {
        dialog->deleteLater();
        return nullptr;
    }
    connect(dialog, &RenewPolicyDialog::renewed, this, [this](qint64 newId) {
        reload();
        QMetaObject::invokeMethod(
            m_controller, [this, newId] { m_controller->followUp(newId); }, Qt::QueuedConnection);
    });
    dialog->open();
    return dialog;
}

void RenewalsTab::notRenewingSelected()
{
    const QModelIndexList rows = m_dueView->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_notRenewingButton->isEnabled())
        return;
    const qint64 policyId = rows.first().data(RenewalDueModel::PolicyIdRole).toLongLong();
    const QString number = rows.first().siblingAtColumn(RenewalDueModel::Number).data().toString();
    const QString insured = rows.first().siblingAtColumn(RenewalDueModel::Insured).data().toString();
    if (m_reasonDialog)
        m_reasonDialog->close();
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("notRenewingReasonDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Not renewing"));
    dialog->setLabelText(tr("Policy %1 of %2 will not be renewed and leaves the Renewals due list.\n"
                            "Reason (optional):")
                             .arg(number, insured));
    dialog->setOkButtonText(tr("Mark not renewing"));
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, policyId](const QString& reason) { markNotRenewing(policyId, reason); });
    m_reasonDialog = dialog;
    dialog->open();
}

void RenewalsTab::markNotRenewing(qint64 policyId, const QString& reason)
{
    if (Status s = RenewalService(m_session).setNotRenewing(policyId, true, reason); !s) {
        MessageBox::showError(this, tr("The policy was not marked as not renewing."), s.error());
        return;
    }
    reloadDue();
    emit statusMessage(tr("Marked as not renewing."));
}

PrintQueueDialog* RenewalsTab::openPrintQueue()
{
    if (m_printQueue) {
        m_printQueue->reload();
        m_printQueue->raise();
        return m_printQueue;
    }
    auto* dialog = new PrintQueueDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_printQueue = dialog;
    dialog->open();
    return dialog;
}

void RenewalsTab::showRunSummary()
{
    const RenewalRun* run = selectedRun();
    if (!run || run->status == RenewalRunStatus::Pending)
        return;
    // The stored summary has every item so far.
    Result<RenewalRun> stored = RenewalService(m_session).run(run->id);
    if (!stored) {
        MessageBox::showError(this, tr("Could not read the renewal run."), stored.error());
        return;
    }
    auto* dialog = new RenewalRunSummaryDialog(
        stored->summary, tr("Renewal run: %1, %2").arg(stored->policyNumber, stored->insuredName), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RenewalsTab::resumeRun()
{
    const RenewalRun* run = selectedRun();
    if (!run || run->status == RenewalRunStatus::Completed)
        return;
    if (m_controller->start(run->id))
        updateButtons();
}

} // namespace agencydesk
