#pragma once

#include "Session.h"

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace agencydesk {

class AgencyProfileForm;

/// The agency's producer profile and renewal settings (managers edit them; others can look).
class AgencyProfileDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AgencyProfileDialog(const Session& session, QWidget* parent = nullptr);
    bool save();

    QComboBox* followThroughCombo() const { return m_followThrough; }
    QSpinBox* dueDaysSpinBox() const { return m_dueDays; }

private:
    void addRenewalSettings();

    const Session& m_session;
    AgencyProfileForm* m_form = nullptr;
    bool m_canEditProfile = false;
    bool m_canEditRenewals = false;
    QComboBox* m_followThrough = nullptr;
    QSpinBox* m_dueDays = nullptr;
};

} // namespace agencydesk
