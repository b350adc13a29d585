#include "UsersDialog.h"

#include "MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace agencydesk {

UsersDialog::UsersDialog(const Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Users"));
    m_table = new QTableWidget(0, 4, this);
    m_table->setTabKeyNavigation(false);
    m_table->setObjectName(QStringLiteral("usersTableWidget"));
    m_table->setAccessibleName(tr("Users"));
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Full name"), tr("Role"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

    m_roleCombo = new QComboBox(this);
    m_roleCombo->setObjectName(QStringLiteral("roleComboBox"));
    m_roleCombo->setAccessibleName(tr("Role of the selected user"));
    m_newRoleCombo = new QComboBox(this);
    m_newRoleCombo->setObjectName(QStringLiteral("newUserRoleComboBox"));
    m_newRoleCombo->setAccessibleName(tr("Role of the new user"));
    for (Role role : allRoles()) {
        m_roleCombo->addItem(roleDisplayNameTr(role), static_cast<int>(role));
        m_newRoleCombo->addItem(roleDisplayNameTr(role), static_cast<int>(role));
    }
    m_roleButton = new QPushButton(tr("C&hange role"), this);
    m_roleButton->setObjectName(QStringLiteral("changeRoleButton"));
    m_activeButton = new QPushButton(tr("&Deactivate"), this);
    m_activeButton->setObjectName(QStringLiteral("toggleUserActiveButton"));
    m_resetButton = new QPushButton(tr("&Reset password…"), this);
    m_resetButton->setObjectName(QStringLiteral("resetPasswordButton"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_roleCombo);
    actions->addWidget(m_roleButton);
    actions->addStretch();
    actions->addWidget(m_resetButton);
    actions->addWidget(m_activeButton);

    auto* addBox = new QGroupBox(tr("Add a user"), this);
    auto* addForm = new QFormLayout(addBox);
    auto make = [this](const QString& name, const QString& accessible) {
        auto* e = new QLineEdit(this);
        e->setObjectName(name);
        e->setAccessibleName(accessible);
        return e;
    };
    m_newUserEdit = make(QStringLiteral("newUserNameLineEdit"), tr("New user name"));
    m_newFullNameEdit = make(QStringLiteral("newFullNameLineEdit"), tr("New user's full name"));
    m_newPasswordEdit = make(QStringLiteral("newPasswordLineEdit"), tr("New user's password"));
    m_newPasswordEdit->setEchoMode(QLineEdit::Password);
    m_addButton = new QPushButton(tr("&Add user"), this);
    m_addButton->setObjectName(QStringLiteral("addUserButton"));
    addForm->addRow(tr("&User name:"), m_newUserEdit);
    addForm->addRow(tr("&Full name:"), m_newFullNameEdit);
    addForm->addRow(tr("R&ole:"), m_newRoleCombo);
    addForm->addRow(tr("&Password:"), m_newPasswordEdit);
    addForm->addRow(QString(), m_addButton);
    // The role box is created with the table's actions; Tab follows the form's rows instead.
    setTabOrder(m_newUserEdit, m_newFullNameEdit);
    setTabOrder(m_newFullNameEdit, m_newRoleCombo);
    setTabOrder(m_newRoleCombo, m_newPasswordEdit);
    setTabOrder(m_newPasswordEdit, m_addButton);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(addBox);
    layout->addWidget(buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersDialog::updateButtons);
    connect(m_addButton, &QPushButton::clicked, this, [this] { addUser(); });
    connect(m_roleButton, &QPushButton::clicked, this, [this] { changeRole(); });
    connect(m_activeButton, &QPushButton::clicked, this, [this] { toggleActive(); });
    connect(m_resetButton, &QPushButton::clicked, this, [this] { resetPassword(); });
    addBox->setEnabled(roleMay(session.user.role, Operation::UserAdd));
    reload();
    resize(640, 520);
}

void UsersDialog::reload()
{
    auto users = UserService(m_session).list();
    m_users = users ? std::move(users).value() : std::vector<User>{};
    if (!users)
        MessageBox::showError(this, tr("Could not list the users."), users.error());
    m_table->setRowCount(static_cast<int>(m_users.size()));
    for (int row = 0; row < static_cast<int>(m_users.size()); ++row) {
        const User& u = m_users[static_cast<size_t>(row)];
        QString status = u.active ? tr("Active") : tr("Inactive");
        if (!u.lockedUntil.isEmpty())
            status += tr(" (locked until %1)").arg(u.lockedUntil);
        const QStringList cells{u.userName, u.fullName, roleDisplayNameTr(u.role), status};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    updateButtons();
}

const User* UsersDialog::selectedUser() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= static_cast<int>(m_users.size()))
        return nullptr;
    return &m_users[static_cast<size_t>(rows.first().row())];
}

void UsersDialog::updateButtons()
{
    const User* u = selectedUser();
    const Role role = m_session.user.role;
    m_roleButton->setEnabled(u && roleMay(role, Operation::UserChangeRole));
    m_roleCombo->setEnabled(u && roleMay(role, Operation::UserChangeRole));
    m_resetButton->setEnabled(u && roleMay(role, Operation::UserResetPassword));
    m_activeButton->setEnabled(u && roleMay(role, Operation::UserSetActive));
    m_activeButton->setText(u && !u->active ? tr("Re&activate") : tr("&Deactivate"));
    if (u)
        m_roleCombo->setCurrentIndex(m_roleCombo->findData(static_cast<int>(u->role)));
}

bool UsersDialog::addUser()
{
    auto added =
        UserService(m_session).add(m_newUserEdit->text().trimmed(), m_newFullNameEdit->text().trimmed(),
                                   static_cast<Role>(m_newRoleCombo->currentData().toInt()), m_newPasswordEdit->text());
    if (!added) {
        MessageBox::showError(this, tr("The user was not added."), added.error());
        return false;
    }
    m_newUserEdit->clear();
    m_newFullNameEdit->clear();
    m_newPasswordEdit->clear();
    reload();
    return true;
}

bool UsersDialog::changeRole()
{
    const User* u = selectedUser();
    if (!u)
        return false;
    const Status s = UserService(m_session).changeRole(u->id, static_cast<Role>(m_roleCombo->currentData().toInt()));
    if (!s)
        MessageBox::showError(this, tr("The role was not changed."), s.error());
    reload();
    return s.ok();
}

bool UsersDialog::toggleActive()
{
    const User* u = selectedUser();
    if (!u)
        return false;
    const Status s = UserService(m_session).setActive(u->id, !u->active);
    if (!s)
        MessageBox::showError(this, tr("The user was not changed."), s.error());
    reload();
    return s.ok();
}

bool UsersDialog::resetPassword()
{
    const User* u = selectedUser();
    if (!u)
        return false;
    bool ok = false;
    const QString password = QInputDialog::getText(
        this, tr("Reset password"), tr("New password for %1:").arg(u->userName), QLineEdit::Password, {}, &ok);
    if (!ok)
        return false;
    const Status s = UserService(m_session).resetPassword(u->id, password);
    if (!s) {
        MessageBox::showError(this, tr("The password was not reset."), s.error());
        return false;
    }
    MessageBox::information(this, tr("Reset password"), tr("The password of %1 was reset.").arg(u->userName));
    reload();
    return true;
}

} // namespace agencydesk
