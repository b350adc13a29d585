#pragma once

#include "Certificate.h"

#include <QAbstractTableModel>

#include <vector>

namespace agencydesk {

/// Issued certificates for the certificate log, newest first, with how each went out and whether it is current.
class CertificateLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Number,
        Revision,
        Holder,
        Issued,
        IssuedBy,
        Delivered,
        Status,
        ColumnCount
    };
    enum Role
    {
        NumberRole = Qt::UserRole + 1,
        CurrentRole, ///< bool: not superseded
        ForcedRole   ///< bool: issued over unmet requirements
    };

    explicit CertificateLogModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCertificates(std::vector<IssuedCertificate> certificates);
    const IssuedCertificate* certificateAt(int row) const;
    int rowOfNumber(const QString& number) const;

    /// "printed ×2, saved" or "—".
    static QString deliveredText(const DeliverySummary& deliveries);
    /// "Current", "Superseded by rev 3", with ", override" when issued over unmet requirements.
    QString statusText(const IssuedCertificate& certificate) const;
    /// The issue time in local time, "11/23/2026 14:05".
    static QString issuedText(const QString& issuedAtUtc);

private:
    std::vector<IssuedCertificate> m_certificates;
};

} // namespace agencydesk
