// The rejection reasons: reason list | add | rename | retire | restore (the manager's list; a retired reason stays on
// the requests rejected with it).
#include "Cli.h"
#include "Output.h"
#include "RejectionReasonService.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace agencydesk::cli {

int runReason(Context& ctx, const QStringList& args)
{
    const QString sub = args.value(0);
    const QString topic = u"reason"_s;
    if (sub == u"list") {
        Parsed parsed = parseCommand(ctx, args.mid(1), {{u"all"_s, false}}, 0, 0, topic);
        if (parsed.failed())
            return parsed.exitCode;
        if (int code = ctx.login(); code != ExitOk)
            return code;
        auto reasons = RejectionReasonService(*ctx.session).list(parsed.args.has(u"all"_s));
        if (!reasons)
            return ctx.fail(reasons.error());
        if (ctx.options.json) {
            QJsonArray array;
            for (const RejectionReason& r : *reasons)
                array.append(QJsonObject{{u"id"_s, r.id}, {u"text"_s, r.text}, {u"retired"_s, r.retired}});
            printJson(array);
            return ExitOk;
        }
        std::vector<QStringList> rows;
        for (const RejectionReason& r : *reasons)
            rows.push_back({QString::number(r.id), r.text, r.retired ? u"retired"_s : QString()});
        printTable({u"ID"_s, u"Reason"_s, u""_s}, rows);
        return ExitOk;
    }
    if (sub == u"add" || sub == u"rename" || sub == u"retire" || sub == u"restore") {
        const int positionals = sub == u"add" ? 1 : sub == u"rename" ? 2 : 1;
        Parsed parsed = parseCommand(ctx, args.mid(1), {}, positionals, positionals, topic);
        if (parsed.failed())
            return parsed.exitCode;
        std::optional<qint64> id;
        if (sub != u"add") {
            id = parseId(ctx, parsed.args.positionals.first(), u"the reason ID"_s, topic);
            if (!id)
                return ExitUsage;
        }
        if (int code = ctx.login(); code != ExitOk)
            return code;
        RejectionReasonService reasons(*ctx.session);
        if (sub == u"add") {
            auto added = reasons.add(parsed.args.positionals.first());
            if (!added)
                return ctx.fail(added.error());
            printLine(QString::number(*added));
            return ExitOk;
        }
        Status s = sub == u"rename"   ? reasons.rename(*id, parsed.args.positionals.at(1))
                   : sub == u"retire" ? reasons.retire(*id, true)
                                      : reasons.retire(*id, false);
        if (!s)
            return ctx.fail(s.error());
        printLine(u"Rejection reason %1: %2."_s.arg(QString::number(*id), sub == u"rename"   ? u"renamed"_s
                                                                          : sub == u"retire" ? u"retired"_s
                                                                                             : u"restored"_s));
        return ExitOk;
    }
    return ctx.usage(sub.isEmpty() ? u"reason needs a subcommand"_s : u"unknown command \"reason %1\""_s.arg(sub),
                     topic);
}

} // namespace agencydesk::cli
