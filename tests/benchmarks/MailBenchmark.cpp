#include "MailBenchmark.h"

#include "AgencyService.h"
#include "CertificateHolderService.h"
#include "CertificateMailer.h"
#include "CertificateMasterService.h"
#include "CertificateService.h"
#include "Database.h"
#include "InsuredService.h"
#include "MailSettingsService.h"
#include "OutboxSender.h"
#include "OutboxService.h"
#include "PolicyService.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>

#include <ctime>
#include <unistd.h>

namespace agencydesk::bench {

namespace {

template <typename T> bool ok(const Result<T>& r, const QString& what)
{
    if (!r)
        fail(QStringLiteral("%1: %2").arg(what, r.error().message));
    return r.ok();
}

QString str(const char* s)
{
    return QString::fromUtf8(s);
}

/// Agency, insured, one GL policy, a master, a holder with an email address and one issued certificate.
std::optional<QString> setUp(const Session& session)
{
    Insured insured;
    insured.name = str("Cascade Ridge Builders LLC");
    insured.email = str("office@cascaderidge.example");
    auto insuredId = InsuredService(session).create(insured);
    if (!ok(insuredId, str("InsuredService::create")))
        return std::nullopt;
    Policy p;
    p.insuredId = *insuredId;
    p.number = str("CGL-4471-2026");
    p.line = LineOfBusiness::GeneralLiability;
    p.carrierName = str("Northwest Mutual Casualty Company");
    p.effective = QDate::currentDate().addDays(-30);
    p.expiration = QDate::currentDate().addDays(335);
    p.coverages = {{str("EachOccurrence"), 1'000'000}};
    auto policyId = PolicyService(session).create(p);
    if (!ok(policyId, str("PolicyService::create")))
        return std::nullopt;
    CertificateMaster master;
    master.insuredId = *insuredId;
    master.name = str("Standard certificate");
    master.policies = {MasterPolicy{}};
    master.policies[0].policyId = *policyId;
    auto masterId = CertificateMasterService(session).create(master);
    if (!ok(masterId, str("CertificateMasterService::create")))
        return std::nullopt;
    CertificateHolderRecord h;
    h.masterId = *masterId;
    h.name = str("Bayview General Contractors");
    h.address1 = str("400 Harbor Blvd");
    h.city = str("Boston");
    h.state = str("MA");
    h.postalCode = str("02110");
    h.email = str("coi@bayview.example");
    auto holderId = CertificateHolderService(session).create(h);
    if (!ok(holderId, str("CertificateHolderService::create")))
        return std::nullopt;
    auto issued = CertificateService(session).issue(*masterId, *holderId);
    if (!ok(issued, str("CertificateService::issue")))
        return std::nullopt;
    return issued->number;
}

/// utime + stime of process \a pid in seconds (Linux /proc), -1 elsewhere.
double processCpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Fields after the command name (which is in parentheses and may hold spaces): state is field 3.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

QJsonObject MailFigures::toJson() const
{
    return {{QStringLiteral("emails"), emails},
            {QStringLiteral("queueSeconds"), queueSeconds},
            {QStringLiteral("queueMsEach"), queueMsEach.toJson()},
            {QStringLiteral("deliverSeconds"), deliverSeconds},
            {QStringLiteral("messagesPerSecond"), messagesPerSecond},
            {QStringLiteral("received"), received},
            {QStringLiteral("messageBytes"), messageBytes},
            {QStringLiteral("queueCpuSeconds"), queueCpuSeconds},
            {QStringLiteral("deliverCpuSeconds"), deliverCpuSeconds},
            {QStringLiteral("serverCpuSeconds"), serverCpuSeconds}};
}

std::optional<MailFigures> MailBenchmark::measure(int emails)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        fail(QStringLiteral("cannot create a temporary folder"));
        return std::nullopt;
    }
    const QString path = dir.filePath(QStringLiteral("mail.agencydesk"));
    Result<std::shared_ptr<Database>> db = Database::open(path);
    if (!ok(db, str("Database::open")))
        return std::nullopt;
    AgencyProfile profile;
    profile.name = str("Harbor Point Insurance Agency");
    Result<Session> session =
        AgencyService::initialize(*db, profile, str("bench"), str("Bench Manager"), str("bench-pass-2026"));
    if (!ok(session, str("AgencyService::initialize")))
        return std::nullopt;
    const std::optional<QString> number = setUp(*session);
    if (!number)
        return std::nullopt;

    const int port = freePort();
    MailSettings settings;
    settings.host = str("127.0.0.1");
    settings.port = port;
    settings.security = SmtpSecurity::None;
    settings.fromName = str("Harbor Point Insurance");
    settings.fromAddress = str("certs@harborpoint.example");
    settings.bccAddress = str("copies@harborpoint.example");
    if (Status s = MailSettingsService(*session).update(settings); !s) {
        fail(str("MailSettingsService::update: ") + s.error().message);
        return std::nullopt;
    }

    MailFigures f;
    f.emails = emails;
    CertificateMailer mailer(*session);
    CertificateEmailRequest request;
    request.toHolder = true;
    request.message = str("Please find the certificate attached.");
    std::vector<double> each;
    each.reserve(emails);
    QElapsedTimer total;
    total.start();
    std::clock_t cpu = std::clock();
    for (int i = 0; i < emails; ++i) {
        QElapsedTimer t;
        t.start();
        auto ids = mailer.send(*number, request);
        if (!ok(ids, str("CertificateMailer::send")))
            return std::nullopt;
        each.push_back(msSince(t));
    }
    f.queueSeconds = msSince(total) / 1000.0;
    f.queueCpuSeconds = static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC;
    f.queueMsEach = statsOf(each);
    auto one = OutboxService(*session).messageBytes(1);
    if (ok(one, str("OutboxService::messageBytes")))
        f.messageBytes = one->size();

    const QString maildir = dir.filePath(QStringLiteral("maildir"));
    QProcess server;
    server.start(str("/usr/bin/python3"), {QStringLiteral(AGENCYDESK_SOURCE_DIR "/tests/mail/smtp_server.py"),
                                           str("--port"), QString::number(port), str("--maildir"), maildir});
    QByteArray out;
    QDeadlineTimer ready(30000);
    while (!out.contains("READY") && !ready.hasExpired() && server.state() != QProcess::NotRunning) {
        server.waitForReadyRead(200);
        out += server.readAllStandardOutput();
    }
    if (!out.contains("READY")) {
        fail(str("aiosmtpd did not start: ") + QString::fromUtf8(server.readAllStandardError()));
        return std::nullopt;
    }
    SenderOptions options;
    options.batchSize = emails;
    OutboxSender sender(path, options);
    const double serverCpuBefore = processCpuSeconds(server.processId());
    total.restart();
    cpu = std::clock();
    auto report = sender.runOnce();
    f.deliverSeconds = msSince(total) / 1000.0;
    f.deliverCpuSeconds = static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC;
    if (const double after = processCpuSeconds(server.processId()); after >= 0 && serverCpuBefore >= 0)
        f.serverCpuSeconds = after - serverCpuBefore;
    sender.close();
    server.terminate();
    server.waitForFinished(10000);
    if (!ok(report, str("OutboxSender::runOnce")))
        return std::nullopt;
    if (report->sent != emails)
        fail(QStringLiteral("sent %1 of %2 emails: %3").arg(report->sent).arg(emails).arg(report->lastError));
    f.messagesPerSecond = f.deliverSeconds > 0 ? report->sent / f.deliverSeconds : 0;
    f.received = static_cast<int>(QDir(maildir + str("/new")).entryList(QDir::Files).size());
    if (f.received != emails)
        fail(QStringLiteral("the server saved %1 of %2 emails").arg(f.received).arg(emails));
    return f;
}

} // namespace agencydesk::bench
