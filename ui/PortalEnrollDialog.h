#pragma once

#include "Session.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace agencydesk {

/// Enroll… on the insured's portal line: the identity check the CSR asks the client (address, postal code, a policy
/// number on file), the user name (suggested; the dialog says plainly it is not the email address) and the email.
/// PortalService::enroll checks everything; a refusal is shown and the dialog stays open.
class PortalEnrollDialog : public QDialog
{
    Q_OBJECT
public:
    PortalEnrollDialog(const Session& session, qint64 insuredId, QWidget* parent = nullptr);

    /// Enrolls with the values on screen; true when the account was created and the welcome email queued.
    bool enroll();

signals:
    void enrolled(qint64 insuredId);

private:
    const Session& m_session;
    qint64 m_insuredId = 0;
    QLineEdit* m_addressEdit = nullptr;
    QLineEdit* m_postalEdit = nullptr;
    QLineEdit* m_policyEdit = nullptr;
    QLineEdit* m_userNameEdit = nullptr;
    QLineEdit* m_emailEdit = nullptr;
    QLabel* m_errorLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace agencydesk
