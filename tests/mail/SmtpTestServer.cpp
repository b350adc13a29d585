#include "SmtpTestServer.h"

#include "TestConfig.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonDocument>
#include <QTcpServer>
#include <QThread>

namespace agencydesk::test {

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");

QString script(const char* name)
{
    return QStringLiteral(AGENCYDESK_SOURCE_DIR "/tests/mail/") + QLatin1String(name);
}

} // namespace

SmtpTestServer::SmtpTestServer() : m_port(freePort()) {}

SmtpTestServer::~SmtpTestServer()
{
    stop();
}

int SmtpTestServer::freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool SmtpTestServer::makeCertificate()
{
    if (QFile::exists(certPath()))
        return true;
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                   certPath(), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        m_error = QStringLiteral("openssl req failed: ") + QString::fromUtf8(openssl.readAllStandardError());
        return false;
    }
    QProcess fp;
    fp.start(QStringLiteral("openssl"),
             {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
              QStringLiteral("-sha256"), QStringLiteral("-in"), certPath()});
    fp.waitForFinished(30000);
    // "sha256 Fingerprint=AB:CD:..."
    m_fingerprint = QString::fromUtf8(fp.readAllStandardOutput()).trimmed().section(QLatin1Char('='), 1);
    return !m_fingerprint.isEmpty();
}

bool SmtpTestServer::start(const Options& options)
{
    stop();
    QStringList args{script("smtp_server.py"),
                     QStringLiteral("--port"),
                     QString::number(m_port),
                     QStringLiteral("--maildir"),
                     maildir(),
                     QStringLiteral("--mode"),
                     options.mode};
    if (options.mode != QLatin1String("none")) {
        if (!makeCertificate())
            return false;
        args << QStringLiteral("--cert") << certPath() << QStringLiteral("--key")
             << m_dir.filePath(QStringLiteral("key.pem"));
    }
    if (!options.user.isEmpty())
        args << QStringLiteral("--user") << options.user << QStringLiteral("--password") << options.password;
    if (options.dropData > 0)
        args << QStringLiteral("--drop-data") << QString::number(options.dropData);
    m_process.start(kPython, args);
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("could not start %1").arg(kPython);
        return false;
    }
    QDeadlineTimer deadline(30000);
    QByteArray out;
    while (!out.contains("READY")) {
        if (deadline.hasExpired() || m_process.state() != QProcess::Running) {
            m_error = QStringLiteral("smtp_server.py did not start: %1 %2")
                          .arg(QString::fromUtf8(out), QString::fromUtf8(m_process.readAllStandardError()));
            return false;
        }
        m_process.waitForReadyRead(200);
        out += m_process.readAllStandardOutput();
    }
    return true;
}

void SmtpTestServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

QJsonArray SmtpTestServer::messages() const
{
    if (!QDir(maildir()).exists())
        return {};
    QProcess parse;
    parse.start(kPython, {script("parse_mail.py"), maildir()});
    parse.waitForFinished(60000);
    return QJsonDocument::fromJson(parse.readAllStandardOutput()).array();
}

int SmtpTestServer::messageCount() const
{
    return static_cast<int>(messages().size());
}

} // namespace agencydesk::test
