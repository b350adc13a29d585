#pragma once

#include <QJsonArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace agencydesk::test {

/// A real SMTP server (Debian's aiosmtpd through smtp_server.py) on a free 127.0.0.1 port, saving to a Maildir.
class SmtpTestServer
{
public:
    struct Options
    {
        QString mode = QStringLiteral("none"); ///< none, starttls, tls
        QString user;
        QString password;
        int dropData = 0; ///< drop the connection without a reply after the first N messages' DATA
    };

    SmtpTestServer();
    ~SmtpTestServer();

    /// Starts on port() (a free port chosen at construction unless given); false with error() when it does not start.
    bool start(const Options& options);
    bool start() { return start(Options{}); }
    void stop();
    int port() const { return m_port; }
    QString maildir() const { return m_dir.filePath(QStringLiteral("maildir")); }
    QString certPath() const { return m_dir.filePath(QStringLiteral("cert.pem")); }
    QString error() const { return m_error; }
    /// The server certificate's SHA-256 fingerprint as openssl prints it (made on first TLS start).
    QString certFingerprint() const { return m_fingerprint; }
    /// Every received message, parsed by parse_mail.py (Python's email package).
    QJsonArray messages() const;
    int messageCount() const;

    static int freePort();

private:
    bool makeCertificate();

    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
    QString m_error;
    QString m_fingerprint;
};

} // namespace agencydesk::test
