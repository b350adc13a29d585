#pragma once

#include "Session.h"

#include <QDialog>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;

namespace agencydesk {

class Database;

/// Asks for a user name (remembered) and password, and logs in through AuthService.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(std::shared_ptr<Database> db, QWidget* parent = nullptr);

    /// Tries the typed credentials; on success session() holds the logged-in user.
    bool tryLogin();
    const std::optional<Session>& session() const { return m_session; }
    QString errorText() const;

private:
    std::shared_ptr<Database> m_db;
    std::optional<Session> m_session;
    QLineEdit* m_userEdit = nullptr;
    QLineEdit* m_passwordEdit = nullptr;
    QLabel* m_errorLabel = nullptr;
};

} // namespace agencydesk
