#include "RequestCertificateEditor.h"

#include "CertificateMasterService.h"
#include "CertificateService.h"
#include "RequestInfoWidget.h"

#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace agencydesk {

namespace {

QLabel* sectionLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setContentsMargins(0, 10, 0, 2); // a section starts with some air above it
    return label;
}

} // namespace

RequestCertificateEditor::RequestCertificateEditor(const Session& session, const CertificateRequest& request,
                                                   QWidget* parent)
    : QWidget(parent), m_session(session), m_holderId(request.holderId), m_holder(this, QStringLiteral("submit"))
{
    setObjectName(QStringLiteral("requestCertificateEditor"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1); // spare height below the form, not between its rows
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    form->addRow(sectionLabel(tr("Certificate holder (correct it if needed)"), this));
    m_holder.setHolder(request.holder);
    m_holder.addRows(form, tr("&Name:"), tr("&Email:"));
    if (request.uploadedFileName.isEmpty() && request.masterId)
        addLines(form, request);
    checkRequirements();
}

void RequestCertificateEditor::addLines(QFormLayout* form, const CertificateRequest& request)
{
    Result<CertificateMaster> master = CertificateMasterService(m_session).get(*request.masterId);
    if (!master) {
        auto* problem = new QLabel(master.error().message, this);
        problem->setWordWrap(true);
        form->addRow(problem);
        return;
    }
    form->addRow(sectionLabel(tr("Certificate (from master %1)").arg(master->name), this));
    m_masterDescription = master->description;
    m_description = new QPlainTextEdit(master->description, this);
    m_description->setObjectName(QStringLiteral("submitDescriptionPlainTextEdit"));
    m_description->setAccessibleName(tr("Description of operations"));
    m_description->setToolTip(tr("For this certificate only: the master keeps its own description."));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(70);
    m_description->setMaximumHeight(90);
    auto* descriptionLabel = new QLabel(tr("&Description:"), this);
    descriptionLabel->setBuddy(m_description);
    form->addRow(descriptionLabel, m_description);

    m_lines = new QListWidget(this);
    m_lines->setObjectName(QStringLiteral("submitLinesListWidget"));
    m_lines->setAccessibleName(tr("Lines on this certificate"));
    m_lines->setToolTip(tr("Untick a line to leave it off this certificate; at least one stays."));
    m_lines->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_lines->setWordWrap(true);
    m_lines->setTextElideMode(Qt::ElideMiddle);
    for (const MasterPolicy& p : master->policies) {
        auto* item = new QListWidgetItem(tr("%1: %2, %3").arg(lineDisplayNameTr(p.line), p.policyNumber, p.carrierName),
                                         m_lines);
        item->setData(Qt::UserRole, p.policyId);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    // Every line visible without scrolling (a master has at most a handful).
    m_lines->setFixedHeight((fontMetrics().lineSpacing() + 8) * std::max<int>(2, m_lines->count()) +
                            2 * m_lines->frameWidth() + 4);
    auto* linesLabel = new QLabel(tr("&Lines:"), this);
    linesLabel->setBuddy(m_lines);
    form->addRow(linesLabel, m_lines);
    connect(m_lines, &QListWidget::itemChanged, this, [this] {
        checkRequirements();
        emit linesChanged();
    });

    m_requirements = new QLabel(this);
    m_requirements->setObjectName(QStringLiteral("submitRequirementsLabel"));
    m_requirements->setWordWrap(true);
    m_requirements->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* requirementsLabel = new QLabel(tr("Holder's requirements:"), this);
    requirementsLabel->setBuddy(m_requirements);
    form->addRow(requirementsLabel, m_requirements);
}

std::optional<QString> RequestCertificateEditor::description() const
{
    if (!m_description)
        return std::nullopt;
    const QString text = m_description->toPlainText().trimmed();
    if (text == m_masterDescription.trimmed())
        return std::nullopt;
    return text;
}

std::vector<qint64> RequestCertificateEditor::omittedPolicyIds() const
{
    std::vector<qint64> out;
    for (int row = 0; m_lines && row < m_lines->count(); ++row) {
        if (m_lines->item(row)->checkState() != Qt::Checked)
            out.push_back(m_lines->item(row)->data(Qt::UserRole).toLongLong());
    }
    return out;
}

bool RequestCertificateEditor::hasLines() const
{
    return !m_lines || m_lines->count() == 0 || omittedPolicyIds().size() < size_t(m_lines->count());
}

void RequestCertificateEditor::checkRequirements()
{
    m_requirementsMet = true;
    if (!m_requirements)
        return;
    m_requirements->setTextFormat(Qt::PlainText);
    if (!hasLines()) {
        m_requirements->setText(tr("No line is ticked: keep at least one line on the certificate."));
        m_requirementsMet = false;
        return;
    }
    if (!m_holderId) {
        m_requirements->setText(tr("The holder is not on the certificate master yet: it is matched or added when "
                                   "the certificate is issued, and its requirements checked then."));
        return;
    }
    Result<ComplianceReport> report =
        ComplianceService(m_session).check(*m_holderId, QDate::currentDate(), std::nullopt, omittedPolicyIds());
    if (!report) {
        m_requirements->setText(report.error().message);
        return;
    }
    m_requirementsMet = report->compliant();
    if (report->items.empty()) {
        m_requirements->setText(tr("none recorded for this holder"));
        return;
    }
    m_requirements->setTextFormat(Qt::RichText);
    m_requirements->setText(RequestInfoWidget::requirementsHtml(*report, palette()));
}

QString RequestCertificateEditor::requirementsText() const
{
    return m_requirements ? m_requirements->text() : QString();
}

} // namespace agencydesk
