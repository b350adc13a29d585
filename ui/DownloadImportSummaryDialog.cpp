#include "DownloadImportSummaryDialog.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "StatusColors.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace agencydesk {

namespace {

QString outcomeText(const DownloadFileOutcome& f)
{
    if (f.error)
        return DownloadImportSummaryDialog::tr("Failed: %1").arg(f.error->reason);
    QStringList parts;
    if (f.imported > 0)
        parts << DownloadImportSummaryDialog::tr("%n imported", nullptr, f.imported);
    if (f.updated > 0)
        parts << DownloadImportSummaryDialog::tr("%n updated", nullptr, f.updated);
    if (f.unchanged > 0)
        parts << DownloadImportSummaryDialog::tr("%n unchanged", nullptr, f.unchanged);
    if (f.unattached > 0)
        parts << DownloadImportSummaryDialog::tr("%n unattached", nullptr, f.unattached);
    return parts.isEmpty() ? DownloadImportSummaryDialog::tr("No policies") : parts.join(QStringLiteral(", "));
}

QString whereText(const DownloadFileOutcome& f)
{
    if (!f.error)
        return {};
    if (f.error->line > 0)
        return DownloadImportSummaryDialog::tr("line %1").arg(f.error->line);
    if (f.error->offset >= 0)
        return DownloadImportSummaryDialog::tr("byte %1").arg(f.error->offset);
    return {};
}

} // namespace

DownloadImportSummaryDialog::DownloadImportSummaryDialog(const DownloadImportSummary& summary, QWidget* parent)
    : QDialog(parent), m_summary(summary)
{
    setObjectName(QStringLiteral("downloadImportSummaryDialog"));
    setWindowTitle(tr("Import downloads: summary"));

    const int failed = summary.failed();
    const int unattached = summary.count(&DownloadFileOutcome::unattached);
    QString totals =
        tr("<b>%1 imported</b>, %2 updated, %3 unchanged, <b>%4 unattached</b>, <b>%5 failed</b> (%6 files read).")
            .arg(summary.count(&DownloadFileOutcome::imported))
            .arg(summary.count(&DownloadFileOutcome::updated))
            .arg(summary.count(&DownloadFileOutcome::unchanged))
            .arg(unattached)
            .arg(failed)
            .arg(static_cast<int>(summary.files.size()) - failed);
    if (summary.cancelled)
        totals += QStringLiteral("<br>") + tr("Cancelled: the remaining files were not read.");
    if (failed > 0)
        totals += QStringLiteral("<br>") + tr("A failed file was not imported at all; fix it or ask the carrier "
                                              "for a new download, then import it again.");
    if (unattached > 0)
        totals += QStringLiteral("<br>") + tr("Unattached policies wait in Unattached downloads for you to say "
                                              "whose they are.");
    m_totals = new QLabel(totals, this);
    m_totals->setObjectName(QStringLiteral("downloadSummaryTotalsLabel"));
    m_totals->setWordWrap(true);

    m_table = new QTableWidget(static_cast<int>(summary.files.size()), ColumnCount, this);
    m_table->setObjectName(QStringLiteral("downloadSummaryTable"));
    m_table->setAccessibleName(tr("Files"));
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Result"), tr("Where")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(File, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(Result, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Where, QHeaderView::ResizeToContents);
    int row = 0;
    // Failures first: they are what the CSR has to act on.
    std::vector<const DownloadFileOutcome*> ordered;
    for (const DownloadFileOutcome& f : summary.files)
        if (f.error)
            ordered.push_back(&f);
    for (const DownloadFileOutcome& f : summary.files)
        if (!f.error)
            ordered.push_back(&f);
    for (const DownloadFileOutcome* f : ordered) {
        auto* file =
            new QTableWidgetItem(QFileInfo(f->file).fileName().isEmpty() ? f->file : QFileInfo(f->file).fileName());
        file->setToolTip(QDir::toNativeSeparators(f->file));
        auto* result = new QTableWidgetItem(outcomeText(*f));
        result->setToolTip(f->error ? f->error->toString() : result->text());
        if (f->error)
            result->setForeground(StatusColors::bad(palette()));
        m_table->setItem(row, File, file);
        m_table->setItem(row, Result, result);
        m_table->setItem(row, Where, new QTableWidgetItem(whereText(*f)));
        ++row;
    }
    m_table->resizeColumnToContents(File);
    m_table->setColumnWidth(File, qMin(m_table->columnWidth(File), 260));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* saveButton = buttons->addButton(tr("&Save summary…"), QDialogButtonBox::ActionRole);
    saveButton->setObjectName(QStringLiteral("saveDownloadSummaryButton"));
    connect(saveButton, &QPushButton::clicked, this, &DownloadImportSummaryDialog::save);
    if (unattached > 0) {
        QPushButton* show = buttons->addButton(tr("Show &unattached…"), QDialogButtonBox::ActionRole);
        show->setObjectName(QStringLiteral("showUnattachedButton"));
        connect(show, &QPushButton::clicked, this, [this] {
            emit showUnattachedRequested();
            accept();
        });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_totals);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 420);
}

void DownloadImportSummaryDialog::save()
{
    const QString path = FileDialog::getSaveFileName(
        this, tr("Save import summary"), QDir(FileDialog::lastFolder()).filePath(QStringLiteral("import-summary.txt")),
        tr("Text files (*.txt)"));
    if (!path.isEmpty())
        saveTo(path);
}

bool DownloadImportSummaryDialog::saveTo(const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(m_summary.toText().toUtf8()) < 0 ||
        !file.commit()) {
        MessageBox::warning(this, tr("Summary not saved"),
                            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

} // namespace agencydesk
