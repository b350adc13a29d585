#pragma once

#include "Document.h"
#include "Session.h"

#include <QDialog>
#include <QStringList>

#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTableWidget;

namespace agencydesk {

/// Asks once per batch for the issue date, business purpose, document type and optional policy of the files
/// being added, with a row per file to change any of them for that file. Changing a value at the top applies it
/// to every file.
class DocumentMetadataDialog : public QDialog
{
    Q_OBJECT
public:
    enum FileColumn
    {
        FileColumn,
        TypeColumn,
        IssueDateColumn,
        PurposeColumn,
        PolicyColumn,
        ColumnCount
    };

    DocumentMetadataDialog(const Session& session, qint64 insuredId, const QString& insuredName,
                           const QStringList& paths, std::optional<qint64> policyId = std::nullopt,
                           QWidget* parent = nullptr);

    /// The files with their metadata as the dialog shows them now.
    std::vector<DocumentFile> files() const;

    QComboBox* typeCombo() const { return m_type; }
    QDateEdit* issueDateEdit() const { return m_issueDate; }
    QLineEdit* purposeEdit() const { return m_purpose; }
    QComboBox* policyCombo() const { return m_policy; }
    QTableWidget* filesTable() const { return m_table; }

private:
    QComboBox* newTypeCombo(QWidget* parent) const;
    QComboBox* newPolicyCombo(QWidget* parent) const;
    void applyToAll(int column);

    qint64 m_insuredId = 0;
    QStringList m_paths;
    QStringList m_types;
    std::vector<std::pair<qint64, QString>> m_policies; ///< id, "GL-100 (General liability, in force)"
    QComboBox* m_type = nullptr;
    QDateEdit* m_issueDate = nullptr;
    QLineEdit* m_purpose = nullptr;
    QComboBox* m_policy = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace agencydesk
