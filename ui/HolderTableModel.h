#pragma once

#include "Certificate.h"
#include "Session.h"

#include <QAbstractTableModel>

#include <vector>

namespace agencydesk {

/// The holders of one certificate master, each with its compliance (checked once per reload, not per paint).
class HolderTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        CityState,
        Email,
        Delivery,
        Renewals,
        Compliance,
        ColumnCount
    };
    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        CompliantRole ///< bool
    };

    explicit HolderTableModel(const Session& session, QObject* parent = nullptr);

    void setMaster(qint64 masterId);
    qint64 masterId() const { return m_masterId; }
    /// Reads the holders and their compliance again; false (lastError set) when the database refused.
    bool reload();
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const;
    const CertificateHolderRecord* holder(qint64 id) const;
    const ComplianceReport* compliance(qint64 id) const;

private:
    struct Row
    {
        CertificateHolderRecord holder;
        ComplianceReport compliance;
        bool checked = false; ///< false when the check itself failed (see reason)
        QString checkError;
    };

    const Session& m_session;
    qint64 m_masterId = 0;
    std::vector<Row> m_rows;
    QString m_lastError;
};

} // namespace agencydesk
