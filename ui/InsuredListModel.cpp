#include "InsuredListModel.h"

#include <QBrush>
#include <QPalette>

#include <algorithm>
#include <optional>

namespace agencydesk {

namespace {
std::optional<InsuredSort> sortFor(int column)
{
    switch (column) {
    case InsuredListModel::Name:
        return InsuredSort::Name;
    case InsuredListModel::DBA:
        return InsuredSort::Dba;
    case InsuredListModel::City:
        return InsuredSort::City;
    case InsuredListModel::PostalCode:
        return InsuredSort::PostalCode;
    case InsuredListModel::Email:
        return InsuredSort::Email;
    case InsuredListModel::Status:
        return InsuredSort::Status;
    default:
        return std::nullopt;
    }
}
} // namespace

InsuredListModel::InsuredListModel(const agencydesk::Session& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
    reload();
}

int InsuredListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int InsuredListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Insured* InsuredListModel::insuredAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        auto rows = InsuredService(m_session).page(m_query, page * kPageSize, kPageSize);
        if (!rows) {
            m_lastError = rows.error().message;
            return nullptr;
        }
        if (m_pageOrder.size() >= static_cast<size_t>(kMaxCachedPages)) {
            m_pages.remove(m_pageOrder.front());
            m_pageOrder.erase(m_pageOrder.begin());
        }
        it = m_pages.insert(page, std::move(rows).value());
        m_pageOrder.push_back(page);
    }
    const int offset = row - page * kPageSize;
    if (offset >= static_cast<int>(it->size()))
        return nullptr; // rows were deleted since the count; the next refresh fixes the count
    return &(*it)[static_cast<size_t>(offset)];
}

QVariant InsuredListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Insured* insured = insuredAt(index.row());
    if (!insured)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name:
            return insured->name;
        case DBA:
            return insured->dba;
        case City:
            return insured->state.isEmpty() ? insured->city : insured->city + QStringLiteral(", ") + insured->state;
        case PostalCode:
            return insured->postalCode;
        case Email:
            return insured->email;
        case Status:
            return insured->active ? tr("Active") : tr("Inactive");
        case Portal:
            return insured->portalEnrolled ? tr("Enrolled") : tr("Not enrolled");
        case PoliciesInForce:
            return role == Qt::ToolTipRole ? QVariant(tr("%n policies in force", nullptr, insured->policiesInForce))
                                           : QVariant(insured->policiesInForce);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == PoliciesInForce)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (!insured->active)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case IdRole:
        return insured->id;
    case ActiveRole:
        return insured->active;
    default:
        return {};
    }
}

QVariant InsuredListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case DBA:
        return tr("DBA");
    case City:
        return tr("City");
    case PostalCode:
        return tr("Postal code");
    case Email:
        return tr("Email");
    case Status:
        return tr("Status");
    case Portal:
        return tr("Portal");
    case PoliciesInForce:
        return tr("Policies in force");
    default:
        return {};
    }
}

void InsuredListModel::sort(int column, Qt::SortOrder order)
{
    const auto key = sortFor(column);
    if (!key)
        return; // computed columns are not sortable in SQL
    beginResetModel();
    m_sortColumn = column;
    m_sortOrder = order;
    m_query.sort = *key;
    m_query.descending = order == Qt::DescendingOrder;
    reload();
    endResetModel();
}

void InsuredListModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_query.statusFilter)
        return;
    beginResetModel();
    m_query.statusFilter = filter;
    reload();
    endResetModel();
}

void InsuredListModel::refresh()
{
    beginResetModel();
    reload();
    endResetModel();
}

void InsuredListModel::reload()
{
    m_pages.clear();
    m_pageOrder.clear();
    m_lastError.clear();
    auto count = InsuredService(m_session).count(m_query);
    if (!count) {
        m_lastError = count.error().message;
        m_count = 0;
        return;
    }
    m_count = *count;
}

qint64 InsuredListModel::idAt(int row) const
{
    const Insured* insured = insuredAt(row);
    return insured ? insured->id : 0;
}

int InsuredListModel::rowOfId(qint64 id, int maxPages) const
{
    // Pages already loaded first (cheap), then page by page from the top.
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        const auto& rows = it.value();
        for (size_t i = 0; i < rows.size(); ++i) {
            if (rows[i].id == id)
                return it.key() * kPageSize + static_cast<int>(i);
        }
    }
    const int pages = std::min(maxPages, (m_count + kPageSize - 1) / kPageSize);
    for (int page = 0; page < pages; ++page) {
        if (m_pages.contains(page))
            continue;
        if (!insuredAt(page * kPageSize))
            return -1;
        const auto found = m_pages.constFind(page);
        if (found == m_pages.cend())
            return -1;
        for (size_t i = 0; i < found->size(); ++i) {
            if ((*found)[i].id == id)
                return page * kPageSize + static_cast<int>(i);
        }
    }
    return -1;
}

} // namespace agencydesk
