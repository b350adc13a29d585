#pragma once

#include "CertificateRequest.h"
#include "Session.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <vector>

namespace agencydesk {

/// The certificate requests of the Requests tab, as RequestListService lists them for a filter (by default New and
/// In Progress, oldest first): number, customer, holder, type, status, assignee (or department), age, source and
/// why the request is on the manual list. Sorting is done on the rows read.
class RequestTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Number,
        Customer,
        Holder,
        Type,
        Status,
        Assignee,
        Age,
        Source,
        WhyManual,
        ColumnCount
    };
    enum Roles
    {
        IdRole = Qt::UserRole + 1
    };

    explicit RequestTableModel(const Session& session, QObject* parent = nullptr);

    void setFilter(const RequestFilter& filter);
    const RequestFilter& filter() const { return m_filter; }
    /// Reads the requests again; false (lastError set) when the database refused.
    bool reload();
    QString lastError() const { return m_lastError; }
    /// The age column is measured from this moment (tests pin it).
    void setNow(const QDateTime& now) { m_now = now; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const CertificateRequest* request(int row) const;
    int rowOfId(qint64 id) const;

    // On-screen names (the stored keys stay English).
    static QString statusText(RequestStatus status);
    static QString typeText(RequestType type);
    static QString sourceText(RequestSource source);
    /// The assignee's name, or the department the request waits in.
    static QString assigneeText(const CertificateRequest& request);
    /// "3 d", "5 h", "12 min" since \a createdAt (UTC ISO 8601).
    static QString ageText(const QString& createdAt, const QDateTime& now);

private:
    QVariant sortKey(int row, int column) const;

    const Session& m_session;
    RequestFilter m_filter;
    std::vector<CertificateRequest> m_rows;
    QString m_lastError;
    QDateTime m_now;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace agencydesk
