#pragma once

#include "Renewal.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace agencydesk {

/// What a renewal run did: the counts, then one row per holder (master, holder, outcome, certificate, delivery,
/// reason).
class RenewalRunSummaryDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        Master,
        Holder,
        Outcome,
        Certificate,
        Delivery,
        Reason,
        ColumnCount
    };

    RenewalRunSummaryDialog(const RenewalRunSummary& summary, const QString& title, QWidget* parent = nullptr);

    QLabel* totalsLabel() const { return m_totals; }
    QTableWidget* itemsTable() const { return m_table; }

    /// "12 masters updated of 12, ..." in the interface language.
    static QString totalsText(const RenewalRunSummary& summary);
    static QString outcomeText(RenewalRunItem::Outcome outcome);
    static QString deliveryText(const RenewalRunItem& item);

private:
    QLabel* m_totals = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace agencydesk
