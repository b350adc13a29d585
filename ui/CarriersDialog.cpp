#include "CarriersDialog.h"

#include "MessageBox.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace agencydesk {

CarriersDialog::CarriersDialog(const Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("carriersDialog"));
    setWindowTitle(tr("Carriers"));
    m_table = new QTableWidget(0, 2, this);
    m_table->setTabKeyNavigation(false);
    m_table->setObjectName(QStringLiteral("carriersTableWidget"));
    m_table->setAccessibleName(tr("Carriers"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("NAIC")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    const bool canEdit = roleMay(session.user.role, Operation::CarrierUpdate);
    m_table->setEditTriggers(canEdit ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                     : QAbstractItemView::NoEditTriggers);
    m_saveButton = new QPushButton(tr("&Save changes to the selected carrier"), this);
    m_saveButton->setObjectName(QStringLiteral("saveCarrierButton"));
    m_saveButton->setEnabled(canEdit);

    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("carrierNameLineEdit"));
    m_nameEdit->setAccessibleName(tr("New carrier name"));
    m_nameEdit->setPlaceholderText(tr("Carrier name"));
    m_naicEdit = new QLineEdit(this);
    m_naicEdit->setObjectName(QStringLiteral("carrierNaicLineEdit"));
    m_naicEdit->setAccessibleName(tr("New carrier NAIC code"));
    m_naicEdit->setPlaceholderText(tr("NAIC (5 digits)"));
    m_naicEdit->setMaximumWidth(120);
    m_addButton = new QPushButton(tr("&Add carrier"), this);
    m_addButton->setObjectName(QStringLiteral("addCarrierButton"));
    m_addButton->setEnabled(roleMay(session.user.role, Operation::CarrierAdd));
    m_nameEdit->setEnabled(m_addButton->isEnabled());
    m_naicEdit->setEnabled(m_addButton->isEnabled());
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_nameEdit, 1);
    addRow->addWidget(m_naicEdit);
    addRow->addWidget(m_addButton);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_saveButton, 0, Qt::AlignRight);
    layout->addLayout(addRow);
    layout->addWidget(buttons);
    connect(m_addButton, &QPushButton::clicked, this, [this] { addCarrier(); });
    connect(m_saveButton, &QPushButton::clicked, this, [this] { saveSelected(); });
    reload();
    resize(560, 480);
}

void CarriersDialog::reload()
{
    auto carriers = CarrierService(m_session).list();
    m_carriers = carriers ? std::move(carriers).value() : std::vector<Carrier>{};
    if (!carriers)
        MessageBox::showError(this, tr("Could not list the carriers."), carriers.error());
    m_table->setRowCount(static_cast<int>(m_carriers.size()));
    for (int row = 0; row < static_cast<int>(m_carriers.size()); ++row) {
        const Carrier& c = m_carriers[static_cast<size_t>(row)];
        m_table->setItem(row, 0, new QTableWidgetItem(c.name));
        m_table->setItem(row, 1, new QTableWidgetItem(c.naic));
    }
}

bool CarriersDialog::addCarrier()
{
    auto added = CarrierService(m_session).add(m_nameEdit->text(), m_naicEdit->text());
    if (!added) {
        MessageBox::showError(this, tr("The carrier was not added."), added.error());
        return false;
    }
    m_nameEdit->clear();
    m_naicEdit->clear();
    reload();
    return true;
}

bool CarriersDialog::saveSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= static_cast<int>(m_carriers.size()))
        return false;
    Carrier c = m_carriers[static_cast<size_t>(row)];
    c.name = m_table->item(row, 0)->text();
    c.naic = m_table->item(row, 1)->text();
    if (Status s = CarrierService(m_session).update(c); !s) {
        MessageBox::showError(this, tr("The carrier was not saved."), s.error());
        return false;
    }
    reload();
    return true;
}

} // namespace agencydesk
