#include "ComplianceQuestionDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace agencydesk {

namespace {

// One reason per line; with several, bullets keep a wrapped reason from reading as two.
QString reasonsText(const QStringList& reasons)
{
    if (reasons.size() < 2)
        return reasons.join(QLatin1Char(' '));
    return QStringLiteral("\u2022 ") + reasons.join(QStringLiteral("\n\u2022 "));
}

} // namespace

ComplianceQuestionDialog::ComplianceQuestionDialog(const std::vector<CertificateBatchItem>& nonCompliant, int total,
                                                   QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("complianceQuestionDialog"));
    setWindowTitle(tr("Requirements not met"));
    const int count = int(nonCompliant.size());
    const QLocale locale;

    auto* text =
        new QLabel(count == 1 ? tr("1 of %1 holders does not meet its requirements:").arg(locale.toString(total))
                              : tr("%1 of %2 holders do not meet their requirements:")
                                    .arg(locale.toString(count), locale.toString(total)),
                   this);
    text->setObjectName(QStringLiteral("complianceQuestionLabel"));
    text->setWordWrap(true);

    auto* table = new QTableWidget(count, 2, this);
    table->setTabKeyNavigation(false);
    table->setObjectName(QStringLiteral("nonCompliantHoldersTableWidget"));
    table->setHorizontalHeaderLabels({tr("Holder"), tr("Not met")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus); // Enter goes to the default button, not into the list
    table->setWordWrap(true);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setColumnWidth(0, 200);
    for (int row = 0; row < count; ++row) {
        const CertificateBatchItem& item = nonCompliant[size_t(row)];
        for (int column = 0; column < 2; ++column) {
            auto* cell = new QTableWidgetItem(column == 0 ? item.holderName : reasonsText(item.reasons));
            cell->setTextAlignment(Qt::AlignTop | Qt::AlignLeft);
            table->setItem(row, column, cell);
        }
    }
    // Row heights follow the wrapped reasons once the columns have their real widths.
    connect(table->horizontalHeader(), &QHeaderView::sectionResized, table, &QTableWidget::resizeRowsToContents);

    auto* note = new QLabel(tr("Issuing to them anyway records an override in the certificate log."), this);
    note->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* all = buttons->addButton(tr("Issue all (record override)"), QDialogButtonBox::AcceptRole);
    all->setObjectName(QStringLiteral("issueAllButton"));
    QPushButton* compliant = buttons->addButton(tr("Issue only compliant holders"), QDialogButtonBox::AcceptRole);
    compliant->setObjectName(QStringLiteral("issueOnlyCompliantButton"));
    compliant->setEnabled(count < total); // with nobody compliant it would issue nothing
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    // The safe answer is the default: nothing is overridden by pressing Enter.
    (compliant->isEnabled() ? compliant : cancel)->setDefault(true);
    connect(all, &QPushButton::clicked, this, [this] {
        m_choice = Choice::IssueAll;
        accept();
    });
    connect(compliant, &QPushButton::clicked, this, [this] {
        m_choice = Choice::OnlyCompliant;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(table, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(640, 360);
}

} // namespace agencydesk
