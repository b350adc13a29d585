#pragma once

#include "ArgParser.h"
#include "Policy.h"
#include "Renewal.h"
#include "Result.h"
#include "Session.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace agencydesk {
class Database;
struct AgencyProfile;
} // namespace agencydesk

namespace agencydesk::cli {

/// Exit codes (documented in --help and docs/CLI.md); each core ErrorCode has its own.
enum ExitCode : int
{
    ExitOk = 0,
    ExitUsage = 2,
    ExitValidation = 3,
    ExitPermission = 4,
    ExitConflict = 5,
    ExitNotFound = 6,
    ExitAuth = 7,
    ExitDatabase = 8,
};

int exitCodeFor(ErrorCode code);
/// One line: "permission denied: boss (Manager) may not ..." (the core's message, prefixed by its class).
QString describeError(const Error& error);

/// What one invocation knows: the global options, the open database and, once logged in, the session.
class Context
{
public:
    explicit Context(GlobalOptions options) : options(std::move(options)) {}

    /// The --database path, or the desktop app's default (AppDataLocation/agencydesk.sqlite).
    QString databasePath() const;
    bool usesDefaultDatabase() const { return options.database.isEmpty(); }

    /// Opens the database; on failure prints the one-line error and returns its exit code.
    int open(bool create = false, bool integrityCheck = true);
    /// Opens the database and logs in as --user (password from AGENCYDESK_PASSWORD or a prompt).
    int login();

    /// Printing a failure: one line on stderr, and the exit code that goes with it.
    int fail(const Error& error) const;
    int usage(const QString& message, const QString& helpTopic = {}) const;
    int invalid(const QString& message) const { return fail(validationError(message)); }

    GlobalOptions options;
    std::shared_ptr<Database> db;
    std::optional<Session> session;
};

/// A command's parsed arguments, or the exit code of the usage error already printed.
struct Parsed
{
    ParsedArgs args;
    int exitCode = -1; ///< -1: parsed fine
    bool failed() const { return exitCode >= 0; }
};
Parsed parseCommand(const Context& ctx, const QStringList& args, const std::vector<OptionSpec>& specs,
                    int minPositionals, int maxPositionals, const QString& helpTopic);
/// A record id given on the command line; nullopt (after printing a usage error) when not a positive number.
std::optional<qint64> parseId(const Context& ctx, const QString& text, const QString& what, const QString& helpTopic);
/// A date exactly as YYYY-MM-DD given for --\a option; nullopt (after printing why) otherwise.
std::optional<QDate> parseDate(const Context& ctx, const QString& option, const QString& text);
/// A password from \a envVar, else a prompt on the terminal (asked twice when \a confirm); empty on failure.
QString readPassword(const char* envVar, const QString& prompt, bool confirm);

/// "EachOccurrence $1,000,000, GeneralAggregate $2,000,000"
QString limitsSummary(const Policy& policy);

/// --paper-size, --date-format, --compliance-days (agency set and init).
std::vector<OptionSpec> agencyCertificateOptions();
/// Copies those options into \a profile; ExitOk, or the exit code of the error already printed.
int readAgencyCertificateOptions(const Context& ctx, const ParsedArgs& args, AgencyProfile& profile);

/// The whole command line (arguments()[0] is the program); returns the process exit code.
int run(const QStringList& arguments);

// One function per command group; \a args starts after the group's name.
int runInit(Context& ctx, const QStringList& args);
int runSeedDemo(Context& ctx, const QStringList& args);
int runAgency(Context& ctx, const QStringList& args);
int runUser(Context& ctx, const QStringList& args);
int runInsured(Context& ctx, const QStringList& args);
int runPolicy(Context& ctx, const QStringList& args);
int runCarrier(Context& ctx, const QStringList& args);
int runDb(Context& ctx, const QStringList& args);
int runMaster(Context& ctx, const QStringList& args);
int runHolder(Context& ctx, const QStringList& args);
int runCertificate(Context& ctx, const QStringList& args);
int runCompliance(Context& ctx, const QStringList& args);
int runMail(Context& ctx, const QStringList& args);
int runOutbox(Context& ctx, const QStringList& args);
/// portal enroll | status | email | reset | lock | unlock | view (PortalCommands.cpp).
int runPortal(Context& ctx, const QStringList& args);
// certificate email (MailCommands.cpp), dispatched by runCertificate.
int certificateEmail(Context& ctx, const QStringList& args);
// import, unattached ..., policy unattach (DownloadCommands.cpp).
int runImport(Context& ctx, const QStringList& args);
int runUnattached(Context& ctx, const QStringList& args);
int policyUnattach(Context& ctx, const QStringList& args);
/// doc add | list | share | unshare | export | search (DocumentCommands.cpp).
int runDoc(Context& ctx, const QStringList& args);
// holder import / holder export (HolderCsvCommands.cpp), dispatched by runHolder.
int holderImport(Context& ctx, const QStringList& args);
int holderExport(Context& ctx, const QStringList& args);
// master share | unshare | lapsed | remove-lapsed (MasterCommands.cpp), dispatched by runMaster.
int masterShare(Context& ctx, const QStringList& args, bool shared);
int masterLapsed(Context& ctx, const QStringList& args);
int masterRemoveLapsed(Context& ctx, const QStringList& args);
// The certificate request desk (RequestCommands.cpp): request ..., reason ..., wos approve, insured automation.
int runRequest(Context& ctx, const QStringList& args);
int runReason(Context& ctx, const QStringList& args);
int runWos(Context& ctx, const QStringList& args);
int insuredAutomation(Context& ctx, const QStringList& args);

/// What followed a change that queues a renewal run (a renewal, lapsed lines taken off a master).
struct FollowUp
{
    std::optional<qint64> runId;              ///< empty: no master concerned, nothing queued
    bool pending = false;                     ///< the agency asks first: the run waits for "renewals run"
    std::optional<RenewalRunSummary> summary; ///< the run, done
    QJsonObject toJson() const;
};
/// Runs the open run of \a policyId unless the agency setting says ask first (progress on stderr).
Result<FollowUp> followUp(Context& ctx, qint64 policyId);
/// The follow-up for a person: \a nothingText, "waits for you", or the run's summary.
void printFollowUp(const FollowUp& follow, const QString& nothingText);

int runRenewals(Context& ctx, const QStringList& args);
int runPrintQueue(Context& ctx, const QStringList& args);
int policyRenew(Context& ctx, const QStringList& args);
int policyNotifyHolders(Context& ctx, const QStringList& args);
int holderSet(Context& ctx, const QStringList& args);

} // namespace agencydesk::cli
