// import FILE_OR_DIR..., unattached list | suggest | attach | create-insured, policy unattach
#include "Cli.h"
#include "DownloadImportService.h"
#include "LimitCodes.h"
#include "Output.h"
#include "PolicyService.h"
#include "UnattachedDownloadService.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace agencydesk::cli {

namespace {

QString partyText(const DownloadParty& p)
{
    QStringList parts{p.name, p.address1, QStringList{p.city, p.state, p.postalCode}.join(u' ').simplified()};
    parts.removeAll(QString());
    return parts.join(u", "_s);
}

int list(Context& ctx, const QStringList& args)
{
    Parsed parsed = parseCommand(ctx, args, {}, 0, 0, u"unattached list"_s);
    if (parsed.failed())
        return parsed.exitCode;
    if (int code = ctx.login(); code != ExitOk)
        return code;
    Result<std::vector<UnattachedDownload>> items = UnattachedDownloadService(*ctx.session).list();
    if (!items)
        return ctx.fail(items.error());
    if (ctx.options.json) {
        QJsonArray array;
        for (const UnattachedDownload& u : *items)
            array.append(u.toJson());
        printJson(array);
        return ExitOk;
    }
    std::vector<QStringList> rows;
    for (const UnattachedDownload& u : *items)
        rows.push_back({QString::number(u.policyId), u.policy.number, lineKey(u.policy.line), u.policy.carrierName,
                        u.policy.effective.toString(Qt::ISODate), partyText(u.download.insured)});
    printTable({u"ID"_s, u"Policy"_s, u"Line"_s, u"Carrier"_s, u"Effective"_s, u"Insured in the download"_s}, rows);
    return ExitOk;
}

int suggest(Context& ctx, const QStringList& args)
{
    const QString topic = u"unattached suggest"_s;
    Parsed parsed = parseCommand(ctx, args, {}, 1, 1, topic);
    if (parsed.failed())
        return parsed.exitCode;
    std::optional<qint64> id = parseId(ctx, parsed.args.positionals.first(), u"ID"_s, topic);
    if (!id)
        return ExitUsage;
    if (int code = ctx.login(); code != ExitOk)
        return code;
    Result<std::vector<InsuredSuggestion>> suggestions = UnattachedDownloadService(*ctx.session).suggest(*id);
    if (!suggestions)
        return ctx.fail(suggestions.error());
    if (ctx.options.json) {
        QJsonArray array;
        for (const InsuredSuggestion& s : *suggestions)
            array.append(QJsonObject{{u"insuredId"_s, s.insuredId},
                                     {u"name"_s, s.name},
                                     {u"address"_s, s.address},
                                     {u"score"_s, s.score},
                                     {u"reasons"_s, QJsonArray::fromStringList(s.reasons)}});
        printJson(array);
        return ExitOk;
    }
    std::vector<QStringList> rows;
    for (const InsuredSuggestion& s : *suggestions)
        rows.push_back(
            {QString::number(s.insuredId), QString::number(s.score), s.name, s.address, s.reasons.join(u"; "_s)});
    printTable({u"Insured"_s, u"Score"_s, u"Name"_s, u"Address"_s, u"Why"_s}, rows);
    return ExitOk;
}

int attach(Context& ctx, const QStringList& args)
{
    const QString topic = u"unattached attach"_s;
    Parsed parsed = parseCommand(ctx, args, {{u"insured"_s}}, 1, 1, topic);
    if (parsed.failed())
        return parsed.exitCode;
    std::optional<qint64> id = parseId(ctx, parsed.args.positionals.first(), u"ID"_s, topic);
    if (!id)
        return ExitUsage;
    if (!parsed.args.has(u"insured"_s))
        return ctx.usage(u"--insured ID is required"_s, topic);
    std::optional<qint64> insured = parseId(ctx, parsed.args.value(u"insured"_s), u"--insured"_s, topic);
    if (!insured)
        return ExitUsage;
    if (int code = ctx.login(); code != ExitOk)
        return code;
    if (Status s = UnattachedDownloadService(*ctx.session).attach(*id, *insured); !s)
        return ctx.fail(s.error());
    return ExitOk;
}

int createInsured(Context& ctx, const QStringList& args)
{
    const QString topic = u"unattached create-insured"_s;
    Parsed parsed = parseCommand(ctx, args, {}, 1, 1, topic);
    if (parsed.failed())
        return parsed.exitCode;
    std::optional<qint64> id = parseId(ctx, parsed.args.positionals.first(), u"ID"_s, topic);
    if (!id)
        return ExitUsage;
    if (int code = ctx.login(); code != ExitOk)
        return code;
    Result<qint64> insured = UnattachedDownloadService(*ctx.session).createInsured(*id);
    if (!insured)
        return ctx.fail(insured.error());
    if (ctx.options.json)
        printJson(QJsonObject{{u"insuredId"_s, *insured}});
    else
        printLine(QString::number(*insured));
    return ExitOk;
}

} // namespace

int runImport(Context& ctx, const QStringList& args)
{
    Parsed parsed = parseCommand(ctx, args, {}, 1, 100000, u"import"_s);
    if (parsed.failed())
        return parsed.exitCode;
    if (int code = ctx.login(); code != ExitOk)
        return code;
    Result<DownloadImportSummary> summary = DownloadImportService(*ctx.session).importPaths(parsed.args.positionals);
    if (!summary)
        return ctx.fail(summary.error());
    if (ctx.options.json)
        printJson(summary->toJson());
    else
        printBytes(summary->toText().toUtf8());
    // Some files failed: the others are imported, and a script must notice.
    return summary->failed() > 0 ? ExitValidation : ExitOk;
}

int runUnattached(Context& ctx, const QStringList& args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == u"list")
        return list(ctx, rest);
    if (sub == u"suggest")
        return suggest(ctx, rest);
    if (sub == u"attach")
        return attach(ctx, rest);
    if (sub == u"create-insured")
        return createInsured(ctx, rest);
    return ctx.usage(sub.isEmpty() ? u"unattached needs a subcommand"_s
                                   : u"unknown command \"unattached %1\""_s.arg(sub),
                     u"unattached"_s);
}

int policyUnattach(Context& ctx, const QStringList& args)
{
    const QString topic = u"policy unattach"_s;
    Parsed parsed = parseCommand(ctx, args, {}, 1, 1, topic);
    if (parsed.failed())
        return parsed.exitCode;
    std::optional<qint64> id = parseId(ctx, parsed.args.positionals.first(), u"ID"_s, topic);
    if (!id)
        return ExitUsage;
    if (int code = ctx.login(); code != ExitOk)
        return code;
    if (Status s = UnattachedDownloadService(*ctx.session).unattach(*id); !s)
        return ctx.fail(s.error());
    return ExitOk;
}

} // namespace agencydesk::cli
