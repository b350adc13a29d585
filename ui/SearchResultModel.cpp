#include "SearchResultModel.h"

#include <QStringList>

namespace agencydesk {

SearchResultModel::SearchResultModel(QObject* parent) : QAbstractListModel(parent) {}

int SearchResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

QString SearchResultModel::describe(const SearchHit& hit)
{
    QStringList parts;
    if (!hit.dba.isEmpty())
        parts << tr("dba %1").arg(hit.dba);
    QString place = hit.city;
    if (!hit.state.isEmpty())
        place += (place.isEmpty() ? QString() : QStringLiteral(", ")) + hit.state;
    if (!place.isEmpty())
        parts << place;
    if (hit.matchedField == QLatin1String("policy"))
        parts << tr("policy %1").arg(hit.matchedText);
    else if (hit.matchedField == QLatin1String("document"))
        parts << tr("in document %1").arg(hit.matchedText);
    else if (hit.matchedField == QLatin1String("email"))
        parts << tr("email %1").arg(hit.matchedText.isEmpty() ? hit.email : hit.matchedText);
    if (!hit.active)
        parts << tr("inactive");
    if (parts.isEmpty())
        return hit.name;
    return hit.name + QStringLiteral("  —  ") + parts.join(QStringLiteral(" · "));
}

QVariant SearchResultModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit& hit = m_hits[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return describe(hit);
    case Qt::EditRole:
    case NameRole:
        return hit.name;
    case Qt::ToolTipRole:
        return hit.email.isEmpty() ? hit.name : hit.name + QStringLiteral("\n") + hit.email;
    case IdRole:
        return hit.insuredId;
    case MatchRole:
        return hit.matchedField;
    default:
        return {};
    }
}

void SearchResultModel::setHits(std::vector<SearchHit> hits)
{
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

qint64 SearchResultModel::idAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return 0;
    return m_hits[static_cast<size_t>(row)].insuredId;
}

} // namespace agencydesk
