#include "RenewalRunSummaryDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace agencydesk {

RenewalRunSummaryDialog::RenewalRunSummaryDialog(const RenewalRunSummary& summary, const QString& title,
                                                 QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("renewalRunSummaryDialog"));
    setWindowTitle(title);

    m_totals = new QLabel(totalsText(summary), this);
    m_totals->setObjectName(QStringLiteral("renewalSummaryTotalsLabel"));
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("renewalSummaryItemsTable"));
    m_table->setAccessibleName(tr("Holders in the renewal run"));
    m_table->setHorizontalHeaderLabels(
        {tr("Master"), tr("Holder"), tr("Outcome"), tr("Certificate"), tr("Delivery"), tr("Reason")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setRowCount(int(summary.items.size()));
    for (int row = 0; row < int(summary.items.size()); ++row) {
        const RenewalRunItem& item = summary.items[size_t(row)];
        const QStringList cells{item.masterName,        item.holderName,    outcomeText(item.outcome),
                                item.certificateNumber, deliveryText(item), item.reason};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* cell = new QTableWidgetItem(cells[column]);
            if (column == Reason)
                cell->setToolTip(item.reason);
            m_table->setItem(row, column, cell);
        }
    }
    m_table->setSortingEnabled(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeRenewalSummaryButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_totals);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(820, 420);
}

QString RenewalRunSummaryDialog::totalsText(const RenewalRunSummary& summary)
{
    QString text = tr("Masters updated: %1 of %2. Certificates issued: %3 (emailed: %4, to print: %5). Requests "
                      "raised: %6. Holders not receiving renewals: %7.")
                       .arg(summary.mastersUpdated)
                       .arg(summary.masters)
                       .arg(summary.certificatesIssued)
                       .arg(summary.emailsQueued)
                       .arg(summary.printQueued)
                       .arg(summary.requestsRaised)
                       .arg(summary.notReceiving);
    if (summary.dryRun)
        text.prepend(tr("Preview, nothing was changed.") + QLatin1Char(' '));
    if (summary.cancelled)
        text += QLatin1Char(' ') + tr("The run was cancelled part way; resume it from the Renewals tab.");
    return text;
}

QString RenewalRunSummaryDialog::outcomeText(RenewalRunItem::Outcome outcome)
{
    switch (outcome) {
    case RenewalRunItem::Outcome::Issued:
        return tr("Issued");
    case RenewalRunItem::Outcome::Request:
        return tr("Request raised");
    case RenewalRunItem::Outcome::NotReceiving:
        return tr("Does not receive renewals");
    }
    return {};
}

QString RenewalRunSummaryDialog::deliveryText(const RenewalRunItem& item)
{
    QStringList parts;
    if (item.emailed)
        parts << tr("Email");
    if (item.printed)
        parts << tr("Print queue");
    return parts.join(QStringLiteral(", "));
}

} // namespace agencydesk
