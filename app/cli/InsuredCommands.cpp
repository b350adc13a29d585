// insured add | edit | search | show | deactivate | activate | note
#include "ActivityService.h"
#include "Cli.h"
#include "InsuredService.h"
#include "LimitCodes.h"
#include "Output.h"
#include "PolicyService.h"
#include "SearchService.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace agencydesk::cli {

namespace {

const std::vector<OptionSpec> kInsuredFields = {{u"name"_s},  {u"dba"_s},   {u"address1"_s}, {u"address2"_s},
                                                {u"city"_s},  {u"state"_s}, {u"postal"_s},   {u"country"_s},
                                                {u"email"_s}, {u"phone"_s}};

/// Copies the options given on the command line into \a insured; the others keep their values.
void applyFields(const ParsedArgs& a, Insured& insured)
{
    const std::pair<const char16_t*, QString Insured::*> fields[] = {
        {u"name", &Insured::name},         {u"dba", &Insured::dba},         {u"address1", &Insured::address1},
        {u"address2", &Insured::address2}, {u"city", &Insured::city},       {u"state", &Insured::state},
        {u"postal", &Insured::postalCode}, {u"country", &Insured::country}, {u"email", &Insured::email},
        {u"phone", &Insured::phone}};
    for (const auto& [option, member] : fields) {
        const QString name = QString::fromUtf16(option);
        if (a.has(name))
            insured.*member = a.value(name);
    }
}

int printInsured(Context& ctx, qint64 id)
{
    Result<Insured> insured = InsuredService(*ctx.session).get(id);
    if (!insured)
        return ctx.fail(insured.error());
    printJson(InsuredService::toJson(*insured));
    return ExitOk;
}

int add(Context& ctx, const QStringList& args)
{
    const QString topic = u"insured add"_s;
    Parsed parsed = parseCommand(ctx, args, kInsuredFields, 0, 0, topic);
    if (parsed.failed())
        return parsed.exitCode;
    if (!parsed.args.has(u"name"_s))
        return ctx.usage(u"insured add needs --name"_s, topic);
    if (int code = ctx.login(); code != ExitOk)
        return code;
    Insured insured;
    applyFields(parsed.args, insured);
    Result<qint64> id = InsuredService(*ctx.session).create(insured);
    if (!id)
        return ctx.fail(id.error());
    if (ctx.options.json)
        return printInsured(ctx, *id);
    printLine(QString::number(*id));
    return ExitOk;
}

int edit(Context& ctx, const QStringList& args)
{
    const QString topic = u"insured edit"_s;
    Parsed parsed = parseCommand(ctx, args, kInsuredFields, 1, 1, topic);
    if (parsed.failed())
        return parsed.exitCode;
    const std::optional<qint64> id = parseId(ctx, parsed.args.positionals.first(), u"the insured ID"_s, topic);
    if (!id)
        return ExitUsage;
    if (int code = ctx.login(); code != ExitOk)
        return code;
    InsuredService service(*ctx.session);
    Result<Insured> insured = service.get(*id);
    if (!insured)
        return ctx.fail(insured.error());
    applyFields(parsed.args, insured.value());
    if (Status saved = service.update(insured.value()); !saved)
        return ctx.fail(saved.error());
    if (ctx.options.json)
        return printInsured(ctx, *id);
    printLine(u"Insured %1 (%2) saved"_s.arg(QString::number(*id), insured->name));
    return ExitOk;
}

int search(Context& ctx, const QStringList& args)
{
    const QString topic = u"insured search"_s;
    Parsed parsed = parseCommand(ctx, args, {{u"limit"_s}}, 1, 1, topic);
    if (parsed.failed())
        return parsed.exitCode;
    int limit = 25;
    if (parsed.args.has(u"limit"_s)) {
        bool ok = false;
        limit = parsed.args.value(u"limit"_s).toInt(&ok);
        if (!ok || limit <= 0)
            return ctx.invalid(u"--limit \"%1\" is not a positive number"_s.arg(parsed.args.value(u"limit"_s)));
    }
    if (int code = ctx.login(); code != ExitOk)
        return code;
    Result<std::vector<SearchHit>> hits = SearchService(*ctx.session).search(parsed.args.positionals.first(), limit);
    if (!hits)
        return ctx.fail(hits.error());
    if (ctx.options.json) {
        QJsonArray array;
        for (const SearchHit& h : *hits)
            array.append(QJsonObject{{u"id"_s, h.insuredId},
                                     {u"name"_s, h.name},
                                     {u"dba"_s, h.dba},
                                     {u"city"_s, h.city},
                                     {u"state"_s, h.state},
                                     {u"email"_s, h.email},
                                     {u"status"_s, h.active ? u"active"_s : u"inactive"_s},
                                     {u"matchedField"_s, h.matchedField},
                                     {u"matchedText"_s, h.matchedText}});
        printJson(array);
        return ExitOk;
    }
    std::vector<QStringList> rows;
    for (const SearchHit& h : *hits)
        rows.push_back({QString::number(h.insuredId), h.name, h.dba, h.city, h.state, h.email,
                        h.active ? u"active"_s : u"inactive"_s,
                        h.matchedText.isEmpty() ? h.matchedField : h.matchedField + u": "_s + h.matchedText});
    printTable({u"ID"_s, u"Name"_s, u"DBA"_s, u"City"_s, u"State"_s, u"Email"_s, u"Status"_s, u"Matched"_s}, rows);
    return ExitOk;
}

int show(Context& ctx, const QStringList& args)
{
    const QString topic = u"insured show"_s;
    Parsed parsed = parseCommand(ctx, args, {}, 1, 1, topic);
    if (parsed.failed())
        return parsed.exitCode;
    const std::optional<qint64> id = parseId(ctx, parsed.args.positionals.first(), u"the insured ID"_s, topic);
    if (!id)
        return ExitUsage;
    if (int code = ctx.login(); code != ExitOk)
        return code;
    Result<Insured> insured = InsuredService(*ctx.session).get(*id);
    if (!insured)
        return ctx.fail(insured.error());
    Result<std::vector<Policy>> policies = PolicyService(*ctx.session).forInsured(*id);
    if (!policies)
        return ctx.fail(policies.error());
    Result<std::vector<Activity>> activity = ActivityService(*ctx.session).forInsured(*id, 10);
    if (!activity)
        return ctx.fail(activity.error());

    if (ctx.options.json) {
        QJsonObject json = InsuredService::toJson(*insured);
        QJsonArray policyArray;
        for (const Policy& p : *policies)
            policyArray.append(PolicyService::toJson(p));
        QJsonArray activityArray;
        for (const Activity& a : *activity)
            activityArray.append(QJsonObject{{u"at"_s, a.at},
                                             {u"user"_s, a.userName},
                                             {u"kind"_s, a.kind},
                                             {u"action"_s, a.action},
                                             {u"summary"_s, a.summary}});
        json.insert(u"policies"_s, policyArray);
        json.insert(u"activity"_s, activityArray);
        printJson(json);
        return ExitOk;
    }
    const Insured& i = *insured;
    const QString cityLine = QStringList{i.city, QStringList{i.state, i.postalCode}.join(u' ').trimmed()}.join(u", "_s);
    printFields({{u"ID"_s, QString::number(i.id)},
                 {u"Name"_s, i.name},
                 {u"DBA"_s, i.dba},
                 {u"Address"_s, QStringList{i.address1, i.address2}.join(u' ').trimmed()},
                 {u"City"_s, cityLine == u", " ? QString() : cityLine},
                 {u"Country"_s, i.country},
                 {u"Email"_s, i.email},
                 {u"Phone"_s, i.phone},
                 {u"Status"_s, i.active ? u"active"_s : u"inactive"_s},
                 {u"Policies in force"_s, QString::number(i.policiesInForce)},
                 {u"Updated"_s, u"%1 by %2"_s.arg(i.updatedAt, i.updatedByName)}});
    if (!policies->empty()) {
        printLine(QString());
        std::vector<QStringList> rows;
        for (const Policy& p : *policies)
            rows.push_back({QString::number(p.id), p.number, lineKey(p.line), p.carrierName,
                            p.effective.toString(Qt::ISODate), p.expiration.toString(Qt::ISODate),
                            policyStatusDisplayName(p.status()), limitsSummary(p)});
        printTable({u"Policy"_s, u"Number"_s, u"Line"_s, u"Carrier"_s, u"Effective"_s, u"Expiration"_s, u"Status"_s,
                    u"Limits"_s},
                   rows);
    }
    if (!activity->empty()) {
        printLine(QString());
        std::vector<QStringList> rows;
        for (const Activity& a : *activity)
            rows.push_back({a.at, a.userName, a.summary});
        printTable({u"When"_s, u"User"_s, u"Activity"_s}, rows);
    }
    return ExitOk;
}

int setActive(Context& ctx, const QString& sub, const QStringList& args)
{
    const QString topic = u"insured "_s + sub;
    Parsed parsed = parseCommand(ctx, args, {}, 1, 1, topic);
    if (parsed.failed())
        return parsed.exitCode;
    const std::optional<qint64> id = parseId(ctx, parsed.args.positionals.first(), u"the insured ID"_s, topic);
    if (!id)
        return ExitUsage;
    if (int code = ctx.login(); code != ExitOk)
        return code;
    const bool active = sub == u"activate";
    if (Status done = InsuredService(*ctx.session).setActive(*id, active); !done)
        return ctx.fail(done.error());
    if (ctx.options.json)
        return printInsured(ctx, *id);
    printLine(active ? u"Insured %1 activated"_s.arg(*id) : u"Insured %1 deactivated"_s.arg(*id));
    return ExitOk;
}

int note(Context& ctx, const QStringList& args)
{
    const QString topic = u"insured note"_s;
    Parsed parsed = parseCommand(ctx, args, {}, 2, 2, topic);
    if (parsed.failed())
        return parsed.exitCode;
    const std::optional<qint64> id = parseId(ctx, parsed.args.positionals.first(), u"the insured ID"_s, topic);
    if (!id)
        return ExitUsage;
    if (int code = ctx.login(); code != ExitOk)
        return code;
    const QString text = parsed.args.positionals.at(1);
    Result<qint64> noteId = ActivityService(*ctx.session).addNote(*id, text);
    if (!noteId)
        return ctx.fail(noteId.error());
    if (ctx.options.json)
        printJson(QJsonObject{{u"id"_s, *noteId}, {u"insuredId"_s, *id}, {u"text"_s, text}});
    else
        printLine(QString::number(*noteId));
    return ExitOk;
}

} // namespace

int runInsured(Context& ctx, const QStringList& args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == u"add")
        return add(ctx, rest);
    if (sub == u"edit")
        return edit(ctx, rest);
    if (sub == u"search")
        return search(ctx, rest);
    if (sub == u"show")
        return show(ctx, rest);
    if (sub == u"deactivate" || sub == u"activate")
        return setActive(ctx, sub, rest);
    if (sub == u"note")
        return note(ctx, rest);
    if (sub == u"automation")
        return insuredAutomation(ctx, rest);
    return ctx.usage(sub.isEmpty() ? u"insured needs a subcommand"_s : u"unknown command \"insured %1\""_s.arg(sub),
                     u"insured"_s);
}

} // namespace agencydesk::cli
