#include "AgencyProfileForm.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace agencydesk {

AgencyProfileForm::AgencyProfileForm(QWidget* parent) : QWidget(parent)
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    auto row = [&](QLineEdit* edit, const QString& label) { form->addRow(label, edit); };
    m_name = add(QStringLiteral("agencyNameLineEdit"), tr("Agency name"), 200);
    row(m_name, tr("Agency &name:"));
    m_address1 = add(QStringLiteral("agencyAddress1LineEdit"), tr("Address line 1"), 200);
    row(m_address1, tr("Address &1:"));
    m_address2 = add(QStringLiteral("agencyAddress2LineEdit"), tr("Address line 2"), 200);
    row(m_address2, tr("Address &2:"));
    m_city = add(QStringLiteral("agencyCityLineEdit"), tr("City"), 100);
    row(m_city, tr("C&ity:"));
    m_state = add(QStringLiteral("agencyStateLineEdit"), tr("State or province"), 2);
    row(m_state, tr("&State / province:"));
    m_postal = add(QStringLiteral("agencyPostalCodeLineEdit"), tr("Postal code"), 10);
    row(m_postal, tr("&Postal code:"));
    m_country = new QComboBox(this);
    m_country->setObjectName(QStringLiteral("agencyCountryComboBox"));
    m_country->setAccessibleName(tr("Country"));
    m_country->addItem(tr("United States"), QStringLiteral("US"));
    m_country->addItem(tr("Canada"), QStringLiteral("CA"));
    form->addRow(tr("Co&untry:"), m_country);
    m_phone = add(QStringLiteral("agencyPhoneLineEdit"), tr("Phone"), 40);
    row(m_phone, tr("P&hone:"));
    m_fax = add(QStringLiteral("agencyFaxLineEdit"), tr("Fax"), 40);
    row(m_fax, tr("&Fax:"));
    m_email = add(QStringLiteral("agencyEmailLineEdit"), tr("Email"), 254);
    row(m_email, tr("&Email:"));
    m_contact = add(QStringLiteral("agencyContactLineEdit"), tr("Contact"), 200);
    row(m_contact, tr("C&ontact:"));
}

QLineEdit* AgencyProfileForm::add(const QString& objectName, const QString& label, int maxLength)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(label);
    edit->setMaxLength(maxLength);
    return edit;
}

void AgencyProfileForm::setProfile(const AgencyProfile& p)
{
    m_profile = p;
    m_name->setText(p.name);
    m_address1->setText(p.address1);
    m_address2->setText(p.address2);
    m_city->setText(p.city);
    m_state->setText(p.state);
    m_postal->setText(p.postalCode);
    m_country->setCurrentIndex(qMax(0, m_country->findData(p.country)));
    m_phone->setText(p.phone);
    m_fax->setText(p.fax);
    m_email->setText(p.email);
    m_contact->setText(p.contact);
}

AgencyProfile AgencyProfileForm::profile() const
{
    AgencyProfile p = m_profile;
    p.name = m_name->text();
    p.address1 = m_address1->text();
    p.address2 = m_address2->text();
    p.city = m_city->text();
    p.state = m_state->text();
    p.postalCode = m_postal->text();
    p.country = m_country->currentData().toString();
    p.phone = m_phone->text();
    p.fax = m_fax->text();
    p.email = m_email->text();
    p.contact = m_contact->text();
    return p;
}

void AgencyProfileForm::setReadOnly(bool readOnly)
{
    for (QLineEdit* edit : findChildren<QLineEdit*>())
        edit->setReadOnly(readOnly);
    m_country->setEnabled(!readOnly);
}

} // namespace agencydesk
