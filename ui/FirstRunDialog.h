#pragma once

#include "Session.h"

#include <QDialog>

#include <memory>
#include <optional>

class QLineEdit;

namespace agencydesk {

class AgencyProfileForm;
class Database;

/// A new database: the agency's profile and the first manager, saved with AgencyService::initialize.
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstRunDialog(std::shared_ptr<Database> db, QWidget* parent = nullptr);

    bool initialize();
    const std::optional<Session>& session() const { return m_session; }

private:
    std::shared_ptr<Database> m_db;
    std::optional<Session> m_session;
    AgencyProfileForm* m_form = nullptr;
    QLineEdit* m_userEdit = nullptr;
    QLineEdit* m_fullNameEdit = nullptr;
    QLineEdit* m_passwordEdit = nullptr;
    QLineEdit* m_confirmEdit = nullptr;
};

} // namespace agencydesk
