#include "PrintQueueDialog.h"

#include "ActionIcons.h"
#include "CertificatePrinter.h"
#include "CertificateRenderer.h"
#include "CertificateService.h"
#include "DisplayFormat.h"
#include "MessageBox.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace agencydesk {

PrintQueueDialog::PrintQueueDialog(const Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("printQueueDialog"));
    setWindowTitle(tr("Print queue"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("printQueueSummaryLabel"));
    m_summary->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("printQueueTable"));
    m_table->setAccessibleName(tr("Certificates waiting to be printed"));
    m_table->setHorizontalHeaderLabels({tr("Certificate"), tr("Holder"), tr("Insured"), tr("Queued at")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Holder, QHeaderView::Stretch);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_printAllButton = buttons->addButton(tr("&Print all…"), QDialogButtonBox::ActionRole);
    m_printAllButton->setIcon(actionIcon(ActionIcon::Print));
    m_printAllButton->setObjectName(QStringLiteral("printAllButton"));
    m_removeButton = buttons->addButton(tr("&Remove"), QDialogButtonBox::ActionRole);
    m_removeButton->setIcon(actionIcon(ActionIcon::Delete));
    m_removeButton->setObjectName(QStringLiteral("removePrintEntryButton"));
    m_removeButton->setToolTip(tr("Take the selected certificate off the queue without printing it"));
    const bool canManage = roleMay(session.user.role, Operation::PrintQueueManage);
    m_printAllButton->setVisible(canManage);
    m_removeButton->setVisible(canManage);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_printAllButton, &QPushButton::clicked, this, &PrintQueueDialog::printAll);
    connect(m_removeButton, &QPushButton::clicked, this, &PrintQueueDialog::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PrintQueueDialog::updateButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(680, 380);
    reload();
}

void PrintQueueDialog::reload()
{
    m_entries.clear();
    Result<std::vector<PrintQueueEntry>> pending = PrintQueueService(m_session).pending();
    if (pending)
        m_entries = std::move(pending).value();
    else
        MessageBox::showError(this, tr("Could not read the print queue."), pending.error());
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < int(m_entries.size()); ++row) {
        const PrintQueueEntry& e = m_entries[size_t(row)];
        const QDateTime queued = QDateTime::fromString(e.queuedAt, Qt::ISODate);
        const QStringList cells{e.certificateNumber, e.holderName, e.insuredName,
                                queued.isValid() ? DisplayFormat::dateTime(queued.toLocalTime()) : e.queuedAt};
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_summary->setText(m_entries.empty() ? tr("No certificate is waiting to be printed.")
                                         : tr("Certificates waiting to be printed: %1.").arg(m_entries.size()));
    if (!m_entries.empty())
        m_table->selectRow(0);
    updateButtons();
}

void PrintQueueDialog::updateButtons()
{
    m_printAllButton->setEnabled(!m_entries.empty());
    m_removeButton->setEnabled(!m_table->selectionModel()->selectedRows().isEmpty());
}

int PrintQueueDialog::printAll()
{
    if (m_entries.empty())
        return 0;
    if (m_printer)
        return printOn(*m_printer);
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print %1 certificates").arg(m_entries.size()));
    dialog.setOption(QAbstractPrintDialog::PrintPageRange, false);
    dialog.setOption(QAbstractPrintDialog::PrintSelection, false);
    dialog.setOption(QAbstractPrintDialog::PrintCurrentPage, false);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    return printOn(printer);
}

int PrintQueueDialog::printOn(QPrinter& printer)
{
    // One print job for the whole queue (one PDF file when printing to a file), each certificate from its stored
    // snapshot on its own sheets; the entries are marked printed once the job has gone through.
    for (const Operation op : {Operation::PrintQueueManage, Operation::CertificateDeliveryRecord}) {
        if (Status allowed = authorize(m_session, op); !allowed) {
            MessageBox::showError(this, tr("The print queue was not printed."), allowed.error());
            return 0;
        }
    }
    std::vector<CertificateData> pages;
    for (const PrintQueueEntry& e : m_entries) {
        Result<IssuedCertificate> c = CertificateService(m_session).get(e.certificateNumber);
        Result<CertificateData> data = c ? CertificatePrinter::snapshot(*c) : Result<CertificateData>(c.error());
        if (!data) {
            MessageBox::showError(this, tr("Certificate %1 cannot be printed.").arg(e.certificateNumber), data.error());
            return 0;
        }
        pages.push_back(std::move(data).value());
    }
    CertificatePrinter::preparePrinter(pages.front(), printer);
    printer.setDocName(tr("Print queue"));
    QPainter painter;
    if (!painter.begin(&printer)) {
        MessageBox::warning(this, tr("Print queue"),
                            tr("Could not start printing on %1; check that the printer is available.")
                                .arg(CertificatePrinter::printerName(printer)));
        return 0;
    }
    for (size_t i = 0; i < pages.size(); ++i) {
        if (i > 0) {
            printer.setPageSize(CertificateRenderer::pageSize(pages[i].paperSize));
            printer.newPage();
        }
        CertificateRenderer::paint(painter, pages[i], printer.paperRect(QPrinter::DevicePixel));
    }
    if (!painter.end() || printer.printerState() == QPrinter::Error) {
        MessageBox::warning(this, tr("Print queue"),
                            tr("Printing on %1 failed; the certificates stay in the queue.")
                                .arg(CertificatePrinter::printerName(printer)));
        return 0;
    }
    int printed = 0;
    PrintQueueService queue(m_session);
    for (const PrintQueueEntry& e : m_entries) {
        if (Status s = queue.markPrinted(e.id, CertificatePrinter::printerName(printer)); !s) {
            MessageBox::showError(
                this, tr("Certificate %1 was printed but not marked printed.").arg(e.certificateNumber), s.error());
            continue;
        }
        ++printed;
    }
    reload();
    emit queueChanged();
    return printed;
}

void PrintQueueDialog::removeSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= int(m_entries.size()))
        return;
    const PrintQueueEntry e = m_entries[size_t(rows.first().row())];
    if (MessageBox::question(this, tr("Remove from the print queue"),
                             tr("Take certificate %1 for %2 off the print queue without printing it?")
                                 .arg(e.certificateNumber, e.holderName)) != QMessageBox::Yes)
        return;
    if (Status s = PrintQueueService(m_session).remove(e.id); !s) {
        MessageBox::showError(this, tr("The certificate was not removed from the queue."), s.error());
        return;
    }
    reload();
    emit queueChanged();
}

} // namespace agencydesk
