// policy add | list | show | cancel, carrier list | add (policy renew | notify-holders: RenewalCommands.cpp)
#include "CarrierService.h"
#include "Cli.h"
#include "InsuredService.h"
#include "LimitCodes.h"
#include "Output.h"
#include "PolicyService.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace agencydesk::cli {

std::optional<QDate> parseDate(const Context& ctx, const QString& option, const QString& text)
{
    static const QRegularExpression pattern(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!pattern.match(text.trimmed()).hasMatch() || !date.isValid()) {
        ctx.invalid(u"--%1 \"%2\" is not a date (use YYYY-MM-DD)"_s.arg(option, text));
        return std::nullopt;
    }
    return date;
}

namespace {

/// A premium in dollars with at most two decimals ("$1,234.50") as cents.
std::optional<qint64> parsePremium(const Context& ctx, const QString& text)
{
    static const QRegularExpression pattern(u"^\\d+(\\.\\d{1,2})?$"_s);
    QString t = text.trimmed();
    t.remove(u'$').remove(u',');
    if (!pattern.match(t).hasMatch() || t.size() > 15) {
        ctx.invalid(u"--premium \"%1\" is not an amount (use dollars, e.g. 1,250.00)"_s.arg(text));
        return std::nullopt;
    }
    const qsizetype dot = t.indexOf(u'.');
    const qint64 dollars = t.left(dot < 0 ? t.size() : dot).toLongLong();
    const qint64 cents = dot < 0 ? 0 : t.mid(dot + 1).leftJustified(2, u'0').toLongLong();
    return dollars * 100 + cents;
}

QString limitCodeList(LineOfBusiness line)
{
    QStringList codes;
    for (const LimitCode& c : limitCodesFor(line))
        codes << c.code;
    return codes.join(u", "_s);
}

QString lineKeys()
{
    QStringList keys;
    for (LineOfBusiness line : allLines())
        keys << lineKey(line);
    return keys.join(u", "_s);
}

QString premiumText(const Policy& p)
{
    if (!p.premiumCents)
        return {};
    return u"$"_s + QLocale(QLocale::English, QLocale::UnitedStates).toString(double(*p.premiumCents) / 100.0, 'f', 2);
}

int add(Context& ctx, const QStringList& args)
{
    const QString topic = u"policy add"_s;
    Parsed parsed = parseCommand(ctx, args,
                                 {{u"insured"_s},
                                  {u"number"_s},
                                  {u"line"_s},
                                  {u"carrier"_s},
                                  {u"naic"_s},
                                  {u"effective"_s},
                                  {u"expiration"_s},
                                  {u"premium"_s},
                                  {u"limit"_s, true, true}},
                                 0, 0, topic);
    if (parsed.failed())
        return parsed.exitCode;
    const ParsedArgs& a = parsed.args;
    QStringList missing;
    for (const QString& required :
         {u"insured"_s, u"number"_s, u"line"_s, u"carrier"_s, u"effective"_s, u"expiration"_s}) {
        if (!a.has(required))
            missing << u"--"_s + required;
    }
    if (!missing.isEmpty())
        return ctx.usage(u"policy add needs %1"_s.arg(missing.join(u", "_s)), topic);

    // Every value is checked before logging in: a typo costs no password round-trip and saves nothing.
    Policy policy;
    const std::optional<qint64> insuredId = parseId(ctx, a.value(u"insured"_s), u"--insured"_s, topic);
    if (!insuredId)
        return ExitUsage;
    policy.insuredId = *insuredId;
    policy.number = a.value(u"number"_s);
    const std::optional<LineOfBusiness> line = lineFromKey(a.value(u"line"_s).trimmed().toLower());
    if (!line)
        return ctx.invalid(u"--line \"%1\" is not a line of business (use %2)"_s.arg(a.value(u"line"_s), lineKeys()));
    policy.line = *line;
    policy.carrierName = a.value(u"carrier"_s);
    policy.carrierNaic = a.value(u"naic"_s);
    const std::optional<QDate> effective = parseDate(ctx, u"effective"_s, a.value(u"effective"_s));
    if (!effective)
        return ExitValidation;
    const std::optional<QDate> expiration = parseDate(ctx, u"expiration"_s, a.value(u"expiration"_s));
    if (!expiration)
        return ExitValidation;
    policy.effective = *effective;
    policy.expiration = *expiration;
    if (a.has(u"premium"_s)) {
        const std::optional<qint64> premium = parsePremium(ctx, a.value(u"premium"_s));
        if (!premium)
            return ExitValidation;
        policy.premiumCents = *premium;
    }
    for (const QString& limit : a.values(u"limit"_s)) {
        const qsizetype eq = limit.indexOf(u'=');
        if (eq <= 0)
            return ctx.invalid(u"--limit \"%1\" is not CODE=AMOUNT (e.g. EachOccurrence=1000000)"_s.arg(limit));
        const QString code = limit.left(eq).trimmed();
        const LimitCode* known = findLimitCode(code);
        if (!known)
            return ctx.invalid(u"\"%1\" is not a limit code; %2 limits are %3"_s.arg(code, lineKey(policy.line),
                                                                                     limitCodeList(policy.line)));
        Result<qint64> amount = parseAmount(limit.mid(eq + 1));
        if (!amount)
            return ctx.invalid(u"--limit %1: %2"_s.arg(known->code, amount.error().message));
        policy.coverages.push_back({known->code, *amount});
    }

    if (int code = ctx.login(); code != ExitOk)
        return code;
    PolicyService service(*ctx.session);
    Result<qint64> id = service.create(policy);
    if (!id)
        return ctx.fail(id.error());
    if (ctx.options.json) {
        Result<Policy> created = service.get(*id);
        if (!created)
            return ctx.fail(created.error());
        printJson(PolicyService::toJson(*created));
    } else {
        printLine(QString::number(*id));
    }
    return ExitOk;
}

int list(Context& ctx, const QStringList& args)
{
    const QString topic = u"policy list"_s;
    Parsed parsed = parseCommand(ctx, args, {{u"insured"_s}}, 0, 0, topic);
    if (parsed.failed())
        return parsed.exitCode;
    if (!parsed.args.has(u"insured"_s))
        return ctx.usage(u"policy list needs --insured ID"_s, topic);
    const std::optional<qint64> insuredId = parseId(ctx, parsed.args.value(u"insured"_s), u"--insured"_s, topic);
    if (!insuredId)
        return ExitUsage;
    if (int code = ctx.login(); code != ExitOk)
        return code;
    if (Result<Insured> insured = InsuredService(*ctx.session).get(*insuredId); !insured)
        return ctx.fail(insured.error());
    Result<std::vector<Policy>> policies = PolicyService(*ctx.session).forInsured(*insuredId);
    if (!policies)
        return ctx.fail(policies.error());
    if (ctx.options.json) {
        QJsonArray array;
        for (const Policy& p : *policies)
            array.append(PolicyService::toJson(p));
        printJson(array);
        return ExitOk;
    }
    std::vector<QStringList> rows;
    for (const Policy& p : *policies)
        rows.push_back({QString::number(p.id), p.number, lineKey(p.line), p.carrierName,
                        p.effective.toString(Qt::ISODate), p.expiration.toString(Qt::ISODate),
                        policyStatusDisplayName(p.status()), premiumText(p), limitsSummary(p)});
    printTable({u"ID"_s, u"Number"_s, u"Line"_s, u"Carrier"_s, u"Effective"_s, u"Expiration"_s, u"Status"_s,
                u"Premium"_s, u"Limits"_s},
               rows);
    return ExitOk;
}

int show(Context& ctx, const QStringList& args)
{
    const QString topic = u"policy show"_s;
    Parsed parsed = parseCommand(ctx, args, {}, 1, 1, topic);
    if (parsed.failed())
        return parsed.exitCode;
    const std::optional<qint64> id = parseId(ctx, parsed.args.positionals.first(), u"the policy ID"_s, topic);
    if (!id)
        return ExitUsage;
    if (int code = ctx.login(); code != ExitOk)
        return code;
    Result<Policy> policy = PolicyService(*ctx.session).get(*id);
    if (!policy)
        return ctx.fail(policy.error());
    if (ctx.options.json) {
        printJson(PolicyService::toJson(*policy));
        return ExitOk;
    }
    const Policy& p = *policy;
    printFields(
        {{u"ID"_s, QString::number(p.id)},
         {u"Number"_s, p.number},
         {u"Insured"_s, p.insuredId ? QString::number(*p.insuredId) : u"(unattached)"_s},
         {u"Line"_s, u"%1 (%2)"_s.arg(lineKey(p.line), lineDisplayName(p.line))},
         {u"Carrier"_s, p.carrierNaic.isEmpty() ? p.carrierName : u"%1 (NAIC %2)"_s.arg(p.carrierName, p.carrierNaic)},
         {u"Effective"_s, p.effective.toString(Qt::ISODate)},
         {u"Expiration"_s, p.expiration.toString(Qt::ISODate)},
         {u"Status"_s, policyStatusDisplayName(p.status())},
         {u"Premium"_s, premiumText(p)},
         {u"Updated"_s, u"%1 by %2"_s.arg(p.updatedAt, p.updatedByName)}});
    if (!p.coverages.empty()) {
        printLine(QString());
        std::vector<QStringList> rows;
        for (const Coverage& c : p.coverages) {
            const LimitCode* known = findLimitCode(c.limitCode);
            rows.push_back({c.limitCode, known ? known->label : QString(), formatAmount(c.amount)});
        }
        printTable({u"Limit"_s, u"Label"_s, u"Amount"_s}, rows);
    }
    return ExitOk;
}

int cancel(Context& ctx, const QStringList& args)
{
    const QString topic = u"policy cancel"_s;
    Parsed parsed = parseCommand(ctx, args, {}, 1, 1, topic);
    if (parsed.failed())
        return parsed.exitCode;
    const std::optional<qint64> id = parseId(ctx, parsed.args.positionals.first(), u"the policy ID"_s, topic);
    if (!id)
        return ExitUsage;
    if (int code = ctx.login(); code != ExitOk)
        return code;
    PolicyService service(*ctx.session);
    if (Status done = service.cancel(*id); !done)
        return ctx.fail(done.error());
    Result<Policy> policy = service.get(*id);
    if (!policy)
        return ctx.fail(policy.error());
    if (ctx.options.json)
        printJson(PolicyService::toJson(*policy));
    else
        printLine(u"Policy %1 (%2) cancelled"_s.arg(QString::number(*id), policy->number));
    return ExitOk;
}

QJsonObject carrierJson(const Carrier& c)
{
    return QJsonObject{{u"id"_s, c.id}, {u"name"_s, c.name}, {u"naic"_s, c.naic}};
}

} // namespace

QString limitsSummary(const Policy& p)
{
    QStringList parts;
    for (const Coverage& c : p.coverages)
        parts << c.limitCode + u' ' + formatAmount(c.amount);
    return parts.join(u", "_s);
}

int runPolicy(Context& ctx, const QStringList& args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == u"add")
        return add(ctx, rest);
    if (sub == u"list")
        return list(ctx, rest);
    if (sub == u"show")
        return show(ctx, rest);
    if (sub == u"cancel")
        return cancel(ctx, rest);
    if (sub == u"unattach")
        return policyUnattach(ctx, rest);
    if (sub == u"renew")
        return policyRenew(ctx, rest);
    if (sub == u"notify-holders")
        return policyNotifyHolders(ctx, rest);
    return ctx.usage(sub.isEmpty() ? u"policy needs a subcommand"_s : u"unknown command \"policy %1\""_s.arg(sub),
                     u"policy"_s);
}

int runCarrier(Context& ctx, const QStringList& args)
{
    const QString sub = args.value(0);
    const QString topic = u"carrier "_s + sub;
    if (sub == u"list") {
        Parsed parsed = parseCommand(ctx, args.mid(1), {}, 0, 0, topic);
        if (parsed.failed())
            return parsed.exitCode;
        if (int code = ctx.login(); code != ExitOk)
            return code;
        Result<std::vector<Carrier>> carriers = CarrierService(*ctx.session).list();
        if (!carriers)
            return ctx.fail(carriers.error());
        if (ctx.options.json) {
            QJsonArray array;
            for (const Carrier& c : *carriers)
                array.append(carrierJson(c));
            printJson(array);
            return ExitOk;
        }
        std::vector<QStringList> rows;
        for (const Carrier& c : *carriers)
            rows.push_back({QString::number(c.id), c.name, c.naic});
        printTable({u"ID"_s, u"Name"_s, u"NAIC"_s}, rows);
        return ExitOk;
    }
    if (sub == u"add") {
        Parsed parsed = parseCommand(ctx, args.mid(1), {{u"naic"_s}}, 1, 1, topic);
        if (parsed.failed())
            return parsed.exitCode;
        if (int code = ctx.login(); code != ExitOk)
            return code;
        CarrierService service(*ctx.session);
        Result<qint64> id = service.add(parsed.args.positionals.first(), parsed.args.value(u"naic"_s));
        if (!id)
            return ctx.fail(id.error());
        if (ctx.options.json) {
            Result<Carrier> carrier = service.get(*id);
            if (!carrier)
                return ctx.fail(carrier.error());
            printJson(carrierJson(*carrier));
        } else {
            printLine(QString::number(*id));
        }
        return ExitOk;
    }
    return ctx.usage(sub.isEmpty() ? u"carrier needs a subcommand"_s : u"unknown command \"carrier %1\""_s.arg(sub),
                     u"carrier"_s);
}

} // namespace agencydesk::cli
