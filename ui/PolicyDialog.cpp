#include "PolicyDialog.h"

#include "CarrierService.h"
#include "DisplayFormat.h"
#include "LimitCodes.h"
#include "MessageBox.h"
#include "PolicyIndicatorsWidget.h"
#include "PolicyService.h"
#include "StatusColors.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QVBoxLayout>

namespace agencydesk {

PolicyDialog::PolicyDialog(const Session& session, qint64 insuredId, std::optional<qint64> policyId, QWidget* parent)
    : QDialog(parent), m_session(session), m_insuredId(insuredId)
{
    setObjectName(QStringLiteral("policyDialog"));
    m_policy.id = policyId.value_or(0);
    m_policy.insuredId = insuredId;
    m_readOnly = !roleMay(session.user.role, policyId ? Operation::PolicyUpdate : Operation::PolicyCreate);

    m_numberEdit = new QLineEdit(this);
    m_numberEdit->setObjectName(QStringLiteral("policyNumberLineEdit"));
    m_numberEdit->setAccessibleName(tr("Policy number"));
    m_numberEdit->setMaxLength(60);
    m_lineCombo = new QComboBox(this);
    m_lineCombo->setObjectName(QStringLiteral("lineOfBusinessComboBox"));
    m_lineCombo->setAccessibleName(tr("Line of business"));
    for (LineOfBusiness line : allLines())
        m_lineCombo->addItem(lineDisplayNameTr(line), static_cast<int>(line));
    m_carrierCombo = new QComboBox(this);
    m_carrierCombo->setObjectName(QStringLiteral("carrierComboBox"));
    m_carrierCombo->setAccessibleName(tr("Carrier"));
    m_carrierCombo->setEditable(true);
    m_carrierCombo->setInsertPolicy(QComboBox::NoInsert);
    m_carrierCombo->setMinimumContentsLength(28);
    m_naicEdit = new QLineEdit(this);
    m_naicEdit->setObjectName(QStringLiteral("naicLineEdit"));
    m_naicEdit->setAccessibleName(tr("NAIC code"));
    m_naicEdit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,5}")), this));
    m_naicEdit->setMaximumWidth(90);
    m_effectiveEdit = new QDateEdit(this);
    m_effectiveEdit->setObjectName(QStringLiteral("effectiveDateEdit"));
    m_effectiveEdit->setAccessibleName(tr("Effective date"));
    m_expirationEdit = new QDateEdit(this);
    m_expirationEdit->setObjectName(QStringLiteral("expirationDateEdit"));
    m_expirationEdit->setAccessibleName(tr("Expiration date"));
    for (QDateEdit* edit : {m_effectiveEdit, m_expirationEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(DisplayFormat::dateFormat());
    }
    m_premiumEdit = new QLineEdit(this);
    m_premiumEdit->setObjectName(QStringLiteral("premiumLineEdit"));
    m_premiumEdit->setAccessibleName(tr("Annual premium"));
    m_premiumEdit->setPlaceholderText(tr("optional, e.g. %1").arg(DisplayFormat::money(245000)));

    auto* form = new QFormLayout;
    form->addRow(tr("Policy &number:"), m_numberEdit);
    form->addRow(tr("&Line of business:"), m_lineCombo);
    auto* carrierRow = new QHBoxLayout;
    carrierRow->addWidget(m_carrierCombo, 1);
    auto* naicLabel = new QLabel(tr("NA&IC:"), this);
    naicLabel->setBuddy(m_naicEdit);
    carrierRow->addWidget(naicLabel);
    carrierRow->addWidget(m_naicEdit);
    auto* carrierLabel = new QLabel(tr("&Carrier:"), this);
    carrierLabel->setBuddy(m_carrierCombo);
    form->addRow(carrierLabel, carrierRow);
    auto* termRow = new QHBoxLayout;
    termRow->addWidget(m_effectiveEdit);
    auto* toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_expirationEdit);
    termRow->addWidget(toLabel);
    termRow->addWidget(m_expirationEdit);
    termRow->addStretch();
    auto* termLabel = new QLabel(tr("&Term:"), this);
    termLabel->setBuddy(m_effectiveEdit);
    form->addRow(termLabel, termRow);
    form->addRow(tr("&Premium:"), m_premiumEdit);

    m_coveragesTable = new QTableWidget(0, 2, this);
    m_coveragesTable->setObjectName(QStringLiteral("coveragesTableWidget"));
    m_coveragesTable->setAccessibleName(tr("Limits"));
    m_coveragesTable->setHorizontalHeaderLabels({tr("Limit"), tr("Amount")});
    m_coveragesTable->verticalHeader()->hide();
    m_coveragesTable->horizontalHeader()->setSectionResizeMode(LimitColumn, QHeaderView::Stretch);
    m_coveragesTable->horizontalHeader()->setSectionResizeMode(AmountColumn, QHeaderView::Fixed);
    m_coveragesTable->setColumnWidth(AmountColumn, 150);
    m_coveragesTable->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_coveragesTable->setTabKeyNavigation(false);
    auto* coveragesBox = new QGroupBox(tr("Limits (whole dollars; 1M and 500K are understood)"), this);
    auto* coveragesLayout = new QVBoxLayout(coveragesBox);
    coveragesLayout->addWidget(m_coveragesTable);

    m_indicators = new PolicyIndicatorsWidget(this);

    auto* left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(coveragesBox, 1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addWidget(m_indicators, 2);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("policyStatusLabel"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("savePolicyButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("closePolicyButton"));
    // Enter confirms a limit cell or a field; it never saves (and closes) the whole dialog. Ctrl+S saves.
    for (QAbstractButton* button : buttons->buttons()) {
        if (auto* push = qobject_cast<QPushButton*>(button)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }
    m_saveButton->setShortcut(QKeySequence::Save);
    m_saveButton->setToolTip(tr("Save the policy (Ctrl+S)"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_statusLabel, 1);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(bottom);

    connect(m_lineCombo, &QComboBox::currentIndexChanged, this, [this] {
        rebuildCoverages(currentLine());
        m_indicators->setLine(currentLine());
    });
    connect(m_carrierCombo, &QComboBox::activated, this,
            [this](int index) { m_naicEdit->setText(m_carrierCombo->itemData(index, Qt::UserRole + 1).toString()); });
    connect(m_coveragesTable, &QTableWidget::cellChanged, this, &PolicyDialog::onAmountEdited);

    fillCarriers();
    load();
    setReadOnly(m_readOnly);
    resize(900, 560);
}

void PolicyDialog::fillCarriers()
{
    auto carriers = CarrierService(m_session).list();
    if (!carriers)
        return;
    for (const Carrier& c : *carriers) {
        m_carrierCombo->addItem(c.name, QVariant::fromValue(c.id));
        m_carrierCombo->setItemData(m_carrierCombo->count() - 1, c.naic, Qt::UserRole + 1);
    }
}

void PolicyDialog::load()
{
    if (m_policy.id == 0) {
        setWindowTitle(tr("Add policy"));
        const QDate today = QDate::currentDate();
        m_policy.effective = today;
        m_policy.expiration = today.addYears(1);
        m_carrierCombo->setCurrentIndex(-1);
        m_carrierCombo->setEditText({});
    } else {
        auto loaded = PolicyService(m_session).get(m_policy.id);
        if (!loaded) {
            MessageBox::showError(this, tr("Could not open the policy."), loaded.error());
            m_readOnly = true;
            return;
        }
        m_policy = *loaded;
        setWindowTitle(tr("Policy %1").arg(m_policy.number));
        for (const Coverage& c : m_policy.coverages)
            m_amountTexts.insert(c.limitCode, DisplayFormat::amount(c.amount));
        const int carrier = m_carrierCombo->findData(QVariant::fromValue(m_policy.carrierId));
        m_carrierCombo->setCurrentIndex(carrier);
        if (carrier < 0)
            m_carrierCombo->setEditText(m_policy.carrierName);
        m_statusLabel->setText(tr("%1 · last changed by %2")
                                   .arg(policyStatusDisplayNameTr(m_policy.status()),
                                        m_policy.updatedByName.isEmpty() ? tr("—") : m_policy.updatedByName));
    }
    m_numberEdit->setText(m_policy.number);
    m_naicEdit->setText(m_policy.carrierNaic);
    m_effectiveEdit->setDate(m_policy.effective);
    m_expirationEdit->setDate(m_policy.expiration);
    m_premiumEdit->setText(m_policy.premiumCents ? DisplayFormat::money(*m_policy.premiumCents) : QString());
    m_indicators->setIndicators(m_policy.indicators);
    const int lineIndex = m_lineCombo->findData(static_cast<int>(m_policy.line));
    if (lineIndex == m_lineCombo->currentIndex()) {
        rebuildCoverages(m_policy.line);
        m_indicators->setLine(m_policy.line);
    } else {
        m_lineCombo->setCurrentIndex(lineIndex);
    }
}

LineOfBusiness PolicyDialog::currentLine() const
{
    return static_cast<LineOfBusiness>(m_lineCombo->currentData().toInt());
}

void PolicyDialog::rebuildCoverages(LineOfBusiness line)
{
    m_updatingTable = true;
    const auto codes = limitCodesFor(line);
    m_coveragesTable->setRowCount(static_cast<int>(codes.size()));
    for (int row = 0; row < static_cast<int>(codes.size()); ++row) {
        const LimitCode& code = codes[static_cast<size_t>(row)];
        auto* label = new QTableWidgetItem(limitLabelTr(code));
        label->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        label->setData(Qt::UserRole, code.code);
        label->setToolTip(code.code);
        m_coveragesTable->setItem(row, LimitColumn, label);
        auto* amount = new QTableWidgetItem(m_amountTexts.value(code.code));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        amount->setData(Qt::UserRole, code.code);
        if (m_readOnly)
            amount->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_coveragesTable->setItem(row, AmountColumn, amount);
    }
    m_updatingTable = false;
}

int PolicyDialog::coverageRow(const QString& limitCode) const
{
    for (int row = 0; row < m_coveragesTable->rowCount(); ++row) {
        if (m_coveragesTable->item(row, LimitColumn)->data(Qt::UserRole).toString() == limitCode)
            return row;
    }
    return -1;
}

void PolicyDialog::onAmountEdited(int row, int column)
{
    if (m_updatingTable || column != AmountColumn)
        return;
    QTableWidgetItem* item = m_coveragesTable->item(row, column);
    const QString code = item->data(Qt::UserRole).toString();
    const QString text = item->text().trimmed();
    m_updatingTable = true;
    if (text.isEmpty()) {
        m_amountTexts.remove(code);
        item->setData(Qt::BackgroundRole, {});
        item->setToolTip({});
    } else if (auto amount = DisplayFormat::parseAmount(text)) {
        item->setText(DisplayFormat::amount(*amount));
        item->setData(Qt::BackgroundRole, {});
        item->setToolTip({});
        m_amountTexts.insert(code, item->text());
    } else {
        item->setBackground(StatusColors::invalidBackground(palette()));
        item->setToolTip(amount.error().message);
        m_amountTexts.insert(code, text);
    }
    m_updatingTable = false;
}

bool PolicyDialog::save()
{
    if (m_readOnly)
        return false;
    Policy p = m_policy;
    p.insuredId = m_insuredId;
    p.number = m_numberEdit->text();
    p.line = currentLine();
    const QString carrierText = m_carrierCombo->currentText().simplified();
    const int carrierIndex = m_carrierCombo->findText(carrierText, Qt::MatchFixedString);
    p.carrierId = carrierIndex >= 0 ? m_carrierCombo->itemData(carrierIndex).toLongLong() : 0;
    p.carrierName = carrierText;
    p.carrierNaic = m_naicEdit->text();
    p.effective = m_effectiveEdit->date();
    p.expiration = m_expirationEdit->date();
    p.indicators = m_indicators->indicators();

    QStringList problems;
    bool premiumOk = true;
    p.premiumCents = DisplayFormat::parseMoney(m_premiumEdit->text(), &premiumOk);
    if (!premiumOk)
        problems << tr("Premium \"%1\" is not an amount.").arg(m_premiumEdit->text());
    p.coverages.clear();
    for (int row = 0; row < m_coveragesTable->rowCount(); ++row) {
        const QString text = m_coveragesTable->item(row, AmountColumn)->text().trimmed();
        if (text.isEmpty())
            continue;
        auto amount = DisplayFormat::parseAmount(text);
        if (!amount) {
            problems << tr("%1: %2").arg(m_coveragesTable->item(row, LimitColumn)->text(), amount.error().message);
            continue;
        }
        p.coverages.push_back({m_coveragesTable->item(row, LimitColumn)->data(Qt::UserRole).toString(), *amount});
    }
    if (!problems.isEmpty()) {
        MessageBox::warning(this, tr("Please check the form"), problems.join(QLatin1Char('\n')));
        return false;
    }

    PolicyService service(m_session);
    qint64 id = p.id;
    if (p.id == 0) {
        auto created = service.create(p);
        if (!created) {
            MessageBox::showError(this, tr("The policy was not added."), created.error());
            return false;
        }
        id = *created;
    } else if (Status s = service.update(p); !s) {
        if (s.error().code == ErrorCode::Conflict) {
            MessageBox::warning(this, tr("Changed by someone else"),
                                s.error().message + QStringLiteral("\n\n") +
                                    tr("Close this window and open the policy again to see their changes."));
        } else {
            MessageBox::showError(this, tr("The policy was not saved."), s.error());
        }
        return false;
    }
    emit policySaved(id);
    accept();
    return true;
}

void PolicyDialog::setReadOnly(bool readOnly)
{
    m_numberEdit->setReadOnly(readOnly);
    m_naicEdit->setReadOnly(readOnly);
    m_premiumEdit->setReadOnly(readOnly);
    m_lineCombo->setEnabled(!readOnly);
    m_carrierCombo->setEnabled(!readOnly);
    m_effectiveEdit->setReadOnly(readOnly);
    m_expirationEdit->setReadOnly(readOnly);
    m_indicators->setReadOnly(readOnly);
    m_saveButton->setVisible(!readOnly);
    m_saveButton->setEnabled(!readOnly);
    if (readOnly)
        m_coveragesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
}

} // namespace agencydesk
