#include "RequestInfoWidget.h"

#include "CertificateMasterService.h"
#include "CertificateService.h"
#include "DisplayFormat.h"
#include "RequestTableModel.h"
#include "StatusColors.h"

#include <QDateTime>
#include <QFormLayout>
#include <QLabel>

namespace agencydesk {

namespace {

QString localTime(const QString& utc)
{
    const QDateTime at = QDateTime::fromString(utc, Qt::ISODateWithMs);
    return at.isValid() ? DisplayFormat::dateTime(at.toLocalTime()) : utc;
}

} // namespace

RequestInfoWidget::RequestInfoWidget(const Session& session, const CertificateRequest& request, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("requestInfoWidget"));
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    const CertificateRequest& r = request;

    addRow(tr("Customer:"), tr("%1 (customer %2)").arg(r.insuredName).arg(r.insuredId), "requestCustomerLabel");
    QString what =
        RequestTableModel::typeText(r.type) + QStringLiteral(" · ") + RequestTableModel::statusText(r.status);
    if (r.type == RequestType::Wos)
        what += QStringLiteral(" · ") +
                (r.paymentApproved()
                     ? tr("payment approved by %1 on %2").arg(r.paymentApprovedByName, localTime(r.paymentApprovedAt))
                     : tr("waiting for payment approval"));
    addRow(tr("Request:"), what, "requestStateLabel");
    addRow(tr("Received:"),
           tr("%1 by %2, %3")
               .arg(localTime(r.createdAt), RequestTableModel::sourceText(r.source).toLower(), r.createdByName),
           "requestReceivedLabel");
    addRow(tr("Assigned to:"), RequestTableModel::assigneeText(r), "requestAssigneeLabel");
    if (r.manual)
        addRow(tr("Why manual:"), r.manualReason.isEmpty() ? QStringLiteral("—") : r.manualReason,
               "requestManualReasonLabel");
    else
        addRow(tr("Why manual:"), tr("Processed automatically"), "requestManualReasonLabel");

    QStringList holder{r.holder.name, r.holder.address1};
    if (!r.holder.address2.isEmpty())
        holder << r.holder.address2;
    holder << QStringLiteral("%1, %2 %3 %4").arg(r.holder.city, r.holder.state, r.holder.postalCode, r.holder.country);
    holder << (r.holder.email.isEmpty() ? tr("no email address") : r.holder.email);
    addRow(tr("Certificate holder:"), holder.join(QLatin1Char('\n')), "requestHolderLabel");
    addMaster(r);
    addRow(tr("Customer's notes:"), r.notes.isEmpty() ? tr("none") : r.notes, "requestNotesLabel");
    if (!r.emailSubject.isEmpty())
        addRow(tr("Came by email:"), r.emailSubject, "requestEmailSubjectLabel");
    if (!r.uploadedFileName.isEmpty())
        addRow(tr("Uploaded certificate:"), r.uploadedFileName, "requestUploadedLabel");
    if (!r.certificateNumber.isEmpty())
        addRow(tr("Certificate issued:"), r.certificateNumber, "requestCertificateLabel");
    if (r.status == RequestStatus::Rejected)
        addRow(tr("Rejected:"),
               r.rejectionComment.isEmpty() ? r.rejectionReason
                                            : tr("%1 — %2").arg(r.rejectionReason, r.rejectionComment),
               "requestRejectionLabel");
    addRequirements(r);
}

void RequestInfoWidget::addRow(const QString& label, const QString& text, const char* name)
{
    auto* value = new QLabel(text, this);
    value->setObjectName(QString::fromLatin1(name));
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* caption = new QLabel(label, this);
    caption->setBuddy(value);
    m_form->addRow(caption, value);
}

void RequestInfoWidget::addMaster(const CertificateRequest& r)
{
    if (!r.masterId) {
        addRow(tr("Certificate master:"), tr("none chosen"), "requestMasterLabel");
        return;
    }
    Result<CertificateMaster> master = CertificateMasterService(m_session).get(*r.masterId);
    if (!master) {
        addRow(tr("Certificate master:"), master.error().message, "requestMasterLabel");
        return;
    }
    QStringList lines{master->name};
    for (const MasterPolicy& p : master->policies)
        lines << tr("%1: %2, %3").arg(lineDisplayNameTr(p.line), p.policyNumber, p.carrierName);
    addRow(tr("Certificate master:"), lines.join(QLatin1Char('\n')), "requestMasterLabel");
    if (!master->description.isEmpty())
        addRow(tr("Description:"), master->description, "requestDescriptionLabel");
}

void RequestInfoWidget::addRequirements(const CertificateRequest& r)
{
    m_requirements = new QLabel(this);
    m_requirements->setObjectName(QStringLiteral("requestRequirementsLabel"));
    m_requirements->setWordWrap(true);
    m_requirements->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* caption = new QLabel(tr("Holder's requirements:"), this);
    caption->setBuddy(m_requirements);
    m_form->addRow(caption, m_requirements);
    if (!r.holderId) {
        m_requirements->setTextFormat(Qt::PlainText);
        m_requirements->setText(tr("The holder is not on the certificate master yet: it is matched or added when "
                                   "the certificate is issued, and its requirements checked then."));
        return;
    }
    Result<ComplianceReport> report = ComplianceService(m_session).check(*r.holderId);
    if (!report) {
        m_requirements->setTextFormat(Qt::PlainText);
        m_requirements->setText(report.error().message);
        return;
    }
    m_requirementsMet = report->compliant();
    if (report->items.empty()) {
        m_requirements->setTextFormat(Qt::PlainText);
        m_requirements->setText(tr("none recorded for this holder"));
        return;
    }
    m_requirements->setTextFormat(Qt::RichText);
    m_requirements->setText(requirementsHtml(*report, palette()));
}

QString RequestInfoWidget::requirementsHtml(const ComplianceReport& report, const QPalette& palette)
{
    const QString good = StatusColors::good(palette).name();
    const QString bad = StatusColors::bad(palette).name();
    QStringList rows;
    for (const ComplianceItem& item : report.items) {
        rows
            << (item.met
                    ? QStringLiteral("<span style=\"color:%1\">✔</span> %2").arg(good, item.requirement.toHtmlEscaped())
                    : QStringLiteral("<span style=\"color:%1\">✘</span> %2 — %3")
                          .arg(bad, item.requirement.toHtmlEscaped(), item.reason.toHtmlEscaped()));
    }
    return rows.join(QStringLiteral("<br>"));
}

void RequestInfoWidget::hideRows(const QStringList& objectNames)
{
    for (const QString& name : objectNames) {
        if (auto* field = findChild<QWidget*>(name, Qt::FindDirectChildrenOnly))
            m_form->setRowVisible(field, false);
    }
}

QString RequestInfoWidget::requirementsText() const
{
    return m_requirements ? m_requirements->text() : QString();
}

} // namespace agencydesk
