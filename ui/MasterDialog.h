#pragma once

#include "Certificate.h"
#include "Policy.h"
#include "Session.h"

#include <QDialog>

#include <optional>
#include <vector>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace agencydesk {

/// Adds or edits a certificate master: its name, which of the insured's policies it shows (insurer letter,
/// ADDL INSD, SUBR WVD per policy) and the description of operations. Policies not in force are listed too,
/// greyed and marked, so a lapsed line on the master is visible.
class MasterDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        PolicyColumn, ///< checkable: the policy is on the master
        LineColumn,
        CarrierColumn,
        TermColumn,
        StatusColumn,
        InsurerColumn, ///< a combo box: automatic or A..F
        AdditionalInsuredColumn,
        SubrogationWaivedColumn,
        ColumnCount
    };

    MasterDialog(const Session& session, qint64 insuredId, std::optional<qint64> masterId, QWidget* parent = nullptr);

    QTableWidget* policiesTable() const { return m_table; }
    QPushButton* saveButton() const { return m_saveButton; }
    /// The table row of \a policyId, or -1.
    int policyRow(qint64 policyId) const;
    /// "not in force: expired 03/01/2026", "cancelled 02/14/2026", ... or empty when in force.
    static QString notInForceText(const Policy& policy, const QDate& today = QDate::currentDate());
    /// Saves through CertificateMasterService; on a refusal shows core's message and keeps the input.
    bool save();

signals:
    void masterSaved(qint64 masterId);

private:
    void load();
    void fillPolicies();
    void setReadOnly(bool readOnly);

    const Session& m_session;
    qint64 m_insuredId = 0;
    CertificateMaster m_master;
    std::vector<Policy> m_policies;
    bool m_readOnly = false;

    QLineEdit* m_nameEdit = nullptr;
    QTableWidget* m_table = nullptr;
    QPlainTextEdit* m_descriptionEdit = nullptr;
    QPushButton* m_saveButton = nullptr;
};

} // namespace agencydesk
