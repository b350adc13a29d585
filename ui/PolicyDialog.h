#pragma once

#include "Policy.h"
#include "Session.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace agencydesk {

class PolicyIndicatorsWidget;

/// Adds or edits one policy: number, line, carrier, term, premium, the line's limits and indicators.
class PolicyDialog : public QDialog
{
    Q_OBJECT
public:
    enum CoverageColumn
    {
        LimitColumn,
        AmountColumn
    };

    PolicyDialog(const Session& session, qint64 insuredId, std::optional<qint64> policyId, QWidget* parent = nullptr);

    QTableWidget* coveragesTable() const { return m_coveragesTable; }
    QPushButton* saveButton() const { return m_saveButton; }
    /// The row of \a limitCode in the coverages table, or -1.
    int coverageRow(const QString& limitCode) const;
    bool save();

signals:
    void policySaved(qint64 policyId);

private:
    void load();
    void fillCarriers();
    void rebuildCoverages(LineOfBusiness line);
    void onAmountEdited(int row, int column);
    LineOfBusiness currentLine() const;
    void setReadOnly(bool readOnly);

    const Session& m_session;
    qint64 m_insuredId = 0;
    Policy m_policy;
    bool m_readOnly = false;
    bool m_updatingTable = false;
    QHash<QString, QString> m_amountTexts; ///< limit code -> typed amount, kept across line changes

    QLineEdit* m_numberEdit = nullptr;
    QComboBox* m_lineCombo = nullptr;
    QComboBox* m_carrierCombo = nullptr;
    QLineEdit* m_naicEdit = nullptr;
    QDateEdit* m_effectiveEdit = nullptr;
    QDateEdit* m_expirationEdit = nullptr;
    QLineEdit* m_premiumEdit = nullptr;
    QTableWidget* m_coveragesTable = nullptr;
    PolicyIndicatorsWidget* m_indicators = nullptr;
    QLabel* m_statusLabel = nullptr;
    QPushButton* m_saveButton = nullptr;
};

} // namespace agencydesk
