#pragma once

#include "AgencyService.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace agencydesk {

/// The agency (producer) fields, shared by the first-run dialog and the agency profile dialog.
class AgencyProfileForm : public QWidget
{
    Q_OBJECT
public:
    explicit AgencyProfileForm(QWidget* parent = nullptr);

    void setProfile(const AgencyProfile& profile);
    AgencyProfile profile() const;
    void setReadOnly(bool readOnly);

private:
    QLineEdit* add(const QString& objectName, const QString& label, int maxLength);

    AgencyProfile m_profile;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_address1 = nullptr;
    QLineEdit* m_address2 = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_state = nullptr;
    QLineEdit* m_postal = nullptr;
    QComboBox* m_country = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_fax = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_contact = nullptr;
    QComboBox* m_paperSize = nullptr;
    QComboBox* m_dateFormat = nullptr;
    QSpinBox* m_warningDays = nullptr;
};

} // namespace agencydesk
