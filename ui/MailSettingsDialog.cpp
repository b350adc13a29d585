#include "MailSettingsDialog.h"

#include "MessageBox.h"
#include "SecretStore.h"
#include "SmtpClient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

namespace agencydesk {

MailSettingsDialog::MailSettingsDialog(const Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("mailSettingsDialog"));
    setWindowTitle(tr("Mail settings"));
    const bool canEdit = roleMay(session.user.role, Operation::MailSettingsUpdate);

    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("mailHostEdit"));
    m_host->setPlaceholderText(tr("smtp.example.com"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("mailPortSpin"));
    m_port->setRange(1, 65535);
    m_security = new QComboBox(this);
    m_security->setObjectName(QStringLiteral("mailSecurityCombo"));
    m_security->addItem(tr("STARTTLS (port 587)"), smtpSecurityKey(SmtpSecurity::StartTls));
    m_security->addItem(tr("TLS from the start (port 465)"), smtpSecurityKey(SmtpSecurity::Tls));
    m_security->addItem(tr("None (a relay on this network only)"), smtpSecurityKey(SmtpSecurity::None));
    connect(m_security, &QComboBox::activated, this, [this](int index) {
        // Follow the usual port unless the manager typed another one.
        const int usual[] = {587, 465, 25};
        if (m_port->value() == 587 || m_port->value() == 465 || m_port->value() == 25)
            m_port->setValue(usual[index]);
    });
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("mailUserEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("mailPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    connect(m_password, &QLineEdit::textEdited, this, [this] { m_passwordEdited = true; });
    m_passwordNote = new QLabel(secretStore().description(), this);
    m_passwordNote->setObjectName(QStringLiteral("mailPasswordNote"));
    m_passwordNote->setWordWrap(true);
    if (!secretStore().isSecure())
        m_passwordNote->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    m_fromName = new QLineEdit(this);
    m_fromName->setObjectName(QStringLiteral("mailFromNameEdit"));
    m_fromAddress = new QLineEdit(this);
    m_fromAddress->setObjectName(QStringLiteral("mailFromAddressEdit"));
    m_bccEnabled = new QCheckBox(tr("Send the agency a copy (Bcc) of every client email"), this);
    m_bccEnabled->setObjectName(QStringLiteral("mailBccCheck"));
    m_bcc = new QLineEdit(this);
    m_bcc->setObjectName(QStringLiteral("mailBccEdit"));
    connect(m_bccEnabled, &QCheckBox::toggled, m_bcc, &QWidget::setEnabled);
    m_fingerprint = new QLineEdit(this);
    m_fingerprint->setObjectName(QStringLiteral("mailFingerprintEdit"));
    m_fingerprint->setPlaceholderText(tr("only for a server with a self-signed certificate"));
    m_requestsAddress = new QLineEdit(this);
    m_requestsAddress->setObjectName(QStringLiteral("mailRequestsAddressEdit"));
    m_requestsAddress->setPlaceholderText(tr("e.g. certificates@youragency.com (optional)"));
    m_requestsAddress->setToolTip(tr("Every certificate request that needs review is announced at this address."));
    m_portalUrl = new QLineEdit(this);
    m_portalUrl->setObjectName(QStringLiteral("mailPortalUrlEdit"));
    m_portalUrl->setPlaceholderText(tr("https://portal.youragency.com (optional)"));
    m_portalUrl->setToolTip(tr("The client portal's web address: the link in the welcome, password reset and "
                               "documents-shared emails."));
    m_signature = new QPlainTextEdit(this);
    m_signature->setObjectName(QStringLiteral("mailSignatureEdit"));
    m_signature->setFixedHeight(70);

    m_testButton = new QPushButton(tr("&Test connection"), this);
    m_testButton->setObjectName(QStringLiteral("mailTestButton"));
    connect(m_testButton, &QPushButton::clicked, this, &MailSettingsDialog::testConnection);
    m_trustButton = new QPushButton(tr("Trust this certificate"), this);
    m_trustButton->setObjectName(QStringLiteral("mailTrustButton"));
    m_trustButton->hide();
    connect(m_trustButton, &QPushButton::clicked, this, [this] {
        m_fingerprint->setText(m_offeredFingerprint);
        m_trustButton->hide();
        m_testResult->setText(tr("The certificate will be trusted once you save. Test again to check."));
    });
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("mailTestResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(tr("SMTP &server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("S&ecurity:"), m_security);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_passwordNote);
    form->addRow(tr("From &name:"), m_fromName);
    form->addRow(tr("From &address:"), m_fromAddress);
    form->addRow(QString(), m_bccEnabled);
    form->addRow(tr("Agency &Bcc address:"), m_bcc);
    form->addRow(tr("Trusted certificate (SHA-256):"), m_fingerprint);
    form->addRow(tr("Si&gnature:"), m_signature);
    form->addRow(tr("New &requests to:"), m_requestsAddress);
    form->addRow(tr("Client p&ortal address:"), m_portalUrl);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_trustButton);
    testRow->addStretch();

    auto* buttons = new QDialogButtonBox(
        canEdit ? QDialogButtonBox::Save | QDialogButtonBox::Cancel : QDialogButtonBox::Close, this);
    if (QPushButton* saveButton = buttons->button(QDialogButtonBox::Save))
        saveButton->setObjectName(QStringLiteral("saveMailSettingsButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addWidget(m_testResult);
    layout->addWidget(buttons);

    auto settings = MailSettingsService(session).settings();
    if (settings)
        setSettings(*settings);
    else
        MessageBox::showError(this, tr("Could not read the mail settings."), settings.error());
    if (!canEdit) {
        for (QLineEdit* edit : {m_host, m_user, m_password, m_fromName, m_fromAddress, m_bcc, m_fingerprint,
                                m_requestsAddress, m_portalUrl})
            edit->setReadOnly(true);
        m_port->setReadOnly(true);
        m_security->setEnabled(false);
        m_bccEnabled->setEnabled(false);
        m_signature->setReadOnly(true);
    }
    resize(560, sizeHint().height());
}

MailSettingsDialog::~MailSettingsDialog()
{
    if (m_testThread)
        m_testThread->wait(); // the test holds no database connection; it ends within the timeout
}

void MailSettingsDialog::setSettings(const MailSettings& m)
{
    m_host->setText(m.host);
    m_port->setValue(m.port);
    m_security->setCurrentIndex(m_security->findData(smtpSecurityKey(m.security)));
    m_user->setText(m.userName);
    m_password->clear();
    m_password->setPlaceholderText(m.passwordStored ? tr("(stored; type to change)") : tr("(none)"));
    m_fromName->setText(m.fromName);
    m_fromAddress->setText(m.fromAddress);
    m_bccEnabled->setChecked(m.bccEnabled);
    m_bcc->setText(m.bccAddress);
    m_bcc->setEnabled(m.bccEnabled);
    m_fingerprint->setText(m.trustedFingerprint);
    m_signature->setPlainText(m.signature);
    m_requestsAddress->setText(m.requestsAddress);
    m_portalUrl->setText(m.portalUrl);
}

MailSettings MailSettingsDialog::settingsOnScreen() const
{
    MailSettings m;
    if (auto stored = MailSettingsService(m_session).settings())
        m = *stored;
    m.host = m_host->text();
    m.port = m_port->value();
    m.security = smtpSecurityFromKey(m_security->currentData().toString()).value_or(SmtpSecurity::StartTls);
    m.userName = m_user->text();
    m.fromName = m_fromName->text();
    m.fromAddress = m_fromAddress->text();
    m.bccEnabled = m_bccEnabled->isChecked();
    m.bccAddress = m_bcc->text();
    m.trustedFingerprint = m_fingerprint->text();
    m.signature = m_signature->toPlainText();
    m.requestsAddress = m_requestsAddress->text();
    m.portalUrl = m_portalUrl->text();
    return m;
}

bool MailSettingsDialog::save()
{
    std::optional<QString> password;
    if (m_passwordEdited)
        password = m_password->text();
    if (Status s = MailSettingsService(m_session).update(settingsOnScreen(), password); !s) {
        MessageBox::showError(this, tr("The mail settings were not saved."), s.error());
        return false;
    }
    return true;
}

QString MailSettingsDialog::testResult() const
{
    return m_testResult->text();
}

void MailSettingsDialog::testConnection()
{
    if (m_testThread)
        return;
    MailSettings m = settingsOnScreen();
    if (Status s = MailSettingsService::validate(m); !s) {
        m_testResult->setText(s.error().message);
        return;
    }
    QString password = m_password->text();
    if (!m_passwordEdited) {
        if (auto stored = MailSettingsService::readPassword(m_session.database()))
            password = *stored;
    }
    const SmtpServer server = m.server(password);
    m_testButton->setEnabled(false);
    m_trustButton->hide();
    m_testResult->setText(tr("Connecting to %1:%2…").arg(server.host).arg(server.port));
    // The SMTP client blocks on its socket: it runs in its own thread and reports back to this dialog.
    auto error = std::make_shared<QString>();
    auto fingerprint = std::make_shared<QString>();
    m_testThread = QThread::create([server, error, fingerprint] {
        SmtpClient client(server);
        Status opened = client.open();
        if (!opened)
            *error = opened.error().message;
        *fingerprint = client.peerFingerprint();
        client.close();
    });
    connect(m_testThread, &QThread::finished, this, [this, error, fingerprint] {
        m_testThread->deleteLater();
        m_testThread = nullptr;
        finishTest(*error, *fingerprint);
    });
    m_testThread->start();
}

void MailSettingsDialog::finishTest(const QString& error, const QString& fingerprint)
{
    m_testButton->setEnabled(true);
    if (error.isEmpty()) {
        m_testResult->setText(
            tr("Connected and signed in: the settings work.%1")
                .arg(fingerprint.isEmpty() ? QString() : tr(" Server certificate SHA-256: %1").arg(fingerprint)));
        return;
    }
    m_testResult->setText(error);
    if (error.contains(QLatin1String("not trusted")) && !fingerprint.isEmpty() &&
        roleMay(m_session.user.role, Operation::MailSettingsUpdate)) {
        m_offeredFingerprint = fingerprint;
        m_trustButton->show();
    }
}

} // namespace agencydesk
