#pragma once

#include "Session.h"
#include "UserService.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace agencydesk {

/// Managers: the agency's users, their roles, passwords and whether they may log in.
class UsersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UsersDialog(const Session& session, QWidget* parent = nullptr);

    void reload();
    bool addUser();
    bool changeRole();
    bool toggleActive();
    bool resetPassword();

private:
    const User* selectedUser() const;
    void updateButtons();

    const Session& m_session;
    std::vector<User> m_users;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_newUserEdit = nullptr;
    QLineEdit* m_newFullNameEdit = nullptr;
    QComboBox* m_newRoleCombo = nullptr;
    QLineEdit* m_newPasswordEdit = nullptr;
    QPushButton* m_addButton = nullptr;
    QComboBox* m_roleCombo = nullptr;
    QPushButton* m_roleButton = nullptr;
    QPushButton* m_activeButton = nullptr;
    QPushButton* m_resetButton = nullptr;
};

} // namespace agencydesk
