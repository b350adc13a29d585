// db check | backup | set-shared
#include "Cli.h"
#include "Database.h"
#include "DatabaseMaintenance.h"
#include "Output.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace agencydesk::cli {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

int check(Context& ctx, const QStringList& args)
{
    Parsed parsed = parseCommand(ctx, args, {}, 0, 0, u"db check"_s);
    if (parsed.failed())
        return parsed.exitCode;
    // The full check below replaces the quick check at open, so its findings can be listed.
    if (int code = ctx.open(false, false); code != ExitOk)
        return code;
    Result<QStringList> problems = DatabaseMaintenance::check(*ctx.db);
    if (!problems)
        return ctx.fail(problems.error());
    const QString path = native(ctx.db->path());
    if (ctx.options.json) {
        printJson(QJsonObject{{u"database"_s, path},
                              {u"ok"_s, problems->isEmpty()},
                              {u"problems"_s, QJsonArray::fromStringList(*problems)}});
    } else if (problems->isEmpty()) {
        printLine(u"ok: %1 passed the integrity check"_s.arg(path));
    } else {
        for (const QString& problem : *problems)
            printLine(problem);
    }
    if (problems->isEmpty())
        return ExitOk;
    return ctx.fail({ErrorCode::Database, u"%1 is damaged (%2 problems, first: %3). Restore a backup."_s.arg(
                                              path, QString::number(problems->size()), problems->first())});
}

int backup(Context& ctx, const QStringList& args)
{
    Parsed parsed = parseCommand(ctx, args, {}, 1, 1, u"db backup"_s);
    if (parsed.failed())
        return parsed.exitCode;
    if (int code = ctx.open(false, false); code != ExitOk)
        return code;
    const QString target = QFileInfo(parsed.args.positionals.first()).absoluteFilePath();
    if (Status done = DatabaseMaintenance::backup(*ctx.db, target); !done)
        return ctx.fail(done.error());
    if (ctx.options.json)
        printJson(QJsonObject{{u"database"_s, native(ctx.db->path())}, {u"backup"_s, native(target)}});
    else
        printLine(u"Backed up %1 to %2"_s.arg(native(ctx.db->path()), native(target)));
    return ExitOk;
}

int setShared(Context& ctx, const QStringList& args)
{
    const QString topic = u"db set-shared"_s;
    Parsed parsed = parseCommand(ctx, args, {}, 1, 1, topic);
    if (parsed.failed())
        return parsed.exitCode;
    const QString value = parsed.args.positionals.first().toLower();
    if (value != u"on" && value != u"off")
        return ctx.usage(u"db set-shared takes on or off, not \"%1\""_s.arg(parsed.args.positionals.first()), topic);
    if (int code = ctx.login(); code != ExitOk)
        return code;
    if (Status allowed = authorize(*ctx.session, Operation::DatabaseSetShared); !allowed)
        return ctx.fail(allowed.error());
    const bool shared = value == u"on";
    if (Status done = ctx.db->setSharedMode(shared); !done)
        return ctx.fail(done.error());
    if (ctx.options.json)
        printJson(QJsonObject{{u"database"_s, native(ctx.db->path())}, {u"shared"_s, shared}});
    else
        printLine(
            shared ? u"%1 is now in shared mode (rollback journal, for a network folder)"_s.arg(native(ctx.db->path()))
                   : u"%1 is now in local mode (WAL)"_s.arg(native(ctx.db->path())));
    return ExitOk;
}

} // namespace

int runDb(Context& ctx, const QStringList& args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == u"check")
        return check(ctx, rest);
    if (sub == u"backup")
        return backup(ctx, rest);
    if (sub == u"set-shared")
        return setShared(ctx, rest);
    return ctx.usage(sub.isEmpty() ? u"db needs a subcommand"_s : u"unknown command \"db %1\""_s.arg(sub), u"db"_s);
}

} // namespace agencydesk::cli
