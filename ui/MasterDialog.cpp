#include "MasterDialog.h"

#include "CertificateMasterService.h"
#include "DisplayFormat.h"
#include "MessageBox.h"
#include "PolicyService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace agencydesk {

namespace {

QString letterKey(const QComboBox* combo)
{
    return combo ? combo->currentData().toString() : QString();
}

} // namespace

MasterDialog::MasterDialog(const Session& session, qint64 insuredId, std::optional<qint64> masterId, QWidget* parent)
    : QDialog(parent), m_session(session), m_insuredId(insuredId)
{
    setObjectName(QStringLiteral("masterDialog"));
    m_master.id = masterId.value_or(0);
    m_master.insuredId = insuredId;
    m_readOnly = !roleMay(session.user.role, masterId ? Operation::MasterUpdate : Operation::MasterCreate);

    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("masterNameLineEdit"));
    m_nameEdit->setAccessibleName(tr("Master name"));
    m_nameEdit->setPlaceholderText(tr("e.g. Standard GL + Auto for general contractors"));
    m_nameEdit->setMaxLength(200);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameEdit);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setTabKeyNavigation(false);
    m_table->setObjectName(QStringLiteral("masterPoliciesTableWidget"));
    m_table->setAccessibleName(tr("Policies on the certificate"));
    m_table->setHorizontalHeaderLabels({tr("Policy"), tr("Line"), tr("Carrier"), tr("Term"), tr("Status"),
                                        tr("Insurer"), tr("ADDL INSD"), tr("SUBR WVD")});
    m_table->horizontalHeaderItem(InsurerColumn)
        ->setToolTip(tr("The insurer letter on the certificate; Automatic gives each carrier the next free letter"));
    m_table->horizontalHeaderItem(AdditionalInsuredColumn)->setToolTip(tr("Additional insured (ADDL INSD column)"));
    m_table->horizontalHeaderItem(SubrogationWaivedColumn)->setToolTip(tr("Waiver of subrogation (SUBR WVD column)"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CarrierColumn, QHeaderView::Stretch);
    auto* policiesLabel = new QLabel(
        tr("&Policies on the certificate (check to include; Space toggles the check box under the cursor):"), this);
    policiesLabel->setBuddy(m_table);

    m_descriptionEdit = new QPlainTextEdit(this);
    m_descriptionEdit->setTabChangesFocus(true); // a description never needs a tab character
    m_descriptionEdit->setObjectName(QStringLiteral("masterDescriptionEdit"));
    m_descriptionEdit->setAccessibleName(tr("Description of operations / locations / vehicles"));
    m_descriptionEdit->setTabChangesFocus(true);
    m_descriptionEdit->setPlaceholderText(
        tr("e.g. Certificate holder is included as additional insured on the general liability policy where "
           "required by written contract."));
    m_descriptionEdit->setMinimumHeight(m_descriptionEdit->fontMetrics().lineSpacing() * 5);
    auto* descriptionLabel = new QLabel(tr("&Description of operations / locations / vehicles:"), this);
    descriptionLabel->setBuddy(m_descriptionEdit);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveMasterButton"));
    m_saveButton->setShortcut(QKeySequence::Save);
    m_saveButton->setToolTip(tr("Save the master (Ctrl+S)"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("closeMasterButton"));
    // Enter in the description adds a line; it must not save and close the dialog.
    for (QAbstractButton* button : buttons->buttons()) {
        if (auto* push = qobject_cast<QPushButton*>(button)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(policiesLabel);
    layout->addWidget(m_table, 3);
    layout->addWidget(descriptionLabel);
    layout->addWidget(m_descriptionEdit, 2);
    layout->addWidget(buttons);

    load();
    setReadOnly(m_readOnly);
    resize(1040, 560);
}

QString MasterDialog::notInForceText(const Policy& p, const QDate& today)
{
    switch (p.status(today)) {
    case PolicyStatus::InForce:
        return {};
    case PolicyStatus::Cancelled: {
        const QDate when = QDateTime::fromString(p.cancelledAt, Qt::ISODate).date();
        return when.isValid() ? tr("cancelled %1").arg(DisplayFormat::date(when)) : tr("cancelled");
    }
    case PolicyStatus::Future:
        return tr("not in force: starts %1").arg(DisplayFormat::date(p.effective));
    case PolicyStatus::Expired:
        break;
    }
    return tr("not in force: expired %1").arg(DisplayFormat::date(p.expiration));
}

void MasterDialog::load()
{
    auto policies = PolicyService(m_session).forInsured(m_insuredId);
    if (policies)
        m_policies = std::move(policies).value();
    else
        MessageBox::showError(this, tr("Could not load the insured's policies."), policies.error());
    if (m_master.id == 0) {
        setWindowTitle(tr("New certificate master"));
    } else {
        auto loaded = CertificateMasterService(m_session).get(m_master.id);
        if (!loaded) {
            MessageBox::showError(this, tr("Could not open the certificate master."), loaded.error());
            m_readOnly = true;
        } else {
            m_master = *loaded;
        }
        setWindowTitle(tr("Certificate master %1").arg(m_master.name));
    }
    m_nameEdit->setText(m_master.name);
    m_descriptionEdit->setPlainText(m_master.description);
    fillPolicies();
}

void MasterDialog::fillPolicies()
{
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QColor grey = palette().color(QPalette::Disabled, QPalette::Text);
    m_table->setRowCount(static_cast<int>(m_policies.size()));
    for (int row = 0; row < static_cast<int>(m_policies.size()); ++row) {
        const Policy& p = m_policies[static_cast<size_t>(row)];
        const MasterPolicy* onMaster = nullptr;
        for (const MasterPolicy& mp : m_master.policies) {
            if (mp.policyId == p.id)
                onMaster = &mp;
        }
        const QString notInForce = notInForceText(p);
        auto item = [&](int column, const QString& text) {
            auto* it = new QTableWidgetItem(text);
            it->setData(Qt::UserRole, QVariant::fromValue(p.id));
            it->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            if (!notInForce.isEmpty())
                it->setForeground(grey);
            m_table->setItem(row, column, it);
            return it;
        };
        QTableWidgetItem* number = item(PolicyColumn, p.number);
        number->setFlags(number->flags() | Qt::ItemIsUserCheckable);
        number->setCheckState(onMaster ? Qt::Checked : Qt::Unchecked);
        item(LineColumn, lineDisplayNameTr(p.line));
        item(CarrierColumn, p.carrierName);
        item(TermColumn, tr("%1 – %2").arg(DisplayFormat::date(p.effective), DisplayFormat::date(p.expiration)));
        QTableWidgetItem* status = item(StatusColumn, notInForce.isEmpty() ? tr("In force") : notInForce);
        if (!notInForce.isEmpty()) {
            status->setIcon(warning);
            status->setToolTip(
                tr("Policy %1 is %2; a certificate would show a line that is not in force.").arg(p.number, notInForce));
            number->setIcon(warning);
        }
        for (int column : {AdditionalInsuredColumn, SubrogationWaivedColumn}) {
            QTableWidgetItem* box = item(column, {});
            box->setFlags(box->flags() | Qt::ItemIsUserCheckable);
            const bool on = onMaster && (column == AdditionalInsuredColumn ? onMaster->additionalInsured
                                                                           : onMaster->subrogationWaived);
            box->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        }
        auto* letter = new QComboBox(m_table);
        letter->setObjectName(QStringLiteral("insurerLetterComboBox"));
        letter->setAccessibleName(tr("Insurer letter for %1").arg(p.number));
        letter->addItem(tr("Automatic"), QString());
        for (QChar c : QStringLiteral("ABCDEF"))
            letter->addItem(QString(c), QString(c));
        if (onMaster)
            letter->setCurrentIndex(std::max(0, letter->findData(onMaster->insurerLetter)));
        item(InsurerColumn, {});
        m_table->setCellWidget(row, InsurerColumn, letter);
    }
    // Cell widgets join the tab chain at the end of the dialog; Tab should reach them right after the table.
    QWidget* previous = m_table;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QWidget* letter = m_table->cellWidget(row, InsurerColumn);
        setTabOrder(previous, letter);
        previous = letter;
    }
    setTabOrder(previous, m_descriptionEdit);
    m_table->resizeColumnsToContents();
}

int MasterDialog::policyRow(qint64 policyId) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, PolicyColumn)->data(Qt::UserRole).toLongLong() == policyId)
            return row;
    }
    return -1;
}

bool MasterDialog::save()
{
    if (m_readOnly)
        return false;
    CertificateMaster m = m_master;
    m.insuredId = m_insuredId;
    m.name = m_nameEdit->text();
    m.description = m_descriptionEdit->toPlainText();
    m.policies.clear();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, PolicyColumn)->checkState() != Qt::Checked)
            continue;
        MasterPolicy mp;
        mp.policyId = m_table->item(row, PolicyColumn)->data(Qt::UserRole).toLongLong();
        mp.insurerLetter = letterKey(qobject_cast<QComboBox*>(m_table->cellWidget(row, InsurerColumn)));
        mp.additionalInsured = m_table->item(row, AdditionalInsuredColumn)->checkState() == Qt::Checked;
        mp.subrogationWaived = m_table->item(row, SubrogationWaivedColumn)->checkState() == Qt::Checked;
        m.policies.push_back(mp);
    }
    CertificateMasterService service(m_session);
    qint64 id = m.id;
    if (m.id == 0) {
        auto created = service.create(m);
        if (!created) {
            MessageBox::showError(this, tr("The certificate master was not added."), created.error());
            return false;
        }
        id = *created;
    } else if (Status s = service.update(m); !s) {
        MessageBox::showError(this, tr("The certificate master was not saved."), s.error());
        return false;
    }
    emit masterSaved(id);
    accept();
    return true;
}

void MasterDialog::setReadOnly(bool readOnly)
{
    m_nameEdit->setReadOnly(readOnly);
    m_descriptionEdit->setReadOnly(readOnly);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column : {PolicyColumn, AdditionalInsuredColumn, SubrogationWaivedColumn}) {
            QTableWidgetItem* it = m_table->item(row, column);
            it->setFlags(readOnly ? it->flags() & ~Qt::ItemIsUserCheckable : it->flags() | Qt::ItemIsUserCheckable);
        }
        if (QWidget* letter = m_table->cellWidget(row, InsurerColumn))
            letter->setEnabled(!readOnly);
    }
    m_saveButton->setVisible(!readOnly);
    m_saveButton->setEnabled(!readOnly);
}

} // namespace agencydesk
