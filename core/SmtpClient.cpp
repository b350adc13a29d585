#include "SmtpClient.h"

#include <QCryptographicHash>
#include <QSslCertificate>
#include <QSslSocket>

namespace agencydesk {

QString smtpSecurityKey(SmtpSecurity security)
{
    switch (security) {
    case SmtpSecurity::StartTls:
        return QStringLiteral("starttls");
    case SmtpSecurity::Tls:
        return QStringLiteral("tls");
    case SmtpSecurity::None:
        return QStringLiteral("none");
    }
    return {};
}

std::optional<SmtpSecurity> smtpSecurityFromKey(const QString& key)
{
    for (SmtpSecurity s : {SmtpSecurity::StartTls, SmtpSecurity::Tls, SmtpSecurity::None}) {
        if (smtpSecurityKey(s) == key.trimmed().toLower())
            return s;
    }
    return std::nullopt;
}

SmtpClient::SmtpClient(SmtpServer server) : m_server(std::move(server)) {}

SmtpClient::~SmtpClient()
{
    close();
}

bool SmtpClient::isOpen() const
{
    return m_open && m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

QString SmtpClient::normalizedFingerprint(const QString& fingerprint)
{
    QString hex;
    for (QChar c : fingerprint) {
        if (c.isLetterOrNumber())
            hex += c.toUpper();
    }
    QString out;
    for (int i = 0; i < hex.size(); i += 2) {
        if (!out.isEmpty())
            out += QLatin1Char(':');
        out += hex.mid(i, 2);
    }
    return out;
}

QByteArray SmtpClient::dotStuffed(const QByteArray& message)
{
    QByteArray out;
    out.reserve(message.size() + message.size() / 64 + 8);
    bool lineStart = true;
    for (qsizetype i = 0; i < message.size(); ++i) {
        const char c = message.at(i);
        if (lineStart && c == '.')
            out += '.';
        // Bare LF becomes CRLF: a lone LF is not a line end to an SMTP server, and ".\n" would not stuff.
        if (c == '\n' && (i == 0 || message.at(i - 1) != '\r'))
            out += '\r';
        out += c;
        lineStart = c == '\n';
    }
    if (!out.endsWith("\r\n"))
        out += "\r\n";
    return out;
}

QString SmtpClient::socketError() const
{
    if (!m_tlsError.isEmpty())
        return m_tlsError;
    if (!m_socket)
        return QStringLiteral("not connected");
    if (m_socket->error() == QAbstractSocket::SocketTimeoutError ||
        m_socket->error() == QAbstractSocket::UnknownSocketError)
        return QStringLiteral("no answer within %1 s").arg(m_server.timeoutMs / 1000.0);
    return m_socket->errorString();
}

bool SmtpClient::readReply(Reply& reply)
{
    reply = {};
    while (true) {
        while (!m_socket->canReadLine()) {
            if (!m_socket->waitForReadyRead(m_server.timeoutMs))
                return false;
        }
        const QByteArray line = m_socket->readLine().trimmed();
        if (line.size() < 3)
            return false;
        reply.code = line.left(3).toInt();
        reply.lines << QString::fromUtf8(line.mid(4));
        if (line.size() == 3 || line.at(3) == ' ')
            return reply.code > 0;
    }
}

bool SmtpClient::command(const QByteArray& line, Reply& reply)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
    m_socket->write(line + "\r\n");
    return readReply(reply);
}

bool SmtpClient::ehlo(Reply& reply)
{
    const QString name = m_server.heloName.isEmpty() ? QStringLiteral("agencydesk.localdomain") : m_server.heloName;
    if (!command("EHLO " + name.toLatin1(), reply) || reply.code != 250)
        return false;
    m_extensions.clear();
    for (int i = 1; i < reply.lines.size(); ++i)
        m_extensions << reply.lines.at(i).toUpper();
    return true;
}

Status SmtpClient::fail(const QString& step, const Reply& reply)
{
    m_open = false;
    QString detail =
        reply.code > 0 ? QStringLiteral("the server answered %1 %2").arg(reply.code).arg(reply.text()) : socketError();
    if (m_socket)
        m_socket->abort();
    const ErrorCode code =
        reply.code == 535 || reply.code == 534 || reply.code == 530 ? ErrorCode::Auth : ErrorCode::Database;
    return Error{code,
                 QStringLiteral("SMTP %1:%2: %3 failed: %4").arg(m_server.host).arg(m_server.port).arg(step, detail)};
}

bool SmtpClient::startTls()
{
    m_socket->startClientEncryption();
    return m_socket->waitForEncrypted(m_server.timeoutMs);
}

Status SmtpClient::open()
{
    close();
    m_tlsError.clear();
    m_peerFingerprint.clear();
    m_socket = std::make_unique<QSslSocket>();
    QSslSocket* socket = m_socket.get();
    socket->setPeerVerifyMode(QSslSocket::VerifyPeer);
    QObject::connect(socket, &QSslSocket::sslErrors, socket, [this, socket](const QList<QSslError>& errors) {
        const QByteArray der = socket->peerCertificate().toDer();
        m_peerFingerprint = normalizedFingerprint(
            QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex()));
        if (!m_server.trustedFingerprint.isEmpty() &&
            normalizedFingerprint(m_server.trustedFingerprint) == m_peerFingerprint) {
            socket->ignoreSslErrors();
            return;
        }
        QStringList why;
        for (const QSslError& e : errors)
            why << e.errorString();
        m_tlsError = QStringLiteral("the server's certificate is not trusted (%1; SHA-256 fingerprint %2). Trust this "
                                    "certificate in the mail settings only if it is your mail server's.")
                         .arg(why.join(QStringLiteral("; ")), m_peerFingerprint);
    });

    Reply reply;
    if (m_server.security == SmtpSecurity::Tls) {
        socket->connectToHostEncrypted(m_server.host, static_cast<quint16>(m_server.port));
        if (!socket->waitForEncrypted(m_server.timeoutMs))
            return fail(QStringLiteral("the TLS connection"), reply);
    } else {
        socket->connectToHost(m_server.host, static_cast<quint16>(m_server.port));
        if (!socket->waitForConnected(m_server.timeoutMs))
            return fail(QStringLiteral("connecting"), reply);
    }
    // Commands, the message and the final dot are separate small writes: without TCP_NODELAY each one behind an
    // unacknowledged write waits for the server's delayed ACK (about 40 ms a message on Linux).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (!readReply(reply) || reply.code != 220)
        return fail(QStringLiteral("the greeting"), reply);
    if (!ehlo(reply))
        return fail(QStringLiteral("EHLO"), reply);
    if (m_server.security == SmtpSecurity::StartTls) {
        if (!m_extensions.contains(QStringLiteral("STARTTLS"))) {
            socket->abort();
            return Error{ErrorCode::Database, QStringLiteral("SMTP %1:%2 does not offer STARTTLS; choose implicit TLS, "
                                                             "another port, or ask the mail provider.")
                                                  .arg(m_server.host)
                                                  .arg(m_server.port)};
        }
        if (!command("STARTTLS", reply) || reply.code != 220)
            return fail(QStringLiteral("STARTTLS"), reply);
        if (!startTls())
            return fail(QStringLiteral("the TLS handshake"), Reply{});
        if (!ehlo(reply))
            return fail(QStringLiteral("EHLO after STARTTLS"), reply);
    }
    if (m_peerFingerprint.isEmpty() && socket->isEncrypted()) {
        const QByteArray der = socket->peerCertificate().toDer();
        m_peerFingerprint = normalizedFingerprint(
            QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex()));
    }
    if (!m_server.userName.isEmpty()) {
        if (Status s = authenticate(); !s)
            return s;
    }
    m_open = true;
    return {};
}

Status SmtpClient::authenticate()
{
    QString methods;
    for (const QString& ext : std::as_const(m_extensions)) {
        if (ext.startsWith(QLatin1String("AUTH")))
            methods += QLatin1Char(' ') + ext.mid(5);
    }
    const QStringList offered = methods.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    Reply reply;
    if (offered.contains(QStringLiteral("PLAIN"))) {
        QByteArray plain;
        plain.append('\0').append(m_server.userName.toUtf8()).append('\0').append(m_server.password.toUtf8());
        const QByteArray token = plain.toBase64();
        if (!command("AUTH PLAIN " + token, reply) || reply.code != 235)
            return fail(QStringLiteral("signing in as %1").arg(m_server.userName), reply);
        return {};
    }
    if (offered.contains(QStringLiteral("LOGIN"))) {
        if (!command("AUTH LOGIN", reply) || reply.code != 334)
            return fail(QStringLiteral("signing in as %1").arg(m_server.userName), reply);
        if (!command(m_server.userName.toUtf8().toBase64(), reply) || reply.code != 334)
            return fail(QStringLiteral("signing in as %1").arg(m_server.userName), reply);
        if (!command(m_server.password.toUtf8().toBase64(), reply) || reply.code != 235)
            return fail(QStringLiteral("signing in as %1").arg(m_server.userName), reply);
        return {};
    }
    return fail(QStringLiteral("signing in (the server offers no AUTH PLAIN or LOGIN%1)")
                    .arg(offered.isEmpty() ? QString() : QStringLiteral(": ") + offered.join(QLatin1Char(' '))),
                Reply{});
}

SmtpClient::SendResult SmtpClient::send(const QString& envelopeFrom, const QStringList& recipients,
                                        const QByteArray& message, const std::function<bool()>& beforeFinalDot)
{
    if (!isOpen())
        return {Outcome::Retry, QStringLiteral("not connected to %1:%2").arg(m_server.host).arg(m_server.port)};
    const auto refusal = [&](const QString& step, const Reply& reply) -> SendResult {
        if (reply.code == 0) {
            m_open = false;
            return {Outcome::Retry, QStringLiteral("%1: the connection was lost (%2)").arg(step, socketError())};
        }
        Reply ignored;
        (void)command("RSET", ignored);
        return {reply.code >= 500 ? Outcome::Rejected : Outcome::Retry,
                QStringLiteral("%1: the server answered %2 %3").arg(step).arg(reply.code).arg(reply.text())};
    };
    Reply reply;
    if (!command("MAIL FROM:<" + envelopeFrom.toLatin1() + '>', reply) || reply.code != 250)
        return refusal(QStringLiteral("MAIL FROM %1").arg(envelopeFrom), reply);
    for (const QString& rcpt : recipients) {
        if (!command("RCPT TO:<" + rcpt.toLatin1() + '>', reply) || (reply.code != 250 && reply.code != 251))
            return refusal(QStringLiteral("recipient %1").arg(rcpt), reply);
    }
    if (!command("DATA", reply) || reply.code != 354)
        return refusal(QStringLiteral("DATA"), reply);
    const auto flushed = [this] {
        while (m_socket->bytesToWrite() > 0 || m_socket->encryptedBytesToWrite() > 0) {
            if (!m_socket->waitForBytesWritten(m_server.timeoutMs))
                return false;
        }
        return true;
    };
    m_socket->write(dotStuffed(message));
    if (!flushed()) {
        m_open = false;
        m_socket->abort();
        return {Outcome::Retry, QStringLiteral("sending the message: the connection was lost (%1)").arg(socketError())};
    }
    if (beforeFinalDot && !beforeFinalDot()) {
        m_open = false;
        m_socket->abort();
        return {Outcome::Retry, QStringLiteral("the transfer could not be recorded in the outbox; the message was not "
                                               "completed and will be sent again")};
    }
    m_socket->write(".\r\n");
    if (!flushed() || !readReply(reply)) {
        m_open = false;
        const QString why = socketError();
        m_socket->abort();
        return {Outcome::Unknown,
                QStringLiteral("the connection was lost after the message was sent, before the server confirmed it "
                               "(%1)")
                    .arg(why)};
    }
    if (reply.code == 250)
        return {Outcome::Accepted, reply.text()};
    return {reply.code >= 500 ? Outcome::Rejected : Outcome::Retry,
            QStringLiteral("the server refused the message: %1 %2").arg(reply.code).arg(reply.text())};
}

void SmtpClient::close()
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState && m_open) {
        m_socket->write("QUIT\r\n");
        m_socket->waitForBytesWritten(2000);
        Reply ignored;
        (void)readReply(ignored);
        m_socket->disconnectFromHost();
        if (m_socket->state() != QAbstractSocket::UnconnectedState)
            m_socket->waitForDisconnected(2000);
    }
    m_open = false;
    m_socket.reset();
}

} // namespace agencydesk
