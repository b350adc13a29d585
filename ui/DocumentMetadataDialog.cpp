#include "DocumentMetadataDialog.h"

#include "DisplayFormat.h"
#include "DocumentTypeService.h"
#include "PolicyService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace agencydesk {

DocumentMetadataDialog::DocumentMetadataDialog(const Session& session, qint64 insuredId, const QString& insuredName,
                                               const QStringList& paths, std::optional<qint64> policyId,
                                               QWidget* parent)
    : QDialog(parent), m_insuredId(insuredId), m_paths(paths)
{
    setObjectName(QStringLiteral("documentMetadataDialog"));
    setWindowTitle(tr("Add documents to %1").arg(insuredName));
    m_types = DocumentTypeService(session).types().ok() ? *DocumentTypeService(session).types() : QStringList();
    if (Result<std::vector<Policy>> policies = PolicyService(session).forInsured(insuredId); policies) {
        for (const Policy& p : *policies)
            m_policies.emplace_back(
                p.id, tr("%1 (%2, %3)")
                          .arg(p.number, lineDisplayNameTr(p.line), policyStatusDisplayNameTr(p.status()).toLower()));
    }

    auto* intro = new QLabel(paths.size() == 1 ? tr("1 file for %1.").arg(insuredName)
                                               : tr("%1 files for %2. The values below apply to every file; change "
                                                    "a file's own values in its row.")
                                                     .arg(paths.size())
                                                     .arg(insuredName),
                             this);
    intro->setWordWrap(true);

    m_type = newTypeCombo(this);
    m_type->setObjectName(QStringLiteral("documentTypeComboBox"));
    m_issueDate = new QDateEdit(QDate::currentDate(), this);
    m_issueDate->setObjectName(QStringLiteral("issueDateEdit"));
    m_issueDate->setCalendarPopup(true);
    m_issueDate->setDisplayFormat(DisplayFormat::dateFormat());
    m_purpose = new QLineEdit(this);
    m_purpose->setObjectName(QStringLiteral("purposeLineEdit"));
    m_purpose->setPlaceholderText(tr("e.g. Renewal declarations for the 2027 term"));
    m_purpose->setMaxLength(500);
    m_policy = newPolicyCombo(this);
    m_policy->setObjectName(QStringLiteral("policyComboBox"));
    if (policyId) {
        const int at = m_policy->findData(*policyId);
        if (at >= 0)
            m_policy->setCurrentIndex(at);
    }
    auto* form = new QFormLayout;
    form->addRow(tr("Document &type:"), m_type);
    form->addRow(tr("&Issue date:"), m_issueDate);
    form->addRow(tr("Business &purpose:"), m_purpose);
    form->addRow(tr("P&olicy:"), m_policy);

    m_table = new QTableWidget(int(paths.size()), ColumnCount, this);
    m_table->setObjectName(QStringLiteral("documentFilesTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("File"), tr("Type"), tr("Issue date"), tr("Business purpose"), tr("Policy")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    for (int row = 0; row < paths.size(); ++row) {
        auto* name = new QTableWidgetItem(QFileInfo(paths[row]).fileName());
        name->setFlags(Qt::ItemIsEnabled);
        name->setToolTip(paths[row]);
        m_table->setItem(row, FileColumn, name);
        QComboBox* type = newTypeCombo(m_table);
        type->setCurrentIndex(m_type->currentIndex());
        m_table->setCellWidget(row, TypeColumn, type);
        auto* date = new QDateEdit(m_issueDate->date(), m_table);
        date->setDisplayFormat(m_issueDate->displayFormat());
        m_table->setCellWidget(row, IssueDateColumn, date);
        m_table->setItem(row, PurposeColumn, new QTableWidgetItem());
        QComboBox* policy = newPolicyCombo(m_table);
        policy->setCurrentIndex(m_policy->currentIndex());
        m_table->setCellWidget(row, PolicyColumn, policy);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(PurposeColumn, QHeaderView::Stretch);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] { applyToAll(TypeColumn); });
    connect(m_issueDate, &QDateEdit::dateChanged, this, [this] { applyToAll(IssueDateColumn); });
    connect(m_purpose, &QLineEdit::textChanged, this, [this] { applyToAll(PurposeColumn); });
    connect(m_policy, &QComboBox::currentIndexChanged, this, [this] { applyToAll(PolicyColumn); });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(paths.size() == 1 ? tr("&Add document") : tr("&Add documents"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("confirmAddDocumentsButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(860, 300 + 28 * std::min<int>(int(paths.size()), 10));
}

QComboBox* DocumentMetadataDialog::newTypeCombo(QWidget* parent) const
{
    auto* combo = new QComboBox(parent);
    combo->addItems(m_types);
    const int policyType = m_types.indexOf(QStringLiteral("Policy"));
    combo->setCurrentIndex(policyType >= 0 ? policyType : 0);
    return combo;
}

QComboBox* DocumentMetadataDialog::newPolicyCombo(QWidget* parent) const
{
    auto* combo = new QComboBox(parent);
    combo->addItem(tr("(no policy)"), QVariant());
    for (const auto& [id, label] : m_policies)
        combo->addItem(label, id);
    return combo;
}

void DocumentMetadataDialog::applyToAll(int column)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (column == TypeColumn)
            static_cast<QComboBox*>(m_table->cellWidget(row, TypeColumn))->setCurrentIndex(m_type->currentIndex());
        else if (column == PolicyColumn)
            static_cast<QComboBox*>(m_table->cellWidget(row, PolicyColumn))->setCurrentIndex(m_policy->currentIndex());
        else if (column == IssueDateColumn)
            static_cast<QDateEdit*>(m_table->cellWidget(row, IssueDateColumn))->setDate(m_issueDate->date());
        else if (column == PurposeColumn)
            m_table->item(row, PurposeColumn)->setText(m_purpose->text());
    }
}

std::vector<DocumentFile> DocumentMetadataDialog::files() const
{
    std::vector<DocumentFile> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        DocumentFile f;
        f.path = m_paths.value(row);
        f.metadata.insuredId = m_insuredId;
        f.metadata.type = static_cast<QComboBox*>(m_table->cellWidget(row, TypeColumn))->currentText();
        f.metadata.issueDate = static_cast<QDateEdit*>(m_table->cellWidget(row, IssueDateColumn))->date();
        f.metadata.purpose = m_table->item(row, PurposeColumn)->text();
        const QVariant policy = static_cast<QComboBox*>(m_table->cellWidget(row, PolicyColumn))->currentData();
        if (policy.isValid())
            f.metadata.policyId = policy.toLongLong();
        out.push_back(std::move(f));
    }
    return out;
}

} // namespace agencydesk
