#pragma once

// The runs other than the book: each measures, adds its section to the report and prints its rows.

#include "BenchOptions.h"

#include <QJsonObject>

namespace agencydesk::bench {

/// The "certificates" benchmarks: certificates rendered to PDF on one thread, and issued for many holders of one
/// master on a fresh database. A measurement that fails leaves its rows out and does not stop the other runs.
void runCertificates(const Options& options, QJsonObject& report);

/// The "mail" benchmark: certificate emails queued and delivered to a local aiosmtpd. Like the certificates, a
/// failure leaves its rows out and does not stop the other runs.
void runMail(const Options& options, QJsonObject& report);

/// The "downloads" benchmark: ACORD XML and an AL3 batch imported into (a copy of) the book.
bool runDownloads(const Options& options, QJsonObject& report);

/// The "documents" benchmarks: a large PDF added and a long list on a fresh database, then the super search on the
/// book (generated or reused) with the documents' text added. False when the pipeline failed.
bool runDocuments(const Options& options, QJsonObject& report);

/// The "requests" benchmarks: the request desk's default view, pending count and automatic intake on a fresh
/// database with options.requests requests. False when the pipeline failed.
bool runRequests(const Options& options, QJsonObject& report);

/// The "renewals" benchmark: one policy on options.renewalMasters masters with options.renewalHolders holders,
/// renewed and run. False when the pipeline failed.
bool runRenewals(const Options& options, QJsonObject& report);

} // namespace agencydesk::bench
