#include "HolderTableModel.h"

#include "CertificateHolderService.h"
#include "CertificateService.h"
#include "StatusColors.h"

#include <QApplication>
#include <QBrush>
#include <QColor>

namespace agencydesk {

namespace {

QString deliveryText(DeliveryPreference preference)
{
    switch (preference) {
    case DeliveryPreference::Print:
        return HolderTableModel::tr("Print");
    case DeliveryPreference::Both:
        return HolderTableModel::tr("Email and print");
    case DeliveryPreference::Email:
        break;
    }
    return HolderTableModel::tr("Email");
}

} // namespace

HolderTableModel::HolderTableModel(const Session& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{}

void HolderTableModel::setMaster(qint64 masterId)
{
    m_masterId = masterId;
    reload();
}

bool HolderTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_lastError.clear();
    if (m_masterId != 0) {
        auto holders = CertificateHolderService(m_session).forMaster(m_masterId);
        if (!holders) {
            m_lastError = holders.error().message;
        } else {
            const ComplianceService compliance(m_session);
            for (const CertificateHolderRecord& h : *holders) {
                Row row;
                row.holder = h;
                auto report = compliance.check(row.holder.id);
                if (report) {
                    row.compliance = std::move(report).value();
                    row.checked = true;
                } else {
                    row.checkError = report.error().message;
                }
                m_rows.push_back(std::move(row));
            }
        }
    }
    endResetModel();
    return m_lastError.isEmpty();
}

int HolderTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int HolderTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HolderTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& row = m_rows[static_cast<size_t>(index.row())];
    const CertificateHolderRecord& h = row.holder;
    const bool compliant = row.checked && row.compliance.compliant();
    if (role == IdRole)
        return QVariant::fromValue(h.id);
    if (role == CompliantRole)
        return compliant;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return h.name;
        case CityState:
            return h.state.isEmpty() ? h.city : tr("%1, %2").arg(h.city, h.state);
        case Email:
            return h.email;
        case Delivery:
            return deliveryText(h.delivery);
        case Renewals:
            return h.receivesRenewals ? tr("Yes") : tr("No");
        case Compliance:
            if (!row.checked)
                return tr("? Not checked");
            return compliant ? tr("✓ Met") : tr("✗ Not met");
        default:
            return {};
        }
    }
    if (index.column() != Compliance)
        return {};
    if (role == Qt::ToolTipRole) {
        if (!row.checked)
            return row.checkError;
        if (compliant)
            return row.compliance.items.empty() ? tr("This holder has no requirements.")
                                                : tr("Every requirement is met.");
        return row.compliance.reasons().value(0);
    }
    if (role == Qt::ForegroundRole)
        return QBrush(compliant ? StatusColors::good(QApplication::palette())
                                : StatusColors::bad(QApplication::palette()));
    if (role == Qt::AccessibleTextRole)
        return compliant ? tr("Requirements met")
                         : tr("Requirements not met: %1").arg(row.compliance.reasons().value(0));
    return {};
}

QVariant HolderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Holder");
    case CityState:
        return tr("City / state");
    case Email:
        return tr("Email");
    case Delivery:
        return tr("Delivery");
    case Renewals:
        return tr("Renewals");
    case Compliance:
        return tr("Compliance");
    default:
        return {};
    }
}

qint64 HolderTableModel::idAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[static_cast<size_t>(row)].holder.id : 0;
}

int HolderTableModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (m_rows[static_cast<size_t>(row)].holder.id == id)
            return row;
    }
    return -1;
}

const CertificateHolderRecord* HolderTableModel::holder(qint64 id) const
{
    const int row = rowOfId(id);
    return row < 0 ? nullptr : &m_rows[static_cast<size_t>(row)].holder;
}

const ComplianceReport* HolderTableModel::compliance(qint64 id) const
{
    const int row = rowOfId(id);
    return row < 0 || !m_rows[static_cast<size_t>(row)].checked ? nullptr
                                                                : &m_rows[static_cast<size_t>(row)].compliance;
}

} // namespace agencydesk
