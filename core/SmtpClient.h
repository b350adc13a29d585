#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QSslSocket;

namespace agencydesk {

enum class SmtpSecurity
{
    StartTls, ///< plain connection upgraded with STARTTLS (port 587); refused when the server does not offer it
    Tls,      ///< implicit TLS from the first byte (port 465)
    None      ///< no encryption: only for a relay on the same machine or network
};
QString smtpSecurityKey(SmtpSecurity security); ///< starttls, tls, none
std::optional<SmtpSecurity> smtpSecurityFromKey(const QString& key);

struct SmtpServer
{
    QString host;
    int port = 587;
    SmtpSecurity security = SmtpSecurity::StartTls;
    QString userName; ///< empty: no AUTH
    QString password;
    /// SHA-256 of the server certificate (hex, colons allowed) the manager chose to trust although it does not
    /// verify (a self-signed relay). Any other certificate error still fails.
    QString trustedFingerprint;
    int timeoutMs = 30000;
    QString heloName; ///< empty: "agencydesk.localdomain"
};

/// A blocking SMTP client on QSslSocket (waitFor* calls with a timeout per step). It must run in a worker thread
/// (or a command-line process), never on the UI thread. One connection carries a batch of messages.
class SmtpClient
{
public:
    /// What became of one message.
    enum class Outcome
    {
        Accepted, ///< 250 after the final dot: the server took responsibility
        Rejected, ///< a permanent refusal (5xx): retrying will not help
        Retry,    ///< a temporary failure before the server took the message (4xx, connection lost before the dot)
        Unknown,  ///< the connection was lost after the final dot, before the reply (RFC 1047)
    };
    struct SendResult
    {
        Outcome outcome = Outcome::Retry;
        QString message;
    };

    explicit SmtpClient(SmtpServer server);
    ~SmtpClient();
    SmtpClient(const SmtpClient&) = delete;
    SmtpClient& operator=(const SmtpClient&) = delete;

    /// Connects, reads the greeting, EHLO, STARTTLS (and EHLO again), AUTH PLAIN or LOGIN. The error says which
    /// step failed and the server's reply; an untrusted certificate error carries its SHA-256 fingerprint.
    Status open();
    bool isOpen() const;
    /// Sends one message (dot-stuffed here). \a beforeFinalDot runs just before the terminating dot is written:
    /// from then on the server may have the message even if no reply arrives. When it returns false the connection is
    /// dropped without the dot (the server discards the message) and the outcome is Retry.
    SendResult send(const QString& envelopeFrom, const QStringList& recipients, const QByteArray& message,
                    const std::function<bool()>& beforeFinalDot = {});
    /// QUIT and close.
    void close();

    /// The SHA-256 fingerprint (hex with colons) of the server certificate seen by the last TLS handshake.
    QString peerFingerprint() const { return m_peerFingerprint; }
    /// The server's EHLO keywords (upper case), for tests and diagnostics.
    QStringList extensions() const { return m_extensions; }

    static QByteArray dotStuffed(const QByteArray& message);
    static QString normalizedFingerprint(const QString& fingerprint);

private:
    struct Reply
    {
        int code = 0;
        QStringList lines;
        QString text() const { return lines.join(QLatin1Char(' ')); }
    };
    bool readReply(Reply& reply);
    bool command(const QByteArray& line, Reply& reply);
    bool ehlo(Reply& reply);
    bool startTls();
    Status authenticate();
    Status fail(const QString& step, const Reply& reply);
    QString socketError() const;

    SmtpServer m_server;
    std::unique_ptr<QSslSocket> m_socket;
    QStringList m_extensions;
    QString m_peerFingerprint;
    QString m_tlsError;
    bool m_open = false;
};

} // namespace agencydesk
