#include "DocumentTableModel.h"

#include "DisplayFormat.h"
#include "DocumentFileReader.h"
#include "DocumentService.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace agencydesk {

DocumentTableModel::DocumentTableModel(const Session& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{}

void DocumentTableModel::setInsured(qint64 insuredId)
{
    m_insuredId = insuredId;
    reload();
}

void DocumentTableModel::setFilter(const QString& filter)
{
    m_filter = filter;
    if (m_insuredId == 0)
        reload();
}

bool DocumentTableModel::reload()
{
    DocumentService service(m_session);
    Result<std::vector<Document>> rows = m_insuredId > 0 ? service.forInsured(m_insuredId) : service.all(m_filter);
    beginResetModel();
    if (rows) {
        m_rows = std::move(rows).value();
        m_lastError.clear();
    } else {
        m_rows.clear();
        m_lastError = rows.error().message;
    }
    endResetModel();
    return rows.ok();
}

int DocumentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DocumentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Document* DocumentTableModel::document(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

int DocumentTableModel::rowOfId(qint64 id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return int(i);
    }
    return -1;
}

QVariant DocumentTableModel::data(const QModelIndex& index, int role) const
{
    const Document* d = document(index.row());
    if (!d)
        return {};
    if (role == IdRole)
        return d->id;
    if (role == SharedRole)
        return d->shared;
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Share:
            return d->shared ? QStringLiteral("✔") : QString();
        case FileName:
            return d->emailDocumentId ? QStringLiteral("    ↳ %1").arg(d->fileName) : d->fileName;
        case Type:
            return d->isEmail() ? tr("Email (%1)").arg(d->type) : d->type;
        case IssueDate:
            return DisplayFormat::date(d->issueDate);
        case Purpose:
            return d->purpose;
        case Policy:
            return d->policyNumber;
        case Pages:
            return d->isEmail() ? QVariant() : QVariant(d->pageCount);
        case Size:
            return DocumentFileReader::sizeText(d->size);
        case AddedBy:
            return d->addedByName;
        case AddedAt:
            return DisplayFormat::dateTime(QDateTime::fromString(d->addedAt, Qt::ISODateWithMs).toLocalTime());
        case Insured:
            return d->insuredName;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && column == Share && d->shared)
        return QBrush(QColor(0x1b, 0x8a, 0x3a)); // the green check
    if (role == Qt::FontRole && column == Share) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && (column == Share || column == Pages || column == Size))
        return int(column == Share ? Qt::AlignCenter : Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (column == Share)
            return d->shared ? tr("Shared with the client's portal account since %1").arg(d->sharedAt.left(10))
                             : tr("Not shared with the client");
        if (d->repaired)
            return tr("Poppler repaired this file when it was added.");
    }
    if (role == Qt::AccessibleTextRole && column == Share)
        return d->shared ? tr("shared") : tr("not shared");
    return {};
}

QVariant DocumentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Share:
        return tr("Share");
    case FileName:
        return tr("File");
    case Type:
        return tr("Type");
    case IssueDate:
        return tr("Issue date");
    case Purpose:
        return tr("Business purpose");
    case Policy:
        return tr("Policy");
    case Pages:
        return tr("Pages");
    case Size:
        return tr("Size");
    case AddedBy:
        return tr("Added by");
    case AddedAt:
        return tr("Added");
    case Insured:
        return tr("Insured");
    default:
        return {};
    }
}

} // namespace agencydesk
