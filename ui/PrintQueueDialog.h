#pragma once

#include "PrintQueueService.h"
#include "Session.h"

#include <QDialog>

#include <vector>

class QLabel;
class QPrinter;
class QPushButton;
class QTableWidget;

namespace agencydesk {

/// The print queue: certificates waiting for paper (renewal runs put them there). "Print all" asks for the
/// printer once and prints every entry on it, each marked printed as it goes; "Remove" takes one off the queue.
class PrintQueueDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        Certificate,
        Holder,
        Insured,
        QueuedAt,
        ColumnCount
    };

    PrintQueueDialog(const Session& session, QWidget* parent = nullptr);

    void reload();
    /// Prints every pending entry in one job: on the printer set with setPrinter() (tests), else on the one chosen in
    /// the print dialog; each entry is then marked printed (one "printed" delivery). Returns how many were marked.
    int printAll();
    void removeSelected();
    /// A printer to use instead of asking (not owned; must outlive the dialog's use of it).
    void setPrinter(QPrinter* printer) { m_printer = printer; }

    QTableWidget* table() const { return m_table; }
    const std::vector<PrintQueueEntry>& entries() const { return m_entries; }
    QPushButton* printAllButton() const { return m_printAllButton; }
    QPushButton* removeButton() const { return m_removeButton; }

signals:
    void queueChanged();

private:
    int printOn(QPrinter& printer);
    void updateButtons();

    const Session& m_session;
    std::vector<PrintQueueEntry> m_entries;
    QPrinter* m_printer = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_printAllButton = nullptr;
    QPushButton* m_removeButton = nullptr;
};

} // namespace agencydesk
