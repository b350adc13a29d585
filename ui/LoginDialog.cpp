#include "LoginDialog.h"

#include "Database.h"
#include "StatusColors.h"
#include "UserService.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace agencydesk {

namespace {
const QString kLastUserKey = QStringLiteral("login/lastUserName");
}

LoginDialog::LoginDialog(std::shared_ptr<Database> db, QWidget* parent) : QDialog(parent), m_db(std::move(db))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Log in to AgencyDesk"));
    auto* intro = new QLabel(tr("Database: %1").arg(QFileInfo(m_db->path()).fileName()), this);
    intro->setToolTip(m_db->path());
    m_userEdit = new QLineEdit(this);
    m_userEdit->setObjectName(QStringLiteral("userNameLineEdit"));
    m_userEdit->setAccessibleName(tr("User name"));
    m_userEdit->setText(QSettings().value(kLastUserKey).toString());
    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("passwordLineEdit"));
    m_passwordEdit->setAccessibleName(tr("Password"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("loginErrorLabel"));
    m_errorLabel->setWordWrap(true);
    QPalette errorPalette = m_errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, StatusColors::bad(errorPalette));
    m_errorLabel->setPalette(errorPalette);
    m_errorLabel->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_userEdit);
    form->addRow(tr("&Password:"), m_passwordEdit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Log in"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("loginButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (tryLogin())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    if (!m_userEdit->text().isEmpty())
        m_passwordEdit->setFocus();
    resize(380, sizeHint().height());
}

bool LoginDialog::tryLogin()
{
    auto session = AuthService(m_db).login(m_userEdit->text().trimmed(), m_passwordEdit->text());
    if (!session) {
        m_errorLabel->setText(session.error().message);
        m_errorLabel->show();
        m_passwordEdit->clear();
        m_passwordEdit->setFocus();
        return false;
    }
    QSettings().setValue(kLastUserKey, m_userEdit->text().trimmed());
    m_session = *session;
    return true;
}

QString LoginDialog::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

} // namespace agencydesk
