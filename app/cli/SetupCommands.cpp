// init and seed-demo: creating a database and filling it with the demo book.
#include "AgencyService.h"
#include "Cli.h"
#include "Database.h"
#include "DemoData.h"
#include "Output.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace agencydesk::cli {

namespace {

/// Removes a database file this command created and could not finish, so a failed init leaves nothing behind.
void removeCreatedDatabase(Context& ctx, const QString& path)
{
    ctx.session.reset();
    ctx.db.reset();
    for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

} // namespace

int runInit(Context& ctx, const QStringList& args)
{
    const QString topic = u"init"_s;
    std::vector<OptionSpec> specs = agencyCertificateOptions();
    for (const char* name : {"agency", "admin", "admin-name", "address1", "address2", "city", "state", "postal",
                             "country", "phone", "fax", "email", "contact"})
        specs.push_back({QString::fromLatin1(name)});
    Parsed parsed = parseCommand(ctx, args, specs, 0, 0, topic);
    if (parsed.failed())
        return parsed.exitCode;
    const ParsedArgs& a = parsed.args;
    if (!a.has(u"agency"_s) || !a.has(u"admin"_s))
        return ctx.usage(u"init needs --agency NAME and --admin USER"_s, topic);

    AgencyProfile profile;
    profile.name = a.value(u"agency"_s);
    profile.address1 = a.value(u"address1"_s);
    profile.address2 = a.value(u"address2"_s);
    profile.city = a.value(u"city"_s);
    profile.state = a.value(u"state"_s);
    profile.postalCode = a.value(u"postal"_s);
    if (a.has(u"country"_s))
        profile.country = a.value(u"country"_s);
    profile.phone = a.value(u"phone"_s);
    profile.fax = a.value(u"fax"_s);
    profile.email = a.value(u"email"_s);
    profile.contact = a.value(u"contact"_s);
    if (int code = readAgencyCertificateOptions(ctx, a, profile); code != ExitOk)
        return code;
    // Check the profile before the file is created: a typo must not leave an empty database behind.
    if (Status valid = AgencyService::validate(profile); !valid)
        return ctx.fail(valid.error());

    const QString password = readPassword("AGENCYDESK_PASSWORD", u"Password for %1: "_s.arg(a.value(u"admin"_s)), true);
    if (password.isEmpty())
        return ctx.usage(u"init needs the manager's password in AGENCYDESK_PASSWORD (or a terminal to ask)"_s, topic);

    const QString path = QFileInfo(ctx.databasePath()).absoluteFilePath();
    const bool existed = QFileInfo::exists(path);
    if (int code = ctx.open(true); code != ExitOk)
        return code;
    Result<Session> session =
        AgencyService::initialize(ctx.db, profile, a.value(u"admin"_s), a.value(u"admin-name"_s), password);
    if (!session) {
        const Error error = session.error();
        if (!existed)
            removeCreatedDatabase(ctx, path);
        return ctx.fail(error);
    }
    ctx.session = *session;
    if (ctx.options.json) {
        printJson(QJsonObject{{u"database"_s, QDir::toNativeSeparators(path)},
                              {u"agency"_s, profile.toJson()},
                              {u"admin"_s, session->user.userName},
                              {u"adminId"_s, session->user.id}});
    } else {
        printLine(u"Created %1 for %2; manager: %3"_s.arg(QDir::toNativeSeparators(path), profile.name,
                                                          session->user.userName));
    }
    return ExitOk;
}

int runSeedDemo(Context& ctx, const QStringList& args)
{
    const QString topic = u"seed-demo"_s;
    Parsed parsed = parseCommand(ctx, args, {{u"insureds"_s}}, 0, 0, topic);
    if (parsed.failed())
        return parsed.exitCode;
    int insureds = DemoData::kDefaultInsureds;
    if (parsed.args.has(u"insureds"_s)) {
        bool ok = false;
        insureds = parsed.args.value(u"insureds"_s).toInt(&ok);
        if (!ok || insureds < 0)
            return ctx.invalid(
                u"--insureds \"%1\" is not a number of insureds"_s.arg(parsed.args.value(u"insureds"_s)));
    }

    const bool showProgress = stderrIsTerminal() && !ctx.options.json;
    DemoData::Progress progress;
    if (showProgress) {
        progress = [](int done, int total) {
            std::fprintf(stderr, "\rdemo data: %d of %d insureds", done, total);
            std::fflush(stderr);
            return true;
        };
    }
    auto finishProgress = [&] {
        if (showProgress)
            std::fputs("\n", stderr);
    };

    const QString path = QFileInfo(ctx.databasePath()).absoluteFilePath();
    const bool existed = QFileInfo::exists(path);
    if (int code = ctx.open(true); code != ExitOk)
        return code;
    if (AgencyService::needsSetup(*ctx.db)) {
        // A new database: the demo agency and its manager, no login needed (there is nobody to log in as yet).
        Result<Session> created = DemoData::createDemoDatabase(ctx.db, insureds, progress);
        finishProgress();
        if (!created) {
            const Error error = created.error();
            if (!existed)
                removeCreatedDatabase(ctx, path);
            return ctx.fail(error);
        }
        ctx.session = *created;
        if (ctx.options.json)
            printJson(QJsonObject{{u"database"_s, QDir::toNativeSeparators(path)},
                                  {u"insureds"_s, insureds},
                                  {u"manager"_s, created->user.userName}});
        else
            printLine(u"Created the demo database %1 with %2 insureds; log in as %3 (password %4)"_s.arg(
                QDir::toNativeSeparators(path), QString::number(insureds), created->user.userName,
                DemoData::demoPassword()));
        return ExitOk;
    }
    if (int code = ctx.login(); code != ExitOk)
        return code;
    Status seeded = DemoData::seed(*ctx.session, insureds, progress);
    finishProgress();
    if (!seeded)
        return ctx.fail(seeded.error());
    if (ctx.options.json)
        printJson(QJsonObject{{u"database"_s, QDir::toNativeSeparators(path)}, {u"insureds"_s, insureds}});
    else
        printLine(u"Added %1 demo insureds to %2"_s.arg(QString::number(insureds), QDir::toNativeSeparators(path)));
    return ExitOk;
}

} // namespace agencydesk::cli
