#pragma once

#include "Policy.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLineEdit;

namespace agencydesk {

/// The certificate form's indicators for one policy; only the ones relevant to the line are shown.
class PolicyIndicatorsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PolicyIndicatorsWidget(QWidget* parent = nullptr);

    void setLine(LineOfBusiness line);
    void setIndicators(const PolicyIndicators& indicators);
    PolicyIndicators indicators() const;
    void setReadOnly(bool readOnly);

private:
    QCheckBox* addCheck(QWidget* parent, const QString& text, const QString& objectName);

    PolicyIndicators m_base; ///< values of indicators hidden for the current line are kept as loaded
    QGroupBox* m_glBox = nullptr;
    QCheckBox* m_claimsMadeCheck = nullptr;
    QComboBox* m_aggregateCombo = nullptr;
    QGroupBox* m_autoBox = nullptr;
    QCheckBox* m_anyAutoCheck = nullptr;
    QCheckBox* m_ownedCheck = nullptr;
    QCheckBox* m_scheduledCheck = nullptr;
    QCheckBox* m_hiredCheck = nullptr;
    QCheckBox* m_nonOwnedCheck = nullptr;
    QGroupBox* m_umbrellaBox = nullptr;
    QComboBox* m_umbrellaKindCombo = nullptr;
    QCheckBox* m_umbrellaClaimsMadeCheck = nullptr;
    QComboBox* m_deductibleCombo = nullptr;
    QGroupBox* m_wcBox = nullptr;
    QCheckBox* m_wcStatutoryCheck = nullptr;
    QCheckBox* m_wcExcludedCheck = nullptr;
    QGroupBox* m_otherBox = nullptr;
    QLineEdit* m_otherDescriptionEdit = nullptr;
    QGroupBox* m_endorsementsBox = nullptr;
    QCheckBox* m_aiCheck = nullptr;
    QCheckBox* m_wosCheck = nullptr;
    QCheckBox* m_pncCheck = nullptr;
    LineOfBusiness m_line = LineOfBusiness::GeneralLiability;
};

} // namespace agencydesk
