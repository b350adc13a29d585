#pragma once

#include "Document.h"
#include "Session.h"

#include <QAbstractTableModel>

#include <vector>

namespace agencydesk {

/// The documents of one insured (or of every insured, filtered), newest first, with a Share column that shows a
/// green check for documents shared with the client's portal account.
class DocumentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Share,
        FileName,
        Type,
        IssueDate,
        Purpose,
        Policy,
        Pages,
        Size,
        AddedBy,
        AddedAt,
        Insured, ///< shown only when listing every insured
        ColumnCount
    };
    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        SharedRole ///< bool
    };

    explicit DocumentTableModel(const Session& session, QObject* parent = nullptr);

    /// 0: every insured's documents (with \a filter on file name, type, purpose or insured).
    void setInsured(qint64 insuredId);
    void setFilter(const QString& filter);
    qint64 insuredId() const { return m_insuredId; }
    /// Reads the documents again; false (lastError set) when the database refused.
    bool reload();
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Document* document(int row) const;
    int rowOfId(qint64 id) const;

private:
    const Session& m_session;
    qint64 m_insuredId = 0;
    QString m_filter;
    std::vector<Document> m_rows;
    QString m_lastError;
};

} // namespace agencydesk
