#include "HolderDialog.h"

#include "CertificateHolderService.h"
#include "DisplayFormat.h"
#include "LimitCodes.h"
#include "MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace agencydesk {

HolderDialog::HolderDialog(const Session& session, qint64 masterId, std::optional<qint64> holderId, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("holderDialog"));
    m_holder.id = holderId.value_or(0);
    m_holder.masterId = masterId;
    m_readOnly = !roleMay(session.user.role, holderId ? Operation::HolderUpdate : Operation::HolderCreate);

    auto lineEdit = [this](const char* name, const QString& accessible, int maxLength) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setAccessibleName(accessible);
        edit->setMaxLength(maxLength);
        return edit;
    };
    m_nameEdit = lineEdit("holderNameLineEdit", tr("Holder name"), 200);
    m_address1Edit = lineEdit("holderAddress1LineEdit", tr("Address line 1"), 200);
    m_address2Edit = lineEdit("holderAddress2LineEdit", tr("Address line 2"), 200);
    m_cityEdit = lineEdit("holderCityLineEdit", tr("City"), 100);
    m_stateEdit = lineEdit("holderStateLineEdit", tr("State or province"), 2);
    m_stateEdit->setMaximumWidth(m_stateEdit->fontMetrics().horizontalAdvance(QStringLiteral("MMMM")) + 16);
    m_postalEdit = lineEdit("holderPostalLineEdit", tr("Postal code"), 10);
    m_postalEdit->setMaximumWidth(m_postalEdit->fontMetrics().horizontalAdvance(QStringLiteral("12345-67890")) + 16);
    m_countryCombo = new QComboBox(this);
    m_countryCombo->setObjectName(QStringLiteral("holderCountryComboBox"));
    m_countryCombo->setAccessibleName(tr("Country"));
    m_countryCombo->addItem(tr("United States"), QStringLiteral("US"));
    m_countryCombo->addItem(tr("Canada"), QStringLiteral("CA"));
    m_emailEdit = lineEdit("holderEmailLineEdit", tr("Email"), 200);
    m_deliveryCombo = new QComboBox(this);
    m_deliveryCombo->setObjectName(QStringLiteral("holderDeliveryComboBox"));
    m_deliveryCombo->setAccessibleName(tr("Delivery"));
    m_deliveryCombo->addItem(tr("Email"), static_cast<int>(DeliveryPreference::Email));
    m_deliveryCombo->addItem(tr("Print"), static_cast<int>(DeliveryPreference::Print));
    m_deliveryCombo->addItem(tr("Email and print"), static_cast<int>(DeliveryPreference::Both));
    m_renewalsCheck = new QCheckBox(tr("Receives &renewal certificates"), this);
    m_renewalsCheck->setObjectName(QStringLiteral("holderRenewalsCheckBox"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(tr("Address &1:"), m_address1Edit);
    form->addRow(tr("Address &2:"), m_address2Edit);
    form->addRow(tr("Ci&ty:"), m_cityEdit);
    auto* regionRow = new QHBoxLayout;
    regionRow->addWidget(m_stateEdit);
    auto* postalLabel = new QLabel(tr("&Postal code:"), this);
    postalLabel->setBuddy(m_postalEdit);
    regionRow->addWidget(postalLabel);
    regionRow->addWidget(m_postalEdit);
    auto* countryLabel = new QLabel(tr("C&ountry:"), this);
    countryLabel->setBuddy(m_countryCombo);
    regionRow->addWidget(countryLabel);
    regionRow->addWidget(m_countryCombo);
    regionRow->addStretch();
    auto* stateLabel = new QLabel(tr("&State / province:"), this);
    stateLabel->setBuddy(m_stateEdit);
    form->addRow(stateLabel, regionRow);
    form->addRow(tr("&Email:"), m_emailEdit);
    auto* deliveryRow = new QHBoxLayout;
    deliveryRow->addWidget(m_deliveryCombo);
    deliveryRow->addSpacing(16);
    deliveryRow->addWidget(m_renewalsCheck);
    deliveryRow->addStretch();
    auto* deliveryLabel = new QLabel(tr("&Delivery:"), this);
    deliveryLabel->setBuddy(m_deliveryCombo);
    form->addRow(deliveryLabel, deliveryRow);

    m_requirementsTable = new QTableWidget(0, 2, this);
    m_requirementsTable->setObjectName(QStringLiteral("requirementsTableWidget"));
    m_requirementsTable->setAccessibleName(tr("Minimum limits the holder requires"));
    m_requirementsTable->setHorizontalHeaderLabels({tr("Limit"), tr("Minimum")});
    m_requirementsTable->verticalHeader()->hide();
    m_requirementsTable->horizontalHeader()->setSectionResizeMode(LimitColumn, QHeaderView::Stretch);
    m_requirementsTable->horizontalHeader()->setSectionResizeMode(MinimumColumn, QHeaderView::Fixed);
    m_requirementsTable->setColumnWidth(MinimumColumn, 150);
    m_requirementsTable->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_requirementsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_requirementsTable->setTabKeyNavigation(false);
    m_addRequirementButton = new QPushButton(tr("&Add limit"), this);
    m_addRequirementButton->setObjectName(QStringLiteral("addRequirementButton"));
    m_removeRequirementButton = new QPushButton(tr("Re&move limit"), this);
    m_removeRequirementButton->setObjectName(QStringLiteral("removeRequirementButton"));
    m_aiCheck = new QCheckBox(tr("Additional &insured required"), this);
    m_aiCheck->setObjectName(QStringLiteral("requireAiCheckBox"));
    m_wosCheck = new QCheckBox(tr("&Waiver of subrogation required"), this);
    m_wosCheck->setObjectName(QStringLiteral("requireWosCheckBox"));
    m_pncCheck = new QCheckBox(tr("Primary && non-&contributory required"), this);
    m_pncCheck->setObjectName(QStringLiteral("requirePncCheckBox"));

    auto* requirementsBox =
        new QGroupBox(tr("Requirements (minimum limits in whole dollars; 1M and 500K are understood)"), this);
    auto* requirementButtons = new QHBoxLayout;
    requirementButtons->addWidget(m_addRequirementButton);
    requirementButtons->addWidget(m_removeRequirementButton);
    requirementButtons->addStretch();
    auto* requirementsLayout = new QVBoxLayout(requirementsBox);
    requirementsLayout->addWidget(m_requirementsTable, 1);
    requirementsLayout->addLayout(requirementButtons);
    requirementsLayout->addWidget(m_aiCheck);
    requirementsLayout->addWidget(m_wosCheck);
    requirementsLayout->addWidget(m_pncCheck);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveHolderButton"));
    m_saveButton->setShortcut(QKeySequence::Save);
    m_saveButton->setToolTip(tr("Save the holder (Ctrl+S)"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("closeHolderButton"));
    // Enter confirms an amount cell; it never saves (and closes) the whole dialog. Ctrl+S saves.
    for (QAbstractButton* button : buttons->buttons()) {
        if (auto* push = qobject_cast<QPushButton*>(button)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addRequirementButton, &QPushButton::clicked, this, [this] {
        const int row = addRequirementRow();
        m_requirementsTable->setCurrentCell(row, LimitColumn);
        if (QWidget* combo = m_requirementsTable->cellWidget(row, LimitColumn))
            combo->setFocus(Qt::TabFocusReason);
    });
    connect(m_removeRequirementButton, &QPushButton::clicked, this, &HolderDialog::removeRequirementRow);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(requirementsBox, 1);
    layout->addWidget(buttons);

    load();
    setReadOnly(m_readOnly);
    resize(640, 620);
}

void HolderDialog::load()
{
    if (m_holder.id == 0) {
        setWindowTitle(tr("New certificate holder"));
    } else {
        auto loaded = CertificateHolderService(m_session).get(m_holder.id);
        if (!loaded) {
            MessageBox::showError(this, tr("Could not open the certificate holder."), loaded.error());
            m_readOnly = true;
            return;
        }
        m_holder = *loaded;
        setWindowTitle(tr("Certificate holder %1").arg(m_holder.name));
    }
    m_nameEdit->setText(m_holder.name);
    m_address1Edit->setText(m_holder.address1);
    m_address2Edit->setText(m_holder.address2);
    m_cityEdit->setText(m_holder.city);
    m_stateEdit->setText(m_holder.state);
    m_postalEdit->setText(m_holder.postalCode);
    m_countryCombo->setCurrentIndex(std::max(0, m_countryCombo->findData(m_holder.country)));
    m_emailEdit->setText(m_holder.email);
    m_deliveryCombo->setCurrentIndex(std::max(0, m_deliveryCombo->findData(static_cast<int>(m_holder.delivery))));
    m_renewalsCheck->setChecked(m_holder.receivesRenewals);
    for (const HolderRequirement& r : m_holder.requirements)
        addRequirementRow(r.limitCode, DisplayFormat::amount(r.minimum));
    m_aiCheck->setChecked(m_holder.requireAdditionalInsured);
    m_wosCheck->setChecked(m_holder.requireWaiverOfSubrogation);
    m_pncCheck->setChecked(m_holder.requirePrimaryNonContributory);
}

int HolderDialog::addRequirementRow(const QString& limitCode, const QString& minimum)
{
    const int row = m_requirementsTable->rowCount();
    m_requirementsTable->insertRow(row);
    auto* combo = new QComboBox(m_requirementsTable);
    combo->setObjectName(QStringLiteral("requirementLimitComboBox"));
    combo->setAccessibleName(tr("Required limit"));
    for (const LimitCode& code : limitCodes()) {
        combo->addItem(tr("%1 — %2").arg(lineDisplayNameTr(code.line), limitLabelTr(code)), code.code);
        combo->setItemData(combo->count() - 1, code.code, Qt::ToolTipRole);
    }
    const LimitCode* known = findLimitCode(limitCode);
    combo->setCurrentIndex(known ? combo->findData(known->code) : 0);
    combo->setEnabled(!m_readOnly);
    m_requirementsTable->setCellWidget(row, LimitColumn, combo);
    auto* amount = new QTableWidgetItem(minimum);
    amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (m_readOnly)
        amount->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_requirementsTable->setItem(row, MinimumColumn, amount);
    return row;
}

void HolderDialog::removeRequirementRow()
{
    const int row = m_requirementsTable->currentRow();
    if (row < 0)
        return;
    m_requirementsTable->removeRow(row);
}

bool HolderDialog::save()
{
    if (m_readOnly)
        return false;
    CertificateHolderRecord h = m_holder;
    h.name = m_nameEdit->text();
    h.address1 = m_address1Edit->text();
    h.address2 = m_address2Edit->text();
    h.city = m_cityEdit->text();
    h.state = m_stateEdit->text();
    h.postalCode = m_postalEdit->text();
    h.country = m_countryCombo->currentData().toString();
    h.email = m_emailEdit->text();
    h.delivery = static_cast<DeliveryPreference>(m_deliveryCombo->currentData().toInt());
    h.receivesRenewals = m_renewalsCheck->isChecked();
    h.requireAdditionalInsured = m_aiCheck->isChecked();
    h.requireWaiverOfSubrogation = m_wosCheck->isChecked();
    h.requirePrimaryNonContributory = m_pncCheck->isChecked();
    h.requirements.clear();
    QStringList problems;
    for (int row = 0; row < m_requirementsTable->rowCount(); ++row) {
        auto* combo = qobject_cast<QComboBox*>(m_requirementsTable->cellWidget(row, LimitColumn));
        const QTableWidgetItem* item = m_requirementsTable->item(row, MinimumColumn);
        const QString text = item ? item->text().trimmed() : QString();
        auto amount = DisplayFormat::parseAmount(text);
        if (!amount) {
            problems << tr("Minimum for %1: %2").arg(combo->currentText(), amount.error().message);
            continue;
        }
        h.requirements.push_back({combo->currentData().toString(), *amount});
    }
    if (!problems.isEmpty()) {
        MessageBox::warning(this, tr("Please check the requirements"), problems.join(QLatin1Char('\n')));
        return false;
    }
    CertificateHolderService service(m_session);
    qint64 id = h.id;
    if (h.id == 0) {
        auto created = service.create(h);
        if (!created) {
            MessageBox::showError(this, tr("The certificate holder was not added."), created.error());
            return false;
        }
        id = *created;
    } else if (Status s = service.update(h); !s) {
        MessageBox::showError(this, tr("The certificate holder was not saved."), s.error());
        return false;
    }
    emit holderSaved(id);
    accept();
    return true;
}

void HolderDialog::setReadOnly(bool readOnly)
{
    for (QLineEdit* edit :
         {m_nameEdit, m_address1Edit, m_address2Edit, m_cityEdit, m_stateEdit, m_postalEdit, m_emailEdit})
        edit->setReadOnly(readOnly);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_countryCombo, m_deliveryCombo, m_renewalsCheck, m_aiCheck, m_wosCheck,
                                         m_pncCheck, m_addRequirementButton, m_removeRequirementButton})
        w->setEnabled(!readOnly);
    if (readOnly)
        m_requirementsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_saveButton->setVisible(!readOnly);
    m_saveButton->setEnabled(!readOnly);
}

} // namespace agencydesk
