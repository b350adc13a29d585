// Renewals through the core services on a real SQLite file: renewing a policy moves every master to the new term,
// re-issues and delivers certificates (email at a real aiosmtpd, print queue), raises a request where the renewal
// no longer meets a holder's requirement, and is idempotent, resumable and the same when the renewal is downloaded.
#include "ActivityService.h"
#include "CatchCompat.h"
#include "CertificateMasterService.h"
#include "DownloadImportService.h"
#include "MailTestSupport.h"
#include "PrintQueueService.h"
#include "RenewalBook.h"
#include "RequestListService.h"
#include "SmtpTestServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <atomic>

using namespace agencydesk;
using namespace agencydesk::test;

namespace {

RenewalRunSummary runFor(const Session& session, qint64 policyId, const RenewalRunner::Progress& progress = {},
                         const std::atomic<bool>* cancel = nullptr)
{
    const std::optional<qint64> run = CertificateBatchBook::check(RenewalService(session).openRunFor(policyId));
    REQUIRE(run.has_value());
    Result<RenewalRunSummary> summary = RenewalRunner(session).execute(*run, progress, cancel);
    INFO((summary ? QString() : summary.error().message).toStdString());
    REQUIRE(summary.ok());
    return *summary;
}

/// A carrier's ACORD XML renewal of the book's GL for the term after the current one, at \a eachOccurrence.
QString writeRenewalDownload(const RenewalBook& book, qint64 eachOccurrence)
{
    const Policy next = book.renewalTerm(eachOccurrence); // the dates a renewal by hand proposes
    const QString xml = QStringLiteral(
                            R"(<?xml version="1.0" encoding="UTF-8"?>
<ACORD xmlns="http://www.ACORD.org/standards/PC_Surety/ACORD1/xml/">
  <InsuranceSvcRq>
    <GeneralLiabilityPolicyRenewRq>
      <InsuredOrPrincipal><GeneralPartyInfo>
        <NameInfo><CommlName><CommercialName>Granite HVAC Corp.</CommercialName></CommlName></NameInfo>
        <Addr><Addr1>12 Elm St</Addr1><City>Portland</City><StateProvCd>ME</StateProvCd><PostalCode>04101</PostalCode></Addr>
      </GeneralPartyInfo></InsuredOrPrincipal>
      <CommlPolicy>
        <PolicyNumber>GLP-7781234</PolicyNumber><LOBCd>CGL</LOBCd>
        <InsurerName>Acme Casualty Company</InsurerName>
        <ContractTerm><EffectiveDt>%1</EffectiveDt><ExpirationDt>%2</ExpirationDt></ContractTerm>
      </CommlPolicy>
      <GeneralLiabilityLineBusiness><LiabilityInfo>
        <CommlCoverage><CoverageCd>EAOCC</CoverageCd><Limit><FormatCurrencyAmt><Amt>%3</Amt></FormatCurrencyAmt></Limit></CommlCoverage>
        <CommlCoverage><CoverageCd>GENAG</CoverageCd><Limit><FormatCurrencyAmt><Amt>2000000</Amt></FormatCurrencyAmt></Limit></CommlCoverage>
      </LiabilityInfo></GeneralLiabilityLineBusiness>
    </GeneralLiabilityPolicyRenewRq>
  </InsuranceSvcRq>
</ACORD>
)")
                            .arg(next.effective.toString(Qt::ISODate), next.expiration.toString(Qt::ISODate))
                            .arg(eachOccurrence);
    const QString path = book.dir.filePath(QStringLiteral("renewal-GLP-7781234.xml"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(xml.toUtf8());
    return path;
}

} // namespace

TEST_CASE("renewing a policy re-issues to the holders who receive renewals, emails the renewal certificate with the "
          "agency in Bcc, queues the print holder and raises a request for the holder the new limit fails")
{
    RenewalBook book;
    SmtpTestServer server;
    REQUIRE(server.start());
    configureMail(book.manager, mailSettingsFor(server));
    const Session csr = book.as(Role::CertificateSpecialist);

    Policy term = book.renewalTerm(500000);
    const Result<qint64> renewed = RenewalService(csr).renew(term);
    INFO((renewed ? QString() : renewed.error().message).toStdString());
    REQUIRE(renewed.ok());
    const Policy stored = CertificateBatchBook::check(PolicyService(csr).get(*renewed));
    CHECK(stored.priorPolicyId == book.glId);
    CHECK(stored.number == QStringLiteral("GLP-7781234"));
    const Policy prior = CertificateBatchBook::check(PolicyService(csr).get(book.glId));
    CHECK(stored.effective == prior.expiration);
    CHECK(stored.expiration == prior.expiration.addDays(prior.effective.daysTo(prior.expiration)));
    CHECK(stored.limit(QStringLiteral("EachOccurrence")) == 500000);
    CHECK(stored.limit(QStringLiteral("GeneralAggregate")) == 2000000); // carried over

    const RenewalRunSummary summary = runFor(csr, *renewed);
    CHECK(summary.masters == 1);
    CHECK(summary.mastersUpdated == 1);
    CHECK(summary.certificatesIssued == 2);
    CHECK(summary.emailsQueued == 1);
    CHECK(summary.printQueued == 1);
    CHECK(summary.requestsRaised == 1);
    CHECK(summary.notReceiving == 1);
    CHECK(summary.items.size() == 4);

    // The master now shows the new term under the same insurer letter.
    const CertificateMaster master = CertificateBatchBook::check(CertificateMasterService(csr).get(book.masterId));
    REQUIRE(master.policies.size() == 2);
    bool showsNewTerm = false;
    for (const MasterPolicy& mp : master.policies) {
        CHECK(mp.policyId != book.glId);
        if (mp.policyId == *renewed) {
            showsNewTerm = true;
            CHECK(mp.insurerLetter == QStringLiteral("A"));
        }
    }
    CHECK(showsNewTerm);

    // Exactly two new revisions: the email holder's and the print holder's.
    CHECK(book.revision(book.emailHolder) == 2);
    CHECK(book.revision(book.printHolder) == 2);
    CHECK(book.revision(book.quietHolder) == 1);
    CHECK(book.revision(book.strictHolder) == 1);
    CHECK(book.count(QStringLiteral("SELECT COUNT(*) FROM certificates")) == 6);

    // The renewal certificate shows the new term's dates and limit.
    const std::vector<IssuedCertificate> emailCerts =
        CertificateBatchBook::check(CertificateService(csr).forHolder(book.emailHolder));
    const auto latest = std::max_element(emailCerts.begin(), emailCerts.end(),
                                         [](const auto& a, const auto& b) { return a.revision < b.revision; });
    const QByteArray pdf = CertificateBatchBook::check(CertificateService(csr).reprint(latest->number));
    const QString text = pdfText(pdf);
    CHECK(text.contains(stored.expiration.toString(QStringLiteral("MM/dd/yyyy"))));
    CHECK(text.contains(QStringLiteral("500,000")));

    // One email, to the email holder, the renewal template, the stored PDF byte for byte, the agency in Bcc.
    REQUIRE(sendOutbox(book).sent == 1);
    const QJsonArray received = server.messages();
    REQUIRE(received.size() == 1);
    const QJsonObject mail = received.at(0).toObject();
    CHECK(mail.value(QStringLiteral("to")).toString() == QStringLiteral("coi@bayview.example"));
    CHECK(mail.value(QStringLiteral("subject")).toString() ==
          QStringLiteral("Renewed certificate of insurance %1 for Granite HVAC Corp.").arg(latest->number));
    CHECK(mail.value(QStringLiteral("rcptTo")).toArray().contains(kAgencyBcc));
    const QJsonArray attachments = mail.value(QStringLiteral("attachments")).toArray();
    REQUIRE(attachments.size() == 1);
    CHECK(attachments.at(0).toObject().value(QStringLiteral("filename")).toString() == latest->number + ".pdf");
    CHECK(attachments.at(0).toObject().value(QStringLiteral("sha256")).toString() == sha256(pdf));

    // One print-queue entry: the print holder's new revision.
    const std::vector<PrintQueueEntry> queue = CertificateBatchBook::check(PrintQueueService(csr).pending());
    REQUIRE(queue.size() == 1);
    CHECK(queue[0].holderName == QStringLiteral("Harbor Realty Trust"));

    // One manual request, from the renewal, with the reason.
    CHECK(book.count(QStringLiteral("SELECT COUNT(*) FROM certificate_requests")) == 1);
    CHECK(book.count(QStringLiteral("SELECT COUNT(*) FROM certificate_requests WHERE source = 'renewal' AND "
                                    "manual = 1 AND status = 'new' AND holder_id = %1")
                         .arg(book.strictHolder)) == 1);
    const CertificateRequest request = CertificateBatchBook::check(
        RequestListService(csr).get(book.count(QStringLiteral("SELECT id FROM certificate_requests"))));
    CHECK(request.manualReason.contains(QStringLiteral("Each occurrence $500,000 is below the required $1,000,000")));
    CHECK(request.department == certificatesDepartment());

    // The run is kept, completed, with its summary in the activity log.
    const std::vector<RenewalRun> runs = CertificateBatchBook::check(RenewalService(csr).runs());
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].status == RenewalRunStatus::Completed);
    CHECK(runs[0].summary.certificatesIssued == 2);
    CHECK(book.count(QStringLiteral("SELECT COUNT(*) FROM activities WHERE entity_type = 'policy' AND action = "
                                    "'renewal_run' AND summary LIKE '%2 certificates re-issued%'")) == 1);
}

TEST_CASE("running a renewal again changes nothing, and the same policy cannot be renewed twice")
{
    RenewalBook book;
    const qint64 term = CertificateBatchBook::check(RenewalService(book.manager).renew(book.renewalTerm()));
    const qint64 run = CertificateBatchBook::check(RenewalService(book.manager).openRunFor(term)).value_or(0);
    REQUIRE(run > 0);
    REQUIRE(RenewalRunner(book.manager).execute(run).ok());
    const QString after = book.fingerprint();
    const Result<RenewalRunSummary> again = RenewalRunner(book.manager).execute(run);
    REQUIRE(again.ok());
    CHECK(again->certificatesIssued == 2); // the run's summary, unchanged
    CHECK(book.fingerprint() == after);
    CHECK(book.count(QStringLiteral("SELECT COUNT(*) FROM renewal_run_items")) == 4);

    const Result<qint64> twice = RenewalService(book.manager).renew(book.renewalTerm());
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == ErrorCode::Conflict);
    CHECK(twice.error().message.contains(QStringLiteral("already renewed")));
    CHECK(book.fingerprint() == after);
}

TEST_CASE("a cancelled renewal run leaves each master whole and resumes to the state of an uninterrupted run")
{
    // Two books, the same story with a second master over the GL: one run straight, one cancelled then resumed.
    auto prepare = [](RenewalBook& book) {
        CertificateMaster second;
        second.insuredId = book.insuredId;
        second.name = QStringLiteral("Projects");
        second.policies = {MasterPolicy{}};
        second.policies[0].policyId = book.glId;
        const qint64 id = CertificateBatchBook::check(CertificateMasterService(book.manager).create(second));
        for (int i = 1; i <= 3; ++i)
            book.holder(QStringLiteral("Project owner %1").arg(i), DeliveryPreference::Email,
                        QStringLiteral("owner%1@example.com").arg(i), true, 0, id);
        return id;
    };
    RenewalBook straight;
    prepare(straight);
    const qint64 straightTerm =
        CertificateBatchBook::check(RenewalService(straight.manager).renew(straight.renewalTerm()));
    runFor(straight.manager, straightTerm);

    RenewalBook book;
    const qint64 second = prepare(book);
    const qint64 term = CertificateBatchBook::check(RenewalService(book.manager).renew(book.renewalTerm()));
    std::atomic<bool> cancel{false};
    int lastDone = 0;
    const RenewalRunSummary first = runFor(
        book.manager, term,
        [&](int done, int total, const QString&) {
            lastDone = done;
            CHECK(total == 7);
            cancel.store(true); // asked during the first master: seen before the second
        },
        &cancel);
    CHECK(first.cancelled);
    CHECK(lastDone == 4);
    // The first master is fully renewed; the second is untouched.
    const CertificateMaster untouched = CertificateBatchBook::check(CertificateMasterService(book.manager).get(second));
    REQUIRE(untouched.policies.size() == 1);
    CHECK(untouched.policies[0].policyId == book.glId);
    CHECK(book.count(QStringLiteral("SELECT COUNT(*) FROM certificates WHERE master_id = %1").arg(second)) == 0);
    CHECK(book.revision(book.emailHolder) == 2);
    const std::vector<RenewalRun> partial =
        CertificateBatchBook::check(RenewalService(book.manager).runs(RenewalRunStatus::Partial));
    REQUIRE(partial.size() == 1);

    // Resumed: the same final state as the uninterrupted run.
    cancel.store(false);
    const RenewalRunSummary resumed = runFor(book.manager, term);
    CHECK_FALSE(resumed.cancelled);
    CHECK(resumed.certificatesIssued == 5);
    CHECK(resumed.mastersUpdated == 2);
    CHECK(book.fingerprint().toStdString() == straight.fingerprint().toStdString());
    CHECK(CertificateBatchBook::check(RenewalService(book.manager).run(partial[0].id)).status ==
          RenewalRunStatus::Completed);
}

TEST_CASE("a renewal arriving in a carrier download has the same outcome as a renewal by hand")
{
    RenewalBook byHand;
    const qint64 term = CertificateBatchBook::check(RenewalService(byHand.manager).renew(byHand.renewalTerm(500000)));
    runFor(byHand.manager, term);

    RenewalBook book;
    const QString file = writeRenewalDownload(book, 500000);
    const Session processor = book.as(Role::DataProcessor);
    const Result<DownloadImportSummary> imported = DownloadImportService(processor).importPaths({file});
    INFO((imported ? imported->toText() : imported.error().message).toStdString());
    REQUIRE(imported.ok());
    CHECK(imported->count(&DownloadFileOutcome::imported) == 1);
    CHECK(imported->renewalError.isEmpty());
    REQUIRE(imported->renewals.size() == 1);
    const RenewalRunSummary& run = imported->renewals[0];
    CHECK(run.certificatesIssued == 2);
    CHECK(run.emailsQueued == 1);
    CHECK(run.printQueued == 1);
    CHECK(run.requestsRaised == 1);
    CHECK(run.notReceiving == 1);
    CHECK(imported->toText().contains(QStringLiteral("2 certificates re-issued")));
    CHECK(book.fingerprint().toStdString() == byHand.fingerprint().toStdString());

    // Importing the same file again: nothing new.
    const QString after = book.fingerprint();
    const Result<DownloadImportSummary> again = DownloadImportService(processor).importPaths({file});
    REQUIRE(again.ok());
    CHECK(again->renewals.empty());
    CHECK(book.fingerprint() == after);
}

TEST_CASE("with follow-through set to ask, a downloaded renewal waits as a pending run")
{
    RenewalBook book;
    RenewalSettings settings;
    settings.followThrough = FollowThrough::Ask;
    REQUIRE(RenewalService(book.manager).setSettings(settings).ok());
    const Result<DownloadImportSummary> imported =
        DownloadImportService(book.manager).importPaths({writeRenewalDownload(book, 1000000)});
    REQUIRE(imported.ok());
    CHECK(imported->renewals.empty());
    const std::vector<RenewalRun> pending =
        CertificateBatchBook::check(RenewalService(book.manager).runs(RenewalRunStatus::Pending));
    REQUIRE(pending.size() == 1);
    CHECK(pending[0].priorPolicyId == book.glId);
    CHECK(book.revision(book.emailHolder) == 1);
    // Run later: every receiving holder now complies (the limit stayed at $1,000,000).
    const Result<RenewalRunSummary> ran = RenewalRunner(book.manager).execute(pending[0].id);
    REQUIRE(ran.ok());
    CHECK(ran->certificatesIssued == 3);
    CHECK(ran->requestsRaised == 0);
}

TEST_CASE("a dry run of a renewal tells what would happen and changes nothing")
{
    RenewalBook book;
    const QString before = book.fingerprint();
    const qint64 policies = book.count(QStringLiteral("SELECT COUNT(*) FROM policies"));
    const Result<RenewalRunSummary> preview = RenewalRunner(book.manager).previewRenewal(book.renewalTerm(500000));
    INFO((preview ? QString() : preview.error().message).toStdString());
    REQUIRE(preview.ok());
    CHECK(preview->dryRun);
    CHECK(preview->mastersUpdated == 1);
    CHECK(preview->certificatesIssued == 2);
    CHECK(preview->emailsQueued == 1);
    CHECK(preview->printQueued == 1);
    CHECK(preview->requestsRaised == 1);
    CHECK(preview->toText().startsWith(QStringLiteral("Dry run: ")));
    CHECK(book.fingerprint() == before);
    CHECK(book.count(QStringLiteral("SELECT COUNT(*) FROM policies")) == policies);
    CHECK(book.count(QStringLiteral("SELECT COUNT(*) FROM renewal_runs")) == 0);
}

TEST_CASE("new dates on a policy re-issue its holders' certificates with the new dates")
{
    RenewalBook book;
    Policy gl = CertificateBatchBook::check(PolicyService(book.manager).get(book.glId));
    gl.expiration = gl.expiration.addDays(31);
    REQUIRE(PolicyService(book.manager).update(gl).ok());
    const RenewalRunSummary summary = runFor(book.manager, book.glId);
    CHECK(summary.mastersUpdated == 0);
    CHECK(summary.certificatesIssued == 3); // the strict holder is met: the limit did not change
    const std::vector<IssuedCertificate> certs =
        CertificateBatchBook::check(CertificateService(book.manager).forHolder(book.printHolder));
    const auto latest = std::max_element(certs.begin(), certs.end(),
                                         [](const auto& a, const auto& b) { return a.revision < b.revision; });
    CHECK(latest->revision == 2);
    const QByteArray pdf = CertificateBatchBook::check(CertificateService(book.manager).reprint(latest->number));
    CHECK(pdfText(pdf).contains(gl.expiration.toString(QStringLiteral("MM/dd/yyyy"))));
    // Editing something else queues nothing.
    gl = CertificateBatchBook::check(PolicyService(book.manager).get(book.glId));
    gl.premiumCents = 123400;
    REQUIRE(PolicyService(book.manager).update(gl).ok());
    CHECK_FALSE(CertificateBatchBook::check(RenewalService(book.manager).openRunFor(book.glId)).has_value());
}

TEST_CASE("a renewal with another carrier takes that carrier's insurer letter on the master")
{
    RenewalBook book;
    Policy term = book.renewalTerm(1000000);
    term.carrierId = 0;
    term.carrierName = QStringLiteral("Erie Insurance Exchange"); // the WC's carrier, letter B
    const qint64 id = CertificateBatchBook::check(RenewalService(book.manager).renew(term));
    runFor(book.manager, id);
    const CertificateMaster master =
        CertificateBatchBook::check(CertificateMasterService(book.manager).get(book.masterId));
    for (const MasterPolicy& mp : master.policies)
        CHECK(mp.insurerLetter == QStringLiteral("B"));
}

TEST_CASE("before mail is set up, a renewal prints what it would have emailed and says why")
{
    RenewalBook book;
    QSqlQuery off = book.db->query();
    REQUIRE(off.exec(QStringLiteral("UPDATE settings SET value = '' WHERE key = 'mail.host'")));
    const qint64 term = CertificateBatchBook::check(RenewalService(book.manager).renew(book.renewalTerm(1000000)));
    const RenewalRunSummary summary = runFor(book.manager, term);
    CHECK(summary.certificatesIssued == 3);
    CHECK(summary.emailsQueued == 0);
    CHECK(summary.printQueued == 3);
    CHECK(book.count(QStringLiteral("SELECT COUNT(*) FROM outbox")) == 0);
    int explained = 0;
    for (const RenewalRunItem& item : summary.items)
        explained += item.reason == QStringLiteral("Mail is not set up: printed instead.") ? 1 : 0;
    CHECK(explained == 2); // the email and strict holders; the print holder wanted paper
}

TEST_CASE("taking lapsed lines off a master republishes it: holders who receive renewals get a certificate without "
          "them, by the usual email")
{
    RenewalBook book;
    const qint64 wc = book.count(QStringLiteral("SELECT id FROM policies WHERE number = 'WCX-5550001'"));
    REQUIRE(PolicyService(book.manager).cancel(wc).ok());
    const std::vector<Policy> removed =
        CertificateBatchBook::check(CertificateMasterService(book.manager).removeLapsedLines(book.masterId));
    REQUIRE(removed.size() == 1);
    const RenewalRunSummary summary = runFor(book.manager, wc);
    CHECK(summary.mastersUpdated == 0);
    CHECK(summary.certificatesIssued == 3); // email, print and strict holders; the quiet one gets nothing
    CHECK(summary.emailsQueued == 2);
    CHECK(summary.printQueued == 1);
    CHECK(book.revision(book.quietHolder) == 1);
    const std::vector<IssuedCertificate> certs =
        CertificateBatchBook::check(CertificateService(book.manager).forHolder(book.emailHolder));
    const auto latest = std::max_element(certs.begin(), certs.end(),
                                         [](const auto& a, const auto& b) { return a.revision < b.revision; });
    REQUIRE(latest->revision == 2);
    const QString text = pdfText(CertificateBatchBook::check(CertificateService(book.manager).reprint(latest->number)));
    CHECK(text.contains(QStringLiteral("GLP-7781234")));
    CHECK_FALSE(text.contains(QStringLiteral("WCX-5550001")));
    CHECK(book.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE kind = 'certificate_issued_holder'")) == 2);
    const RenewalRun run = CertificateBatchBook::check(RenewalService(book.manager).runs()).at(0);
    CHECK(run.trigger == RenewalTrigger::Lines);
    CHECK(run.masterId == book.masterId);
}
