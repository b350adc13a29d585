#pragma once

#include "PortalService.h"
#include "Session.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace agencydesk {

class ClientViewDialog;
class PortalEnrollDialog;

/// The insured's client portal line on the Insureds tab: the account's status and Enroll…, Change email…, Reset and
/// notify, Lock / Unlock, View as client…. The rules are PortalService's; buttons a role may not use are disabled.
class PortalAccountWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PortalAccountWidget(const Session& session, QWidget* parent = nullptr);

    void setInsured(qint64 insuredId);
    void reload();

    // The actions (also for tests); each shows what went wrong itself.
    PortalEnrollDialog* openEnrollDialog();
    void openChangeEmailDialog();
    bool resetAndNotify();
    bool toggleLock();
    ClientViewDialog* openClientView();

signals:
    /// The account changed (enrolled, email, reset, lock): the insured's trail has a new row.
    void portalChanged(qint64 insuredId);

private:
    void updateButtons();

    const Session& m_session;
    qint64 m_insuredId = 0;
    std::optional<PortalAccount> m_account;
    QLabel* m_statusLabel = nullptr;
    QPushButton* m_enrollButton = nullptr;
    QPushButton* m_emailButton = nullptr;
    QPushButton* m_resetButton = nullptr;
    QPushButton* m_lockButton = nullptr;
    QPushButton* m_viewButton = nullptr;
};

} // namespace agencydesk
