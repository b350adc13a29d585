#pragma once

#include "Insured.h"
#include "InsuredService.h"
#include "Session.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace agencydesk {

/// The Insureds list: a lazy, paged view of InsuredService::count()/page(). Only the pages the view
/// asks for are loaded (kPageSize rows each, at most kMaxCachedPages kept), so a book of 100,000
/// insureds opens as fast as a book of 100. Sorting and filtering happen in SQL.
class InsuredListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        DBA,
        City,
        PostalCode,
        Email,
        Status,
        Portal,
        PoliciesInForce,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ActiveRole
    };
    enum StatusFilter
    {
        AllStatuses = 0,
        ActiveOnly = 1,
        InactiveOnly = 2
    };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedPages = 64;

    explicit InsuredListModel(const agencydesk::Session& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return static_cast<StatusFilter>(m_query.statusFilter); }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    qint64 idAt(int row) const;
    /// The row showing insured \a id, looking at most \a maxPages pages from the start; -1 when not found.
    int rowOfId(qint64 id, int maxPages = 25) const;
    QString lastError() const { return m_lastError; }

public slots:
    /// Reloads the rows (another CSR may have changed them), keeping the sort and the filter.
    void refresh();

private:
    const Insured* insuredAt(int row) const;
    void reload();

    Session m_session;
    InsuredListQuery m_query;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_count = 0;
    mutable QHash<int, std::vector<Insured>> m_pages;
    mutable std::vector<int> m_pageOrder; ///< least recently loaded first
    mutable QString m_lastError;
};

} // namespace agencydesk
