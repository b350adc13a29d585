#include "MailSettingsService.h"

#include "ActivityService.h"
#include "Database.h"
#include "DocumentNotifier.h"
#include "MimeMessage.h"
#include "SecretStore.h"
#include "Validation.h"

#include <QMap>
#include <QUrl>

namespace agencydesk {

namespace {

const QString kPasswordKey = QStringLiteral("mail.smtp.password");

QMap<QString, QString> toMap(const MailSettings& m)
{
    return {{QStringLiteral("mail.host"), m.host},
            {QStringLiteral("mail.port"), QString::number(m.port)},
            {QStringLiteral("mail.security"), smtpSecurityKey(m.security)},
            {QStringLiteral("mail.user"), m.userName},
            {QStringLiteral("mail.from_name"), m.fromName},
            {QStringLiteral("mail.from_address"), m.fromAddress},
            {QStringLiteral("mail.bcc_address"), m.bccAddress},
            {QStringLiteral("mail.bcc_enabled"), m.bccEnabled ? QStringLiteral("true") : QStringLiteral("false")},
            {QStringLiteral("mail.signature"), m.signature},
            {QStringLiteral("mail.trusted_fingerprint"), m.trustedFingerprint},
            {QStringLiteral("mail.timeout_seconds"), QString::number(m.timeoutSeconds)},
            {QStringLiteral("mail.requests_address"), m.requestsAddress},
            {QStringLiteral("portal.url"), m.portalUrl}};
}

} // namespace

SmtpServer MailSettings::server(const QString& password) const
{
    SmtpServer s;
    s.host = host;
    s.port = port;
    s.security = security;
    s.userName = userName;
    s.password = password;
    s.trustedFingerprint = trustedFingerprint;
    s.timeoutMs = timeoutSeconds * 1000;
    return s;
}

QJsonObject MailSettings::toJson() const
{
    return {{QStringLiteral("host"), host},
            {QStringLiteral("port"), port},
            {QStringLiteral("security"), smtpSecurityKey(security)},
            {QStringLiteral("user"), userName},
            {QStringLiteral("fromName"), fromName},
            {QStringLiteral("fromAddress"), fromAddress},
            {QStringLiteral("bccAddress"), bccAddress},
            {QStringLiteral("bccEnabled"), bccEnabled},
            {QStringLiteral("trustedFingerprint"), trustedFingerprint},
            {QStringLiteral("timeoutSeconds"), timeoutSeconds},
            {QStringLiteral("requestsAddress"), requestsAddress},
            {QStringLiteral("portalUrl"), portalUrl},
            {QStringLiteral("passwordStored"), passwordStored}};
}

Result<MailSettings> MailSettingsService::read(const Database& db)
{
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'mail.%' OR key = 'portal.url'"));
    if (Status s = exec(q); !s)
        return s.error();
    QMap<QString, QString> v;
    while (q.next())
        v.insert(q.value(0).toString(), q.value(1).toString());
    MailSettings m;
    m.host = v.value(QStringLiteral("mail.host"));
    m.port = v.value(QStringLiteral("mail.port"), QStringLiteral("587")).toInt();
    m.security = smtpSecurityFromKey(v.value(QStringLiteral("mail.security"))).value_or(SmtpSecurity::StartTls);
    m.userName = v.value(QStringLiteral("mail.user"));
    m.fromName = v.value(QStringLiteral("mail.from_name"));
    m.fromAddress = v.value(QStringLiteral("mail.from_address"));
    m.bccAddress = v.value(QStringLiteral("mail.bcc_address"));
    m.bccEnabled = v.value(QStringLiteral("mail.bcc_enabled"), QStringLiteral("true")) == QLatin1String("true");
    m.signature = v.value(QStringLiteral("mail.signature"));
    m.trustedFingerprint = v.value(QStringLiteral("mail.trusted_fingerprint"));
    m.timeoutSeconds = v.value(QStringLiteral("mail.timeout_seconds"), QStringLiteral("30")).toInt();
    m.requestsAddress = v.value(QStringLiteral("mail.requests_address"));
    m.portalUrl = v.value(QStringLiteral("portal.url"));
    auto password = secretStore().read(db, kPasswordKey);
    m.passwordStored = password.ok() && !password->isEmpty();
    return m;
}

Result<QString> MailSettingsService::readPassword(const Database& db)
{
    return secretStore().read(db, kPasswordKey);
}

Status MailSettingsService::validate(MailSettings& m)
{
    // Line breaks are refused before cleaning: cleanText would fold "name\nBcc: x" into one harmless-looking line.
    const std::pair<QString, QString> lines[] = {{tr("The SMTP server"), m.host},
                                                 {tr("The SMTP user name"), m.userName},
                                                 {tr("The sender's name"), m.fromName},
                                                 {tr("The sender's address (From)"), m.fromAddress},
                                                 {tr("The agency Bcc address"), m.bccAddress},
                                                 {tr("The certificates department's address"), m.requestsAddress},
                                                 {tr("The client portal address"), m.portalUrl},
                                                 {tr("The trusted certificate fingerprint"), m.trustedFingerprint}};
    for (const auto& [what, value] : lines) {
        if (Status s = MimeMessage::checkHeaderText(what, value); !s)
            return s;
    }
    m.host = cleanText(m.host);
    m.userName = cleanText(m.userName);
    m.fromName = cleanText(m.fromName);
    m.fromAddress = cleanText(m.fromAddress);
    m.bccAddress = cleanText(m.bccAddress);
    m.requestsAddress = cleanText(m.requestsAddress);
    m.portalUrl = cleanText(m.portalUrl);
    while (m.portalUrl.endsWith(QLatin1Char('/')))
        m.portalUrl.chop(1);
    m.trustedFingerprint =
        m.trustedFingerprint.trimmed().isEmpty() ? QString() : SmtpClient::normalizedFingerprint(m.trustedFingerprint);
    if (m.signature.isNull())
        m.signature = QString(QLatin1String(""));
    if (m.host.isEmpty())
        return validationError(tr("The SMTP server (host) is required."));
    if (m.host.contains(QLatin1Char(' ')) || containsLineBreak(m.host))
        return validationError(tr("The SMTP server \"%1\" is not a host name.").arg(m.host));
    if (m.port < 1 || m.port > 65535)
        return validationError(tr("The SMTP port %1 is not between 1 and 65535.").arg(m.port));
    if (m.timeoutSeconds < 1 || m.timeoutSeconds > 600)
        return validationError(tr("The SMTP timeout must be between 1 and 600 seconds."));
    if (Status s = MimeMessage::checkHeaderText(tr("The sender's name"), m.fromName); !s)
        return s;
    if (Status s = MimeMessage::checkHeaderText(tr("The SMTP user name"), m.userName); !s)
        return s;
    if (Status s = MimeMessage::checkAddress(tr("The sender's address (From)"), m.fromAddress); !s)
        return s;
    if (m.bccEnabled) {
        if (m.bccAddress.isEmpty())
            return validationError(tr("The agency Bcc address is required while the agency copy is on "
                                      "(every client email is Bcc'd to it)."));
        if (Status s = MimeMessage::checkAddress(tr("The agency Bcc address"), m.bccAddress); !s)
            return s;
    } else if (!m.bccAddress.isEmpty()) {
        if (Status s = MimeMessage::checkAddress(tr("The agency Bcc address"), m.bccAddress); !s)
            return s;
    }
    if (!m.requestsAddress.isEmpty()) {
        if (Status s = MimeMessage::checkAddress(tr("The certificates department's address"), m.requestsAddress); !s)
            return s;
    }
    if (!m.portalUrl.isEmpty()) {
        const QUrl url(m.portalUrl, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() ||
            (scheme != QLatin1String("https") && scheme != QLatin1String("http")) ||
            m.portalUrl.contains(QLatin1Char(' ')))
            return validationError(
                tr("The client portal address \"%1\" is not a web address (https://...).").arg(m.portalUrl));
    }
    const QString fp = m.trustedFingerprint;
    if (!fp.isEmpty() && QString(fp).remove(QLatin1Char(':')).size() != 64)
        return validationError(tr("The trusted certificate fingerprint must be a SHA-256 fingerprint (64 "
                                  "hexadecimal digits)."));
    return {};
}

Result<MailSettings> MailSettingsService::settings() const
{
    return read(m_session.database());
}

Status MailSettingsService::update(const MailSettings& input, const std::optional<QString>& password)
{
    if (Status s = authorize(m_session, Operation::MailSettingsUpdate); !s)
        return s;
    MailSettings m = input;
    if (Status s = validate(m); !s)
        return s;
    if (password && containsLineBreak(*password))
        return validationError(tr("The SMTP password contains a line break."));
    const Database& db = m_session.database();
    auto before = read(db);
    if (!before)
        return before.error();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    const auto values = toMap(m);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        QSqlQuery q = db.query();
        q.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(it.key());
        q.addBindValue(cleanText(it.value()).isEmpty() ? QString(QLatin1String("")) : it.value());
        if (Status s = exec(q); !s)
            return s;
    }
    if (password) {
        if (Status s = secretStore().write(db, kPasswordKey, *password); !s)
            return s;
    }
    m.passwordStored = password ? !password->isEmpty() : before->passwordStored;
    QJsonObject details = jsonChanges(before->toJson(), m.toJson());
    if (password)
        details.insert(QStringLiteral("password"),
                       password->isEmpty() ? QStringLiteral("removed") : QStringLiteral("changed"));
    if (Status s = recordActivity(m_session, QStringLiteral("agency"), 1, std::nullopt, QStringLiteral("updated"),
                                  QStringLiteral("Mail settings changed (%1:%2)").arg(m.host).arg(m.port), details);
        !s)
        return s;
    // Document notifications recorded while mail was not set up go out now.
    if (auto queued = DocumentNotifier(m_session).queuePendingInTransaction(); !queued)
        return queued.error();
    return tx.commit();
}

} // namespace agencydesk
