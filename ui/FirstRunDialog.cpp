#include "FirstRunDialog.h"

#include "AgencyProfileForm.h"
#include "AgencyService.h"
#include "MessageBox.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace agencydesk {

FirstRunDialog::FirstRunDialog(std::shared_ptr<Database> db, QWidget* parent)
    : QDialog(parent), m_db(std::move(db)), m_form(new AgencyProfileForm(this))
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Set up AgencyDesk"));
    auto* intro = new QLabel(tr("Welcome. Enter your agency (it appears as the producer on certificates) and the "
                                "first manager's account."),
                             this);
    intro->setWordWrap(true);
    auto* agencyBox = new QGroupBox(tr("Agency"), this);
    auto* agencyLayout = new QVBoxLayout(agencyBox);
    agencyLayout->addWidget(m_form);

    auto* userBox = new QGroupBox(tr("First manager"), this);
    auto* userForm = new QFormLayout(userBox);
    auto make = [this](const QString& name, const QString& accessible) {
        auto* e = new QLineEdit(this);
        e->setObjectName(name);
        e->setAccessibleName(accessible);
        return e;
    };
    m_userEdit = make(QStringLiteral("adminUserNameLineEdit"), tr("User name"));
    m_fullNameEdit = make(QStringLiteral("adminFullNameLineEdit"), tr("Full name"));
    m_passwordEdit = make(QStringLiteral("adminPasswordLineEdit"), tr("Password"));
    m_confirmEdit = make(QStringLiteral("adminPasswordConfirmLineEdit"), tr("Password again"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_confirmEdit->setEchoMode(QLineEdit::Password);
    userForm->addRow(tr("&User name:"), m_userEdit);
    userForm->addRow(tr("F&ull name:"), m_fullNameEdit);
    userForm->addRow(tr("Pass&word:"), m_passwordEdit);
    userForm->addRow(tr("Password a&gain:"), m_confirmEdit);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createAgencyButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (initialize())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(agencyBox);
    layout->addWidget(userBox);
    layout->addWidget(buttons);
}

bool FirstRunDialog::initialize()
{
    if (m_passwordEdit->text() != m_confirmEdit->text()) {
        MessageBox::warning(this, tr("Please check the form"), tr("The two passwords are not the same."));
        return false;
    }
    auto session = AgencyService::initialize(m_db, m_form->profile(), m_userEdit->text().trimmed(),
                                             m_fullNameEdit->text().trimmed(), m_passwordEdit->text());
    if (!session) {
        MessageBox::showError(this, tr("The agency was not set up."), session.error());
        return false;
    }
    m_session = *session;
    return true;
}

} // namespace agencydesk
