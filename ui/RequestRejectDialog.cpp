#include "RequestRejectDialog.h"

#include "RejectionReasonService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace agencydesk {

RequestRejectDialog::RequestRejectDialog(const Session& session, const CertificateRequest& request, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("requestRejectDialog"));
    setWindowTitle(tr("Reject request %1").arg(request.id));
    auto* intro = new QLabel(tr("Request %1 from %2 for %3 is rejected. Only the customer is emailed, with the reason "
                                "and your comment.")
                                 .arg(request.id)
                                 .arg(request.insuredName, request.holder.name),
                             this);
    intro->setObjectName(QStringLiteral("rejectIntroLabel"));
    intro->setWordWrap(true);

    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("rejectionReasonComboBox"));
    m_reason->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_reason->addItem(tr("Choose a reason…"), qint64(0));
    Result<std::vector<RejectionReason>> reasons = RejectionReasonService(session).list();
    if (reasons) {
        m_loaded = true;
        for (const RejectionReason& r : *reasons)
            m_reason->addItem(r.text, r.id);
    } else {
        m_reason->setItemText(0, reasons.error().message);
    }
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("rejectionCommentPlainTextEdit"));
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(tr("Optional: what the customer should do, e.g. send the holder's street address"));

    auto* form = new QFormLayout;
    auto* reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, m_reason);
    auto* commentLabel = new QLabel(tr("&Comment:"), this);
    commentLabel->setBuddy(m_comment);
    form->addRow(commentLabel, m_comment);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_reject = buttons->addButton(tr("Re&ject request"), QDialogButtonBox::AcceptRole);
    m_reject->setObjectName(QStringLiteral("rejectRequestButton"));
    m_reject->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelRejectButton"));
    connect(m_reason, &QComboBox::currentIndexChanged, this, [this] { m_reject->setEnabled(reasonId() > 0); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);
    resize(560, 320);
}

qint64 RequestRejectDialog::reasonId() const
{
    return m_reason->currentData().toLongLong();
}

QString RequestRejectDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

} // namespace agencydesk
