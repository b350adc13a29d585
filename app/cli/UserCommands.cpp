// user add | list | reset-password | deactivate | activate: the manager's user administration.
#include "Cli.h"
#include "Output.h"
#include "UserService.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace agencydesk::cli {

namespace {

QJsonObject userJson(const User& u)
{
    return QJsonObject{{u"id"_s, u.id},
                       {u"userName"_s, u.userName},
                       {u"fullName"_s, u.fullName},
                       {u"role"_s, roleKey(u.role)},
                       {u"active"_s, u.active},
                       {u"lockedUntil"_s, u.lockedUntil}};
}

QString newPassword()
{
    return readPassword("AGENCYDESK_NEW_PASSWORD", u"New password: "_s, true);
}

int add(Context& ctx, const QStringList& args)
{
    const QString topic = u"user add"_s;
    Parsed parsed = parseCommand(ctx, args, {{u"role"_s}, {u"full-name"_s}}, 1, 1, topic);
    if (parsed.failed())
        return parsed.exitCode;
    const ParsedArgs& a = parsed.args;
    if (!a.has(u"role"_s))
        return ctx.usage(u"user add needs --role"_s, topic);
    const std::optional<Role> role = roleFromKey(a.value(u"role"_s));
    if (!role)
        return ctx.invalid(u"unknown role \"%1\" (use manager, data-processor, certificate-specialist or "
                           "payroll-advisor)"_s.arg(a.value(u"role"_s)));
    if (int code = ctx.login(); code != ExitOk)
        return code;
    const QString password = newPassword();
    if (password.isEmpty())
        return ctx.usage(u"the new user's password comes from AGENCYDESK_NEW_PASSWORD (or a terminal to ask)"_s, topic);
    UserService users(*ctx.session);
    Result<qint64> id = users.add(a.positionals.first(), a.value(u"full-name"_s), *role, password);
    if (!id)
        return ctx.fail(id.error());
    if (ctx.options.json) {
        Result<User> user = users.get(*id);
        if (!user)
            return ctx.fail(user.error());
        printJson(userJson(*user));
    } else {
        printLine(QString::number(*id));
    }
    return ExitOk;
}

int list(Context& ctx, const QStringList& args)
{
    Parsed parsed = parseCommand(ctx, args, {}, 0, 0, u"user list"_s);
    if (parsed.failed())
        return parsed.exitCode;
    if (int code = ctx.login(); code != ExitOk)
        return code;
    Result<std::vector<User>> users = UserService(*ctx.session).list();
    if (!users)
        return ctx.fail(users.error());
    if (ctx.options.json) {
        QJsonArray array;
        for (const User& u : *users)
            array.append(userJson(u));
        printJson(array);
        return ExitOk;
    }
    std::vector<QStringList> rows;
    for (const User& u : *users)
        rows.push_back({QString::number(u.id), u.userName, u.fullName, roleKey(u.role),
                        u.active ? u"active"_s : u"inactive"_s, u.lockedUntil});
    printTable({u"ID"_s, u"User"_s, u"Full name"_s, u"Role"_s, u"Status"_s, u"Locked until"_s}, rows);
    return ExitOk;
}

/// reset-password, deactivate, activate: one user named by user name.
int changeUser(Context& ctx, const QString& sub, const QStringList& args)
{
    const QString topic = u"user "_s + sub;
    Parsed parsed = parseCommand(ctx, args, {}, 1, 1, topic);
    if (parsed.failed())
        return parsed.exitCode;
    if (int code = ctx.login(); code != ExitOk)
        return code;
    UserService users(*ctx.session);
    Result<User> user = users.findByName(parsed.args.positionals.first());
    if (!user)
        return ctx.fail(user.error());
    Status done;
    QString what;
    if (sub == u"reset-password") {
        const QString password = newPassword();
        if (password.isEmpty())
            return ctx.usage(u"the new password comes from AGENCYDESK_NEW_PASSWORD (or a terminal to ask)"_s, topic);
        done = users.resetPassword(user->id, password);
        what = u"Password of %1 reset"_s;
    } else {
        const bool active = sub == u"activate";
        done = users.setActive(user->id, active);
        what = active ? u"User %1 activated"_s : u"User %1 deactivated"_s;
    }
    if (!done)
        return ctx.fail(done.error());
    if (ctx.options.json) {
        Result<User> after = users.get(user->id);
        if (!after)
            return ctx.fail(after.error());
        printJson(userJson(*after));
    } else {
        printLine(what.arg(user->userName));
    }
    return ExitOk;
}

} // namespace

int runUser(Context& ctx, const QStringList& args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == u"add")
        return add(ctx, rest);
    if (sub == u"list")
        return list(ctx, rest);
    if (sub == u"reset-password" || sub == u"deactivate" || sub == u"activate")
        return changeUser(ctx, sub, rest);
    return ctx.usage(sub.isEmpty() ? u"user needs a subcommand"_s : u"unknown command \"user %1\""_s.arg(sub),
                     u"user"_s);
}

} // namespace agencydesk::cli
