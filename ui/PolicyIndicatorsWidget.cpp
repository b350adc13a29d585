#include "PolicyIndicatorsWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QVBoxLayout>

namespace agencydesk {

PolicyIndicatorsWidget::PolicyIndicatorsWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("policyIndicatorsWidget"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_glBox = new QGroupBox(tr("General liability"), this);
    auto* gl = new QFormLayout(m_glBox);
    m_claimsMadeCheck =
        addCheck(m_glBox, tr("C&laims-made (unchecked: occurrence)"), QStringLiteral("claimsMadeCheckBox"));
    m_aggregateCombo = new QComboBox(m_glBox);
    m_aggregateCombo->setObjectName(QStringLiteral("aggregateAppliesPerComboBox"));
    m_aggregateCombo->setAccessibleName(tr("General aggregate applies per"));
    m_aggregateCombo->addItem(tr("Policy"), QStringLiteral("policy"));
    m_aggregateCombo->addItem(tr("Project"), QStringLiteral("project"));
    m_aggregateCombo->addItem(tr("Location"), QStringLiteral("location"));
    gl->addRow(m_claimsMadeCheck);
    gl->addRow(tr("A&ggregate applies per:"), m_aggregateCombo);

    m_autoBox = new QGroupBox(tr("Automobile symbols"), this);
    auto* autos = new QGridLayout(m_autoBox);
    m_anyAutoCheck = addCheck(m_autoBox, tr("Any auto"), QStringLiteral("anyAutoCheckBox"));
    m_ownedCheck = addCheck(m_autoBox, tr("Owned autos only"), QStringLiteral("ownedAutosOnlyCheckBox"));
    m_scheduledCheck = addCheck(m_autoBox, tr("Scheduled autos"), QStringLiteral("scheduledAutosCheckBox"));
    m_hiredCheck = addCheck(m_autoBox, tr("Hired autos only"), QStringLiteral("hiredAutosOnlyCheckBox"));
    m_nonOwnedCheck = addCheck(m_autoBox, tr("Non-owned autos only"), QStringLiteral("nonOwnedAutosOnlyCheckBox"));
    autos->addWidget(m_anyAutoCheck, 0, 0);
    autos->addWidget(m_ownedCheck, 0, 1);
    autos->addWidget(m_scheduledCheck, 1, 0);
    autos->addWidget(m_hiredCheck, 1, 1);
    autos->addWidget(m_nonOwnedCheck, 2, 0);

    m_umbrellaBox = new QGroupBox(tr("Umbrella / excess"), this);
    auto* umb = new QFormLayout(m_umbrellaBox);
    m_umbrellaKindCombo = new QComboBox(m_umbrellaBox);
    m_umbrellaKindCombo->setObjectName(QStringLiteral("umbrellaKindComboBox"));
    m_umbrellaKindCombo->setAccessibleName(tr("Umbrella or excess"));
    m_umbrellaKindCombo->addItem(tr("Umbrella liability"), false);
    m_umbrellaKindCombo->addItem(tr("Excess liability"), true);
    m_umbrellaClaimsMadeCheck = addCheck(m_umbrellaBox, tr("Claims-made (unchecked: occurrence)"),
                                         QStringLiteral("umbrellaClaimsMadeCheckBox"));
    m_deductibleCombo = new QComboBox(m_umbrellaBox);
    m_deductibleCombo->setObjectName(QStringLiteral("deductibleOrRetentionComboBox"));
    m_deductibleCombo->setAccessibleName(tr("Deductible or retention"));
    m_deductibleCombo->addItem(tr("Neither"), QString());
    m_deductibleCombo->addItem(tr("Deductible"), QStringLiteral("deductible"));
    m_deductibleCombo->addItem(tr("Retention"), QStringLiteral("retention"));
    umb->addRow(tr("&Kind:"), m_umbrellaKindCombo);
    umb->addRow(m_umbrellaClaimsMadeCheck);
    umb->addRow(tr("&Deductible / retention:"), m_deductibleCombo);

    m_wcBox = new QGroupBox(tr("Workers compensation"), this);
    auto* wc = new QVBoxLayout(m_wcBox);
    m_wcStatutoryCheck =
        addCheck(m_wcBox, tr("Per &statute (unchecked: other)"), QStringLiteral("wcStatutoryCheckBox"));
    m_wcExcludedCheck = addCheck(m_wcBox, tr("Any proprietor/partner/executive officer/member e&xcluded"),
                                 QStringLiteral("wcPersonsExcludedCheckBox"));
    wc->addWidget(m_wcStatutoryCheck);
    wc->addWidget(m_wcExcludedCheck);

    m_otherBox = new QGroupBox(tr("Other coverage"), this);
    auto* other = new QFormLayout(m_otherBox);
    m_otherDescriptionEdit = new QLineEdit(m_otherBox);
    m_otherDescriptionEdit->setObjectName(QStringLiteral("otherDescriptionLineEdit"));
    m_otherDescriptionEdit->setAccessibleName(tr("Description of the other coverage"));
    m_otherDescriptionEdit->setMaxLength(200);
    other->addRow(tr("Des&cription:"), m_otherDescriptionEdit);

    m_endorsementsBox = new QGroupBox(tr("Endorsements on the policy"), this);
    auto* endorsements = new QVBoxLayout(m_endorsementsBox);
    m_aiCheck = addCheck(m_endorsementsBox, tr("Additional &insured"), QStringLiteral("additionalInsuredCheckBox"));
    m_wosCheck =
        addCheck(m_endorsementsBox, tr("&Waiver of subrogation"), QStringLiteral("waiverOfSubrogationCheckBox"));
    m_pncCheck = addCheck(m_endorsementsBox, tr("&Primary and non-contributory"),
                          QStringLiteral("primaryNonContributoryCheckBox"));
    endorsements->addWidget(m_aiCheck);
    endorsements->addWidget(m_wosCheck);
    endorsements->addWidget(m_pncCheck);

    for (QWidget* box :
         {static_cast<QWidget*>(m_glBox), static_cast<QWidget*>(m_autoBox), static_cast<QWidget*>(m_umbrellaBox),
          static_cast<QWidget*>(m_wcBox), static_cast<QWidget*>(m_otherBox), static_cast<QWidget*>(m_endorsementsBox)})
        layout->addWidget(box);
    layout->addStretch();
    setLine(LineOfBusiness::GeneralLiability);
}

QCheckBox* PolicyIndicatorsWidget::addCheck(QWidget* parent, const QString& text, const QString& objectName)
{
    auto* check = new QCheckBox(text, parent);
    check->setObjectName(objectName);
    return check;
}

void PolicyIndicatorsWidget::setLine(LineOfBusiness line)
{
    m_line = line;
    m_glBox->setVisible(line == LineOfBusiness::GeneralLiability);
    m_autoBox->setVisible(line == LineOfBusiness::Auto);
    m_umbrellaBox->setVisible(line == LineOfBusiness::Umbrella);
    m_wcBox->setVisible(line == LineOfBusiness::WorkersComp);
    m_otherBox->setVisible(line == LineOfBusiness::Other);
    // Property policies carry no certificate endorsements on the liability section.
    m_endorsementsBox->setVisible(line != LineOfBusiness::Property);
    m_pncCheck->setVisible(line == LineOfBusiness::GeneralLiability || line == LineOfBusiness::Auto ||
                           line == LineOfBusiness::Umbrella || line == LineOfBusiness::Other);
    m_aiCheck->setVisible(line != LineOfBusiness::WorkersComp);
}

void PolicyIndicatorsWidget::setIndicators(const PolicyIndicators& i)
{
    m_base = i;
    m_claimsMadeCheck->setChecked(i.claimsMade);
    m_umbrellaClaimsMadeCheck->setChecked(i.claimsMade);
    m_aggregateCombo->setCurrentIndex(qMax(0, m_aggregateCombo->findData(i.aggregateAppliesPer)));
    m_anyAutoCheck->setChecked(i.anyAuto);
    m_ownedCheck->setChecked(i.ownedAutosOnly);
    m_scheduledCheck->setChecked(i.scheduledAutos);
    m_hiredCheck->setChecked(i.hiredAutosOnly);
    m_nonOwnedCheck->setChecked(i.nonOwnedAutosOnly);
    m_umbrellaKindCombo->setCurrentIndex(i.excess ? 1 : 0);
    m_deductibleCombo->setCurrentIndex(qMax(0, m_deductibleCombo->findData(i.deductibleOrRetention)));
    m_wcStatutoryCheck->setChecked(i.wcStatutory);
    m_wcExcludedCheck->setChecked(i.wcPersonsExcluded);
    m_otherDescriptionEdit->setText(i.otherDescription);
    m_aiCheck->setChecked(i.additionalInsuredEndorsement);
    m_wosCheck->setChecked(i.waiverOfSubrogationEndorsement);
    m_pncCheck->setChecked(i.primaryNonContributory);
}

PolicyIndicators PolicyIndicatorsWidget::indicators() const
{
    PolicyIndicators i = m_base;
    switch (m_line) {
    case LineOfBusiness::GeneralLiability:
        i.claimsMade = m_claimsMadeCheck->isChecked();
        i.aggregateAppliesPer = m_aggregateCombo->currentData().toString();
        break;
    case LineOfBusiness::Auto:
        i.anyAuto = m_anyAutoCheck->isChecked();
        i.ownedAutosOnly = m_ownedCheck->isChecked();
        i.scheduledAutos = m_scheduledCheck->isChecked();
        i.hiredAutosOnly = m_hiredCheck->isChecked();
        i.nonOwnedAutosOnly = m_nonOwnedCheck->isChecked();
        break;
    case LineOfBusiness::Umbrella:
        i.excess = m_umbrellaKindCombo->currentData().toBool();
        i.claimsMade = m_umbrellaClaimsMadeCheck->isChecked();
        i.deductibleOrRetention = m_deductibleCombo->currentData().toString();
        break;
    case LineOfBusiness::WorkersComp:
        i.wcStatutory = m_wcStatutoryCheck->isChecked();
        i.wcPersonsExcluded = m_wcExcludedCheck->isChecked();
        break;
    case LineOfBusiness::Other:
        i.otherDescription = m_otherDescriptionEdit->text().trimmed();
        break;
    case LineOfBusiness::Property:
        break;
    }
    if (m_line != LineOfBusiness::Property) {
        i.additionalInsuredEndorsement = m_line != LineOfBusiness::WorkersComp && m_aiCheck->isChecked();
        i.waiverOfSubrogationEndorsement = m_wosCheck->isChecked();
        i.primaryNonContributory = m_pncCheck->isVisibleTo(this) && m_pncCheck->isChecked();
    }
    return i;
}

void PolicyIndicatorsWidget::setReadOnly(bool readOnly)
{
    for (QWidget* w : findChildren<QWidget*>()) {
        if (qobject_cast<QCheckBox*>(w) || qobject_cast<QComboBox*>(w) || qobject_cast<QLineEdit*>(w))
            w->setEnabled(!readOnly);
    }
}

} // namespace agencydesk
