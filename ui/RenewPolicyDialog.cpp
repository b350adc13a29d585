#include "RenewPolicyDialog.h"

#include "DisplayFormat.h"
#include "LimitCodes.h"
#include "MessageBox.h"
#include "PolicyService.h"
#include "RenewalRunSummaryDialog.h"
#include "RenewalRunner.h"
#include "RenewalService.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace agencydesk {

RenewPolicyDialog::RenewPolicyDialog(const Session& session, qint64 priorPolicyId, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("renewPolicyDialog"));
    setWindowTitle(tr("Renew policy"));

    m_priorLabel = new QLabel(this);
    m_priorLabel->setObjectName(QStringLiteral("renewPriorTermLabel"));
    m_priorLabel->setWordWrap(true);

    m_numberEdit = new QLineEdit(this);
    m_numberEdit->setObjectName(QStringLiteral("renewNumberLineEdit"));
    m_numberEdit->setAccessibleName(tr("Policy number of the new term"));
    m_effectiveEdit = new QDateEdit(this);
    m_effectiveEdit->setObjectName(QStringLiteral("renewEffectiveDateEdit"));
    m_effectiveEdit->setAccessibleName(tr("Effective date of the new term"));
    m_expirationEdit = new QDateEdit(this);
    m_expirationEdit->setObjectName(QStringLiteral("renewExpirationDateEdit"));
    m_expirationEdit->setAccessibleName(tr("Expiration date of the new term"));
    for (QDateEdit* edit : {m_effectiveEdit, m_expirationEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(DisplayFormat::dateFormat());
    }

    m_coveragesTable = new QTableWidget(0, 2, this);
    m_coveragesTable->setObjectName(QStringLiteral("renewCoveragesTable"));
    m_coveragesTable->setAccessibleName(tr("Limits of the new term"));
    m_coveragesTable->setHorizontalHeaderLabels({tr("Limit"), tr("Amount")});
    m_coveragesTable->verticalHeader()->hide();
    m_coveragesTable->setTabKeyNavigation(false);
    m_coveragesTable->horizontalHeader()->setSectionResizeMode(LimitColumn, QHeaderView::Stretch);
    m_coveragesTable->horizontalHeader()->setSectionResizeMode(AmountColumn, QHeaderView::Fixed);
    m_coveragesTable->setColumnWidth(AmountColumn, 150);
    m_coveragesTable->setEditTriggers(QAbstractItemView::AllEditTriggers);

    auto* form = new QFormLayout;
    form->addRow(tr("Policy &number:"), m_numberEdit);
    form->addRow(tr("&Effective:"), m_effectiveEdit);
    form->addRow(tr("E&xpiration:"), m_expirationEdit);
    auto* limitsLabel = new QLabel(tr("&Limits (carried over from the prior term; edit what changed):"), this);
    limitsLabel->setBuddy(m_coveragesTable);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_renewButton = buttons->button(QDialogButtonBox::Ok);
    m_renewButton->setText(tr("&Renew"));
    m_renewButton->setObjectName(QStringLiteral("renewPolicyButton"));
    m_previewButton = buttons->addButton(tr("&Preview…"), QDialogButtonBox::ActionRole);
    m_previewButton->setObjectName(QStringLiteral("previewRenewalButton"));
    m_previewButton->setToolTip(tr("What renewing would do to the certificate masters that hold this policy"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RenewPolicyDialog::renew);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_previewButton, &QPushButton::clicked, this, &RenewPolicyDialog::preview);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_priorLabel);
    layout->addLayout(form);
    layout->addWidget(limitsLabel);
    layout->addWidget(m_coveragesTable, 1);
    layout->addWidget(buttons);

    Result<Policy> proposed = RenewalService(session).proposeTerm(priorPolicyId);
    Result<Policy> prior = PolicyService(session).get(priorPolicyId);
    if (!proposed || !prior) {
        MessageBox::showError(parent, tr("The policy cannot be renewed."), proposed ? prior.error() : proposed.error());
        m_renewButton->setEnabled(false);
        m_previewButton->setEnabled(false);
        return;
    }
    m_valid = true;
    m_term = std::move(proposed).value();
    m_priorLabel->setText(tr("Renewing %1 (%2, %3), term %4 to %5. The new term is linked to it.")
                              .arg(prior->number, lineDisplayNameTr(prior->line), prior->carrierName,
                                   DisplayFormat::date(prior->effective), DisplayFormat::date(prior->expiration)));
    m_numberEdit->setText(m_term.number);
    m_effective = m_term.effective;
    m_effectiveEdit->setDate(m_term.effective);
    m_expirationEdit->setDate(m_term.expiration);
    connect(m_effectiveEdit, &QDateEdit::dateChanged, this, &RenewPolicyDialog::onEffectiveChanged);
    fillCoverages();
    resize(560, 520);
}

void RenewPolicyDialog::fillCoverages()
{
    const auto codes = limitCodesFor(m_term.line);
    m_coveragesTable->setRowCount(int(codes.size()));
    for (int row = 0; row < int(codes.size()); ++row) {
        const LimitCode& code = codes[size_t(row)];
        auto* label = new QTableWidgetItem(limitLabelTr(code));
        label->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        label->setData(Qt::UserRole, code.code);
        m_coveragesTable->setItem(row, LimitColumn, label);
        const std::optional<qint64> amount = m_term.limit(code.code);
        auto* cell = new QTableWidgetItem(amount ? DisplayFormat::amount(*amount) : QString());
        cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_coveragesTable->setItem(row, AmountColumn, cell);
    }
}

void RenewPolicyDialog::onEffectiveChanged(const QDate& date)
{
    // The same length of term by default: the expiration moves with the effective date.
    if (m_effective.isValid() && date.isValid())
        m_expirationEdit->setDate(m_expirationEdit->date().addDays(m_effective.daysTo(date)));
    m_effective = date;
}

std::optional<Policy> RenewPolicyDialog::term()
{
    Policy term = m_term;
    term.number = m_numberEdit->text().trimmed();
    term.effective = m_effectiveEdit->date();
    term.expiration = m_expirationEdit->date();
    QStringList problems;
    term.coverages.clear();
    for (int row = 0; row < m_coveragesTable->rowCount(); ++row) {
        const QString text = m_coveragesTable->item(row, AmountColumn)->text().trimmed();
        if (text.isEmpty())
            continue;
        Result<qint64> amount = DisplayFormat::parseAmount(text);
        if (!amount) {
            problems << tr("%1: %2").arg(m_coveragesTable->item(row, LimitColumn)->text(), amount.error().message);
            continue;
        }
        term.coverages.push_back({m_coveragesTable->item(row, LimitColumn)->data(Qt::UserRole).toString(), *amount});
    }
    if (!problems.isEmpty()) {
        MessageBox::warning(this, tr("Please check the form"), problems.join(QLatin1Char('\n')));
        return std::nullopt;
    }
    return term;
}

void RenewPolicyDialog::preview()
{
    std::optional<Policy> t = term();
    if (!t)
        return;
    Result<RenewalRunSummary> summary = RenewalRunner(m_session).previewRenewal(*t);
    if (!summary) {
        MessageBox::showError(this, tr("The renewal cannot be previewed."), summary.error());
        return;
    }
    if (m_previewDialog)
        m_previewDialog->close();
    auto* dialog = new RenewalRunSummaryDialog(*summary, tr("Renewal preview"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_previewDialog = dialog;
    dialog->open();
}

bool RenewPolicyDialog::renew()
{
    if (!m_valid)
        return false;
    std::optional<Policy> t = term();
    if (!t)
        return false;
    Result<qint64> id = RenewalService(m_session).renew(*t);
    if (!id) {
        MessageBox::showError(this, tr("The policy was not renewed."), id.error());
        return false;
    }
    emit renewed(*id);
    accept();
    return true;
}

} // namespace agencydesk
