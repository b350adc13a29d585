#include "RequestHolderFields.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

#include <algorithm>

namespace agencydesk {

RequestHolderFields::RequestHolderFields(QWidget* parent, const QString& prefix) : m_parent(parent)
{
    auto line = [parent, &prefix](const char* name, const QString& accessible, int maxLength) {
        auto* edit = new QLineEdit(parent);
        edit->setObjectName(prefix + QString::fromLatin1(name));
        edit->setAccessibleName(accessible);
        edit->setMaxLength(maxLength);
        return edit;
    };
    // Created in reading order: Tab follows it.
    m_name = line("HolderNameLineEdit", tr("Holder name"), 200);
    m_address1 = line("HolderAddress1LineEdit", tr("Address line 1"), 200);
    m_address2 = line("HolderAddress2LineEdit", tr("Address line 2"), 200);
    m_city = line("HolderCityLineEdit", tr("City"), 100);
    m_state = line("HolderStateLineEdit", tr("State or province"), 2);
    m_state->setMaximumWidth(m_state->fontMetrics().horizontalAdvance(QStringLiteral("MMMM")) + 16);
    m_postal = line("HolderPostalLineEdit", tr("Postal code"), 10);
    m_postal->setMaximumWidth(m_postal->fontMetrics().horizontalAdvance(QStringLiteral("12345-67890")) + 16);
    m_country = new QComboBox(parent);
    m_country->setObjectName(prefix + QStringLiteral("HolderCountryComboBox"));
    m_country->setAccessibleName(tr("Country"));
    m_country->addItem(tr("United States"), QStringLiteral("US"));
    m_country->addItem(tr("Canada"), QStringLiteral("CA"));
    m_email = line("HolderEmailLineEdit", tr("Holder email"), 200);
}

void RequestHolderFields::addRows(QFormLayout* form, const QString& nameLabel, const QString& emailLabel)
{
    auto row = [this, form](const QString& label, QWidget* field) {
        auto* l = new QLabel(label, m_parent);
        l->setBuddy(field);
        form->addRow(l, field);
    };
    row(nameLabel, m_name);
    row(tr("&Address:"), m_address1);
    row(tr("Address line &2:"), m_address2);
    row(tr("Ci&ty:"), m_city);
    // State or province, postal code and country on one line, like an address.
    auto* region = new QHBoxLayout;
    region->addWidget(m_state);
    auto* postalLabel = new QLabel(tr("&Postal code:"), m_parent);
    postalLabel->setBuddy(m_postal);
    region->addWidget(postalLabel);
    region->addWidget(m_postal);
    auto* countryLabel = new QLabel(tr("&Country:"), m_parent);
    countryLabel->setBuddy(m_country);
    region->addWidget(countryLabel);
    region->addWidget(m_country);
    region->addStretch(1);
    auto* stateLabel = new QLabel(tr("&State / province:"), m_parent);
    stateLabel->setBuddy(m_state);
    form->addRow(stateLabel, region);
    row(emailLabel, m_email);
}

RequestHolder RequestHolderFields::holder() const
{
    RequestHolder h;
    h.name = m_name->text();
    h.address1 = m_address1->text();
    h.address2 = m_address2->text();
    h.city = m_city->text();
    h.state = m_state->text();
    h.postalCode = m_postal->text();
    h.country = m_country->currentData().toString();
    h.email = m_email->text().trimmed();
    return h;
}

void RequestHolderFields::setHolder(const RequestHolder& h)
{
    m_name->setText(h.name);
    m_address1->setText(h.address1);
    m_address2->setText(h.address2);
    m_city->setText(h.city);
    m_state->setText(h.state);
    m_postal->setText(h.postalCode);
    m_country->setCurrentIndex(
        std::max(0, m_country->findData(h.country.isEmpty() ? QStringLiteral("US") : h.country.toUpper())));
    m_email->setText(h.email);
}

} // namespace agencydesk
