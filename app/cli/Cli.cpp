#include "Cli.h"

#include "AgencyService.h"
#include "Database.h"
#include "Help.h"
#include "Output.h"
#include "UserService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace agencydesk::cli {

namespace {

bool g_verbose = false;

// Core logs failed queries as warnings; a script wants one line on stderr, so they show only with --verbose.
void messageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (!g_verbose && type != QtFatalMsg)
        return;
    printErrorLine(qFormatLogMessage(type, context, message));
}

} // namespace

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Validation:
        return ExitValidation;
    case ErrorCode::Permission:
        return ExitPermission;
    case ErrorCode::Conflict:
        return ExitConflict;
    case ErrorCode::NotFound:
        return ExitNotFound;
    case ErrorCode::Auth:
    case ErrorCode::Locked:
        return ExitAuth;
    case ErrorCode::Database:
        return ExitDatabase;
    }
    return ExitDatabase;
}

QString describeError(const Error& error)
{
    const QString prefix = errorCodeName(error.code);
    QString message = error.message.simplified();
    // The core's own message may already start with its class ("Permission denied: ...").
    if (message.startsWith(prefix, Qt::CaseInsensitive))
        message = message.mid(prefix.size());
    while (message.startsWith(u':') || message.startsWith(u' '))
        message.remove(0, 1);
    return prefix + u": "_s + message;
}

QString Context::databasePath() const
{
    if (!options.database.isEmpty())
        return options.database;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/agencydesk.sqlite"_s;
}

int Context::fail(const Error& error) const
{
    printErrorLine(describeError(error));
    return exitCodeFor(error.code);
}

int Context::usage(const QString& message, const QString& helpTopic) const
{
    const QString more =
        helpTopic.isEmpty() ? u"agencydesk-cli --help"_s : u"agencydesk-cli %1 --help"_s.arg(helpTopic);
    printErrorLine(u"usage error: %1 (see '%2')"_s.arg(message, more));
    return ExitUsage;
}

int Context::open(bool create, bool integrityCheck)
{
    if (db)
        return ExitOk;
    const QString path = databasePath();
    if (create && usesDefaultDatabase())
        QDir().mkpath(QFileInfo(path).absolutePath());
    OpenOptions openOptions;
    openOptions.create = create;
    openOptions.integrityCheck = integrityCheck;
    if (options.shared)
        openOptions.shared = 1;
    Result<std::shared_ptr<Database>> opened = Database::open(path, openOptions);
    if (!opened)
        return fail(opened.error());
    db = *opened;
    return ExitOk;
}

int Context::login()
{
    if (session)
        return ExitOk;
    if (options.user.isEmpty())
        options.user = qEnvironmentVariable("AGENCYDESK_USER");
    if (options.user.isEmpty())
        return usage(u"this command needs a user: pass --user NAME (password in AGENCYDESK_PASSWORD)"_s);
    if (int code = open(); code != ExitOk)
        return code;
    if (AgencyService::needsSetup(*db))
        return fail({ErrorCode::Database, u"%1 is not set up yet; run 'agencydesk-cli --database %1 init' first."_s.arg(
                                              QDir::toNativeSeparators(db->path()))});
    const QString password = readPassword("AGENCYDESK_PASSWORD", u"Password for %1: "_s.arg(options.user), false);
    if (password.isEmpty())
        return fail({ErrorCode::Auth,
                     u"no password for %1: set AGENCYDESK_PASSWORD or run on a terminal."_s.arg(options.user)});
    AuthService auth(db);
    Result<Session> loggedIn = auth.login(options.user, password);
    if (!loggedIn)
        return fail(loggedIn.error());
    session = *loggedIn;
    return ExitOk;
}

Parsed parseCommand(const Context& ctx, const QStringList& args, const std::vector<OptionSpec>& specs,
                    int minPositionals, int maxPositionals, const QString& helpTopic)
{
    Parsed parsed;
    if (std::optional<QString> problem = parseArgs(args, specs, parsed.args)) {
        parsed.exitCode = ctx.usage(*problem, helpTopic);
        return parsed;
    }
    const qsizetype n = parsed.args.positionals.size();
    if (n < minPositionals) {
        parsed.exitCode = ctx.usage(u"missing arguments for '%1'"_s.arg(helpTopic), helpTopic);
    } else if (n > maxPositionals) {
        parsed.exitCode =
            ctx.usage(u"unexpected argument \"%1\""_s.arg(parsed.args.positionals.at(maxPositionals)), helpTopic);
    }
    return parsed;
}

std::optional<qint64> parseId(const Context& ctx, const QString& text, const QString& what, const QString& helpTopic)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0) {
        ctx.usage(u"%1 must be a number, not \"%2\""_s.arg(what, text), helpTopic);
        return std::nullopt;
    }
    return id;
}

QString readPassword(const char* envVar, const QString& prompt, bool confirm)
{
    const QString fromEnv = qEnvironmentVariable(envVar);
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString first = promptPassword(prompt);
    if (first.isEmpty() || !confirm)
        return first;
    if (promptPassword(u"Repeat the password: "_s) != first) {
        printErrorLine(u"The two passwords differ."_s);
        return {};
    }
    return first;
}

int run(const QStringList& arguments)
{
    qInstallMessageHandler(messageHandler);
    QStringList args = arguments.mid(1);
    // "mail config --user U" names the SMTP account (the documented syntax): after "mail config", --user is the
    // SMTP user, so the login user goes before the command there.
    if (const qsizetype mail = args.indexOf(u"mail"_s); mail >= 0 && args.value(mail + 1) == u"config") {
        for (qsizetype i = mail + 2; i < args.size() && args.at(i) != u"--"; ++i) {
            if (args.at(i) == u"--user")
                args[i] = u"--smtp-user"_s;
            else if (args.at(i).startsWith(u"--user="))
                args[i] = u"--smtp-user="_s + args.at(i).mid(7);
        }
    }
    GlobalOptions options;
    if (std::optional<QString> problem = extractGlobalOptions(args, options)) {
        Context ctx(options);
        return ctx.usage(*problem);
    }
    g_verbose = options.verbose;
    Context ctx(options);
    if (options.version) {
        printLine(u"agencydesk-cli "_s + QCoreApplication::applicationVersion());
        return ExitOk;
    }
    if (args.isEmpty())
        return ctx.usage(u"no command given"_s);
    if (args.first() == u"-h" || args.first() == u"--help") {
        printLine(helpText(QString()));
        return ExitOk;
    }
    const QString command = args.takeFirst();
    if (command == u"help") {
        printLine(helpText(args.join(u' ')));
        return ExitOk;
    }
    if (wantsHelp(args)) {
        const QString topic = args.isEmpty() || args.first().startsWith(u'-') ? command : command + u' ' + args.first();
        if (!isHelpTopic(command))
            return ctx.usage(u"unknown command \"%1\""_s.arg(command));
        printLine(helpText(topic));
        return ExitOk;
    }
    if (command == u"init")
        return runInit(ctx, args);
    if (command == u"seed-demo")
        return runSeedDemo(ctx, args);
    if (command == u"agency")
        return runAgency(ctx, args);
    if (command == u"user")
        return runUser(ctx, args);
    if (command == u"insured")
        return runInsured(ctx, args);
    if (command == u"policy")
        return runPolicy(ctx, args);
    if (command == u"carrier")
        return runCarrier(ctx, args);
    if (command == u"db")
        return runDb(ctx, args);
    if (command == u"master")
        return runMaster(ctx, args);
    if (command == u"holder")
        return runHolder(ctx, args);
    if (command == u"certificate")
        return runCertificate(ctx, args);
    if (command == u"compliance")
        return runCompliance(ctx, args);
    if (command == u"mail")
        return runMail(ctx, args);
    if (command == u"outbox")
        return runOutbox(ctx, args);
    if (command == u"import")
        return runImport(ctx, args);
    if (command == u"unattached")
        return runUnattached(ctx, args);
    if (command == u"doc")
        return runDoc(ctx, args);
    if (command == u"request")
        return runRequest(ctx, args);
    if (command == u"reason")
        return runReason(ctx, args);
    if (command == u"wos")
        return runWos(ctx, args);
    if (command == u"portal")
        return runPortal(ctx, args);
    if (command == u"renewals")
        return runRenewals(ctx, args);
    if (command == u"print-queue")
        return runPrintQueue(ctx, args);
    return ctx.usage(u"unknown command \"%1\""_s.arg(command));
}

} // namespace agencydesk::cli
