#include "PortalEnrollDialog.h"

#include "InsuredService.h"
#include "PortalService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace agencydesk {

PortalEnrollDialog::PortalEnrollDialog(const Session& session, qint64 insuredId, QWidget* parent)
    : QDialog(parent), m_session(session), m_insuredId(insuredId)
{
    setObjectName(QStringLiteral("portalEnrollDialog"));
    auto insured = InsuredService(session).get(insuredId);
    const QString name = insured ? insured->name : QString();
    setWindowTitle(tr("Enroll %1 in the client portal").arg(name));

    auto* layout = new QVBoxLayout(this);
    auto* identityBox = new QGroupBox(tr("Identity check: ask the client"), this);
    auto* identity = new QFormLayout(identityBox);
    auto* identityHelp =
        new QLabel(tr("Each answer must match what is on file. Do not read the file to the client."), identityBox);
    identityHelp->setWordWrap(true);
    identity->addRow(identityHelp);
    const auto addEdit = [this](const QString& objectName, const QString& accessibleName) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(objectName);
        edit->setAccessibleName(accessibleName);
        edit->setMaxLength(200);
        return edit;
    };
    m_addressEdit = addEdit(QStringLiteral("portalAddressLineEdit"), tr("Street address"));
    m_postalEdit = addEdit(QStringLiteral("portalPostalCodeLineEdit"), tr("Postal code"));
    m_policyEdit = addEdit(QStringLiteral("portalPolicyNumberLineEdit"), tr("A policy number"));
    identity->addRow(tr("Street &address:"), m_addressEdit);
    identity->addRow(tr("P&ostal code:"), m_postalEdit);
    identity->addRow(tr("A &policy number:"), m_policyEdit);
    layout->addWidget(identityBox);

    auto* accountBox = new QGroupBox(tr("Portal account"), this);
    auto* account = new QFormLayout(accountBox);
    m_userNameEdit = addEdit(QStringLiteral("portalUserNameLineEdit"), tr("User name"));
    m_userNameEdit->setMaxLength(40);
    if (auto suggested = PortalService(session).suggestUserName(insuredId))
        m_userNameEdit->setText(*suggested);
    account->addRow(tr("&User name:"), m_userNameEdit);
    auto* note = new QLabel(tr("This is not the email address. The client signs in with this user name."), accountBox);
    note->setObjectName(QStringLiteral("portalUserNameNoteLabel"));
    note->setWordWrap(true);
    QFont bold = note->font();
    bold.setBold(true);
    note->setFont(bold);
    account->addRow(QString(), note);
    m_emailEdit = addEdit(QStringLiteral("portalEmailLineEdit"), tr("Email"));
    m_emailEdit->setMaxLength(254);
    if (insured)
        m_emailEdit->setText(insured->email);
    account->addRow(tr("&Email:"), m_emailEdit);
    auto* emailNote =
        new QLabel(tr("The welcome email goes here with a single-use code that expires in 72 hours."), accountBox);
    emailNote->setWordWrap(true);
    account->addRow(QString(), emailNote);
    layout->addWidget(accountBox);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("portalEnrollErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020"));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Enroll and &send welcome email"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("portalEnrollOkButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (enroll())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(520);
}

bool PortalEnrollDialog::enroll()
{
    PortalEnrollment e;
    e.insuredId = m_insuredId;
    e.userName = m_userNameEdit->text();
    e.email = m_emailEdit->text();
    e.identity = {m_addressEdit->text(), m_postalEdit->text(), m_policyEdit->text()};
    auto notice = PortalService(m_session).enroll(e);
    if (!notice) {
        m_errorLabel->setText(notice.error().message);
        m_errorLabel->show();
        return false;
    }
    m_errorLabel->hide();
    emit enrolled(m_insuredId);
    return true;
}

} // namespace agencydesk
