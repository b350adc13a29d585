#include "CertificateLogModel.h"

#include "DisplayFormat.h"

#include <QBrush>
#include <QDateTime>
#include <QFont>
#include <QPalette>

#include <algorithm>

namespace agencydesk {

CertificateLogModel::CertificateLogModel(QObject* parent) : QAbstractTableModel(parent) {}

int CertificateLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_certificates.size());
}

int CertificateLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void CertificateLogModel::setCertificates(std::vector<IssuedCertificate> certificates)
{
    beginResetModel();
    m_certificates = std::move(certificates);
    // Newest first whatever the source order: the log is read from the top.
    std::stable_sort(m_certificates.begin(), m_certificates.end(),
                     [](const IssuedCertificate& a, const IssuedCertificate& b) { return a.id > b.id; });
    endResetModel();
}

const IssuedCertificate* CertificateLogModel::certificateAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_certificates.size()))
        return nullptr;
    return &m_certificates[static_cast<size_t>(row)];
}

int CertificateLogModel::rowOfNumber(const QString& number) const
{
    for (size_t i = 0; i < m_certificates.size(); ++i) {
        if (m_certificates[i].number == number)
            return static_cast<int>(i);
    }
    return -1;
}

QString CertificateLogModel::deliveredText(const DeliverySummary& d)
{
    QStringList parts;
    const std::pair<QString, int> counts[] = {
        {tr("printed"), d.printed}, {tr("emailed"), d.emailed}, {tr("saved"), d.saved}};
    for (const auto& [name, n] : counts) {
        if (n == 1)
            parts << name;
        else if (n > 1)
            parts << tr("%1 ×%2").arg(name).arg(n);
    }
    return parts.isEmpty() ? tr("—") : parts.join(QStringLiteral(", "));
}

QString CertificateLogModel::statusText(const IssuedCertificate& c) const
{
    QString text = tr("Current");
    if (c.supersededBy) {
        text = tr("Superseded");
        for (const IssuedCertificate& other : m_certificates) {
            if (other.id == *c.supersededBy)
                text = tr("Superseded by rev %1").arg(other.revision);
        }
    }
    if (c.forced)
        text += tr(", override");
    return text;
}

QString CertificateLogModel::issuedText(const QString& issuedAtUtc)
{
    QDateTime at = QDateTime::fromString(issuedAtUtc, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(issuedAtUtc, Qt::ISODate);
    if (!at.isValid())
        return issuedAtUtc;
    return DisplayFormat::dateTime(at.toLocalTime());
}

QVariant CertificateLogModel::data(const QModelIndex& index, int role) const
{
    const IssuedCertificate* c = index.isValid() ? certificateAt(index.row()) : nullptr;
    if (!c)
        return {};
    switch (role) {
    case NumberRole:
        return c->number;
    case CurrentRole:
        return !c->supersededBy.has_value();
    case ForcedRole:
        return c->forced;
    case Qt::TextAlignmentRole:
        return index.column() == Revision ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        // Superseded revisions stay readable but step back; the current one is what holders should have.
        if (c->supersededBy)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Delivered && !c->deliveries.lastHow.isEmpty())
            return tr("Last %1 by %2 on %3%4")
                .arg(c->deliveries.lastHow, c->deliveries.lastBy, issuedText(c->deliveries.lastAt),
                     c->deliveries.lastDetail.isEmpty() ? QString() : tr(": %1").arg(c->deliveries.lastDetail));
        if (index.column() == Status && c->forced)
            return tr("Issued although the holder's requirements were not met (see the activity log).");
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Number:
        return c->number;
    case Revision:
        return c->revision;
    case Holder:
        return c->holderName;
    case Issued:
        return issuedText(c->issuedAt);
    case IssuedBy:
        return c->issuedByName;
    case Delivered:
        return deliveredText(c->deliveries);
    case Status:
        return statusText(*c);
    default:
        return {};
    }
}

QVariant CertificateLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Number");
    case Revision:
        return tr("Rev");
    case Holder:
        return tr("Holder");
    case Issued:
        return tr("Issued");
    case IssuedBy:
        return tr("By");
    case Delivered:
        return tr("Delivered");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace agencydesk
