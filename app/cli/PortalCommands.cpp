// portal enroll | status | email | reset | lock | unlock | view: client portal accounts (PortalService,
// ClientViewService).
#include "Cli.h"
#include "ClientViewService.h"
#include "InsuredService.h"
#include "Output.h"
#include "PortalService.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace agencydesk::cli {

namespace {

/// Parses "portal SUB ID [options]", logs in and returns the insured id; nullopt with \a exitCode set otherwise.
std::optional<qint64> insuredArgument(Context& ctx, const QStringList& args, const std::vector<OptionSpec>& specs,
                                      const QString& topic, ParsedArgs& parsedArgs, int& exitCode)
{
    Parsed parsed = parseCommand(ctx, args, specs, 1, 1, topic);
    if (parsed.failed()) {
        exitCode = parsed.exitCode;
        return std::nullopt;
    }
    std::optional<qint64> id = parseId(ctx, parsed.args.positionals.first(), u"the insured ID"_s, topic);
    if (!id) {
        exitCode = ExitUsage;
        return std::nullopt;
    }
    if (int code = ctx.login(); code != ExitOk) {
        exitCode = code;
        return std::nullopt;
    }
    parsedArgs = parsed.args;
    return id;
}

int printAccount(Context& ctx, qint64 insuredId, const QString& note = {})
{
    auto insured = InsuredService(*ctx.session).get(insuredId);
    if (!insured)
        return ctx.fail(insured.error());
    auto account = PortalService(*ctx.session).account(insuredId);
    if (!account)
        return ctx.fail(account.error());
    if (ctx.options.json) {
        QJsonObject json =
            account->has_value()
                ? (*account)->toJson()
                : QJsonObject{{u"insuredId"_s, insuredId}, {u"status"_s, portalStatusKey(PortalStatus::NotEnrolled)}};
        json.insert(u"insuredName"_s, insured->name);
        printJson(json);
        return ExitOk;
    }
    if (!account->has_value()) {
        printFields({{u"Insured"_s, u"%1 (%2)"_s.arg(insured->name).arg(insuredId)},
                     {u"Portal"_s, portalStatusDisplayName(PortalStatus::NotEnrolled)}});
        return ExitOk;
    }
    const PortalAccount& a = **account;
    printFields({{u"Insured"_s, u"%1 (%2)"_s.arg(insured->name).arg(insuredId)},
                 {u"Portal"_s, portalStatusDisplayName(a.status)},
                 {u"User name"_s, a.userName},
                 {u"Email"_s, a.email},
                 {u"Password set"_s, a.passwordSetAt.isEmpty() ? u"-"_s : a.passwordSetAt},
                 {u"Last sign-in"_s, a.lastSignInAt.isEmpty() ? u"-"_s : a.lastSignInAt}});
    if (!note.isEmpty())
        printLine(note);
    return ExitOk;
}

int portalEnroll(Context& ctx, const QStringList& args)
{
    const QString topic = u"portal enroll"_s;
    ParsedArgs a;
    int exitCode = ExitOk;
    const auto id = insuredArgument(
        ctx, args, {{u"username"_s}, {u"email"_s}, {u"address"_s}, {u"postal-code"_s}, {u"policy-number"_s}}, topic, a,
        exitCode);
    if (!id)
        return exitCode;
    for (const char* required : {"email", "address", "postal-code", "policy-number"}) {
        if (!a.has(QLatin1String(required)))
            return ctx.usage(u"portal enroll needs --%1"_s.arg(QLatin1String(required)), topic);
    }
    PortalService service(*ctx.session);
    PortalEnrollment e;
    e.insuredId = *id;
    e.userName = a.value(u"username"_s);
    if (!a.has(u"username"_s)) {
        auto suggested = service.suggestUserName(*id);
        if (!suggested)
            return ctx.fail(suggested.error());
        e.userName = *suggested;
    }
    e.email = a.value(u"email"_s);
    e.identity = {a.value(u"address"_s), a.value(u"postal-code"_s), a.value(u"policy-number"_s)};
    auto notice = service.enroll(e);
    if (!notice)
        return ctx.fail(notice.error());
    return printAccount(
        ctx, *id,
        u"Welcome email queued (outbox %1); 'outbox flush' or the desktop app sends it."_s.arg(notice->emailId));
}

int portalSimple(Context& ctx, const QStringList& args, const QString& sub)
{
    const QString topic = u"portal "_s + sub;
    ParsedArgs a;
    int exitCode = ExitOk;
    const bool email = sub == u"email";
    const auto id = insuredArgument(
        ctx, args, email ? std::vector<OptionSpec>{{u"email"_s}} : std::vector<OptionSpec>{}, topic, a, exitCode);
    if (!id)
        return exitCode;
    PortalService service(*ctx.session);
    QString note;
    if (email) {
        if (!a.has(u"email"_s))
            return ctx.usage(u"portal email needs --email"_s, topic);
        if (Status s = service.changeEmail(*id, a.value(u"email"_s)); !s)
            return ctx.fail(s.error());
    } else if (sub == u"reset") {
        auto notice = service.resetAndNotify(*id);
        if (!notice)
            return ctx.fail(notice.error());
        note = u"Reset email queued (outbox %1); earlier codes no longer work."_s.arg(notice->emailId);
    } else if (sub == u"lock" || sub == u"unlock") {
        if (Status s = service.setLocked(*id, sub == u"lock"); !s)
            return ctx.fail(s.error());
    }
    return printAccount(ctx, *id, note);
}

int portalView(Context& ctx, const QStringList& args)
{
    const QString topic = u"portal view"_s;
    ParsedArgs a;
    int exitCode = ExitOk;
    const auto id = insuredArgument(ctx, args, {}, topic, a, exitCode);
    if (!id)
        return exitCode;
    auto view = ClientViewService(*ctx.session).view(*id);
    if (!view)
        return ctx.fail(view.error());
    if (ctx.options.json) {
        printJson(view->toJson());
        return ExitOk;
    }
    printLine(u"What %1 sees in the client portal on %2 (portal: %3%4)"_s.arg(
        view->insuredName, view->date.toString(Qt::ISODate), portalStatusDisplayName(view->portalStatus),
        view->portalUserName.isEmpty() ? QString() : u", user name "_s + view->portalUserName));
    std::vector<QStringList> policies;
    for (const Policy& p : view->policies)
        policies.push_back({p.number, lineDisplayName(p.line), p.carrierName, p.effective.toString(Qt::ISODate),
                            p.expiration.toString(Qt::ISODate)});
    printLine(u"\nPolicies in effect (%1):"_s.arg(policies.size()));
    if (!policies.empty())
        printTable({u"Number"_s, u"Line"_s, u"Carrier"_s, u"Effective"_s, u"Expiration"_s}, policies);
    std::vector<QStringList> documents;
    for (const Document& d : view->documents)
        documents.push_back({QString::number(d.id), d.fileName, d.type, d.issueDate.toString(Qt::ISODate)});
    printLine(u"\nShared documents (%1):"_s.arg(documents.size()));
    if (!documents.empty())
        printTable({u"ID"_s, u"File"_s, u"Type"_s, u"Issued"_s}, documents);
    std::vector<QStringList> certificates;
    for (const ClientViewMaster& m : view->masters) {
        if (m.certificates.empty())
            certificates.push_back({m.master.name, u"-"_s, u"-"_s, u"-"_s});
        for (const IssuedCertificate& c : m.certificates)
            certificates.push_back({m.master.name, c.number, c.holderName, c.issuedAt.left(10)});
    }
    printLine(u"\nShared certificates (%1 masters):"_s.arg(view->masters.size()));
    if (!certificates.empty())
        printTable({u"Master"_s, u"Certificate"_s, u"Holder"_s, u"Issued"_s}, certificates);
    std::vector<QStringList> requests;
    for (const CertificateRequest& r : view->openRequests)
        requests.push_back({QString::number(r.id), requestTypeKey(r.type).toUpper(), r.holder.name,
                            requestStatusKey(r.status), r.createdAt.left(10)});
    printLine(u"\nOpen requests (%1):"_s.arg(requests.size()));
    if (!requests.empty())
        printTable({u"Request"_s, u"Type"_s, u"Holder"_s, u"Status"_s, u"Received"_s}, requests);
    return ExitOk;
}

} // namespace

int runPortal(Context& ctx, const QStringList& args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == u"enroll")
        return portalEnroll(ctx, rest);
    if (sub == u"status" || sub == u"email" || sub == u"reset" || sub == u"lock" || sub == u"unlock")
        return portalSimple(ctx, rest, sub);
    if (sub == u"view")
        return portalView(ctx, rest);
    if (sub.isEmpty())
        return ctx.usage(u"portal needs a subcommand: enroll, status, email, reset, lock, unlock or view"_s,
                         u"portal"_s);
    return ctx.usage(u"unknown portal command \"%1\""_s.arg(sub), u"portal"_s);
}

} // namespace agencydesk::cli
