// agency show | set: the agency profile (the producer on every certificate) and its certificate settings.
#include "AgencyService.h"
#include "Cli.h"
#include "Output.h"

using namespace Qt::StringLiterals;

namespace agencydesk::cli {

std::vector<OptionSpec> agencyCertificateOptions()
{
    return {{u"paper-size"_s}, {u"date-format"_s}, {u"compliance-days"_s}};
}

int readAgencyCertificateOptions(const Context& ctx, const ParsedArgs& a, AgencyProfile& profile)
{
    if (a.has(u"paper-size"_s)) {
        const std::optional<CertificatePaperSize> size = AgencyService::paperSizeFromText(a.value(u"paper-size"_s));
        if (!size)
            return ctx.invalid(
                u"--paper-size \"%1\" is not a paper size (use letter, a4 or legal)"_s.arg(a.value(u"paper-size"_s)));
        profile.paperSize = *size;
    }
    // The date format and the day count are checked by AgencyService::validate, with the allowed values.
    if (a.has(u"date-format"_s))
        profile.certificateDateFormat = a.value(u"date-format"_s);
    if (a.has(u"compliance-days"_s)) {
        bool ok = false;
        const int days = a.value(u"compliance-days"_s).trimmed().toInt(&ok);
        if (!ok)
            return ctx.invalid(u"--compliance-days \"%1\" is not a whole number of days (0 to %2)"_s.arg(
                a.value(u"compliance-days"_s), QString::number(AgencyService::kMaxComplianceWarningDays)));
        profile.complianceWarningDays = days;
    }
    return ExitOk;
}

namespace {

void printProfile(const Context& ctx, const AgencyProfile& p)
{
    if (ctx.options.json) {
        QJsonObject json = p.toJson();
        json.insert(u"rowVersion"_s, p.rowVersion);
        printJson(json);
        return;
    }
    printFields({{u"Name"_s, p.name},
                 {u"Address"_s, QStringList{p.address1, p.address2}.join(u' ').simplified()},
                 {u"City"_s, u"%1, %2 %3 %4"_s.arg(p.city, p.state, p.postalCode, p.country).simplified()},
                 {u"Phone"_s, p.phone},
                 {u"Fax"_s, p.fax},
                 {u"Email"_s, p.email},
                 {u"Contact"_s, p.contact},
                 {u"Paper size"_s, paperSizeKey(p.paperSize)},
                 {u"Date format"_s, p.certificateDateFormat},
                 {u"Compliance warning"_s, u"%1 days"_s.arg(p.complianceWarningDays)}});
}

int agencyShow(Context& ctx, const QStringList& args)
{
    Parsed parsed = parseCommand(ctx, args, {}, 0, 0, u"agency show"_s);
    if (parsed.failed())
        return parsed.exitCode;
    if (int code = ctx.login(); code != ExitOk)
        return code;
    Result<AgencyProfile> profile = AgencyService(*ctx.session).profile();
    if (!profile)
        return ctx.fail(profile.error());
    printProfile(ctx, *profile);
    return ExitOk;
}

int agencySet(Context& ctx, const QStringList& args)
{
    const QString topic = u"agency set"_s;
    std::vector<OptionSpec> specs = agencyCertificateOptions();
    const char* const textFields[] = {"name",    "address1", "address2", "city",  "state",  "postal",
                                      "country", "phone",    "fax",      "email", "contact"};
    for (const char* name : textFields)
        specs.push_back({QString::fromLatin1(name)});
    Parsed parsed = parseCommand(ctx, args, specs, 0, 0, topic);
    if (parsed.failed())
        return parsed.exitCode;
    const ParsedArgs& a = parsed.args;
    bool any = false;
    for (const OptionSpec& spec : specs)
        any = any || a.has(spec.name);
    if (!any)
        return ctx.usage(u"agency set needs at least one option to change"_s, topic);
    if (int code = ctx.login(); code != ExitOk)
        return code;
    AgencyService service(*ctx.session);
    Result<AgencyProfile> current = service.profile();
    if (!current)
        return ctx.fail(current.error());
    AgencyProfile p = *current;
    QString* fields[] = {&p.name,    &p.address1, &p.address2, &p.city,  &p.state,  &p.postalCode,
                         &p.country, &p.phone,    &p.fax,      &p.email, &p.contact};
    for (int i = 0; i < 11; ++i) {
        if (const QString option = QString::fromLatin1(textFields[i]); a.has(option))
            *fields[i] = a.value(option);
    }
    if (int code = readAgencyCertificateOptions(ctx, a, p); code != ExitOk)
        return code;
    if (Status saved = service.update(p); !saved)
        return ctx.fail(saved.error());
    Result<AgencyProfile> after = service.profile();
    if (!after)
        return ctx.fail(after.error());
    printProfile(ctx, *after);
    return ExitOk;
}

} // namespace

int runAgency(Context& ctx, const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == u"show")
        return agencyShow(ctx, args.mid(1));
    if (sub == u"set")
        return agencySet(ctx, args.mid(1));
    return ctx.usage(sub.isEmpty() ? u"agency needs a subcommand"_s : u"unknown command \"agency %1\""_s.arg(sub),
                     u"agency"_s);
}

} // namespace agencydesk::cli
