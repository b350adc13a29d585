#include "BenchRuns.h"

#include "BenchBook.h"
#include "BenchOutput.h"
#include "BenchSystem.h"
#include "CertificateBenchmark.h"
#include "DocumentBenchmark.h"
#include "DownloadBenchmark.h"
#include "MailBenchmark.h"
#include "RenewalBenchmark.h"
#include "RequestBenchmark.h"

#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace agencydesk::bench {

namespace {

void printCertificates(const std::optional<CertificateRenderFigures>& render,
                       const std::optional<CertificateIssueFigures>& issue)
{
    if (render) {
        row("certificates rendered to PDF (one thread)", QString::number(render->count));
        row("  per certificate, wall  [target 10 ms]", statsText(render->perCertificate));
        row("  per certificate, process CPU", msText(render->cpuMsEach));
        row("  certificates per second  [target 100]", QString::number(render->perSecond, 'f', 1));
        row("  largest PDF  [target 60 KB]", QStringLiteral("%1 KB").arg(render->largestBytes / 1024.0, 0, 'f', 1));
        row("  split: QPdfWriter + painter.begin", statsText(render->setupMs));
        row("  split: CertificateRenderer::paint", statsText(render->paintMs));
        row("  split: painter.end (page, fonts, compress)", statsText(render->endMs));
    }
    if (issue) {
        row("certificates issued (CertificateService)",
            QStringLiteral("%1 holders of one master, fresh database").arg(issue->holders));
        row("  setup (agency + PBKDF2, policies, master)", msText(issue->setupMs));
        row("  holders imported from CSV (one transaction)", msText(issue->holdersMs));
        row("  total", QStringLiteral("%1 s").arg(issue->totalSeconds, 0, 'f', 2));
        row("  per certificate, wall", statsText(issue->perCertificate));
        row("  per certificate, process CPU", msText(issue->cpuMsEach));
        row("  database file (db + wal)", QStringLiteral("%1 MiB").arg(mib(issue->databaseBytes), 0, 'f', 1));
    }
    std::fflush(stdout);
}

} // namespace

void runCertificates(const Options& options, QJsonObject& report)
{
    note(QStringLiteral("Rendering %1 certificates ...").arg(options.certificates));
    const std::optional<CertificateRenderFigures> render = CertificateBenchmark::measureRender(options.certificates);
    note(QStringLiteral("Issuing certificates for %1 holders ...").arg(options.issueHolders));
    const std::optional<CertificateIssueFigures> issue = CertificateBenchmark::measureIssue(options.issueHolders);
    QJsonObject certificates;
    if (render)
        certificates.insert(QStringLiteral("render"), render->toJson());
    if (issue)
        certificates.insert(QStringLiteral("issue"), issue->toJson());
    report.insert(QStringLiteral("certificates"), certificates);
    printCertificates(render, issue);
}

void runMail(const Options& options, QJsonObject& report)
{
    note(QStringLiteral("Queueing and delivering %1 certificate emails ...").arg(options.mailEmails));
    if (const std::optional<MailFigures> mail = MailBenchmark::measure(options.mailEmails)) {
        report.insert(QStringLiteral("mail"), mail->toJson());
        row("certificate emails queued (CertificateMailer)", QString::number(mail->emails));
        row("  queue all  [target 2 s for 1,000]", QStringLiteral("%1 s").arg(mail->queueSeconds, 0, 'f', 2));
        row("  per email", statsText(mail->queueMsEach));
        row("  queue, AgencyDesk CPU", QStringLiteral("%1 s").arg(mail->queueCpuSeconds, 0, 'f', 2));
        row("  one message on the wire (PDF attached)",
            QStringLiteral("%1 KB").arg(mail->messageBytes / 1024.0, 0, 'f', 1));
        row("  delivered to aiosmtpd, one connection", QStringLiteral("%1 s").arg(mail->deliverSeconds, 0, 'f', 2));
        row("  messages per second  [target 20]", QString::number(mail->messagesPerSecond, 'f', 1));
        row("  deliver, AgencyDesk CPU", QStringLiteral("%1 s").arg(mail->deliverCpuSeconds, 0, 'f', 2));
        row("  deliver, aiosmtpd (Python) CPU", QStringLiteral("%1 s").arg(mail->serverCpuSeconds, 0, 'f', 2));
        row("  saved by the server", QString::number(mail->received));
        std::fflush(stdout);
    }
}

bool runDownloads(const Options& options, QJsonObject& report)
{
    QTemporaryDir tempDir;
    const std::optional<Book> book = prepareBook(options, tempDir);
    if (!book)
        return false;
    const std::optional<DownloadFigures> f =
        DownloadBenchmark::measure(book->path, options.downloadPolicies, options.al3Policies);
    if (!f)
        return false;
    report.insert(QStringLiteral("downloads"), f->toJson());
    row("downloads: book", QStringLiteral("%1 insureds (a copy; the book is not changed)").arg(options.insureds));
    row("ACORD XML imported (parse + match + store)", QStringLiteral("%1 policies in %2 files, %3 MiB")
                                                          .arg(f->xmlPolicies)
                                                          .arg(f->xmlFiles)
                                                          .arg(mib(f->xmlBytes), 0, 'f', 1));
    row("  total, one thread",
        QStringLiteral("%1 s (CPU %2 s)").arg(f->xmlSeconds, 0, 'f', 2).arg(f->xmlCpuSeconds, 0, 'f', 2));
    row("  policies per second  [target 5,000]", QString::number(f->xmlPerSecond, 'f', 0));
    row("  attached (exact match) / unattached", QStringLiteral("%1 / %2").arg(f->attached).arg(f->unattached));
    row("  the same files again (all unchanged)", QStringLiteral("%1 s").arg(f->reimportSeconds, 0, 'f', 2));
    row("AL3 batch, one file  [target 5 s for 10,000]", QStringLiteral("%1 policies, %2 MiB: %3 s (CPU %4 s)")
                                                            .arg(f->al3Policies)
                                                            .arg(mib(f->al3Bytes), 0, 'f', 1)
                                                            .arg(f->al3Seconds, 0, 'f', 2)
                                                            .arg(f->al3CpuSeconds, 0, 'f', 2));
    row("peak RSS: before, after 1/10 of the XML, after all", QStringLiteral("%1 / %2 / %3 MiB")
                                                                  .arg(mib(f->rssBeforeBytes), 0, 'f', 1)
                                                                  .arg(mib(f->rssAfterTenthBytes), 0, 'f', 1)
                                                                  .arg(mib(f->rssAfterXmlBytes), 0, 'f', 1));
    row("peak RSS after the AL3 batch", QStringLiteral("%1 MiB").arg(mib(f->rssAfterAl3Bytes), 0, 'f', 1));
    if (f->privateMaxXmlBytes >= 0)
        row("private memory: most between XML files, after AL3", QStringLiteral("%1 / %2 MiB")
                                                                     .arg(mib(f->privateMaxXmlBytes), 0, 'f', 1)
                                                                     .arg(mib(f->privateAfterAl3Bytes), 0, 'f', 1));
    std::fflush(stdout);
    return true;
}

bool runDocuments(const Options& options, QJsonObject& report)
{
    note(QStringLiteral("Adding a %1 MB, %2-page PDF ...").arg(options.docMegabytes).arg(options.docPages));
    const std::optional<DocumentAddFigures> add =
        DocumentBenchmark::measureAdd(options.docPages, options.docMegabytes, options.listDocuments);
    if (!add)
        return false;
    QTemporaryDir tempDir;
    const std::optional<Book> book = prepareBook(options, tempDir);
    if (!book)
        return false;
    const std::optional<DocumentSearchFigures> search =
        DocumentBenchmark::measureSearch(book->path, options.documents, options.queryCount);
    if (!search)
        return false;
    report.insert(QStringLiteral("documents"),
                  QJsonObject{{QStringLiteral("add"), add->toJson()}, {QStringLiteral("search"), search->toJson()}});
    row("large PDF added (DocumentService::add)", QStringLiteral("%1 pages, %2 MiB (made in %3)")
                                                      .arg(add->pages)
                                                      .arg(mib(add->bytes), 0, 'f', 1)
                                                      .arg(msText(add->generateMs)));
    row("  stored, text-indexed, thumbnailed  [target 2 s]",
        QStringLiteral("%1 wall, %2 process CPU, %3 characters of text")
            .arg(msText(add->addMs), msText(add->cpuMs))
            .arg(add->textChars));
    row("list of one insured's documents  [target 200 ms]",
        QStringLiteral("%1 documents: %2").arg(add->listDocuments).arg(statsText(add->listMs)));
    row("book with documents", QStringLiteral("%1 insureds, %2 documents (%3 added in %4 s)")
                                   .arg(options.insureds)
                                   .arg(search->documentsInBook)
                                   .arg(search->documentsAdded)
                                   .arg(search->insertSeconds, 0, 'f', 1));
    row("super search, book queries  [target p95 15 ms]", statsText(search->superSearch));
    row("super search, words in documents  [p95 15 ms]", statsText(search->superSearchWords));
    row("doc search (DocumentService::search), same words", statsText(search->documentSearch));
    std::fflush(stdout);
    return true;
}

bool runRequests(const Options& options, QJsonObject& report)
{
    const int insureds = std::clamp(options.requests / 100, 1, 500);
    note(QStringLiteral("Request desk: %1 requests for %2 customers ...").arg(options.requests).arg(insureds));
    const std::optional<RequestFigures> f =
        RequestBenchmark::measure(options.requests, insureds, 50, options.requestIntakes);
    if (!f)
        return false;
    report.insert(QStringLiteral("requests"), f->toJson());
    row("request desk: requests (pending)", QStringLiteral("%1 (%2) for %3 customers, made in %4 s")
                                                .arg(f->requests)
                                                .arg(f->pending)
                                                .arg(f->insureds)
                                                .arg(f->generateSeconds, 0, 'f', 1));
    row("  default view, New + In Progress  [target 200 ms]",
        QStringLiteral("%1 rows: %2").arg(f->defaultViewRows).arg(statsText(f->defaultView)));
    if (f->tabOpen.count > 0)
        row("  Requests tab opened, shown and painted  [target 200 ms]", statsText(f->tabOpen));
    row("  pending count  [target 5 ms]", statsText(f->pendingCount));
    row("  default view searched by customer name", statsText(f->searchView));
    row("  intake + automatic processing  [target 100 ms]",
        QStringLiteral("%1 (%2 completed)").arg(statsText(f->intake)).arg(f->intakeCompleted));
    std::fflush(stdout);
    return true;
}

bool runRenewals(const Options& options, QJsonObject& report)
{
    note(QStringLiteral("Renewal run: %1 holders on %2 masters ...")
             .arg(options.renewalHolders)
             .arg(options.renewalMasters));
    const std::optional<RenewalFigures> f =
        RenewalBenchmark::measure(std::min(options.renewalMasters, options.renewalHolders), options.renewalHolders);
    if (!f)
        return false;
    report.insert(QStringLiteral("renewals"), f->toJson());
    row("renewal run: holders on masters",
        QStringLiteral("%1 on %2 (made in %3 s)").arg(f->holders).arg(f->masters).arg(f->setupSeconds, 0, 'f', 1));
    row("  renew (term + queued run)", QStringLiteral("%1 ms").arg(f->renewMs, 0, 'f', 1));
    row("  whole run  [target 20 s for 1,000 on 10]", QStringLiteral("%1 s").arg(f->runSeconds, 0, 'f', 2));
    row("  per holder (render, store, queue email)", QStringLiteral("%1 ms").arg(f->msPerHolder, 0, 'f', 1));
    row("  run, AgencyDesk CPU", QStringLiteral("%1 s").arg(f->runCpuSeconds, 0, 'f', 2));
    row("  longest master transaction", QStringLiteral("%1 ms").arg(f->longestMasterMs, 0, 'f', 0));
    row("  longest gap between progress reports", QStringLiteral("%1 ms").arg(f->longestProgressGapMs, 0, 'f', 0));
    row("  certificates / emails / masters updated",
        QStringLiteral("%1 / %2 / %3").arg(f->certificatesIssued).arg(f->emailsQueued).arg(f->mastersUpdated));
    std::fflush(stdout);
    return true;
}

} // namespace agencydesk::bench
