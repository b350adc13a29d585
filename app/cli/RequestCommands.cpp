// The certificate request desk: request add | list | show | take | submit | upload | relabel | reject | note,
// insured automation, wos approve (the rejection reasons are in ReasonCommands.cpp).
#include "Cli.h"
#include "Files.h"
#include "Output.h"
#include "RejectionReasonService.h"
#include "RequestListService.h"
#include "RequestService.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace agencydesk::cli {

namespace {

constexpr qint64 kMaxFileBytes = 50LL * 1024 * 1024;

QString statusLabel(RequestStatus status)
{
    switch (status) {
    case RequestStatus::New:
        return u"new"_s;
    case RequestStatus::InProgress:
        return u"in-progress"_s;
    case RequestStatus::Completed:
        return u"completed"_s;
    case RequestStatus::Rejected:
        return u"rejected"_s;
    }
    return {};
}

QString age(const QString& createdAt)
{
    const QDateTime created = QDateTime::fromString(createdAt, Qt::ISODateWithMs);
    if (!created.isValid())
        return {};
    const qint64 minutes = created.secsTo(QDateTime::currentDateTimeUtc()) / 60;
    if (minutes < 60)
        return u"%1 min"_s.arg(minutes);
    if (minutes < 48 * 60)
        return u"%1 h"_s.arg(minutes / 60);
    return u"%1 d"_s.arg(minutes / (24 * 60));
}

/// "Request 12: completed automatically (certificate COI-2026-000001)." and the like.
QString outcome(const CertificateRequest& r)
{
    switch (r.status) {
    case RequestStatus::Completed:
        return u"Request %1: completed%2 (%3)."_s.arg(QString::number(r.id), r.manual ? QString() : u" automatically"_s,
                                                      r.certificateNumber.isEmpty() ? r.uploadedFileName
                                                                                    : r.certificateNumber);
    case RequestStatus::Rejected:
        return u"Request %1: rejected (%2)."_s.arg(QString::number(r.id), r.rejectionReason);
    case RequestStatus::InProgress:
        return u"Request %1: in progress with %2."_s.arg(QString::number(r.id), r.assigneeName);
    case RequestStatus::New:
        break;
    }
    return u"Request %1: new, manual review by the %2 department: %3"_s.arg(QString::number(r.id), r.department,
                                                                            r.manualReason);
}

int report(Context& ctx, qint64 id)
{
    auto r = RequestListService(*ctx.session).get(id);
    if (!r)
        return ctx.fail(r.error());
    if (ctx.options.json)
        printJson(RequestListService::toJson(*r));
    else
        printLine(outcome(*r));
    return ExitOk;
}

/// "request SUB ID [more]": the parsed arguments and the id, or the exit code of the usage error already printed.
std::optional<qint64> idArgument(Context& ctx, const QStringList& args, const std::vector<OptionSpec>& specs,
                                 int positionals, const QString& topic, Parsed& parsed)
{
    parsed = parseCommand(ctx, args, specs, positionals, positionals, topic);
    if (parsed.failed())
        return std::nullopt;
    std::optional<qint64> id = parseId(ctx, parsed.args.positionals.first(), u"the request ID"_s, topic);
    if (!id)
        parsed.exitCode = ExitUsage;
    return id;
}

int add(Context& ctx, const QStringList& args)
{
    const QString topic = u"request add"_s;
    Parsed parsed = parseCommand(ctx, args,
                                 {{u"insured"_s},
                                  {u"master"_s},
                                  {u"holder"_s},
                                  {u"holder-name"_s},
                                  {u"holder-address1"_s},
                                  {u"holder-address2"_s},
                                  {u"holder-city"_s},
                                  {u"holder-state"_s},
                                  {u"holder-postal"_s},
                                  {u"holder-country"_s},
                                  {u"holder-email"_s},
                                  {u"type"_s},
                                  {u"notes"_s},
                                  {u"source"_s},
                                  {u"eml"_s}},
                                 0, 0, topic);
    if (parsed.failed())
        return parsed.exitCode;
    const ParsedArgs& a = parsed.args;
    if (!a.has(u"insured"_s))
        return ctx.usage(u"request add needs --insured ID"_s, topic);
    CertificateRequest r;
    const std::optional<qint64> insured = parseId(ctx, a.value(u"insured"_s), u"the insured ID"_s, topic);
    if (!insured)
        return ExitUsage;
    r.insuredId = *insured;
    if (a.has(u"master"_s)) {
        r.masterId = parseId(ctx, a.value(u"master"_s), u"the master ID"_s, topic);
        if (!r.masterId)
            return ExitUsage;
    }
    if (a.has(u"holder"_s)) {
        r.holderId = parseId(ctx, a.value(u"holder"_s), u"the holder ID"_s, topic);
        if (!r.holderId)
            return ExitUsage;
    }
    r.holder.name = a.value(u"holder-name"_s);
    r.holder.address1 = a.value(u"holder-address1"_s);
    r.holder.address2 = a.value(u"holder-address2"_s);
    r.holder.city = a.value(u"holder-city"_s);
    r.holder.state = a.value(u"holder-state"_s);
    r.holder.postalCode = a.value(u"holder-postal"_s);
    if (a.has(u"holder-country"_s))
        r.holder.country = a.value(u"holder-country"_s);
    r.holder.email = a.value(u"holder-email"_s);
    r.notes = a.value(u"notes"_s);
    if (a.has(u"type"_s)) {
        auto type = requestTypeFromKey(a.value(u"type"_s));
        if (!type)
            return ctx.usage(u"--type is coi or wos, not \"%1\""_s.arg(a.value(u"type"_s)), topic);
        r.type = *type;
    }
    r.source = RequestSource::Phone;
    if (a.has(u"source"_s)) {
        auto source = requestSourceFromKey(a.value(u"source"_s));
        if (!source)
            return ctx.usage(u"--source is phone, email, portal or holder, not \"%1\""_s.arg(a.value(u"source"_s)),
                             topic);
        r.source = *source;
    }
    QByteArray eml;
    QString emlName;
    if (a.has(u"eml"_s)) {
        auto bytes = readFile(a.value(u"eml"_s), kMaxFileBytes);
        if (!bytes)
            return ctx.fail(bytes.error());
        eml = *bytes;
        emlName = QFileInfo(a.value(u"eml"_s)).fileName();
    }
    if (int code = ctx.login(); code != ExitOk)
        return code;
    RequestService desk(*ctx.session);
    auto id = eml.isEmpty() ? desk.intake(r) : desk.intakeEmail(r, eml, emlName);
    if (!id)
        return ctx.fail(id.error());
    return report(ctx, *id);
}

int list(Context& ctx, const QStringList& args)
{
    const QString topic = u"request list"_s;
    Parsed parsed = parseCommand(ctx, args,
                                 {{u"status"_s},
                                  {u"type"_s},
                                  {u"manual"_s, false},
                                  {u"automatic"_s, false},
                                  {u"mine"_s, false},
                                  {u"department"_s},
                                  {u"source"_s},
                                  {u"from"_s},
                                  {u"to"_s},
                                  {u"search"_s},
                                  {u"limit"_s}},
                                 0, 0, topic);
    if (parsed.failed())
        return parsed.exitCode;
    const ParsedArgs& a = parsed.args;
    RequestFilter filter;
    if (a.has(u"status"_s)) {
        filter.statuses.clear();
        for (const QString& key : a.value(u"status"_s).split(u',', Qt::SkipEmptyParts)) {
            if (key.trimmed() == u"all")
                continue;
            auto status = requestStatusFromKey(key);
            if (!status)
                return ctx.usage(u"--status takes new, in-progress, completed, rejected or all, not \"%1\""_s.arg(key),
                                 topic);
            filter.statuses.push_back(*status);
        }
    }
    if (a.has(u"type"_s)) {
        filter.type = requestTypeFromKey(a.value(u"type"_s));
        if (!filter.type)
            return ctx.usage(u"--type is coi or wos"_s, topic);
    }
    if (a.has(u"manual"_s) && a.has(u"automatic"_s))
        return ctx.usage(u"--manual and --automatic exclude each other"_s, topic);
    if (a.has(u"manual"_s) || a.has(u"automatic"_s))
        filter.manual = a.has(u"manual"_s);
    filter.department = a.value(u"department"_s);
    if (a.has(u"source"_s)) {
        filter.source = requestSourceFromKey(a.value(u"source"_s));
        if (!filter.source)
            return ctx.usage(u"--source is phone, email, portal or holder"_s, topic);
    }
    for (const auto& [option, date] : {std::pair{u"from"_s, &filter.from}, std::pair{u"to"_s, &filter.to}}) {
        if (!a.has(option))
            continue;
        *date = QDate::fromString(a.value(option), Qt::ISODate);
        if (!date->isValid())
            return ctx.usage(u"--%1 is a date YYYY-MM-DD"_s.arg(option), topic);
    }
    filter.search = a.value(u"search"_s);
    if (a.has(u"limit"_s)) {
        bool ok = false;
        filter.limit = a.value(u"limit"_s).toInt(&ok);
        if (!ok || filter.limit < 1)
            return ctx.usage(u"--limit is a positive number"_s, topic);
    }
    if (int code = ctx.login(); code != ExitOk)
        return code;
    if (a.has(u"mine"_s))
        filter.assigneeId = ctx.session->user.id;
    RequestListService service(*ctx.session);
    auto rows = service.list(filter);
    if (!rows)
        return ctx.fail(rows.error());
    auto pending = service.pendingCount();
    if (!pending)
        return ctx.fail(pending.error());
    if (ctx.options.json) {
        QJsonArray array;
        for (const CertificateRequest& r : *rows)
            array.append(RequestListService::toJson(r));
        printJson(array);
        return ExitOk;
    }
    std::vector<QStringList> table;
    for (const CertificateRequest& r : *rows)
        table.push_back({QString::number(r.id), r.insuredName, r.holder.name, requestTypeKey(r.type).toUpper(),
                         statusLabel(r.status), r.assigneeName.isEmpty() ? r.department : r.assigneeName,
                         age(r.createdAt), r.manual ? r.manualReason : u"automatic"_s});
    printTable(
        {u"ID"_s, u"Customer"_s, u"Holder"_s, u"Type"_s, u"Status"_s, u"Assignee"_s, u"Age"_s, u"Manual because"_s},
        table);
    printLine(u"%1 pending (new + in progress)."_s.arg(*pending));
    return ExitOk;
}

int show(Context& ctx, const QStringList& args)
{
    Parsed parsed;
    const std::optional<qint64> id = idArgument(ctx, args, {}, 1, u"request show"_s, parsed);
    if (!id)
        return parsed.exitCode;
    if (int code = ctx.login(); code != ExitOk)
        return code;
    auto d = RequestListService(*ctx.session).detail(*id);
    if (!d)
        return ctx.fail(d.error());
    const CertificateRequest& r = d->request;
    if (ctx.options.json) {
        QJsonObject json = RequestListService::toJson(r);
        QJsonArray trail;
        for (const Activity& a : d->trail)
            trail.append(QJsonObject{{u"at"_s, a.at},
                                     {u"user"_s, a.userName},
                                     {u"kind"_s, a.kind},
                                     {u"action"_s, a.action},
                                     {u"summary"_s, a.summary}});
        json.insert(u"trail"_s, trail);
        json.insert(u"emailText"_s, d->emailText);
        printJson(json);
        return ExitOk;
    }
    const RequestHolder& h = r.holder;
    printFields(
        {{u"Request"_s, QString::number(r.id)},
         {u"Customer"_s, u"%1 (%2)"_s.arg(r.insuredName, QString::number(r.insuredId))},
         {u"Type"_s, requestTypeKey(r.type).toUpper()},
         {u"Status"_s, statusLabel(r.status)},
         {u"Source"_s, requestSourceKey(r.source)},
         {u"Holder"_s, QStringList{h.name, h.address1, h.address2, h.city, h.state, h.postalCode, h.email}
                           .filter(QRegularExpression(u"."_s))
                           .join(u", "_s)},
         {u"Master"_s, r.masterId ? QString::number(*r.masterId) : u"-"_s},
         {u"Manual"_s, r.manual ? r.manualReason : u"no (automatic)"_s},
         {u"Assignee"_s, r.assigneeName.isEmpty() ? r.department : r.assigneeName},
         {u"Notes"_s, r.notes},
         {u"Payment approved"_s, r.type != RequestType::Wos ? u"-"_s
                                 : r.paymentApproved() ? u"%1 by %2"_s.arg(r.paymentApprovedAt, r.paymentApprovedByName)
                                                       : u"not yet"_s},
         {u"Certificate"_s, r.certificateNumber.isEmpty() ? r.uploadedFileName : r.certificateNumber},
         {u"Rejected"_s,
          r.rejectionReason.isEmpty()
              ? QString()
              : r.rejectionReason + (r.rejectionComment.isEmpty() ? QString() : u" — "_s + r.rejectionComment)},
         {u"Email"_s, r.emailSubject},
         {u"Created"_s, u"%1 by %2"_s.arg(r.createdAt, r.createdByName)}});
    printLine(u"Notes & activities (newest first):"_s);
    for (const Activity& a : d->trail)
        printLine(u"  %1  %2  %3"_s.arg(a.at, a.userName, a.summary));
    return ExitOk;
}

int take(Context& ctx, const QStringList& args)
{
    Parsed parsed;
    const std::optional<qint64> id = idArgument(ctx, args, {{u"take-over"_s, false}}, 1, u"request take"_s, parsed);
    if (!id)
        return parsed.exitCode;
    if (int code = ctx.login(); code != ExitOk)
        return code;
    if (Status s = RequestService(*ctx.session).take(*id, parsed.args.has(u"take-over"_s)); !s)
        return ctx.fail(s.error());
    return report(ctx, *id);
}

int submit(Context& ctx, const QStringList& args)
{
    Parsed parsed;
    const QString topic = u"request submit"_s;
    const std::vector<std::pair<QString, QString RequestHolder::*>> holderOptions{
        {u"holder-name"_s, &RequestHolder::name},         {u"holder-address1"_s, &RequestHolder::address1},
        {u"holder-address2"_s, &RequestHolder::address2}, {u"holder-city"_s, &RequestHolder::city},
        {u"holder-state"_s, &RequestHolder::state},       {u"holder-postal"_s, &RequestHolder::postalCode},
        {u"holder-country"_s, &RequestHolder::country},   {u"holder-email"_s, &RequestHolder::email}};
    std::vector<OptionSpec> specs{{u"no-holder"_s, false},
                                  {u"force"_s, false},
                                  {u"message"_s},
                                  {u"description"_s},
                                  {u"omit-policy"_s, true, true}};
    for (const auto& [name, field] : holderOptions)
        specs.push_back({name});
    const std::optional<qint64> id = idArgument(ctx, args, specs, 1, topic, parsed);
    if (!id)
        return parsed.exitCode;
    const ParsedArgs& a = parsed.args;
    SubmitOptions options;
    options.emailHolder = !a.has(u"no-holder"_s);
    options.force = a.has(u"force"_s);
    options.message = a.value(u"message"_s);
    if (a.has(u"description"_s))
        options.description = a.value(u"description"_s);
    for (const QString& text : a.values(u"omit-policy"_s)) {
        const std::optional<qint64> policy = parseId(ctx, text, u"the policy ID"_s, topic);
        if (!policy)
            return ExitUsage;
        options.omittedPolicyIds.push_back(*policy);
    }
    if (int code = ctx.login(); code != ExitOk)
        return code;
    const bool holderEdited = std::any_of(holderOptions.begin(), holderOptions.end(),
                                          [&a](const auto& option) { return a.has(option.first); });
    if (holderEdited) {
        // The holder as the request has it, with the fields given corrected.
        Result<CertificateRequest> request = RequestListService(*ctx.session).get(*id);
        if (!request)
            return ctx.fail(request.error());
        RequestHolder holder = request->holder;
        for (const auto& [name, field] : holderOptions) {
            if (a.has(name))
                holder.*field = a.value(name);
        }
        options.holder = holder;
    }
    if (Status s = RequestService(*ctx.session).submit(*id, options); !s)
        return ctx.fail(s.error());
    return report(ctx, *id);
}

int upload(Context& ctx, const QStringList& args)
{
    Parsed parsed;
    const std::optional<qint64> id = idArgument(ctx, args, {}, 2, u"request upload"_s, parsed);
    if (!id)
        return parsed.exitCode;
    const QString path = parsed.args.positionals.at(1);
    auto bytes = readFile(path, kMaxFileBytes);
    if (!bytes)
        return ctx.fail(bytes.error());
    if (int code = ctx.login(); code != ExitOk)
        return code;
    if (Status s = RequestService(*ctx.session).uploadExisting(*id, *bytes, QFileInfo(path).fileName()); !s)
        return ctx.fail(s.error());
    if (!ctx.options.json) {
        printLine(u"Request %1: %2 kept; 'agencydesk-cli request submit %1' emails it."_s.arg(
            QString::number(*id), QFileInfo(path).fileName()));
        return ExitOk;
    }
    return report(ctx, *id);
}

int relabel(Context& ctx, const QStringList& args)
{
    Parsed parsed;
    const std::optional<qint64> id = idArgument(ctx, args, {}, 2, u"request relabel"_s, parsed);
    if (!id)
        return parsed.exitCode;
    const auto type = requestTypeFromKey(parsed.args.positionals.at(1));
    if (!type)
        return ctx.usage(u"relabel to coi or wos, not \"%1\""_s.arg(parsed.args.positionals.at(1)),
                         u"request relabel"_s);
    if (int code = ctx.login(); code != ExitOk)
        return code;
    if (Status s = RequestService(*ctx.session).relabel(*id, *type); !s)
        return ctx.fail(s.error());
    if (!ctx.options.json) {
        printLine(u"Request %1 is now %2."_s.arg(QString::number(*id), requestTypeKey(*type).toUpper()));
        return ExitOk;
    }
    return report(ctx, *id);
}

/// A reason given by its id or its text.
Result<RejectionReason> findReason(const Session& session, const QString& text)
{
    RejectionReasonService reasons(session);
    bool number = false;
    const qint64 id = text.trimmed().toLongLong(&number);
    return number ? reasons.get(id) : reasons.find(text);
}

int reject(Context& ctx, const QStringList& args)
{
    Parsed parsed;
    const std::optional<qint64> id =
        idArgument(ctx, args, {{u"reason"_s}, {u"comment"_s}}, 1, u"request reject"_s, parsed);
    if (!id)
        return parsed.exitCode;
    if (!parsed.args.has(u"reason"_s))
        return ctx.usage(u"request reject needs --reason \"TEXT\" (see: agencydesk-cli reason list)"_s,
                         u"request reject"_s);
    if (int code = ctx.login(); code != ExitOk)
        return code;
    auto reason = findReason(*ctx.session, parsed.args.value(u"reason"_s));
    if (!reason)
        return ctx.fail(reason.error());
    if (Status s = RequestService(*ctx.session).reject(*id, reason->id, parsed.args.value(u"comment"_s)); !s)
        return ctx.fail(s.error());
    return report(ctx, *id);
}

int note(Context& ctx, const QStringList& args)
{
    Parsed parsed;
    const std::optional<qint64> id = idArgument(ctx, args, {}, 2, u"request note"_s, parsed);
    if (!id)
        return parsed.exitCode;
    if (int code = ctx.login(); code != ExitOk)
        return code;
    auto noteId = RequestService(*ctx.session).addNote(*id, parsed.args.positionals.at(1));
    if (!noteId)
        return ctx.fail(noteId.error());
    if (ctx.options.json)
        printJson(QJsonObject{{u"id"_s, *noteId}, {u"request"_s, *id}});
    else
        printLine(QString::number(*noteId));
    return ExitOk;
}

} // namespace

int runRequest(Context& ctx, const QStringList& args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == u"add")
        return add(ctx, rest);
    if (sub == u"list")
        return list(ctx, rest);
    if (sub == u"show")
        return show(ctx, rest);
    if (sub == u"take")
        return take(ctx, rest);
    if (sub == u"submit")
        return submit(ctx, rest);
    if (sub == u"upload")
        return upload(ctx, rest);
    if (sub == u"relabel")
        return relabel(ctx, rest);
    if (sub == u"reject")
        return reject(ctx, rest);
    if (sub == u"note")
        return note(ctx, rest);
    return ctx.usage(sub.isEmpty() ? u"request needs a subcommand"_s : u"unknown command \"request %1\""_s.arg(sub),
                     u"request"_s);
}

int runWos(Context& ctx, const QStringList& args)
{
    if (args.value(0) != u"approve")
        return ctx.usage(args.isEmpty() ? u"wos needs a subcommand"_s
                                        : u"unknown command \"wos %1\""_s.arg(args.value(0)),
                         u"wos"_s);
    Parsed parsed;
    const std::optional<qint64> id = idArgument(ctx, args.mid(1), {}, 1, u"wos"_s, parsed);
    if (!id)
        return parsed.exitCode;
    if (int code = ctx.login(); code != ExitOk)
        return code;
    if (Status s = RequestService(*ctx.session).approvePayment(*id); !s)
        return ctx.fail(s.error());
    return report(ctx, *id);
}

int insuredAutomation(Context& ctx, const QStringList& args)
{
    const QString topic = u"insured"_s;
    Parsed parsed = parseCommand(ctx, args, {}, 2, 2, topic);
    if (parsed.failed())
        return parsed.exitCode;
    const std::optional<qint64> id = parseId(ctx, parsed.args.positionals.first(), u"the insured ID"_s, topic);
    if (!id)
        return ExitUsage;
    const QString onOff = parsed.args.positionals.at(1).toLower();
    if (onOff != u"on" && onOff != u"off")
        return ctx.usage(u"insured automation ID on|off"_s, topic);
    if (int code = ctx.login(); code != ExitOk)
        return code;
    if (Status s = RequestService(*ctx.session).setAutomationEligible(*id, onOff == u"on"); !s)
        return ctx.fail(s.error());
    printLine(onOff == u"on" ? u"Insured %1: clean certificate requests are processed automatically."_s.arg(*id)
                             : u"Insured %1: every certificate request is reviewed by hand."_s.arg(*id));
    return ExitOk;
}

} // namespace agencydesk::cli
