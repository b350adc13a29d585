// master share | unshare | lapsed | remove-lapsed (master add and list live with the other certificate commands).
#include "CertificateMasterService.h"
#include "Cli.h"
#include "Output.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace agencydesk::cli {

namespace {

/// The master id of "master SUB ID", or nullopt after printing the usage error.
std::optional<qint64> masterIdArgument(Context& ctx, const QStringList& args, const QString& topic, int& exitCode)
{
    Parsed parsed = parseCommand(ctx, args, {}, 1, 1, topic);
    if (parsed.failed()) {
        exitCode = parsed.exitCode;
        return std::nullopt;
    }
    std::optional<qint64> id = parseId(ctx, parsed.args.positionals.first(), u"the master ID"_s, topic);
    if (!id)
        exitCode = ExitUsage;
    return id;
}

QString masterLabel(const CertificateMaster& m)
{
    return u"master %1 (%2)"_s.arg(QString::number(m.id), m.name);
}

QJsonArray policiesJson(const std::vector<Policy>& policies)
{
    QJsonArray array;
    for (const Policy& p : policies)
        array.append(QJsonObject{{u"policyId"_s, p.id},
                                 {u"number"_s, p.number},
                                 {u"line"_s, lineKey(p.line)},
                                 {u"carrier"_s, p.carrierName},
                                 {u"status"_s, policyStatusDisplayName(p.status()).toLower()},
                                 {u"expiration"_s, p.expiration.toString(Qt::ISODate)}});
    return array;
}

QStringList numbers(const std::vector<Policy>& policies)
{
    QStringList out;
    for (const Policy& p : policies)
        out << p.number;
    return out;
}

} // namespace

int masterShare(Context& ctx, const QStringList& args, bool shared)
{
    const QString topic = shared ? u"master share"_s : u"master unshare"_s;
    int exitCode = ExitOk;
    const std::optional<qint64> id = masterIdArgument(ctx, args, topic, exitCode);
    if (!id)
        return exitCode;
    if (int code = ctx.login(); code != ExitOk)
        return code;
    CertificateMasterService service(*ctx.session);
    if (Status s = service.setShared(*id, shared); !s)
        return ctx.fail(s.error());
    Result<CertificateMaster> m = service.get(*id);
    if (!m)
        return ctx.fail(m.error());
    if (ctx.options.json)
        printJson(CertificateMasterService::toJson(*m));
    else
        printLine(shared ? u"Certificate %1 is shared with the client's portal account."_s.arg(masterLabel(*m))
                         : u"Certificate %1 is not shared with the client's portal account."_s.arg(masterLabel(*m)));
    return ExitOk;
}

int masterLapsed(Context& ctx, const QStringList& args)
{
    int exitCode = ExitOk;
    const std::optional<qint64> id = masterIdArgument(ctx, args, u"master lapsed"_s, exitCode);
    if (!id)
        return exitCode;
    if (int code = ctx.login(); code != ExitOk)
        return code;
    CertificateMasterService service(*ctx.session);
    Result<CertificateMaster> m = service.get(*id);
    if (!m)
        return ctx.fail(m.error());
    Result<std::vector<Policy>> lapsed = service.lapsedPolicies(*id);
    if (!lapsed)
        return ctx.fail(lapsed.error());
    if (ctx.options.json) {
        printJson(policiesJson(*lapsed));
        return ExitOk;
    }
    if (lapsed->empty()) {
        printLine(u"Every line of certificate %1 is in force or renewed."_s.arg(masterLabel(*m)));
        return ExitOk;
    }
    std::vector<QStringList> rows;
    for (const Policy& p : *lapsed)
        rows.push_back({QString::number(p.id), p.number, lineKey(p.line), p.carrierName,
                        policyStatusDisplayName(p.status()), p.expiration.toString(Qt::ISODate)});
    printTable({u"ID"_s, u"Policy"_s, u"Line"_s, u"Carrier"_s, u"Status"_s, u"Expiration"_s}, rows);
    printLine(u"%1 lapsed line(s) without a renewal in force; 'agencydesk-cli master remove-lapsed %2' takes them "
              "off the master."_s.arg(QString::number(lapsed->size()), QString::number(*id)));
    return ExitOk;
}

int masterRemoveLapsed(Context& ctx, const QStringList& args)
{
    int exitCode = ExitOk;
    const std::optional<qint64> id = masterIdArgument(ctx, args, u"master remove-lapsed"_s, exitCode);
    if (!id)
        return exitCode;
    if (int code = ctx.login(); code != ExitOk)
        return code;
    CertificateMasterService service(*ctx.session);
    Result<std::vector<Policy>> removed = service.removeLapsedLines(*id);
    if (!removed)
        return ctx.fail(removed.error());
    Result<CertificateMaster> m = service.get(*id);
    if (!m)
        return ctx.fail(m.error());
    // The holders get certificates without the lapsed lines (a run, as after a renewal).
    FollowUp follow;
    if (!removed->empty()) {
        Result<FollowUp> followed = followUp(ctx, removed->front().id);
        if (!followed)
            return ctx.fail(followed.error());
        follow = *followed;
    }
    if (ctx.options.json) {
        printJson(QJsonObject{{u"removed"_s, policiesJson(*removed)},
                              {u"master"_s, CertificateMasterService::toJson(*m)},
                              {u"followUp"_s, follow.toJson()}});
        return ExitOk;
    }
    if (removed->empty()) {
        printLine(u"No lapsed lines on certificate %1; nothing removed."_s.arg(masterLabel(*m)));
        return ExitOk;
    }
    printLine(u"Removed %1 lapsed line(s) from certificate %2: %3"_s.arg(
        QString::number(removed->size()), masterLabel(*m), numbers(*removed).join(u", "_s)));
    printFollowUp(follow, u"The master has no holders: no certificate to republish."_s);
    return ExitOk;
}

} // namespace agencydesk::cli
