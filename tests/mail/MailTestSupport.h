#pragma once

#include "MailSettingsService.h"
#include "OutboxSender.h"
#include "OutboxService.h"
#include "SmtpTestServer.h"
#include "TestSupport.h"

#include <optional>
#include <stdexcept>

namespace agencydesk::test {

inline const QString kAgencyFrom = QStringLiteral("service@testagency.example");
inline const QString kAgencyBcc = QStringLiteral("copies@testagency.example");

/// Mail settings pointing at \a server.
inline MailSettings mailSettingsFor(const SmtpTestServer& server, SmtpSecurity security = SmtpSecurity::None,
                                    const QString& user = {})
{
    MailSettings m;
    m.host = QStringLiteral("127.0.0.1");
    m.port = server.port();
    m.security = security;
    m.userName = user;
    m.fromName = QStringLiteral("Test Agency Service");
    m.fromAddress = kAgencyFrom;
    m.bccAddress = kAgencyBcc;
    m.bccEnabled = true;
    m.timeoutSeconds = 10;
    return m;
}

inline void configureMail(const Session& manager, const MailSettings& settings,
                          const std::optional<QString>& password = std::nullopt)
{
    Status s = MailSettingsService(manager).update(settings, password);
    if (!s)
        throw std::runtime_error(s.error().message.toStdString());
}

inline OutgoingMail simpleMail(const QString& to = QStringLiteral("client@example.com"))
{
    OutgoingMail m;
    m.kind = QStringLiteral("test");
    m.to = {to};
    m.subject = QStringLiteral("Your documents");
    m.textBody = QStringLiteral("Hello,\nhere they are.\n.\n.leading dot line\n");
    return m;
}

/// One sender run on its own connection, as the background sender does it.
inline SendReport sendOutbox(const TestDatabase& t, SenderOptions options = {})
{
    OutboxSender sender(t.path(), std::move(options));
    auto report = sender.runOnce();
    if (!report)
        throw std::runtime_error(report.error().message.toStdString());
    return *report;
}

} // namespace agencydesk::test
