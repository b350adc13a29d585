#include "Help.h"

#include "LimitCodes.h"

#include <QStandardPaths>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace agencydesk::cli {

namespace {

const QString kUsage = uR"(Usage: agencydesk-cli [--database PATH] [--user NAME] [--json] [--shared] COMMAND ...

AgencyDesk from the command line: the same database and the same rules as the desktop app.

Global options (accepted anywhere before "--"):
  --database PATH   the database file (default: the desktop app's, %1)
  --user NAME       log in as NAME; the password comes from AGENCYDESK_PASSWORD, or a prompt on a terminal
  --json            print records and lists as JSON instead of tables
  --shared          open in shared mode (a file on a network folder: rollback journal instead of WAL)
  --verbose         also print the core's diagnostic log on stderr
  --version         print the version
  -h, --help        this help; COMMAND --help for one command

Every command except init, db check and db backup needs a logged-in user.
)"_s;

const QString kSetup = uR"(Setting up:
  init --agency NAME --admin USER [--admin-name FULL] [--address1 X] [--address2 X] [--city X] [--state XX]
       [--postal CODE] [--country US|CA] [--phone X] [--fax X] [--email X] [--contact X]
       [--paper-size letter|a4|legal] [--date-format MM/dd/yyyy|dd/MM/yyyy|yyyy-MM-dd] [--compliance-days N]
        create a database with its agency profile and first manager (password from AGENCYDESK_PASSWORD)
  seed-demo [--insureds N]
        add the demo book of business (N insureds, default 60; large N for benchmarks; progress on a terminal).
        On a database that is not set up yet, creates the demo agency with manager "maria" (password
        "demo-pass-2026") and needs no --user; otherwise needs a manager.
)"_s;

const QString kAgency = uR"(Agency profile (the producer on every certificate):
  agency show                     the profile and its certificate settings
  agency set [--name X] [--address1 X] [--address2 X] [--city X] [--state XX] [--postal CODE] [--country US|CA]
             [--phone X] [--fax X] [--email X] [--contact X] [--paper-size letter|a4|legal]
             [--date-format MM/dd/yyyy|dd/MM/yyyy|yyyy-MM-dd] [--compliance-days N]
        change the given fields (manager only; refused if someone saved the profile meanwhile). Certificates
        print on the paper size and with the date format; compliance flags policies expiring within N days
        (0 to 365, default 30) of the certificate date
)"_s;

const QString kUser = uR"(Users (manager only):
  user add NAME --role manager|data-processor|certificate-specialist|payroll-advisor [--full-name X]
        add a user; the password comes from AGENCYDESK_NEW_PASSWORD (or a prompt); prints the id
  user list                       the users with role, status and lock
  user reset-password NAME        new password from AGENCYDESK_NEW_PASSWORD (or a prompt)
  user deactivate NAME            the user can no longer log in (the last manager cannot be deactivated)
  user activate NAME
)"_s;

const QString kInsured = uR"(Insureds:
  insured add --name NAME [--dba X] [--address1 X] [--address2 X] [--city X] [--state XX] [--postal CODE]
              [--country US|CA] [--email X] [--phone X]
        add an insured; prints the id (with --json, the record). US ZIP: 12345 or 12345-6789;
        Canadian postal code: A1A 1A1
  insured edit ID [same options as add]   change the given fields (refused if someone saved it meanwhile)
  insured search QUERY [--limit N]  any part of the name or DBA, a policy number or an email
  insured show ID                   the insured with its policies and recent activity
  insured deactivate ID | insured activate ID
  insured note ID TEXT              add a note to the insured's activity trail; prints the note id
  insured automation ID on|off      whether clean certificate requests of the insured are processed automatically
)"_s;

const QString kRequests = uR"(Certificate requests (the request desk):
  request add --insured ID --holder-name NAME --holder-address1 X [--holder-address2 X] --holder-city X
              --holder-state XX --holder-postal CODE [--holder-country US|CA] [--holder-email E] [--type coi|wos]
              [--master ID] [--holder ID] [--notes TEXT] [--source phone|email|portal|holder] [--eml FILE]
        take a request in (an inactive customer is refused). Without notes, for an automation-eligible customer,
        with a master, complete holder data and the holder's requirements met (a WOS: an endorsement and the
        payment approved), it is processed at once: certificate issued, emailed to the client and the holder,
        completed. Otherwise it goes to the manual list (certificates department) with the reason. --eml keeps
        the email the request came in (source email); --holder names a holder already on the master
  request list [--status new,in-progress,completed,rejected|all] [--type coi|wos] [--manual|--automatic] [--mine]
               [--department X] [--source S] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--search TEXT] [--limit N]
        default: new and in progress, oldest first; --search matches the customer's name or number, the holder
  request show ID                  everything submitted, the notes & activities newest first
  request take ID [--take-over]    mark in progress, assigned to you (--take-over: from a colleague)
  request submit ID [--no-holder] [--force] [--message TEXT] [--holder-name N] [--holder-address1 A]
                    [--holder-address2 A] [--holder-city C] [--holder-state XX] [--holder-postal CODE]
                    [--holder-country US|CA] [--holder-email E] [--description TEXT] [--omit-policy ID]...
        issue the certificate (or send the uploaded one) and email it to the client and, unless --no-holder,
        the holder; --force issues although the holder's requirements are not met (recorded). --holder-*
        correct the holder (kept on the request; the holder on the master is matched or added from it),
        --description is this certificate's own, --omit-policy leaves a line of the master off (one must stay)
  request upload ID FILE.pdf       keep a certificate already issued elsewhere; submit emails it
  request relabel ID coi|wos
  request reject ID --reason "TEXT"|ID [--comment TEXT]   only the customer is emailed, naming the reason
  request note ID TEXT             add a note to the request; prints the note id
  wos approve ID                   a WOS request's payment is approved (who and when are recorded)
  reason list [--all]              the rejection reasons (--all: with the retired ones)
  reason add TEXT | reason rename ID TEXT | reason retire ID | reason restore ID   (manager only)
)"_s;

const QString kPolicy = uR"(Policies:
  policy add --insured ID --number N --line gl|auto|umbrella|wc|property|other --carrier NAME [--naic CODE]
             --effective YYYY-MM-DD --expiration YYYY-MM-DD [--premium AMOUNT] [--limit CODE=AMOUNT ...]
        add a policy; the carrier is added when new; prints the id (with --json, the record).
        Amounts: 1000000, 1,000,000, $1,000,000, 1M or 500K (whole dollars; the premium may have cents).
  policy list --insured ID          the insured's policies with their limits
  policy show ID
  policy cancel ID                  cancel the policy (it stays in the history)
  policy unattach ID                take the policy off its insured: back in Unattached downloads
  policy renew ID [--effective YYYY-MM-DD] [--expiration YYYY-MM-DD] [--number N] [--dry-run]
        the next term: by default starting when this one ends, the same length, number, carrier, limits and
        coverages; linked to this term. Then (agency setting "automatic") every certificate master holding the
        policy moves to the new term and each holder who receives renewals gets the next revision by email
        and/or in the print queue; a holder the new term no longer satisfies gets a manual request with the
        reason instead. --dry-run prints what would happen (masters, holders, emails, requests), changes nothing
  policy notify-holders ID          email every holder of a certificate listing this expired (not renewed) or
                                    cancelled policy that it is no longer in force, once per holder
)"_s;

const QString kRenewals = uR"(Renewals:
  renewals due [--days N]           in-force policies expiring within N days (default: the agency setting, 60)
                                    with no renewal term and not marked not renewing, soonest first
  renewals not-renewing ID [--reason TEXT] [--undo]   take the policy off (or back onto) the due list
  renewals runs [--status pending|partial|completed]  renewal runs, newest first, with their summaries
  renewals show RUN                 one run: masters updated, certificates re-issued, emails queued, print queue,
                                    requests raised, and a line per holder
  renewals run RUN [--dry-run]      run (or resume) a pending or cancelled run; a completed run changes nothing
  renewals settings [--follow-through automatic|ask] [--due-days N]   show or (manager) change the settings
  print-queue list                  renewal certificates waiting to be printed (print them from the desktop app)
  print-queue remove ENTRY          take an entry off the print queue without printing it
  holder set ID [--renewals yes|no] [--delivery email|print|both] [--email X]
        whether the holder receives renewal certificates, and how
)"_s;

const QString kDownloads = uR"(Policy downloads (ACORD XML, CSIO XML, AL3; folders and .zip files):
  import FILE_OR_DIR...             import each file in one transaction; prints imported, updated, unchanged and
                                    unattached policies and every failed file with its line or byte and the
                                    reason (--json: an object); exit 3 when any file failed
  unattached list                   policies that matched no insured exactly, with the insured the download named
  unattached suggest ID             insureds ranked by score, with the reasons (nicknames, Inc/Incorporated,
                                    St/Street, transposed names, same postal code, phone or email)
  unattached attach ID --insured ID attach the policy (and its other unattached terms) to the insured
  unattached create-insured ID      add the download's insured and attach the policy to it; prints the id
)"_s;

const QString kCarrier = uR"(Carriers:
  carrier list
  carrier add NAME [--naic CODE]    NAIC company code: five digits; prints the id
)"_s;

const QString kCertificates = uR"(Certificates of insurance:
  master add --insured ID --name NAME --policy ID [--policy ID ...] [--description TEXT] [--ai LINE] [--wos LINE]
             [--shared-to-portal]
        a certificate master: the policies its certificates show (at least one; insurer letters A-F by carrier,
        at most six carriers); --ai / --wos mark ADDL INSD / SUBR WVD for the policy of that line; prints the id
  master list --insured ID
  master share ID | master unshare ID
        share the master with the client's portal account (refused, with each policy's state, when none of its
        policies is in force today) or stop sharing it
  master lapsed ID                the master's policies that expired or were cancelled with no renewal in force
                                  (a renewal: a policy of the same insured and line in force today)
  master remove-lapsed ID         take those policies off the master (business lost); refused when every line
                                  has lapsed (add the renewal or delete the master); then the holders who
                                  receive renewals get a certificate without them (see renewals)
  holder add --master ID --name NAME --address1 X [--address2 X] --city X --state XX --postal CODE [--country US|CA]
             [--email X] [--delivery email|print|both] [--no-renewals] [--require CODE=AMOUNT ...]
             [--require-ai] [--require-wos] [--require-pnc]
        a certificate holder with its requirements (minimum limits by limit code, additional insured, waiver of
        subrogation, primary and non-contributory); prints the id
  holder list --master ID
  holder import --master ID FILE.csv
        add the holders of a CSV file (header row; columns name, address1, address2, city, state, postal_code,
        country, email, delivery, receives_renewals, require_ai, require_wos, require_pnc, min_<limit code>);
        good rows are added in one go, every bad row is listed by line on stderr, exit 3 when any row was refused
  holder export --master ID [--out FILE.csv]   the master's holders as CSV (on stdout without --out)
  certificate issue --master ID --holder ID --out FILE.pdf [--force]
        issue the next revision for this master and holder and save the PDF; refused (exit 3, with the reasons)
        when the holder's requirements are not met, unless --force (recorded as an override)
  certificate list --insured ID | --holder ID
  certificate reprint NUMBER --out FILE.pdf   the stored PDF, byte for byte
  certificate email NUMBER [--to-holder] [--to-client] [--to ADDR ...] [--message TEXT]
        queue the certificate (its stored PDF attached) for the holder's and/or the client's email address and
        any --to address, from the email templates; prints the outbox ids ("outbox flush" or the desktop app
        sends them; the certificate's "emailed" delivery is logged when sent)
  compliance --holder ID [--date YYYY-MM-DD]  each requirement met or not, with the reason
)"_s;

const QString kDocuments = uR"(Documents (eDocs):
  doc add FILE... --insured ID [--policy ID] --type TYPE --issue-date YYYY-MM-DD [--purpose TEXT]
        add PDFs (PNG and JPEG pictures become one-page PDFs; an .eml email is stored with each PDF attachment as
        its own document) to the insured; TYPE is one of the agency's document types (Declarations, Policy,
        Endorsement, Certificate, ID card, Invoice, Cancellation notice, Renewal, Correspondence, Other, ...).
        Prints "IDS<tab>FILE" per added file; each refused file (damaged, password-protected, not a PDF, empty,
        over the size limit) is one line on stderr with its name and why; notes (repairs, duplicates) go to
        stderr too. The good files are added; exit 3 when any file was refused
  doc list --insured ID           the insured's documents, newest first
  doc share ID... [--notify]      share with the client's portal account; --notify records a pending client
                                  notification (sent with the outgoing mail)
  doc unshare ID...               the client no longer sees them
  doc export ID --out FILE        the stored file, byte for byte
  doc search WORDS                documents whose text holds every word (words match as prefixes)
)"_s;

const QString kDb = uR"(Database:
  db check            integrity check; exit 0 when healthy, 8 when damaged (no --user needed)
  db backup PATH      a consistent copy of the live database, safe while others work (no --user needed)
  db set-shared on|off  shared mode for a file on a network folder (manager)
)"_s;

const QString kMail =
    uR"(Mail (every email is queued in the outbox first, then sent; client emails are Bcc'd to the agency):
  mail config [--host H] [--port P] [--security starttls|tls|none] [--user U] [--from ADDR] [--from-name N]
              [--bcc ADDR | --no-bcc] [--signature TEXT] [--trust-fingerprint SHA256] [--timeout S]
              [--requests-to ADDR] [--portal-url URL]
        change the given mail settings (manager only); --user after "mail config" is the SMTP user name (give the
        login user before the command: agencydesk-cli --user maria mail config ...); the SMTP password comes from
        AGENCYDESK_SMTP_PASSWORD
        (never an option: others could read it in the process list; set it empty to remove the password).
        --trust-fingerprint accepts a self-signed server whose certificate has that SHA-256 fingerprint;
        --requests-to: the certificates department's address, told of every request that needs review;
        --portal-url: the client portal's web address, the link in the portal emails
  mail show                        the settings (never the password)
  mail test --to ADDR              queue a test email and send it now; exit 0 when the server accepted it
  outbox list [--status queued|sending|sent|failed|cancelled]   newest first: status, attempts, last error
  outbox flush [--timeout S]       send every queued email now over one connection (default timeout 300 s);
                                   exit 8 with the server's error when some are still waiting
  outbox retry ID                  queue a failed email again (also one whose outcome is unknown: check the
                                   agency's copy first, it may have been delivered)
  outbox cancel ID                 a queued or failed email is never sent
  outbox attach ID [--insured ID] [--policy ID]
        keep a sent email (as it went, without Bcc) as an .eml document of type Correspondence on its client (or
        --insured) and optionally on one of that insured's policies; its PDF attachments become documents linked
        to it. Attaching it again adds nothing and says where it already is
)"_s;

const QString kPortal = uR"(Client portal accounts (ID is the insured's id):
  portal enroll ID --email E --address A --postal-code P --policy-number N [--username U]
        enroll the client after an identity check: the address, the postal code and a policy number must match what
        is on file (the refusal names what did not). The user name is not the email address (default: suggested
        from the insured's name). Queues the welcome email with a single-use code that expires in 72 hours (no
        agency Bcc: the copy would carry a live code)
  portal status ID                 Not enrolled, Invited (no password yet), Active or Locked, with user name and email
  portal email ID --email E        change the email address (the user name stays; codes already sent stop working)
  portal reset ID                  email a new code (template password_reset); every earlier code stops working
  portal lock ID | portal unlock ID   a locked account can neither sign in nor set a password
  portal view ID                   what the client sees: policies in effect today, shared documents, shared
                                   certificate masters and their issued certificates, open requests
)"_s;

const QString kExitCodes = uR"(Exit codes:
  0 success   2 usage (unknown command or option, missing argument)   3 validation (a bad value; nothing saved)
  4 permission denied   5 conflict (someone else saved first, already exists)   6 not found
  7 login failed or account locked   8 database (damaged, not a database, read-only, missing, busy), or an
    issued certificate's PDF could not be written (the certificate stays issued)
Errors are one line on stderr, starting with their class, e.g. "permission denied: ...".
)"_s;

QString limitCodesText()
{
    QString text = u"Limit codes (--limit CODE=AMOUNT), by line:\n"_s;
    for (LineOfBusiness line : allLines()) {
        text += u"  %1 (%2):\n"_s.arg(lineKey(line), lineDisplayName(line));
        for (const LimitCode& code : limitCodesFor(line))
            text += u"    %1  %2\n"_s.arg(code.code.leftJustified(30), code.label);
    }
    return text;
}

QString defaultDatabaseHint()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/agencydesk.sqlite"_s;
}

} // namespace

bool isHelpTopic(const QString& command)
{
    static const QStringList topics = {u"init"_s,        u"seed-demo"_s,  u"agency"_s,     u"user"_s,   u"insured"_s,
                                       u"policy"_s,      u"carrier"_s,    u"db"_s,         u"master"_s, u"holder"_s,
                                       u"certificate"_s, u"compliance"_s, u"mail"_s,       u"outbox"_s, u"import"_s,
                                       u"unattached"_s,  u"doc"_s,        u"request"_s,    u"reason"_s, u"wos"_s,
                                       u"portal"_s,      u"renewals"_s,   u"print-queue"_s};
    return topics.contains(command);
}

QString helpText(const QString& topic)
{
    const QString group = topic.section(u' ', 0, 0);
    if (group == u"renewals" || group == u"print-queue" || topic == u"policy renew" ||
        topic == u"policy notify-holders" || topic == u"holder set")
        return kRenewals;
    if (group == u"init" || group == u"seed-demo")
        return kSetup;
    if (group == u"agency")
        return kAgency;
    if (group == u"user")
        return kUser;
    if (group == u"insured")
        return kInsured;
    if (group == u"policy")
        return kPolicy + u'\n' + limitCodesText();
    if (group == u"carrier")
        return kCarrier;
    if (group == u"import" || group == u"unattached")
        return kDownloads;
    if (group == u"db")
        return kDb;
    if (group == u"mail" || group == u"outbox")
        return kMail;
    if (group == u"doc")
        return kDocuments;
    if (group == u"request" || group == u"reason" || group == u"wos")
        return kRequests;
    if (group == u"portal")
        return kPortal;
    if (group == u"master" || group == u"holder" || group == u"certificate" || group == u"compliance")
        return kCertificates + u'\n' + limitCodesText();
    return kUsage.arg(defaultDatabaseHint()) + u'\n' + kSetup + u'\n' + kAgency + u'\n' + kUser + u'\n' + kInsured +
           u'\n' + kPolicy + u'\n' + kRenewals + u'\n' + kDownloads + u'\n' + kCarrier + u'\n' + kCertificates + u'\n' +
           kRequests + u'\n' + kDocuments + u'\n' + kMail + u'\n' + kPortal + u'\n' + kDb + u'\n' + kExitCodes;
}

} // namespace agencydesk::cli
