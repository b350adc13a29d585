#include "AttachEmailDialog.h"

#include "DisplayFormat.h"
#include "InsuredService.h"
#include "PolicyService.h"
#include "SentEmailAttacher.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace agencydesk {

AttachEmailDialog::AttachEmailDialog(const Session& session, const OutboxEntry& email, QWidget* parent)
    : QDialog(parent), m_session(session), m_email(email)
{
    setObjectName(QStringLiteral("attachEmailDialog"));
    setWindowTitle(tr("Attach email to policy"));
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("attachEmailIntroLabel"));
    m_intro->setWordWrap(true);
    m_policy = new QComboBox(this);
    m_policy->setObjectName(QStringLiteral("attachEmailPolicyComboBox"));
    m_policy->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* fileName = new QLabel(SentEmailAttacher::fileNameFor(email), this);
    fileName->setObjectName(QStringLiteral("attachEmailFileNameLabel"));
    fileName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* note = new QLabel(tr("Kept as the message that was sent (without Bcc), type Correspondence, issued %1. "
                               "Its PDF attachments become documents linked to it.")
                                .arg(DisplayFormat::date(SentEmailAttacher::sentDate(email))),
                            this);
    note->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Keep it on:"), m_policy);
    form->addRow(tr("File name:"), fileName);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Attach"));
    ok->setObjectName(QStringLiteral("attachEmailButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

Status AttachEmailDialog::load()
{
    if (!m_email.insuredId)
        return validationError(tr("Email %1 is not linked to a client.").arg(m_email.id));
    Result<Insured> insured = InsuredService(m_session).get(*m_email.insuredId);
    if (!insured)
        return insured.error();
    Result<std::vector<Policy>> policies = PolicyService(m_session).forInsured(*m_email.insuredId);
    if (!policies)
        return policies.error();
    m_intro->setText(tr("Keep email %1, \"%2\", in %3's documents.")
                         .arg(QString::number(m_email.id), m_email.subject, insured->name));
    m_policy->clear();
    m_policy->addItem(tr("%1 only (no policy)").arg(insured->name), QVariant());
    int preferred = 0;
    for (const Policy& p : *policies) {
        const PolicyStatus status = p.status();
        m_policy->addItem(tr("%1 - %2, %3, %4 to %5 (%6)")
                              .arg(p.number, lineDisplayNameTr(p.line), p.carrierName, DisplayFormat::date(p.effective),
                                   DisplayFormat::date(p.expiration), policyStatusDisplayNameTr(status)),
                          p.id);
        if (preferred == 0 && status == PolicyStatus::InForce)
            preferred = m_policy->count() - 1;
    }
    m_policy->setCurrentIndex(preferred);
    return {};
}

std::optional<qint64> AttachEmailDialog::policyId() const
{
    const QVariant data = m_policy->currentData();
    return data.isValid() ? std::optional<qint64>(data.toLongLong()) : std::nullopt;
}

} // namespace agencydesk
