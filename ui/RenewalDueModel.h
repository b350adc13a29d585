#pragma once

#include "Renewal.h"

#include <QAbstractTableModel>

#include <vector>

namespace agencydesk {

/// The Renewals due list: policies expiring soon with no renewal term. Sort with a QSortFilterProxyModel on
/// SortRole (dates and counts sort as values).
class RenewalDueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Insured,
        Number,
        Line,
        Carrier,
        Expiration,
        DaysLeft,
        Masters,
        ColumnCount
    };
    enum Role
    {
        PolicyIdRole = Qt::UserRole + 1,
        InsuredIdRole,
        SortRole
    };

    explicit RenewalDueModel(QObject* parent = nullptr);

    void setRows(std::vector<RenewalDue> rows);
    const std::vector<RenewalDue>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<RenewalDue> m_rows;
};

} // namespace agencydesk
