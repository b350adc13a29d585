#pragma once

#include "DownloadImportService.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace agencydesk {

/// What a batch of downloads did: the totals, then one row per file (what it added, or why it was refused, with
/// the line or byte offset). Save… writes the same summary as text for the carrier or the agency's records.
class DownloadImportSummaryDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        File,
        Result,
        Where,
        ColumnCount
    };

    DownloadImportSummaryDialog(const DownloadImportSummary& summary, QWidget* parent = nullptr);

    QLabel* totalsLabel() const { return m_totals; }
    QTableWidget* table() const { return m_table; }
    /// Writes the summary to \a path; false (with a message shown) when it cannot be written.
    bool saveTo(const QString& path);

signals:
    /// Show Unattached downloads (the summary's link when some policies wait there).
    void showUnattachedRequested();

private:
    void save();

    DownloadImportSummary m_summary;
    QLabel* m_totals = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace agencydesk
