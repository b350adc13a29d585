#pragma once

// The benchmark's command line: which runs, and how large each one is.

#include <QString>

#include <optional>

class QCoreApplication;

namespace agencydesk::bench {

struct Options
{
    int insureds = 0;
    int queryCount = 0;
    int naiveCount = 0;
    bool databaseSet = false;
    QString database;
    bool outSet = false;
    QString out;
    bool keep = false;
    bool generateOnly = false;
    QString generatePath;
    bool runBook = true;
    bool runCertificates = true;
    bool runMail = false;
    bool runDownloads = false;
    int downloadPolicies = 0; ///< ACORD XML policies imported into the book
    int al3Policies = 0;      ///< policies in the one AL3 batch file
    int mailEmails = 0;       ///< certificate emails queued and delivered
    int certificates = 0;     ///< rendered to PDF
    int issueHolders = 0;     ///< holders a certificate is issued to
    bool runDocuments = false;
    int documents = 0;     ///< documents' text added to the book for the super search
    int docPages = 0;      ///< pages of the large PDF added
    int docMegabytes = 0;  ///< its size
    int listDocuments = 0; ///< documents of one insured, listed
    bool runRequests = false;
    int requests = 0;       ///< certificate requests in the request desk's database
    int requestIntakes = 0; ///< clean requests taken in and processed automatically, timed
    bool runRenewals = false;
    int renewalHolders = 0; ///< holders of the renewed policy, in all
    int renewalMasters = 0; ///< masters they are spread over
};

/// Parses the command line; nullopt (after printing why) when a number is not a positive number.
std::optional<Options> parseOptions(const QCoreApplication& app);

} // namespace agencydesk::bench
