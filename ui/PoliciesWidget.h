#pragma once

#include "Policy.h"
#include "Session.h"

#include <QGroupBox>

#include <vector>

class QMenu;
class QPushButton;
class QTableWidget;

namespace agencydesk {

class PolicyDialog;
class RenewPolicyDialog;
class RenewalRunController;

/// The insured's policies, with Add / Edit / Renew / Cancel policy.
class PoliciesWidget : public QGroupBox
{
    Q_OBJECT
public:
    enum Column
    {
        Number,
        Line,
        Carrier,
        Effective,
        Expiration,
        Status,
        ColumnCount
    };

    explicit PoliciesWidget(const Session& session, QWidget* parent = nullptr);

    void setInsured(qint64 insuredId);
    void reload();
    const std::vector<Policy>& policies() const { return m_policies; }
    QTableWidget* table() const { return m_table; }
    /// Opens the policy dialog (window-modal, not blocking) for a new policy or for the selected one.
    PolicyDialog* openPolicyDialog(bool newPolicy);
    /// Opens "Renew policy" (window-modal, not blocking) for the selected policy; after it stores the new term,
    /// the renewal run follows (renewalRunController()).
    RenewPolicyDialog* openRenewDialog();
    RenewalRunController* renewalRunController() const { return m_renewals; }
    /// The selected policy's menu (Edit, Renew, Cancel, Un-attach); the caller owns it.
    QMenu* createContextMenu();
    /// Asks, then takes the selected policy off the insured (back to Unattached downloads).
    void unattachSelected();

signals:
    void policiesChanged();

private:
    const Policy* selectedPolicy() const;
    void cancelSelected();
    void showContextMenu(const QPoint& pos);
    void updateButtons();

    const Session& m_session;
    qint64 m_insuredId = 0;
    std::vector<Policy> m_policies;
    QTableWidget* m_table = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_renewButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    RenewalRunController* m_renewals = nullptr;
};

} // namespace agencydesk
