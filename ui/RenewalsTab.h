#pragma once

#include "PrintQueueDialog.h"
#include "Renewal.h"
#include "Session.h"

#include <QInputDialog>
#include <QPointer>
#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QTableWidget;

namespace agencydesk {

class RenewPolicyDialog;
class RenewalDueModel;
class RenewalRunController;

/// The Renewals tab: policies due for renewal (renew, mark not renewing, open the insured), the renewal runs
/// (summary, resume) and the print queue.
class RenewalsTab : public QWidget
{
    Q_OBJECT
public:
    enum RunColumn
    {
        RunDate,
        RunPolicy,
        RunInsured,
        RunTrigger,
        RunStatus,
        RunSummary,
        RunColumnCount
    };

    explicit RenewalsTab(const Session& session, QWidget* parent = nullptr);

    void reload();

    QTableView* dueView() const { return m_dueView; }
    RenewalDueModel* dueModel() const { return m_dueModel; }
    QSpinBox* daysSpinBox() const { return m_days; }
    QTableWidget* runsTable() const { return m_runsTable; }
    const std::vector<RenewalRun>& runs() const { return m_runs; }
    RenewalRunController* runController() const { return m_controller; }
    /// The open "Not renewing" reason prompt, while it is open.
    QInputDialog* reasonDialog() const { return m_reasonDialog; }
    PrintQueueDialog* printQueueDialog() const { return m_printQueue; }

    /// Selects the due row of \a policyId; false when it is not listed.
    bool selectDuePolicy(qint64 policyId);
    RenewPolicyDialog* renewSelected();
    /// Asks for the reason (window-modal, not blocking), then marks the selected policy not renewing.
    void notRenewingSelected();
    PrintQueueDialog* openPrintQueue();
    void showRunSummary();
    void resumeRun();

signals:
    void openInsuredRequested(qint64 insuredId);
    void statusMessage(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reloadDue();
    void reloadRuns();
    void updateButtons();
    qint64 selectedDuePolicy() const;
    const RenewalRun* selectedRun() const;
    void markNotRenewing(qint64 policyId, const QString& reason);

    const Session& m_session;
    RenewalDueModel* m_dueModel = nullptr;
    QSortFilterProxyModel* m_dueProxy = nullptr;
    QTableView* m_dueView = nullptr;
    QSpinBox* m_days = nullptr;
    QLabel* m_dueLabel = nullptr;
    QPushButton* m_renewButton = nullptr;
    QPushButton* m_notRenewingButton = nullptr;
    QPushButton* m_openInsuredButton = nullptr;
    std::vector<RenewalRun> m_runs;
    QTableWidget* m_runsTable = nullptr;
    QPushButton* m_summaryButton = nullptr;
    QPushButton* m_resumeButton = nullptr;
    QPushButton* m_printQueueButton = nullptr;
    RenewalRunController* m_controller = nullptr;
    QPointer<QInputDialog> m_reasonDialog;
    QPointer<PrintQueueDialog> m_printQueue;
};

} // namespace agencydesk
