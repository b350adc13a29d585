#pragma once

#include "Policy.h"
#include "RenewalRunSummaryDialog.h"
#include "Session.h"

#include <QDialog>
#include <QPointer>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace agencydesk {

/// "Renew policy": the next term as RenewalService proposes it (dates, number, limits editable), a preview of what
/// following it through the certificate masters would do, and OK stores the term (RenewalService::renew).
class RenewPolicyDialog : public QDialog
{
    Q_OBJECT
public:
    enum CoverageColumn
    {
        LimitColumn,
        AmountColumn
    };

    RenewPolicyDialog(const Session& session, qint64 priorPolicyId, QWidget* parent = nullptr);

    /// False when the term could not be proposed (the error was shown); the dialog is then not worth opening.
    bool isValid() const { return m_valid; }
    QLineEdit* numberEdit() const { return m_numberEdit; }
    QDateEdit* effectiveEdit() const { return m_effectiveEdit; }
    QDateEdit* expirationEdit() const { return m_expirationEdit; }
    QTableWidget* coveragesTable() const { return m_coveragesTable; }
    QPushButton* renewButton() const { return m_renewButton; }
    QPushButton* previewButton() const { return m_previewButton; }
    RenewalRunSummaryDialog* previewDialog() const { return m_previewDialog; }

    /// The term as the form has it; empty (with the problems shown) when an amount does not read.
    std::optional<Policy> term();
    void preview();
    /// Stores the term; emits renewed() and accepts. False (with the error shown) when refused.
    bool renew();

signals:
    void renewed(qint64 newPolicyId);

private:
    void fillCoverages();
    void onEffectiveChanged(const QDate& date);

    const Session& m_session;
    Policy m_term;
    bool m_valid = false;
    QDate m_effective; ///< the last effective date shown, to move the expiration with it

    QLabel* m_priorLabel = nullptr;
    QLineEdit* m_numberEdit = nullptr;
    QDateEdit* m_effectiveEdit = nullptr;
    QDateEdit* m_expirationEdit = nullptr;
    QTableWidget* m_coveragesTable = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_renewButton = nullptr;
    QPointer<RenewalRunSummaryDialog> m_previewDialog;
};

} // namespace agencydesk
