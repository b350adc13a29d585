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

/// The insured's policies, with Add / Edit / Cancel policy.
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
    /// The selected policy's menu (Edit, Cancel, Un-attach); the caller owns it.
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
    QPushButton* m_cancelButton = nullptr;
};

} // namespace agencydesk
