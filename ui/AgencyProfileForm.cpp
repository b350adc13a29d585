#include "AgencyProfileForm.h"

#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

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

    // Certificate settings: below a rule so they read as their own group in both dialogs.
    auto* rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    form->addRow(rule);
    auto* heading = new QLabel(tr("<b>Certificates</b>"), this);
    form->addRow(heading);
    m_paperSize = new QComboBox(this);
    m_paperSize->setObjectName(QStringLiteral("paperSizeComboBox"));
    m_paperSize->setAccessibleName(tr("Certificate paper size"));
    m_paperSize->addItem(tr("Letter (8.5 × 11 in)"), paperSizeKey(CertificatePaperSize::Letter));
    m_paperSize->addItem(tr("A4 (210 × 297 mm)"), paperSizeKey(CertificatePaperSize::A4));
    m_paperSize->addItem(tr("Legal (8.5 × 14 in)"), paperSizeKey(CertificatePaperSize::Legal));
    form->addRow(tr("Pape&r size:"), m_paperSize);
    m_dateFormat = new QComboBox(this);
    m_dateFormat->setObjectName(QStringLiteral("certificateDateFormatComboBox"));
    m_dateFormat->setAccessibleName(tr("Certificate date format"));
    // Each format shown with a sample date whose day and month cannot be confused (December 31).
    const QDate sample(QDate::currentDate().year(), 12, 31);
    for (const QString& format : AgencyService::certificateDateFormats())
        m_dateFormat->addItem(tr("%1  (%2)").arg(format.toUpper(), sample.toString(format)), format);
    form->addRow(tr("&Date format:"), m_dateFormat);
    m_warningDays = new QSpinBox(this);
    m_warningDays->setObjectName(QStringLiteral("complianceWarningDaysSpinBox"));
    m_warningDays->setAccessibleName(tr("Compliance warning days"));
    m_warningDays->setRange(0, AgencyService::kMaxComplianceWarningDays);
    m_warningDays->setSuffix(tr(" days"));
    m_warningDays->setToolTip(tr("Compliance flags a policy that expires within this many days of the certificate "
                                 "date (0: only policies not in force)."));
    form->addRow(tr("&Warn of expiry within:"), m_warningDays);
    setProfile(m_profile);
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
    m_paperSize->setCurrentIndex(qMax(0, m_paperSize->findData(paperSizeKey(p.paperSize))));
    m_dateFormat->setCurrentIndex(qMax(0, m_dateFormat->findData(p.certificateDateFormat)));
    m_warningDays->setValue(p.complianceWarningDays);
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
    p.paperSize = paperSizeFromKey(m_paperSize->currentData().toString());
    p.certificateDateFormat = m_dateFormat->currentData().toString();
    p.complianceWarningDays = m_warningDays->value();
    return p;
}

void AgencyProfileForm::setReadOnly(bool readOnly)
{
    for (QLineEdit* edit : findChildren<QLineEdit*>())
        edit->setReadOnly(readOnly);
    m_country->setEnabled(!readOnly);
    m_paperSize->setEnabled(!readOnly);
    m_dateFormat->setEnabled(!readOnly);
    m_warningDays->setReadOnly(readOnly);
}

} // namespace agencydesk
