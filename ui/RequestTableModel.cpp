#include "RequestTableModel.h"

#include "DisplayFormat.h"
#include "RequestListService.h"
#include "StatusColors.h"

#include <QApplication>
#include <QBrush>
#include <QPalette>

#include <algorithm>

namespace agencydesk {

RequestTableModel::RequestTableModel(const Session& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{}

void RequestTableModel::setFilter(const RequestFilter& filter)
{
    m_filter = filter;
    reload();
}

bool RequestTableModel::reload()
{
    Result<std::vector<CertificateRequest>> rows = RequestListService(m_session).list(m_filter);
    beginResetModel();
    if (rows) {
        m_rows = std::move(rows).value();
        m_lastError.clear();
    } else {
        m_rows.clear();
        m_lastError = rows.error().message;
    }
    endResetModel();
    if (m_sortColumn >= 0)
        sort(m_sortColumn, m_sortOrder);
    return rows.ok();
}

int RequestTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const CertificateRequest* RequestTableModel::request(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

int RequestTableModel::rowOfId(qint64 id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return int(i);
    }
    return -1;
}

QString RequestTableModel::statusText(RequestStatus status)
{
    switch (status) {
    case RequestStatus::New:
        return tr("New");
    case RequestStatus::InProgress:
        return tr("In progress");
    case RequestStatus::Completed:
        return tr("Completed");
    case RequestStatus::Rejected:
        return tr("Rejected");
    }
    return {};
}

QString RequestTableModel::typeText(RequestType type)
{
    return type == RequestType::Wos ? tr("WOS") : tr("COI/POI");
}

QString RequestTableModel::sourceText(RequestSource source)
{
    switch (source) {
    case RequestSource::Phone:
        return tr("Phone");
    case RequestSource::Email:
        return tr("Email");
    case RequestSource::Portal:
        return tr("Portal");
    case RequestSource::Holder:
        return tr("Holder added by the client");
    case RequestSource::Renewal:
        return tr("Renewal");
    }
    return {};
}

QString RequestTableModel::assigneeText(const CertificateRequest& request)
{
    if (!request.assigneeName.isEmpty())
        return request.assigneeName;
    if (request.department == certificatesDepartment())
        return tr("Certificates department");
    return request.department;
}

QString RequestTableModel::ageText(const QString& createdAt, const QDateTime& now)
{
    const QDateTime created = QDateTime::fromString(createdAt, Qt::ISODateWithMs);
    if (!created.isValid())
        return {};
    const qint64 minutes =
        std::max<qint64>(0, created.secsTo(now.isValid() ? now : QDateTime::currentDateTimeUtc()) / 60);
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    if (minutes < 48 * 60)
        return tr("%1 h").arg(minutes / 60);
    return tr("%1 d").arg(minutes / (24 * 60));
}

QVariant RequestTableModel::sortKey(int row, int column) const
{
    const CertificateRequest& r = m_rows[size_t(row)];
    switch (column) {
    case Number:
    case Age:
        return r.id; // ids grow with time: the oldest first
    case Status:
        return int(r.status);
    case Type:
        return int(r.type);
    default:
        return data(index(row, column), Qt::DisplayRole).toString().toLower();
    }
}

QVariant RequestTableModel::data(const QModelIndex& index, int role) const
{
    const CertificateRequest* r = request(index.row());
    if (!r)
        return {};
    if (role == IdRole)
        return r->id;
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Number:
            return r->id;
        case Customer:
            return r->insuredName;
        case Holder:
            return r->holder.name;
        case Type:
            return typeText(r->type);
        case Status:
            if (r->type == RequestType::Wos && !r->paymentApproved() && r->pending())
                return tr("%1, awaiting payment").arg(statusText(r->status));
            return statusText(r->status);
        case Assignee:
            return assigneeText(*r);
        case Age:
            return ageText(r->createdAt, m_now);
        case Source:
            return sourceText(r->source);
        case WhyManual:
            return r->manual ? r->manualReason : tr("Processed automatically");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == WhyManual && r->manual)
            return r->manualReason;
        if (column == Age) {
            const QDateTime at = QDateTime::fromString(r->createdAt, Qt::ISODateWithMs);
            return tr("Received %1").arg(at.isValid() ? DisplayFormat::dateTime(at.toLocalTime()) : r->createdAt);
        }
        if (column == Holder && !r->holder.email.isEmpty())
            return r->holder.email;
    }
    if (role == Qt::ForegroundRole && column == Status) {
        const QPalette palette = QApplication::palette();
        if (r->status == RequestStatus::Completed)
            return QBrush(StatusColors::good(palette));
        if (r->status == RequestStatus::Rejected)
            return QBrush(StatusColors::bad(palette));
    }
    if (role == Qt::TextAlignmentRole && (column == Number || column == Age))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RequestTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("#");
    case Customer:
        return tr("Customer");
    case Holder:
        return tr("Holder");
    case Type:
        return tr("Type");
    case Status:
        return tr("Status");
    case Assignee:
        return tr("Assigned to");
    case Age:
        return tr("Age");
    case Source:
        return tr("Source");
    case WhyManual:
        return tr("Why manual");
    default:
        return {};
    }
}

void RequestTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<qint64> ids;
    for (const QModelIndex& i : before)
        ids.push_back(m_rows[size_t(i.row())].id);
    std::vector<std::pair<QVariant, size_t>> keys;
    for (size_t i = 0; i < m_rows.size(); ++i)
        keys.emplace_back(sortKey(int(i), column), i);
    std::stable_sort(keys.begin(), keys.end(), [order](const auto& a, const auto& b) {
        const QPartialOrdering c = QVariant::compare(a.first, b.first);
        return order == Qt::AscendingOrder ? c == QPartialOrdering::Less : c == QPartialOrdering::Greater;
    });
    std::vector<CertificateRequest> sorted;
    sorted.reserve(m_rows.size());
    for (const auto& k : keys)
        sorted.push_back(std::move(m_rows[k.second]));
    m_rows = std::move(sorted);
    QModelIndexList after;
    for (size_t i = 0; i < ids.size(); ++i)
        after << index(rowOfId(ids[i]), before[int(i)].column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace agencydesk
