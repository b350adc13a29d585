#include "RequestSubmitDialog.h"

#include "RequestInfoWidget.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace agencydesk {

RequestSubmitDialog::RequestSubmitDialog(const Session& session, const CertificateRequest& request, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("requestSubmitDialog"));
    setWindowTitle(tr("Submit request %1").arg(request.id));
    m_info = new RequestInfoWidget(session, request, this);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("requestSubmitScrollArea"));
    scroll->setAccessibleName(tr("The request"));
    scroll->setWidget(m_info);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    const bool uploaded = !request.uploadedFileName.isEmpty();
    auto* what = new QLabel(uploaded ? tr("The certificate uploaded for this request, %1, is emailed; no new "
                                          "certificate is issued.")
                                           .arg(request.uploadedFileName)
                                     : tr("A certificate is issued from the master for this holder and emailed to "
                                          "the client (%1).")
                                           .arg(request.insuredName),
                            this);
    what->setObjectName(QStringLiteral("requestSubmitWhatLabel"));
    what->setWordWrap(true);

    m_emailHolder = new QCheckBox(tr("Also email the &holder"), this);
    m_emailHolder->setObjectName(QStringLiteral("emailHolderCheckBox"));
    const bool holderEmail = !request.holder.email.isEmpty();
    m_emailHolder->setChecked(holderEmail);
    m_emailHolder->setEnabled(holderEmail);
    m_emailHolder->setToolTip(holderEmail ? tr("Send the certificate to %1 too").arg(request.holder.email)
                                          : tr("The holder has no email address."));
    m_force =
        new QCheckBox(tr("Issue &although the holder's requirements are not met (recorded as an override)"), this);
    m_force->setObjectName(QStringLiteral("forceIssueCheckBox"));
    m_forceOffered = !uploaded && !m_info->requirementsMet();
    m_force->setVisible(m_forceOffered);

    auto* messageLabel = new QLabel(tr("&Message in the emails (optional):"), this);
    m_message = new QPlainTextEdit(this);
    m_message->setObjectName(QStringLiteral("submitMessagePlainTextEdit"));
    m_message->setTabChangesFocus(true);
    m_message->setMaximumHeight(80);
    messageLabel->setBuddy(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_submit = buttons->addButton(tr("&Submit"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("submitRequestButton"));
    m_submit->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelSubmitButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(what);
    layout->addWidget(m_emailHolder);
    layout->addWidget(m_force);
    layout->addWidget(messageLabel);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(640, 620);
}

SubmitOptions RequestSubmitDialog::options() const
{
    SubmitOptions o;
    o.emailHolder = m_emailHolder->isChecked();
    o.force = m_forceOffered && m_force->isChecked();
    o.message = m_message->toPlainText().trimmed();
    return o;
}

} // namespace agencydesk
