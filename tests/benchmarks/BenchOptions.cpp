#include "BenchOptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <tuple>

namespace agencydesk::bench {

std::optional<Options> parseOptions(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("AgencyDesk performance benchmark (see docs/BENCHMARKS.md)."));
    parser.addHelpOption();
    const QCommandLineOption insuredsOpt(QStringLiteral("insureds"), QStringLiteral("Insureds in the book."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption queriesOpt(QStringLiteral("queries"), QStringLiteral("Super-search queries to time."),
                                        QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption naiveOpt(QStringLiteral("naive-queries"),
                                      QStringLiteral("How many of them also run through the naive LIKE scan."),
                                      QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption databaseOpt(
        QStringLiteral("database"),
        QStringLiteral("Reuse this generated file when it holds N insureds; generate it there when it does not exist."),
        QStringLiteral("PATH"));
    const QCommandLineOption outOpt(QStringLiteral("out"), QStringLiteral("Write the results as JSON."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption keepOpt(QStringLiteral("keep"), QStringLiteral("Keep the generated temporary database."));
    QCommandLineOption generateOpt(QStringLiteral("generate-only"),
                                   QStringLiteral("Internal: generate PATH and print JSON."), QStringLiteral("PATH"));
    generateOpt.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption runOpt(
        QStringLiteral("run"),
        QStringLiteral("Which benchmarks: book (generation, search, first rows, memory), certificates, mail (queue and "
                       "deliver certificate emails to a local aiosmtpd), downloads (import ACORD XML and AL3 into the "
                       "book), documents (a large PDF added, a long list, the super search with documents' text in "
                       "the book), requests (the request desk's default view, pending count and automatic intake), "
                       "renewals (a renewal run over many masters and holders), comma-separated."),
        QStringLiteral("LIST"), QStringLiteral("book,certificates"));
    const QCommandLineOption certificatesOpt(QStringLiteral("certificates"),
                                             QStringLiteral("Certificates rendered to PDF on one thread."),
                                             QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption issueOpt(QStringLiteral("issue-holders"),
                                      QStringLiteral("Holders of one master issued a certificate each."),
                                      QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption documentsOpt(QStringLiteral("documents"),
                                          QStringLiteral("Documents' text added to the book (documents run)."),
                                          QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption docPagesOpt(QStringLiteral("doc-pages"), QStringLiteral("Pages of the large PDF added."),
                                         QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption docMbOpt(QStringLiteral("doc-mb"), QStringLiteral("Size of the large PDF in MB."),
                                      QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption listDocsOpt(QStringLiteral("list-documents"),
                                         QStringLiteral("Documents of one insured, listed."), QStringLiteral("N"),
                                         QStringLiteral("5000"));
    const QCommandLineOption mailOpt(QStringLiteral("mail-emails"),
                                     QStringLiteral("Certificate emails queued and delivered (--run mail)."),
                                     QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption downloadsOpt(
        QStringLiteral("download-policies"),
        QStringLiteral("ACORD XML policies imported into the book (--run downloads)."), QStringLiteral("N"),
        QStringLiteral("20000"));
    const QCommandLineOption al3Opt(QStringLiteral("al3-policies"),
                                    QStringLiteral("Policies in the AL3 batch file (--run downloads)."),
                                    QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption requestsOpt(QStringLiteral("requests"),
                                         QStringLiteral("Certificate requests in the database (--run requests)."),
                                         QStringLiteral("N"), QStringLiteral("50000"));
    const QCommandLineOption intakesOpt(
        QStringLiteral("request-intakes"),
        QStringLiteral("Clean requests processed automatically, timed (--run requests)."), QStringLiteral("N"),
        QStringLiteral("50"));
    const QCommandLineOption renewalHoldersOpt(QStringLiteral("renewal-holders"),
                                               QStringLiteral("Holders of the renewed policy (--run renewals)."),
                                               QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption renewalMastersOpt(QStringLiteral("renewal-masters"),
                                               QStringLiteral("Masters they are spread over (--run renewals)."),
                                               QStringLiteral("N"), QStringLiteral("10"));
    parser.addOptions({renewalHoldersOpt, renewalMastersOpt});
    parser.addOptions({insuredsOpt, queriesOpt, naiveOpt, databaseOpt, outOpt, keepOpt, generateOpt, runOpt,
                       certificatesOpt, issueOpt, mailOpt, downloadsOpt, al3Opt, documentsOpt, docPagesOpt, docMbOpt,
                       listDocsOpt, requestsOpt, intakesOpt});
    parser.process(app);

    Options options;
    bool ok = false;
    options.insureds = parser.value(insuredsOpt).toInt(&ok);
    if (!ok || options.insureds < 1) {
        std::fprintf(stderr, "--insureds must be a positive number\n");
        return std::nullopt;
    }
    options.queryCount = parser.value(queriesOpt).toInt(&ok);
    if (!ok || options.queryCount < 1) {
        std::fprintf(stderr, "--queries must be a positive number\n");
        return std::nullopt;
    }
    options.naiveCount = std::min(options.queryCount, parser.value(naiveOpt).toInt());
    options.databaseSet = parser.isSet(databaseOpt);
    options.database = parser.value(databaseOpt);
    options.outSet = parser.isSet(outOpt);
    options.out = parser.value(outOpt);
    options.keep = parser.isSet(keepOpt);
    options.generateOnly = parser.isSet(generateOpt);
    options.generatePath = parser.value(generateOpt);
    const QStringList runs = parser.value(runOpt).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& r : runs) {
        if (r.trimmed() != QLatin1String("book") && r.trimmed() != QLatin1String("certificates") &&
            r.trimmed() != QLatin1String("mail") && r.trimmed() != QLatin1String("downloads") &&
            r.trimmed() != QLatin1String("documents") && r.trimmed() != QLatin1String("requests") &&
            r.trimmed() != QLatin1String("renewals")) {
            std::fprintf(stderr,
                         "--run takes book, certificates, mail, downloads, documents, requests and renewals "
                         "(comma-separated), not \"%s\"\n",
                         qPrintable(r));
            return std::nullopt;
        }
    }
    options.runBook = runs.contains(QStringLiteral("book"));
    options.runCertificates = runs.contains(QStringLiteral("certificates"));
    options.runMail = runs.contains(QStringLiteral("mail"));
    options.runDownloads = runs.contains(QStringLiteral("downloads"));
    options.runDocuments = runs.contains(QStringLiteral("documents"));
    options.runRequests = runs.contains(QStringLiteral("requests"));
    options.runRenewals = runs.contains(QStringLiteral("renewals"));
    if (!options.runBook && !options.runCertificates && !options.runMail && !options.runDownloads &&
        !options.runDocuments && !options.runRequests && !options.runRenewals) {
        std::fprintf(stderr, "--run needs book, certificates, mail, downloads, documents, requests or renewals\n");
        return std::nullopt;
    }
    options.certificates = parser.value(certificatesOpt).toInt(&ok);
    if (!ok || options.certificates < 1) {
        std::fprintf(stderr, "--certificates must be a positive number\n");
        return std::nullopt;
    }
    options.mailEmails = parser.value(mailOpt).toInt(&ok);
    if (!ok || options.mailEmails < 1) {
        std::fprintf(stderr, "--mail-emails must be a positive number\n");
        return std::nullopt;
    }
    options.downloadPolicies = parser.value(downloadsOpt).toInt(&ok);
    if (!ok || options.downloadPolicies < 1) {
        std::fprintf(stderr, "--download-policies must be a positive number\n");
        return std::nullopt;
    }
    options.al3Policies = parser.value(al3Opt).toInt(&ok);
    if (!ok || options.al3Policies < 1 || options.al3Policies > 99999) {
        std::fprintf(stderr, "--al3-policies must be a number from 1 to 99999\n");
        return std::nullopt;
    }
    options.issueHolders = parser.value(issueOpt).toInt(&ok);
    if (!ok || options.issueHolders < 1) {
        std::fprintf(stderr, "--issue-holders must be a positive number\n");
        return std::nullopt;
    }
    for (auto [value, option, name] : {std::tuple{&options.documents, &documentsOpt, "--documents"},
                                       std::tuple{&options.docPages, &docPagesOpt, "--doc-pages"},
                                       std::tuple{&options.docMegabytes, &docMbOpt, "--doc-mb"},
                                       std::tuple{&options.listDocuments, &listDocsOpt, "--list-documents"},
                                       std::tuple{&options.requests, &requestsOpt, "--requests"},
                                       std::tuple{&options.requestIntakes, &intakesOpt, "--request-intakes"},
                                       std::tuple{&options.renewalHolders, &renewalHoldersOpt, "--renewal-holders"},
                                       std::tuple{&options.renewalMasters, &renewalMastersOpt, "--renewal-masters"}}) {
        *value = parser.value(*option).toInt(&ok);
        if (!ok || *value < 1) {
            std::fprintf(stderr, "%s must be a positive number\n", name);
            return std::nullopt;
        }
    }
    return options;
}

} // namespace agencydesk::bench
