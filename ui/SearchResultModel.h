#pragma once

#include "SearchService.h"

#include <QAbstractListModel>

#include <vector>

namespace agencydesk {

/// The super search's drop-down: one row per hit, showing the name, the DBA and city, and what matched.
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        NameRole,
        MatchRole
    };

    explicit SearchResultModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    void setHits(std::vector<SearchHit> hits);
    const std::vector<SearchHit>& hits() const { return m_hits; }
    qint64 idAt(int row) const;

    /// "Acme Roofing LLC — dba Acme · Columbus, OH · policy GL-1001"
    static QString describe(const SearchHit& hit);

private:
    std::vector<SearchHit> m_hits;
};

} // namespace agencydesk
