#include "RequestSubmitDialog.h"

#include "MessageBox.h"
#include "RequestCertificateEditor.h"
#include "RequestInfoWidget.h"
#include "RequestService.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

#include <tuple>

namespace agencydesk {

namespace {

QScrollArea* scrolled(QWidget* content, const char* name, const QString& accessible, QWidget* parent)
{
    auto* scroll = new QScrollArea(parent);
    scroll->setObjectName(QString::fromLatin1(name));
    scroll->setAccessibleName(accessible);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

QWidget* titled(const QString& title, QWidget* body, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* caption = new QLabel(title, box);
    QFont bold = caption->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    caption->setFont(bold);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->addWidget(caption);
    layout->addWidget(body, 1);
    return box;
}

} // namespace

RequestSubmitDialog::RequestSubmitDialog(const Session& session, const CertificateRequest& request, QWidget* parent)
    : QDialog(parent), m_session(session), m_requestId(request.id), m_uploaded(!request.uploadedFileName.isEmpty()),
      m_requestHolder(request.holder)
{
    setObjectName(QStringLiteral("requestSubmitDialog"));
    setWindowTitle(tr("Submit request %1").arg(request.id));
    m_info = new RequestInfoWidget(session, request, this);
    // The certificate's side shows the description and the requirements for the lines ticked.
    m_info->hideRows({QStringLiteral("requestDescriptionLabel"), QStringLiteral("requestRequirementsLabel")});
    auto* asked = scrolled(m_info, "requestSubmitScrollArea", tr("The request"), this);
    m_editor = new RequestCertificateEditor(session, request, this);
    auto* edited = scrolled(m_editor, "requestSubmitEditorScrollArea", tr("The certificate"), this);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("requestSubmitSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(titled(tr("What the customer sent"), asked, splitter));
    splitter->addWidget(titled(m_uploaded ? tr("The holder") : tr("The certificate to issue"), edited, splitter));
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({360, 700}); // the request's lines wrap less

    auto* what = new QLabel(m_uploaded ? tr("The certificate uploaded for this request, %1, is emailed; no new "
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
    m_emailHolder->setChecked(!request.holder.email.isEmpty());
    m_force =
        new QCheckBox(tr("Issue &although the holder's requirements are not met (recorded as an override)"), this);
    m_force->setObjectName(QStringLiteral("forceIssueCheckBox"));

    auto* messageLabel = new QLabel(tr("&Message in the emails (optional):"), this);
    m_message = new QPlainTextEdit(this);
    m_message->setObjectName(QStringLiteral("submitMessagePlainTextEdit"));
    m_message->setTabChangesFocus(true);
    m_message->setMaximumHeight(70);
    messageLabel->setBuddy(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_submit = buttons->addButton(tr("&Submit"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("submitRequestButton"));
    m_submit->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelSubmitButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RequestSubmitDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editor, &RequestCertificateEditor::linesChanged, this, &RequestSubmitDialog::updateChecks);
    connect(m_editor->findChild<QLineEdit*>(QStringLiteral("submitHolderEmailLineEdit")), &QLineEdit::textChanged, this,
            &RequestSubmitDialog::updateChecks);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(what);
    layout->addWidget(m_emailHolder);
    layout->addWidget(m_force);
    layout->addWidget(messageLabel);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    updateChecks();
    resize(1080, 720);
}

void RequestSubmitDialog::updateChecks()
{
    const QString holderEmail = m_editor->holder().email;
    m_emailHolder->setEnabled(!holderEmail.isEmpty());
    if (holderEmail.isEmpty())
        m_emailHolder->setChecked(false);
    m_emailHolder->setToolTip(holderEmail.isEmpty() ? tr("The holder has no email address.")
                                                    : tr("Send the certificate to %1 too").arg(holderEmail));
    m_forceOffered = !m_uploaded && m_editor->hasLines() && !m_editor->requirementsMet();
    m_force->setVisible(m_forceOffered);
    m_submit->setEnabled(m_editor->hasLines());
    m_submit->setToolTip(m_editor->hasLines() ? QString() : tr("Tick at least one line for the certificate."));
}

SubmitOptions RequestSubmitDialog::options() const
{
    SubmitOptions o;
    o.emailHolder = m_emailHolder->isEnabled() && m_emailHolder->isChecked();
    o.force = m_forceOffered && m_force->isChecked();
    o.message = m_message->toPlainText().trimmed();
    // Only a holder the CSR changed is sent: an unchanged one is not checked again (an uploaded certificate goes out
    // whatever the request's holder looks like).
    const RequestHolder holder = m_editor->holder();
    const auto same = [](const RequestHolder& a, const RequestHolder& b) {
        return std::tie(a.name, a.address1, a.address2, a.city, a.state, a.postalCode, a.country, a.email) ==
               std::tie(b.name, b.address1, b.address2, b.city, b.state, b.postalCode, b.country, b.email);
    };
    if (!same(holder, m_requestHolder))
        o.holder = holder;
    if (!m_uploaded) {
        o.description = m_editor->description();
        o.omittedPolicyIds = m_editor->omittedPolicyIds();
    }
    return o;
}

void RequestSubmitDialog::accept()
{
    if (Status s = RequestService(m_session).submit(m_requestId, options()); !s) {
        MessageBox::showError(this, tr("The request was not submitted."), s.error());
        if (s.error().code == ErrorCode::Validation)
            return; // stays open with the edits: something to correct, or Cancel
        m_failed = true;
        QDialog::reject();
        return;
    }
    QDialog::accept();
}

} // namespace agencydesk
