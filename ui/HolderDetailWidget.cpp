#include "HolderDetailWidget.h"

#include "CertificateLogWidget.h"
#include "CertificateRenderer.h"
#include "CertificateService.h"
#include "DisplayFormat.h"
#include "PdfViewer.h"
#include "StatusColors.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace agencydesk {

HolderDetailWidget::HolderDetailWidget(const Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("holderDetailWidget"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("holderDetailTabs"));

    auto* compliancePage = new QWidget(m_tabs);
    m_complianceSummary = new QLabel(compliancePage);
    m_complianceSummary->setObjectName(QStringLiteral("complianceSummaryLabel"));
    m_complianceSummary->setWordWrap(true);
    m_complianceTable = new QTableWidget(0, 3, compliancePage);
    m_complianceTable->setTabKeyNavigation(false);
    m_complianceTable->setObjectName(QStringLiteral("complianceTableWidget"));
    m_complianceTable->setAccessibleName(tr("Compliance of the holder's requirements"));
    m_complianceTable->setHorizontalHeaderLabels({tr("Requirement"), tr("Met"), tr("Reason")});
    m_complianceTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_complianceTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_complianceTable->setWordWrap(true);
    m_complianceTable->verticalHeader()->hide();
    m_complianceTable->horizontalHeader()->setSectionResizeMode(RequirementColumn, QHeaderView::ResizeToContents);
    m_complianceTable->horizontalHeader()->setSectionResizeMode(MetColumn, QHeaderView::ResizeToContents);
    m_complianceTable->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    auto* complianceLayout = new QVBoxLayout(compliancePage);
    complianceLayout->addWidget(m_complianceSummary);
    complianceLayout->addWidget(m_complianceTable, 1);

    auto* previewPage = new QWidget(m_tabs);
    m_previewCaption = new QLabel(previewPage);
    m_previewCaption->setObjectName(QStringLiteral("previewCaptionLabel"));
    m_previewCaption->setWordWrap(true);
    m_viewer = new PdfViewer(previewPage);
    m_viewer->setZoomMode(PdfViewer::ZoomMode::FitWidth);
    auto* previewLayout = new QVBoxLayout(previewPage);
    previewLayout->setContentsMargins(0, 4, 0, 0);
    previewLayout->addWidget(m_previewCaption);
    previewLayout->addWidget(m_viewer, 1);

    auto* logPage = new QWidget(m_tabs);
    m_logScope = new QComboBox(logPage);
    m_logScope->setObjectName(QStringLiteral("certificateLogScopeComboBox"));
    m_logScope->setAccessibleName(tr("Whose certificates the log shows"));
    m_logScope->addItem(tr("The selected holder"));
    m_logScope->addItem(tr("Every holder of the insured"));
    auto* scopeLabel = new QLabel(tr("&Show:"), logPage);
    scopeLabel->setBuddy(m_logScope);
    auto* scopeRow = new QHBoxLayout;
    scopeRow->addWidget(scopeLabel);
    scopeRow->addWidget(m_logScope);
    scopeRow->addStretch();
    m_log = new CertificateLogWidget(session, logPage);
    auto* logLayout = new QVBoxLayout(logPage);
    logLayout->setContentsMargins(0, 4, 0, 0);
    logLayout->addLayout(scopeRow);
    logLayout->addWidget(m_log, 1);

    m_tabs->addTab(compliancePage, tr("Com&pliance"));
    m_tabs->addTab(previewPage, tr("Pre&view"));
    m_tabs->addTab(logPage, tr("Certificate lo&g"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_logScope, &QComboBox::currentIndexChanged, this, &HolderDetailWidget::applyLogScope);
    // Moving through the log previews each certificate; Enter, a double-click or Preview also shows the preview.
    connect(m_log, &CertificateLogWidget::certificateSelected, this,
            [this](const QString& number) { showIssued(number, false); });
    connect(m_log->previewAction(), &QAction::triggered, this, [this] { m_tabs->setCurrentIndex(1); });
    connect(m_log->view(), &QTableView::activated, this, [this] { m_tabs->setCurrentIndex(1); });
    connect(m_log, &CertificateLogWidget::reissueRequested, this, &HolderDetailWidget::reissueRequested);
    setHolder(0, 0);
}

void HolderDetailWidget::setInsured(qint64 insuredId)
{
    m_insuredId = insuredId;
    applyLogScope();
}

void HolderDetailWidget::applyLogScope()
{
    if (m_logScope->currentIndex() == 0 && m_holderId != 0)
        m_log->showHolder(m_holderId);
    else
        m_log->showInsured(m_insuredId);
}

void HolderDetailWidget::certificatesIssued(const QStringList& numbers)
{
    applyLogScope();
    if (numbers.isEmpty())
        return;
    m_log->selectNumber(numbers.last());
    showIssued(numbers.last());
}

void HolderDetailWidget::setHolder(qint64 masterId, qint64 holderId)
{
    m_masterId = masterId;
    m_holderId = holderId;
    reload();
}

void HolderDetailWidget::reload()
{
    showCompliance();
    showDraft();
    applyLogScope();
}

void HolderDetailWidget::showCompliance()
{
    m_complianceTable->setRowCount(0);
    if (m_holderId == 0) {
        m_complianceSummary->setText(tr("Select a holder to see whether the master's policies meet its requirements."));
        return;
    }
    auto report = ComplianceService(m_session).check(m_holderId);
    if (!report) {
        m_complianceSummary->setText(tr("Compliance could not be checked: %1").arg(report.error().message));
        return;
    }
    const int unmet = static_cast<int>(report->reasons().size());
    if (report->items.empty())
        m_complianceSummary->setText(tr("This holder has no requirements."));
    else if (unmet == 0)
        m_complianceSummary->setText(tr("✓ Every requirement is met on %1.").arg(DisplayFormat::date(report->date)));
    else
        m_complianceSummary->setText(tr("✗ %1 of %2 requirements are not met on %3; issuing asks for confirmation "
                                        "and records an override.")
                                         .arg(unmet)
                                         .arg(report->items.size())
                                         .arg(DisplayFormat::date(report->date)));
    m_complianceTable->setRowCount(static_cast<int>(report->items.size()));
    const QColor good = StatusColors::good(palette());
    const QColor bad = StatusColors::bad(palette());
    for (int row = 0; row < static_cast<int>(report->items.size()); ++row) {
        const ComplianceItem& item = report->items[static_cast<size_t>(row)];
        m_complianceTable->setItem(row, RequirementColumn, new QTableWidgetItem(item.requirement));
        auto* met = new QTableWidgetItem(item.met ? tr("✓ Met") : tr("✗ Not met"));
        met->setForeground(item.met ? good : bad);
        m_complianceTable->setItem(row, MetColumn, met);
        auto* reason = new QTableWidgetItem(item.reason);
        reason->setToolTip(item.reason);
        m_complianceTable->setItem(row, ReasonColumn, reason);
    }
    m_complianceTable->resizeRowsToContents();
}

void HolderDetailWidget::showDraft()
{
    if (m_masterId == 0 || m_holderId == 0) {
        m_previewPdf.clear();
        m_viewer->clear();
        m_previewCaption->setText(tr("Select a holder to preview its certificate."));
        return;
    }
    auto data = CertificateService(m_session).build(m_masterId, m_holderId);
    if (!data) {
        m_previewPdf.clear();
        m_viewer->clear();
        m_previewCaption->setText(tr("No preview: %1").arg(data.error().message));
        return;
    }
    auto pdf = CertificateRenderer::renderPdf(*data);
    if (!pdf) {
        m_previewPdf.clear();
        m_viewer->clear();
        m_previewCaption->setText(tr("No preview: %1").arg(pdf.error().message));
        return;
    }
    showPreview(*pdf, tr("draft certificate"),
                tr("Draft for %1 as it would be issued today (not issued yet).").arg(data->holder.name));
}

void HolderDetailWidget::showIssued(const QString& number, bool switchToPreview)
{
    auto certificate = CertificateService(m_session).get(number, true);
    if (!certificate) {
        m_previewCaption->setText(tr("Certificate %1 cannot be shown: %2").arg(number, certificate.error().message));
        return;
    }
    showPreview(
        certificate->pdf, tr("certificate %1").arg(number),
        tr("Certificate %1, revision %2, issued %3 by %4 to %5 (the stored copy%6).")
            .arg(number)
            .arg(certificate->revision)
            .arg(DisplayFormat::dateTime(QDateTime::fromString(certificate->issuedAt, Qt::ISODate).toLocalTime()),
                 certificate->issuedByName, certificate->holderName,
                 certificate->supersededBy ? tr(", superseded") : QString()));
    if (switchToPreview)
        m_tabs->setCurrentIndex(1);
}

void HolderDetailWidget::showPreview(const QByteArray& pdf, const QString& name, const QString& caption)
{
    m_previewPdf = pdf;
    m_previewCaption->setText(caption);
    m_viewer->loadFromData(pdf, name);
}

QString HolderDetailWidget::previewCaption() const
{
    return m_previewCaption->text();
}

} // namespace agencydesk
