#include "RenewalBenchmark.h"

#include "CertificateHolderService.h"
#include "CertificateMasterService.h"
#include "Database.h"
#include "InsuredService.h"
#include "MailSettingsService.h"
#include "PolicyService.h"
#include "RenewalRunner.h"
#include "RenewalService.h"

#include <QTemporaryDir>

#include <ctime>

namespace agencydesk::bench {

namespace {

template <typename T> bool ok(const Result<T>& r, const char* what)
{
    if (!r)
        fail(QStringLiteral("%1: %2").arg(QLatin1String(what), r.error().message));
    return r.ok();
}

/// The client, its GL policy on \a masters masters and \a holders holders; the policy's id.
std::optional<qint64> makeBook(const Session& s, int masters, int holders)
{
    MailSettings mail; // queued only: nothing is sent
    mail.host = QStringLiteral("127.0.0.1");
    mail.fromAddress = QStringLiteral("service@agency.example");
    mail.bccAddress = QStringLiteral("copies@agency.example");
    if (!ok(MailSettingsService(s).update(mail), "mail settings"))
        return std::nullopt;
    Insured i;
    i.name = QStringLiteral("Granite HVAC Corp.");
    i.email = QStringLiteral("office@granite.example");
    const Result<qint64> insured = InsuredService(s).create(i);
    if (!ok(insured, "insured"))
        return std::nullopt;
    Policy p;
    p.insuredId = *insured;
    p.number = QStringLiteral("GLP-7781234");
    p.carrierName = QStringLiteral("Acme Casualty Company");
    p.effective = QDate::currentDate().addDays(-330);
    p.expiration = QDate::currentDate().addDays(35);
    p.coverages = {{QStringLiteral("EachOccurrence"), 1000000}, {QStringLiteral("GeneralAggregate"), 2000000}};
    const Result<qint64> policy = PolicyService(s).create(p);
    if (!ok(policy, "policy"))
        return std::nullopt;
    int made = 0;
    for (int m = 0; m < masters; ++m) {
        CertificateMaster master;
        master.insuredId = *insured;
        master.name = QStringLiteral("Project %1").arg(m + 1);
        master.description = QStringLiteral("HVAC installation and service at project site %1.").arg(m + 1);
        master.policies = {MasterPolicy{}};
        master.policies[0].policyId = *policy;
        const Result<qint64> masterId = CertificateMasterService(s).create(master);
        if (!ok(masterId, "master"))
            return std::nullopt;
        const int here = holders / masters + (m < holders % masters ? 1 : 0);
        for (int h = 0; h < here; ++h, ++made) {
            CertificateHolderRecord holder;
            holder.masterId = *masterId;
            holder.name = QStringLiteral("Holder %1 General Contractors").arg(made + 1, 4, 10, QLatin1Char('0'));
            holder.address1 = QStringLiteral("%1 Harbor Blvd").arg(100 + made);
            holder.city = QStringLiteral("Boston");
            holder.state = QStringLiteral("MA");
            holder.postalCode = QStringLiteral("02110");
            holder.email = QStringLiteral("coi%1@holder.example").arg(made + 1);
            if (!ok(CertificateHolderService(s).create(holder), "holder"))
                return std::nullopt;
        }
    }
    return *policy;
}

} // namespace

QJsonObject RenewalFigures::toJson() const
{
    return {{QStringLiteral("masters"), masters},
            {QStringLiteral("holders"), holders},
            {QStringLiteral("setupSeconds"), setupSeconds},
            {QStringLiteral("renewMs"), renewMs},
            {QStringLiteral("runSeconds"), runSeconds},
            {QStringLiteral("runCpuSeconds"), runCpuSeconds},
            {QStringLiteral("msPerHolder"), msPerHolder},
            {QStringLiteral("longestMasterMs"), longestMasterMs},
            {QStringLiteral("longestProgressGapMs"), longestProgressGapMs},
            {QStringLiteral("certificatesIssued"), certificatesIssued},
            {QStringLiteral("emailsQueued"), emailsQueued},
            {QStringLiteral("mastersUpdated"), mastersUpdated}};
}

std::optional<RenewalFigures> RenewalBenchmark::measure(int masters, int holders)
{
    QTemporaryDir dir;
    std::optional<Session> session = freshDatabase(dir.filePath(QStringLiteral("renewals.sqlite")));
    if (!session)
        return std::nullopt;
    RenewalFigures f;
    f.masters = masters;
    f.holders = holders;
    QElapsedTimer setup;
    setup.start();
    const std::optional<qint64> policy = makeBook(*session, masters, holders);
    if (!policy)
        return std::nullopt;
    f.setupSeconds = msSince(setup) / 1000.0;

    QElapsedTimer renewTimer;
    renewTimer.start();
    const Result<Policy> term = RenewalService(*session).proposeTerm(*policy);
    if (!ok(term, "proposeTerm"))
        return std::nullopt;
    const Result<qint64> renewed = RenewalService(*session).renew(*term);
    if (!ok(renewed, "renew"))
        return std::nullopt;
    f.renewMs = msSince(renewTimer);
    const Result<std::optional<qint64>> run = RenewalService(*session).openRunFor(*renewed);
    if (!ok(run, "openRunFor") || !*run) {
        fail(QStringLiteral("renew queued no run"));
        return std::nullopt;
    }

    // Progress comes after each holder; a master's transaction ends after its last holder.
    QElapsedTimer clock;
    double lastProgress = 0;
    double masterStart = 0;
    int holdersPerMaster = holders / masters;
    const RenewalRunner::Progress progress = [&](int done, int, const QString&) {
        const double now = msSince(clock);
        f.longestProgressGapMs = std::max(f.longestProgressGapMs, now - lastProgress);
        lastProgress = now;
        if (holdersPerMaster > 0 && done % holdersPerMaster == 0) {
            f.longestMasterMs = std::max(f.longestMasterMs, now - masterStart);
            masterStart = now;
        }
    };
    const std::clock_t cpuStart = std::clock();
    clock.start();
    const Result<RenewalRunSummary> summary = RenewalRunner(*session).execute(**run, progress);
    f.runSeconds = msSince(clock) / 1000.0;
    f.runCpuSeconds = static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    if (!ok(summary, "RenewalRunner::execute"))
        return std::nullopt;
    f.msPerHolder = 1000.0 * f.runSeconds / std::max(1, holders);
    f.certificatesIssued = summary->certificatesIssued;
    f.emailsQueued = summary->emailsQueued;
    f.mastersUpdated = summary->mastersUpdated;
    if (f.certificatesIssued != holders || f.emailsQueued != holders || f.mastersUpdated != masters)
        fail(QStringLiteral("renewal run: %1").arg(summary->toText()));
    return f;
}

} // namespace agencydesk::bench
