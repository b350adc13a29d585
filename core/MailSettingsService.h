#pragma once

#include "Result.h"
#include "Session.h"
#include "SmtpClient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace agencydesk {

class Database;

/// The agency's outgoing mail settings (kept in the settings table, keys mail.*); the password is in secretStore().
struct MailSettings
{
    QString host;
    int port = 587;
    SmtpSecurity security = SmtpSecurity::StartTls;
    QString userName;
    QString fromName;
    QString fromAddress;
    QString bccAddress;         ///< the agency's copy of every client email (envelope only, never a Bcc header)
    bool bccEnabled = true;     ///< on by default
    QString signature;          ///< appended to every templated email
    QString trustedFingerprint; ///< SHA-256 of a self-signed server certificate the manager chose to trust
    int timeoutSeconds = 30;
    QString requestsAddress; ///< the certificates department: a request that needs review is announced there
    QString portalUrl;       ///< the client portal's address, for the {link} of the portal emails (settings portal.url)
    bool passwordStored = false; ///< read only

    bool isConfigured() const { return !host.isEmpty() && !fromAddress.isEmpty(); }
    SmtpServer server(const QString& password) const;
    QJsonObject toJson() const; ///< never the password
};

class MailSettingsService
{
    Q_DECLARE_TR_FUNCTIONS(MailSettingsService)

public:
    explicit MailSettingsService(const Session& session) : m_session(session) {}

    Result<MailSettings> settings() const;
    /// Saves the settings (manager only). \a password: nullopt keeps the stored one, an empty string removes it.
    Status update(const MailSettings& settings, const std::optional<QString>& password = std::nullopt);

    static Result<MailSettings> read(const Database& db);
    static Result<QString> readPassword(const Database& db);
    static Status validate(MailSettings& settings);

private:
    const Session& m_session;
};

} // namespace agencydesk
