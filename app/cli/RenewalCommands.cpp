// policy renew | notify-holders, renewals due | runs | show | run | not-renewing | settings, holder set,
// print-queue list | remove
#include "CertificateHolderService.h"
#include "Cli.h"
#include "LapseNoticeService.h"
#include "Output.h"
#include "PolicyService.h"
#include "PrintQueueService.h"
#include "RenewalRunner.h"
#include "RenewalService.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace agencydesk::cli {

namespace {

/// The run's counts and, unless empty, a line per holder.
void printSummary(const RenewalRunSummary& summary)
{
    printLine(summary.toText());
    if (summary.items.empty())
        return;
    std::vector<QStringList> rows;
    for (const RenewalRunItem& i : summary.items) {
        QStringList delivery;
        if (i.emailed)
            delivery << u"email"_s;
        if (i.printed)
            delivery << u"print"_s;
        rows.push_back({i.masterName, i.holderName, renewalOutcomeKey(i.outcome), i.certificateNumber,
                        i.requestId ? QString::number(i.requestId) : QString(), delivery.join(u'+'), i.reason});
    }
    printLine(QString());
    printTable({u"Master"_s, u"Holder"_s, u"Outcome"_s, u"Certificate"_s, u"Request"_s, u"Delivery"_s, u"Reason"_s},
               rows);
}

/// Progress on stderr when it is a terminal (the run can take a while; stdout stays clean for scripts).
RenewalRunner::Progress terminalProgress()
{
    return [](int done, int total, const QString&) {
        if (done == total || done % 25 == 0)
            std::fprintf(stderr, "\r%d of %d holders", done, total);
        if (done == total)
            std::fprintf(stderr, "\n");
    };
}

/// Runs \a runId and prints the summary; ExitOk or the error's exit code.
int executeRun(Context& ctx, qint64 runId)
{
    Result<RenewalRunSummary> summary = RenewalRunner(*ctx.session).execute(runId, terminalProgress());
    if (!summary)
        return ctx.fail(summary.error());
    if (ctx.options.json) {
        Result<RenewalRun> run = RenewalService(*ctx.session).run(runId);
        if (!run)
            return ctx.fail(run.error());
        printJson(run->toJson());
    } else {
        printSummary(*summary);
    }
    return ExitOk;
}

int renewalsDue(Context& ctx, const QStringList& args)
{
    const QString topic = u"renewals due"_s;
    Parsed parsed = parseCommand(ctx, args, {{u"days"_s}}, 0, 0, topic);
    if (parsed.failed())
        return parsed.exitCode;
    std::optional<int> days;
    if (parsed.args.has(u"days"_s)) {
        bool ok = false;
        days = parsed.args.value(u"days"_s).toInt(&ok);
        if (!ok)
            return ctx.usage(u"--days \"%1\" is not a number of days"_s.arg(parsed.args.value(u"days"_s)), topic);
    }
    if (int code = ctx.login(); code != ExitOk)
        return code;
    Result<std::vector<RenewalDue>> due = RenewalService(*ctx.session).due(days);
    if (!due)
        return ctx.fail(due.error());
    if (ctx.options.json) {
        QJsonArray array;
        for (const RenewalDue& d : *due)
            array.append(QJsonObject{{u"policy"_s, PolicyService::toJson(d.policy)},
                                     {u"insured"_s, d.insuredName},
                                     {u"daysLeft"_s, d.daysLeft},
                                     {u"masters"_s, d.masters}});
        printJson(array);
        return ExitOk;
    }
    std::vector<QStringList> rows;
    for (const RenewalDue& d : *due)
        rows.push_back({QString::number(d.policy.id), d.insuredName, d.policy.number, lineKey(d.policy.line),
                        d.policy.carrierName, d.policy.expiration.toString(Qt::ISODate), QString::number(d.daysLeft),
                        QString::number(d.masters)});
    printTable({u"ID"_s, u"Insured"_s, u"Number"_s, u"Line"_s, u"Carrier"_s, u"Expires"_s, u"Days"_s, u"Masters"_s},
               rows);
    return ExitOk;
}

int renewalsRuns(Context& ctx, const QStringList& args)
{
    const QString topic = u"renewals runs"_s;
    Parsed parsed = parseCommand(ctx, args, {{u"status"_s}}, 0, 0, topic);
    if (parsed.failed())
        return parsed.exitCode;
    std::optional<RenewalRunStatus> status;
    if (parsed.args.has(u"status"_s)) {
        status = renewalRunStatusFromKey(parsed.args.value(u"status"_s));
        if (!status)
            return ctx.usage(u"--status is pending, partial or completed"_s, topic);
    }
    if (int code = ctx.login(); code != ExitOk)
        return code;
    Result<std::vector<RenewalRun>> runs = RenewalService(*ctx.session).runs(status);
    if (!runs)
        return ctx.fail(runs.error());
    if (ctx.options.json) {
        QJsonArray array;
        for (const RenewalRun& r : *runs)
            array.append(r.toJson());
        printJson(array);
        return ExitOk;
    }
    std::vector<QStringList> rows;
    for (const RenewalRun& r : *runs)
        rows.push_back({QString::number(r.id), r.createdAt.left(16).replace(u'T', u' '), r.insuredName, r.policyNumber,
                        renewalTriggerKey(r.trigger), renewalRunStatusKey(r.status),
                        r.status == RenewalRunStatus::Pending ? u"(not run yet)"_s : r.summary.toText()});
    printTable({u"Run"_s, u"Queued (UTC)"_s, u"Insured"_s, u"Policy"_s, u"Trigger"_s, u"Status"_s, u"Summary"_s}, rows);
    return ExitOk;
}

/// renewals show RUN | renewals run RUN [--dry-run]
int renewalsOne(Context& ctx, const QStringList& args, bool run)
{
    const QString topic = run ? u"renewals run"_s : u"renewals show"_s;
    std::vector<OptionSpec> specs;
    if (run)
        specs.push_back({u"dry-run"_s, false});
    Parsed parsed = parseCommand(ctx, args, specs, 1, 1, topic);
    if (parsed.failed())
        return parsed.exitCode;
    const std::optional<qint64> id = parseId(ctx, parsed.args.positionals.first(), u"the run"_s, topic);
    if (!id)
        return ExitUsage;
    if (int code = ctx.login(); code != ExitOk)
        return code;
    if (run && parsed.args.has(u"dry-run"_s)) {
        Result<RenewalRunSummary> preview = RenewalRunner(*ctx.session).previewRun(*id);
        if (!preview)
            return ctx.fail(preview.error());
        if (ctx.options.json)
            printJson(preview->toJson());
        else
            printSummary(*preview);
        return ExitOk;
    }
    if (run)
        return executeRun(ctx, *id);
    Result<RenewalRun> stored = RenewalService(*ctx.session).run(*id);
    if (!stored)
        return ctx.fail(stored.error());
    if (ctx.options.json) {
        printJson(stored->toJson());
        return ExitOk;
    }
    printFields(
        {{u"Run"_s, QString::number(stored->id)},
         {u"Policy"_s, u"%1 (ID %2), %3 to %4"_s.arg(stored->policyNumber)
                           .arg(stored->policyId)
                           .arg(stored->effective.toString(Qt::ISODate), stored->expiration.toString(Qt::ISODate))},
         {u"Insured"_s, stored->insuredName},
         {u"Trigger"_s, renewalTriggerKey(stored->trigger)},
         {u"Status"_s, renewalRunStatusKey(stored->status)},
         {u"Queued"_s, u"%1 by %2"_s.arg(stored->createdAt, stored->createdByName)},
         {u"Finished"_s, stored->finishedAt}});
    printLine(QString());
    printSummary(stored->summary);
    return ExitOk;
}

int renewalsNotRenewing(Context& ctx, const QStringList& args)
{
    const QString topic = u"renewals not-renewing"_s;
    Parsed parsed = parseCommand(ctx, args, {{u"reason"_s}, {u"undo"_s, false}}, 1, 1, topic);
    if (parsed.failed())
        return parsed.exitCode;
    const std::optional<qint64> id = parseId(ctx, parsed.args.positionals.first(), u"the policy ID"_s, topic);
    if (!id)
        return ExitUsage;
    if (int code = ctx.login(); code != ExitOk)
        return code;
    const bool undo = parsed.args.has(u"undo"_s);
    if (Status s = RenewalService(*ctx.session).setNotRenewing(*id, !undo, parsed.args.value(u"reason"_s)); !s)
        return ctx.fail(s.error());
    printLine(undo ? u"Policy %1 is back on the renewals due list"_s.arg(*id)
                   : u"Policy %1 marked not renewing"_s.arg(*id));
    return ExitOk;
}

int renewalsSettings(Context& ctx, const QStringList& args)
{
    const QString topic = u"renewals settings"_s;
    Parsed parsed = parseCommand(ctx, args, {{u"follow-through"_s}, {u"due-days"_s}}, 0, 0, topic);
    if (parsed.failed())
        return parsed.exitCode;
    if (int code = ctx.login(); code != ExitOk)
        return code;
    RenewalService service(*ctx.session);
    Result<RenewalSettings> settings = service.settings();
    if (!settings)
        return ctx.fail(settings.error());
    if (parsed.args.has(u"follow-through"_s) || parsed.args.has(u"due-days"_s)) {
        RenewalSettings changed = *settings;
        if (parsed.args.has(u"follow-through"_s)) {
            const QString value = parsed.args.value(u"follow-through"_s).trimmed().toLower();
            if (value != u"automatic" && value != u"ask")
                return ctx.usage(u"--follow-through is automatic or ask"_s, topic);
            changed.followThrough = value == u"ask" ? FollowThrough::Ask : FollowThrough::Automatic;
        }
        if (parsed.args.has(u"due-days"_s)) {
            bool ok = false;
            changed.dueDays = parsed.args.value(u"due-days"_s).toInt(&ok);
            if (!ok)
                return ctx.usage(u"--due-days is a number of days"_s, topic);
        }
        if (Status s = service.setSettings(changed); !s)
            return ctx.fail(s.error());
        settings = changed;
    }
    const QString follow = settings->followThrough == FollowThrough::Ask ? u"ask"_s : u"automatic"_s;
    if (ctx.options.json)
        printJson(QJsonObject{{u"followThrough"_s, follow}, {u"dueDays"_s, settings->dueDays}});
    else
        printFields({{u"Follow-through"_s, follow}, {u"Renewals due within"_s, u"%1 days"_s.arg(settings->dueDays)}});
    return ExitOk;
}

} // namespace

QJsonObject FollowUp::toJson() const
{
    QJsonObject o;
    if (runId)
        o.insert(pending ? u"pendingRun"_s : u"run"_s, *runId);
    if (summary)
        o.insert(u"summary"_s, summary->toJson());
    return o;
}

Result<FollowUp> followUp(Context& ctx, qint64 policyId)
{
    RenewalService renewals(*ctx.session);
    Result<std::optional<qint64>> runId = renewals.openRunFor(policyId);
    if (!runId)
        return runId.error();
    FollowUp out;
    out.runId = *runId;
    if (!out.runId)
        return out;
    Result<RenewalSettings> settings = renewals.settings();
    if (!settings)
        return settings.error();
    if (settings->followThrough == FollowThrough::Ask) {
        out.pending = true;
        return out;
    }
    Result<RenewalRunSummary> summary =
        RenewalRunner(*ctx.session)
            .execute(*out.runId, ctx.options.json ? RenewalRunner::Progress{} : terminalProgress());
    if (!summary)
        return summary.error();
    out.summary = *summary;
    return out;
}

void printFollowUp(const FollowUp& follow, const QString& nothingText)
{
    if (!follow.runId)
        printLine(nothingText);
    else if (follow.pending)
        printLine(u"Follow-through waits for you (agency setting \"ask\"): agencydesk-cli renewals run %1"_s.arg(
            *follow.runId));
    else if (follow.summary)
        printSummary(*follow.summary);
}

int policyRenew(Context& ctx, const QStringList& args)
{
    const QString topic = u"policy renew"_s;
    Parsed parsed = parseCommand(ctx, args, {{u"effective"_s}, {u"expiration"_s}, {u"number"_s}, {u"dry-run"_s, false}},
                                 1, 1, topic);
    if (parsed.failed())
        return parsed.exitCode;
    const ParsedArgs& a = parsed.args;
    const std::optional<qint64> id = parseId(ctx, a.positionals.first(), u"the policy ID"_s, topic);
    if (!id)
        return ExitUsage;
    std::optional<QDate> effective, expiration;
    if (a.has(u"effective"_s) && !(effective = parseDate(ctx, u"effective"_s, a.value(u"effective"_s))))
        return ExitValidation;
    if (a.has(u"expiration"_s) && !(expiration = parseDate(ctx, u"expiration"_s, a.value(u"expiration"_s))))
        return ExitValidation;
    if (int code = ctx.login(); code != ExitOk)
        return code;
    RenewalService renewals(*ctx.session);
    Result<Policy> proposed = renewals.proposeTerm(*id);
    if (!proposed)
        return ctx.fail(proposed.error());
    Policy term = *proposed;
    if (effective) {
        // A new start keeps the proposed length unless the expiration is given too.
        term.expiration = effective->addDays(term.effective.daysTo(term.expiration));
        term.effective = *effective;
    }
    if (expiration)
        term.expiration = *expiration;
    if (a.has(u"number"_s))
        term.number = a.value(u"number"_s);
    if (a.has(u"dry-run"_s)) {
        Result<RenewalRunSummary> preview = RenewalRunner(*ctx.session).previewRenewal(term);
        if (!preview)
            return ctx.fail(preview.error());
        if (ctx.options.json) {
            printJson(QJsonObject{{u"policy"_s, PolicyService::toJson(term)}, {u"summary"_s, preview->toJson()}});
        } else {
            printLine(u"Would renew policy %1 as %2, %3 to %4"_s.arg(QString::number(*id), term.number,
                                                                     term.effective.toString(Qt::ISODate),
                                                                     term.expiration.toString(Qt::ISODate)));
            printSummary(*preview);
        }
        return ExitOk;
    }
    Result<qint64> renewed = renewals.renew(term);
    if (!renewed)
        return ctx.fail(renewed.error());
    if (!ctx.options.json)
        printLine(u"Policy %1 renewed: new term %2 (%3, %4 to %5)"_s.arg(
            QString::number(*id), QString::number(*renewed), term.number, term.effective.toString(Qt::ISODate),
            term.expiration.toString(Qt::ISODate)));
    const Result<FollowUp> follow = followUp(ctx, *renewed);
    if (!follow)
        return ctx.fail(follow.error());
    if (ctx.options.json) {
        QJsonObject out = follow->toJson();
        out.insert(u"policyId"_s, *renewed);
        printJson(out);
    } else {
        printFollowUp(*follow, u"No certificate master shows policy %1: nothing to follow through"_s.arg(*id));
    }
    return ExitOk;
}

int policyNotifyHolders(Context& ctx, const QStringList& args)
{
    const QString topic = u"policy notify-holders"_s;
    Parsed parsed = parseCommand(ctx, args, {}, 1, 1, topic);
    if (parsed.failed())
        return parsed.exitCode;
    const std::optional<qint64> id = parseId(ctx, parsed.args.positionals.first(), u"the policy ID"_s, topic);
    if (!id)
        return ExitUsage;
    if (int code = ctx.login(); code != ExitOk)
        return code;
    Result<LapseNoticeResult> told = LapseNoticeService(*ctx.session).notifyHolders(*id);
    if (!told)
        return ctx.fail(told.error());
    if (ctx.options.json)
        printJson(QJsonObject{{u"notified"_s, told->notified},
                              {u"alreadyNotified"_s, told->alreadyNotified},
                              {u"noEmail"_s, QJsonArray::fromStringList(told->noEmail)}});
    else
        printLine(told->toText());
    return ExitOk;
}

int holderSet(Context& ctx, const QStringList& args)
{
    const QString topic = u"holder set"_s;
    Parsed parsed = parseCommand(ctx, args, {{u"renewals"_s}, {u"delivery"_s}, {u"email"_s}}, 1, 1, topic);
    if (parsed.failed())
        return parsed.exitCode;
    const ParsedArgs& a = parsed.args;
    const std::optional<qint64> id = parseId(ctx, a.positionals.first(), u"the holder ID"_s, topic);
    if (!id)
        return ExitUsage;
    std::optional<bool> renewals;
    if (a.has(u"renewals"_s)) {
        const QString v = a.value(u"renewals"_s).trimmed().toLower();
        if (v != u"yes" && v != u"no")
            return ctx.usage(u"--renewals is yes or no"_s, topic);
        renewals = v == u"yes";
    }
    std::optional<DeliveryPreference> delivery;
    if (a.has(u"delivery"_s) && !(delivery = deliveryPreferenceFromKey(a.value(u"delivery"_s).trimmed().toLower())))
        return ctx.usage(u"--delivery is email, print or both"_s, topic);
    if (!renewals && !delivery && !a.has(u"email"_s))
        return ctx.usage(u"holder set needs --renewals, --delivery or --email"_s, topic);
    if (int code = ctx.login(); code != ExitOk)
        return code;
    CertificateHolderService holders(*ctx.session);
    Result<CertificateHolderRecord> stored = holders.get(*id);
    if (!stored)
        return ctx.fail(stored.error());
    CertificateHolderRecord holder = *stored;
    if (renewals)
        holder.receivesRenewals = *renewals;
    if (delivery)
        holder.delivery = *delivery;
    if (a.has(u"email"_s))
        holder.email = a.value(u"email"_s);
    if (Status s = holders.update(holder); !s)
        return ctx.fail(s.error());
    printLine(u"Holder %1 (%2): renewals %3, delivery %4"_s.arg(QString::number(*id), holder.name,
                                                                holder.receivesRenewals ? u"yes"_s : u"no"_s,
                                                                deliveryPreferenceKey(holder.delivery)));
    return ExitOk;
}

int runRenewals(Context& ctx, const QStringList& args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == u"due")
        return renewalsDue(ctx, rest);
    if (sub == u"runs")
        return renewalsRuns(ctx, rest);
    if (sub == u"show")
        return renewalsOne(ctx, rest, false);
    if (sub == u"run")
        return renewalsOne(ctx, rest, true);
    if (sub == u"not-renewing")
        return renewalsNotRenewing(ctx, rest);
    if (sub == u"settings")
        return renewalsSettings(ctx, rest);
    return ctx.usage(sub.isEmpty() ? u"renewals needs a subcommand"_s : u"unknown command \"renewals %1\""_s.arg(sub),
                     u"renewals"_s);
}

int runPrintQueue(Context& ctx, const QStringList& args)
{
    const QString sub = args.value(0);
    const QString topic = u"print-queue"_s;
    if (sub != u"list" && sub != u"remove")
        return ctx.usage(sub.isEmpty() ? u"print-queue needs a subcommand"_s
                                       : u"unknown command \"print-queue %1\""_s.arg(sub),
                         topic);
    const bool remove = sub == u"remove";
    Parsed parsed = parseCommand(ctx, args.mid(1), {}, remove ? 1 : 0, remove ? 1 : 0, topic);
    if (parsed.failed())
        return parsed.exitCode;
    std::optional<qint64> id;
    if (remove && !(id = parseId(ctx, parsed.args.positionals.first(), u"the entry"_s, topic)))
        return ExitUsage;
    if (int code = ctx.login(); code != ExitOk)
        return code;
    PrintQueueService queue(*ctx.session);
    if (remove) {
        if (Status s = queue.remove(*id); !s)
            return ctx.fail(s.error());
        printLine(u"Entry %1 taken off the print queue"_s.arg(*id));
        return ExitOk;
    }
    Result<std::vector<PrintQueueEntry>> pending = queue.pending();
    if (!pending)
        return ctx.fail(pending.error());
    if (ctx.options.json) {
        QJsonArray array;
        for (const PrintQueueEntry& e : *pending)
            array.append(QJsonObject{{u"id"_s, e.id},
                                     {u"certificate"_s, e.certificateNumber},
                                     {u"holder"_s, e.holderName},
                                     {u"insured"_s, e.insuredName},
                                     {u"run"_s, e.runId},
                                     {u"queuedAt"_s, e.queuedAt}});
        printJson(array);
        return ExitOk;
    }
    std::vector<QStringList> rows;
    for (const PrintQueueEntry& e : *pending)
        rows.push_back({QString::number(e.id), e.certificateNumber, e.holderName, e.insuredName,
                        e.queuedAt.left(16).replace(u'T', u' ')});
    printTable({u"Entry"_s, u"Certificate"_s, u"Holder"_s, u"Insured"_s, u"Queued (UTC)"_s}, rows);
    return ExitOk;
}

} // namespace agencydesk::cli
