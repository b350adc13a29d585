#include "RenewalDueModel.h"

#include "DisplayFormat.h"

namespace agencydesk {

RenewalDueModel::RenewalDueModel(QObject* parent) : QAbstractTableModel(parent) {}

void RenewalDueModel::setRows(std::vector<RenewalDue> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int RenewalDueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RenewalDueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RenewalDueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const RenewalDue& due = m_rows[size_t(index.row())];
    switch (role) {
    case PolicyIdRole:
        return due.policy.id;
    case InsuredIdRole:
        return due.policy.insuredId.value_or(0);
    case Qt::TextAlignmentRole:
        if (index.column() == DaysLeft || index.column() == Masters)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case Expiration:
            return due.policy.expiration;
        case DaysLeft:
            return due.daysLeft;
        case Masters:
            return due.masters;
        default:
            return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Insured:
            return due.insuredName;
        case Number:
            return due.policy.number;
        case Line:
            return lineDisplayNameTr(due.policy.line);
        case Carrier:
            return due.policy.carrierName;
        case Expiration:
            return DisplayFormat::date(due.policy.expiration);
        case DaysLeft:
            return due.daysLeft;
        case Masters:
            return due.masters;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant RenewalDueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Insured:
        return tr("Insured");
    case Number:
        return tr("Policy number");
    case Line:
        return tr("Line");
    case Carrier:
        return tr("Carrier");
    case Expiration:
        return tr("Expiration");
    case DaysLeft:
        return tr("Days left");
    case Masters:
        return tr("Masters");
    default:
        return {};
    }
}

} // namespace agencydesk
