#pragma once

#include "Certificate.h"
#include "Session.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace agencydesk {

/// Adds or edits a certificate holder of one master: name, address, email, delivery, renewals and the
/// holder's requirements (minimum limits by limit code, AI / WOS / primary & non-contributory).
class HolderDialog : public QDialog
{
    Q_OBJECT
public:
    enum RequirementColumn
    {
        LimitColumn,  ///< a combo box of every limit code
        MinimumColumn ///< the minimum amount, "$1,000,000" or "1M"
    };

    HolderDialog(const Session& session, qint64 masterId, std::optional<qint64> holderId, QWidget* parent = nullptr);

    QTableWidget* requirementsTable() const { return m_requirementsTable; }
    QPushButton* saveButton() const { return m_saveButton; }
    /// Adds a requirement row (for \a limitCode when given) and returns its row.
    int addRequirementRow(const QString& limitCode = {}, const QString& minimum = {});
    /// Saves through CertificateHolderService; on a refusal shows the message and keeps the input.
    bool save();

signals:
    void holderSaved(qint64 holderId);

private:
    void load();
    void removeRequirementRow();
    void setReadOnly(bool readOnly);

    const Session& m_session;
    CertificateHolderRecord m_holder;
    bool m_readOnly = false;

    QLineEdit* m_nameEdit = nullptr;
    QLineEdit* m_address1Edit = nullptr;
    QLineEdit* m_address2Edit = nullptr;
    QLineEdit* m_cityEdit = nullptr;
    QLineEdit* m_stateEdit = nullptr;
    QLineEdit* m_postalEdit = nullptr;
    QComboBox* m_countryCombo = nullptr;
    QLineEdit* m_emailEdit = nullptr;
    QComboBox* m_deliveryCombo = nullptr;
    QCheckBox* m_renewalsCheck = nullptr;
    QTableWidget* m_requirementsTable = nullptr;
    QPushButton* m_addRequirementButton = nullptr;
    QPushButton* m_removeRequirementButton = nullptr;
    QCheckBox* m_aiCheck = nullptr;
    QCheckBox* m_wosCheck = nullptr;
    QCheckBox* m_pncCheck = nullptr;
    QPushButton* m_saveButton = nullptr;
};

} // namespace agencydesk
