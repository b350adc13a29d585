#include "InsuredDetailWidget.h"

#include "ActionIcons.h"
#include "InsuredService.h"
#include "MessageBox.h"
#include "NotesWidget.h"
#include "PoliciesWidget.h"
#include "PortalAccountWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace agencydesk {

InsuredDetailWidget::InsuredDetailWidget(const Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_canEdit(roleMay(session.user.role, Operation::InsuredUpdate))
{
    setObjectName(QStringLiteral("insuredDetailWidget"));
    m_stack = new QStackedWidget(this);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    auto* empty = new QLabel(tr("Select an insured in the list, or find one with the search (Ctrl+F)."), m_stack);
    empty->setObjectName(QStringLiteral("noInsuredLabel"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_stack->addWidget(empty);

    auto* page = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 0, 0, 0);
    m_headerLabel = new QLabel(page);
    m_headerLabel->setObjectName(QStringLiteral("insuredHeaderLabel"));
    QFont headerFont = m_headerLabel->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.4);
    headerFont.setBold(true);
    m_headerLabel->setFont(headerFont);
    m_headerLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subHeaderLabel = new QLabel(page);
    m_subHeaderLabel->setObjectName(QStringLiteral("insuredSubHeaderLabel"));
    layout->addWidget(m_headerLabel);
    layout->addWidget(m_subHeaderLabel);
    m_portal = new PortalAccountWidget(session, page);
    layout->addWidget(m_portal);
    // Enrolling changes the insured row (its portal columns and row version) and adds to the trail.
    connect(m_portal, &PortalAccountWidget::portalChanged, this, [this] {
        if (!m_dirty)
            reload(true);
        m_notes->reload();
    });

    auto* profileBox = new QGroupBox(tr("Profile"), page);
    auto* grid = new QGridLayout(profileBox);
    m_nameEdit = addLineEdit(QStringLiteral("nameLineEdit"), tr("Name"), 200);
    m_dbaEdit = addLineEdit(QStringLiteral("dbaLineEdit"), tr("DBA"), 200);
    m_address1Edit = addLineEdit(QStringLiteral("address1LineEdit"), tr("Address line 1"), 200);
    m_address2Edit = addLineEdit(QStringLiteral("address2LineEdit"), tr("Address line 2"), 200);
    m_cityEdit = addLineEdit(QStringLiteral("cityLineEdit"), tr("City"), 100);
    m_stateEdit = addLineEdit(QStringLiteral("stateLineEdit"), tr("State or province"), 2);
    m_postalEdit = addLineEdit(QStringLiteral("postalCodeLineEdit"), tr("Postal code"), 10);
    m_phoneEdit = addLineEdit(QStringLiteral("phoneLineEdit"), tr("Phone"), 40);
    m_emailEdit = addLineEdit(QStringLiteral("emailLineEdit"), tr("Email"), 254);
    m_countryCombo = new QComboBox(profileBox);
    m_countryCombo->setObjectName(QStringLiteral("countryComboBox"));
    m_countryCombo->setAccessibleName(tr("Country"));
    m_countryCombo->addItem(tr("United States"), QStringLiteral("US"));
    m_countryCombo->addItem(tr("Canada"), QStringLiteral("CA"));
    m_countryCombo->setEnabled(m_canEdit);
    connect(m_countryCombo, &QComboBox::activated, this, [this] { setDirty(true); });
    m_automationCheck =
        new QCheckBox(tr("&Automation eligible (certificate requests may be processed automatically)"), profileBox);
    m_automationCheck->setObjectName(QStringLiteral("automationEligibleCheckBox"));
    m_automationCheck->setEnabled(m_canEdit);
    connect(m_automationCheck, &QCheckBox::clicked, this, [this] { setDirty(true); });

    auto addRow = [&](int row, int col, const QString& label, QWidget* field) {
        auto* l = new QLabel(label, profileBox);
        l->setBuddy(field);
        grid->addWidget(l, row, col * 2);
        grid->addWidget(field, row, col * 2 + 1);
    };
    addRow(0, 0, tr("&Name:"), m_nameEdit);
    addRow(0, 1, tr("&DBA:"), m_dbaEdit);
    addRow(1, 0, tr("Address &1:"), m_address1Edit);
    addRow(1, 1, tr("Address &2:"), m_address2Edit);
    addRow(2, 0, tr("C&ity:"), m_cityEdit);
    auto* stateRow = new QWidget(profileBox);
    auto* stateLayout = new QHBoxLayout(stateRow);
    stateLayout->setContentsMargins(0, 0, 0, 0);
    m_stateEdit->setMaximumWidth(60);
    stateLayout->addWidget(m_stateEdit);
    auto* postalLabel = new QLabel(tr("P&ostal code:"), stateRow);
    postalLabel->setBuddy(m_postalEdit);
    stateLayout->addWidget(postalLabel);
    stateLayout->addWidget(m_postalEdit, 1);
    addRow(2, 1, tr("S&tate:"), stateRow);
    addRow(3, 0, tr("Co&untry:"), m_countryCombo);
    addRow(3, 1, tr("&Phone:"), m_phoneEdit);
    addRow(4, 0, tr("&Email:"), m_emailEdit);
    grid->addWidget(m_automationCheck, 4, 2, 1, 2);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    m_saveButton = new QPushButton(tr("&Save"), profileBox);
    m_saveButton->setObjectName(QStringLiteral("saveInsuredButton"));
    m_saveButton->setIcon(actionIcon(ActionIcon::Save));
    m_saveButton->setToolTip(tr("Save the profile (Ctrl+S)"));
    m_saveButton->setShortcut(QKeySequence::Save);
    m_revertButton = new QPushButton(tr("&Revert"), profileBox);
    m_revertButton->setObjectName(QStringLiteral("revertInsuredButton"));
    m_revertButton->setIcon(actionIcon(ActionIcon::Revert));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);
    grid->addLayout(buttons, 5, 0, 1, 4);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revertButton, &QPushButton::clicked, this, [this] { reload(true); });
    m_saveButton->setVisible(m_canEdit);
    m_revertButton->setVisible(m_canEdit);

    m_policies = new PoliciesWidget(session, page);
    m_notes = new NotesWidget(session, page);
    connect(m_policies, &PoliciesWidget::policiesChanged, this, [this] {
        m_notes->reload();
        emit policiesChanged(m_insured.id);
    });

    auto* splitter = new QSplitter(Qt::Vertical, page);
    splitter->setObjectName(QStringLiteral("insuredDetailSplitter"));
    splitter->setChildrenCollapsible(false);
    // The profile scrolls when the window is short (a laptop, or the Unattached downloads panel open below)
    // instead of holding the whole window to its height.
    auto* profileScroll = new QScrollArea(splitter);
    profileScroll->setObjectName(QStringLiteral("profileScrollArea"));
    profileScroll->setWidget(profileBox);
    profileScroll->setWidgetResizable(true);
    profileScroll->setFrameShape(QFrame::NoFrame);
    profileScroll->setMinimumHeight(120);
    splitter->addWidget(profileScroll);
    splitter->addWidget(m_policies);
    splitter->addWidget(m_notes);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    layout->addWidget(splitter, 1);
    m_stack->addWidget(page);
    setDirty(false);
}

QLineEdit* InsuredDetailWidget::addLineEdit(const QString& objectName, const QString& accessibleName, int maxLength)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setMaxLength(maxLength);
    edit->setReadOnly(!m_canEdit);
    connect(edit, &QLineEdit::textEdited, this, [this] { setDirty(true); });
    return edit;
}

void InsuredDetailWidget::showInsured(qint64 insuredId)
{
    if (insuredId == m_insured.id && m_stack->currentIndex() == 1)
        return;
    if (m_dirty && m_insured.id != 0) {
        const auto answer =
            MessageBox::question(this, tr("Unsaved changes"),
                                 tr("Save the changes to %1 before opening another insured?").arg(m_insured.name),
                                 QMessageBox::Save | QMessageBox::Discard, QMessageBox::Save);
        if (answer == QMessageBox::Save && !save())
            return;
    }
    m_insured = Insured{};
    m_insured.id = insuredId;
    reload(true);
}

void InsuredDetailWidget::clear()
{
    m_insured = Insured{};
    setDirty(false);
    m_policies->setInsured(0);
    m_notes->setInsured(0);
    m_portal->setInsured(0);
    m_stack->setCurrentIndex(0);
    emit insuredShown(0, {});
}

void InsuredDetailWidget::reload(bool force)
{
    if (m_insured.id == 0)
        return;
    auto loaded = InsuredService(m_session).get(m_insured.id);
    if (!loaded) {
        if (loaded.error().code == ErrorCode::NotFound) {
            clear();
            return;
        }
        MessageBox::showError(this, tr("Could not open the insured."), loaded.error());
        return;
    }
    if (force || !m_dirty) {
        m_insured = *loaded;
        fillForm();
        setDirty(false);
    }
    m_policies->setInsured(m_insured.id);
    m_notes->setInsured(m_insured.id);
    m_portal->setInsured(m_insured.id);
    m_stack->setCurrentIndex(1);
    updateHeader();
    emit insuredShown(m_insured.id, m_insured.name);
}

void InsuredDetailWidget::fillForm()
{
    m_nameEdit->setText(m_insured.name);
    m_dbaEdit->setText(m_insured.dba);
    m_address1Edit->setText(m_insured.address1);
    m_address2Edit->setText(m_insured.address2);
    m_cityEdit->setText(m_insured.city);
    m_stateEdit->setText(m_insured.state);
    m_postalEdit->setText(m_insured.postalCode);
    m_countryCombo->setCurrentIndex(qMax(0, m_countryCombo->findData(m_insured.country)));
    m_phoneEdit->setText(m_insured.phone);
    m_emailEdit->setText(m_insured.email);
    m_automationCheck->setChecked(m_insured.automationEligible);
}

void InsuredDetailWidget::updateHeader()
{
    m_headerLabel->setText(m_insured.name);
    QStringList parts;
    parts << (m_insured.active ? tr("Active") : tr("Inactive"));
    if (!m_insured.dba.isEmpty())
        parts << tr("dba %1").arg(m_insured.dba);
    // The portal account has its own line below (PortalAccountWidget).
    if (!m_insured.updatedByName.isEmpty())
        parts << tr("last changed by %1").arg(m_insured.updatedByName);
    m_subHeaderLabel->setText(parts.join(QStringLiteral("  ·  ")));
}

Insured InsuredDetailWidget::formValues() const
{
    Insured i = m_insured;
    i.name = m_nameEdit->text();
    i.dba = m_dbaEdit->text();
    i.address1 = m_address1Edit->text();
    i.address2 = m_address2Edit->text();
    i.city = m_cityEdit->text();
    i.state = m_stateEdit->text();
    i.postalCode = m_postalEdit->text();
    i.country = m_countryCombo->currentData().toString();
    i.phone = m_phoneEdit->text();
    i.email = m_emailEdit->text();
    i.automationEligible = m_automationCheck->isChecked();
    return i;
}

bool InsuredDetailWidget::save()
{
    if (m_insured.id == 0 || !m_canEdit)
        return false;
    const Status saved = InsuredService(m_session).update(formValues());
    if (!saved) {
        if (saved.error().code == ErrorCode::Conflict) {
            const auto answer =
                MessageBox::question(this, tr("Changed by someone else"),
                                     saved.error().message + QStringLiteral("\n\n") +
                                         tr("Reload the insured now? Your unsaved changes will be lost."),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
            if (answer == QMessageBox::Yes)
                reload(true);
        } else {
            MessageBox::showError(this, tr("The insured was not saved."), saved.error());
        }
        return false;
    }
    setDirty(false);
    reload(true);
    emit insuredSaved(m_insured.id);
    return true;
}

void InsuredDetailWidget::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_saveButton->setEnabled(dirty && m_canEdit);
    m_revertButton->setEnabled(dirty && m_canEdit);
}

} // namespace agencydesk
