#pragma once

#include "CertificateRequest.h"

#include <QCoreApplication>
#include <QString>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QWidget;

namespace agencydesk {

/// The certificate holder's fields of a request (name, two address lines, city, state or province, postal code,
/// country US/CA, email) as rows of a form: the New request dialog types them, the Submit dialog corrects them. The
/// object names start with \a prefix ("intake" -> intakeHolderNameLineEdit). RequestService and
/// CertificateHolderService check them; nothing here validates.
class RequestHolderFields
{
    Q_DECLARE_TR_FUNCTIONS(RequestHolderFields)

public:
    RequestHolderFields(QWidget* parent, const QString& prefix);

    /// Adds the rows to \a form; \a nameLabel and \a emailLabel are the first and last rows' labels.
    void addRows(QFormLayout* form, const QString& nameLabel, const QString& emailLabel);
    RequestHolder holder() const;
    void setHolder(const RequestHolder& holder);

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* address1Edit() const { return m_address1; }
    QLineEdit* address2Edit() const { return m_address2; }
    QLineEdit* cityEdit() const { return m_city; }
    QLineEdit* stateEdit() const { return m_state; }
    QLineEdit* postalEdit() const { return m_postal; }
    QComboBox* countryCombo() const { return m_country; }
    QLineEdit* emailEdit() const { return m_email; }

private:
    QWidget* m_parent = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_address1 = nullptr;
    QLineEdit* m_address2 = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_state = nullptr;
    QLineEdit* m_postal = nullptr;
    QComboBox* m_country = nullptr;
    QLineEdit* m_email = nullptr;
};

} // namespace agencydesk
