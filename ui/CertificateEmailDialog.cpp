#include "CertificateEmailDialog.h"

#include "CertificateHolderService.h"
#include "CertificateMailer.h"
#include "CertificateService.h"
#include "InsuredService.h"
#include "MessageBox.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace agencydesk {

CertificateEmailDialog::CertificateEmailDialog(const Session& session, const QString& number, QWidget* parent)
    : QDialog(parent), m_session(session), m_number(number)
{
    setObjectName(QStringLiteral("certificateEmailDialog"));
    setWindowTitle(tr("Email certificate %1").arg(number));
    QString holderEmail;
    QString clientEmail;
    if (auto c = CertificateService(session).get(number)) {
        if (auto h = CertificateHolderService(session).get(c->holderId))
            holderEmail = h->email;
        if (auto i = InsuredService(session).get(c->insuredId))
            clientEmail = i->email;
    }
    m_toHolder = new QCheckBox(tr("To the &holder:"), this);
    m_toHolder->setObjectName(QStringLiteral("emailToHolderCheck"));
    m_toHolder->setChecked(!holderEmail.isEmpty());
    m_holderAddress = new QLineEdit(holderEmail, this);
    m_holderAddress->setObjectName(QStringLiteral("emailHolderAddressEdit"));
    m_toClient = new QCheckBox(tr("To the &client:"), this);
    m_toClient->setObjectName(QStringLiteral("emailToClientCheck"));
    m_toClient->setChecked(!clientEmail.isEmpty());
    m_clientAddress = new QLineEdit(clientEmail, this);
    m_clientAddress->setObjectName(QStringLiteral("emailClientAddressEdit"));
    m_extra = new QLineEdit(this);
    m_extra->setObjectName(QStringLiteral("emailExtraEdit"));
    m_extra->setPlaceholderText(tr("more addresses, separated by commas (they get the holder's email)"));
    m_message = new QPlainTextEdit(this);
    m_message->setObjectName(QStringLiteral("emailMessageEdit"));
    m_message->setPlaceholderText(tr("A message for the email (optional)"));
    m_message->setFixedHeight(64);
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("emailPreview"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("emailProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b03020;"));

    auto* form = new QFormLayout;
    form->addRow(m_toHolder, m_holderAddress);
    form->addRow(m_toClient, m_clientAddress);
    form->addRow(tr("Also &to:"), m_extra);
    form->addRow(tr("&Message:"), m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_sendButton = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    m_sendButton->setObjectName(QStringLiteral("emailSendButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (send())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Preview (the agency gets a Bcc copy of every client email):"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    for (QLineEdit* edit : {m_holderAddress, m_clientAddress, m_extra})
        connect(edit, &QLineEdit::textChanged, this, &CertificateEmailDialog::updatePreview);
    for (QCheckBox* box : {m_toHolder, m_toClient})
        connect(box, &QCheckBox::toggled, this, &CertificateEmailDialog::updatePreview);
    connect(m_message, &QPlainTextEdit::textChanged, this, &CertificateEmailDialog::updatePreview);
    updatePreview();
    resize(640, 620);
}

void CertificateEmailDialog::updatePreview()
{
    CertificateEmailRequest request;
    request.toHolder = m_toHolder->isChecked();
    request.toClient = m_toClient->isChecked();
    request.holderAddress = m_holderAddress->text();
    request.clientAddress = m_clientAddress->text();
    request.extra = m_extra->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    request.message = m_message->toPlainText();
    auto prepared = CertificateMailer(m_session).prepare(m_number, request);
    m_prepared.clear();
    if (!prepared) {
        m_problem->setText(prepared.error().message);
        m_preview->clear();
        m_sendButton->setEnabled(false);
        return;
    }
    m_prepared = *prepared;
    m_problem->clear();
    m_sendButton->setEnabled(roleMay(m_session.user.role, Operation::MailSend));
    QString html;
    for (const OutgoingMail& mail : m_prepared) {
        QStringList attachments;
        for (const OutgoingAttachment& a : mail.attachments)
            attachments << a.fileName;
        html += tr("<p><b>To:</b> %1<br><b>Subject:</b> %2<br><b>Attached:</b> %3</p>")
                    .arg(mail.to.join(QStringLiteral(", ")).toHtmlEscaped(), mail.subject.toHtmlEscaped(),
                         attachments.join(QStringLiteral(", ")).toHtmlEscaped());
        // The HTML body is built by the template service with every value escaped.
        const qsizetype start = mail.htmlBody.indexOf(QLatin1String("<p>"));
        const qsizetype end = mail.htmlBody.lastIndexOf(QLatin1String("</body>"));
        html += start >= 0 && end > start ? mail.htmlBody.mid(start, end - start) : mail.textBody.toHtmlEscaped();
        html += QStringLiteral("<hr>");
    }
    m_preview->setHtml(html);
}

QString CertificateEmailDialog::previewText() const
{
    return m_preview->toPlainText();
}

bool CertificateEmailDialog::send()
{
    updatePreview();
    if (m_prepared.empty()) {
        MessageBox::warning(this, tr("Nothing to send"),
                            m_problem->text().isEmpty() ? tr("Choose who gets the certificate.") : m_problem->text());
        return false;
    }
    auto ids = CertificateMailer(m_session).queue(m_prepared);
    if (!ids) {
        MessageBox::showError(this, tr("The certificate was not emailed."), ids.error());
        return false;
    }
    m_queued = *ids;
    return true;
}

} // namespace agencydesk
