// master add | list, holder add | list, certificate issue | list | reprint, compliance
#include "CertificateHolderService.h"
#include "CertificateMasterService.h"
#include "CertificateService.h"
#include "Cli.h"
#include "Files.h"
#include "LimitCodes.h"
#include "Output.h"
#include "PolicyService.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace agencydesk::cli {

namespace {

std::optional<LineOfBusiness> lineOption(const Context& ctx, const QString& option, const QString& text)
{
    const std::optional<LineOfBusiness> line = lineFromKey(text.trimmed().toLower());
    if (!line)
        ctx.invalid(u"--%1 \"%2\" is not a line of business (use gl, auto, umbrella, wc, property or other)"_s.arg(
            option, text));
    return line;
}

QString yesNo(bool value)
{
    return value ? u"yes"_s : u"no"_s;
}

/// "printed 2, saved 1", or "-" when the certificate never went out.
QString deliveredText(const DeliverySummary& d)
{
    QStringList parts;
    for (const auto& [name, n] :
         {std::pair{u"printed"_s, d.printed}, std::pair{u"emailed"_s, d.emailed}, std::pair{u"saved"_s, d.saved}}) {
        if (n > 0)
            parts << u"%1 %2"_s.arg(name).arg(n);
    }
    return parts.isEmpty() ? u"-"_s : parts.join(u", "_s);
}

int masterAdd(Context& ctx, const QStringList& args)
{
    const QString topic = u"master add"_s;
    Parsed parsed = parseCommand(ctx, args,
                                 {{u"insured"_s},
                                  {u"name"_s},
                                  {u"policy"_s, true, true},
                                  {u"description"_s},
                                  {u"ai"_s, true, true},
                                  {u"wos"_s, true, true},
                                  {u"shared-to-portal"_s, false}},
                                 0, 0, topic);
    if (parsed.failed())
        return parsed.exitCode;
    const ParsedArgs& a = parsed.args;
    if (!a.has(u"insured"_s) || !a.has(u"name"_s))
        return ctx.usage(u"master add needs --insured ID and --name NAME"_s, topic);
    CertificateMaster master;
    const std::optional<qint64> insuredId = parseId(ctx, a.value(u"insured"_s), u"--insured"_s, topic);
    if (!insuredId)
        return ExitUsage;
    master.insuredId = *insuredId;
    master.name = a.value(u"name"_s);
    master.description = a.value(u"description"_s);
    master.sharedToPortal = a.has(u"shared-to-portal"_s);
    for (const QString& p : a.values(u"policy"_s)) {
        const std::optional<qint64> policyId = parseId(ctx, p, u"--policy"_s, topic);
        if (!policyId)
            return ExitUsage;
        MasterPolicy mp;
        mp.policyId = *policyId;
        master.policies.push_back(mp);
    }
    std::vector<LineOfBusiness> aiLines;
    std::vector<LineOfBusiness> wosLines;
    for (const auto& [option, lines] : {std::pair{u"ai"_s, &aiLines}, std::pair{u"wos"_s, &wosLines}}) {
        for (const QString& text : a.values(option)) {
            const std::optional<LineOfBusiness> line = lineOption(ctx, option, text);
            if (!line)
                return ExitValidation;
            lines->push_back(*line);
        }
    }
    if (int code = ctx.login(); code != ExitOk)
        return code;
    if (!aiLines.empty() || !wosLines.empty()) {
        PolicyService policies(*ctx.session);
        for (MasterPolicy& mp : master.policies) {
            Result<Policy> p = policies.get(mp.policyId);
            if (!p)
                return ctx.fail(p.error());
            mp.additionalInsured = std::find(aiLines.begin(), aiLines.end(), p->line) != aiLines.end();
            mp.subrogationWaived = std::find(wosLines.begin(), wosLines.end(), p->line) != wosLines.end();
        }
    }
    CertificateMasterService service(*ctx.session);
    Result<qint64> id = service.create(master);
    if (!id)
        return ctx.fail(id.error());
    if (ctx.options.json) {
        Result<CertificateMaster> created = service.get(*id);
        if (!created)
            return ctx.fail(created.error());
        printJson(CertificateMasterService::toJson(*created));
    } else {
        printLine(QString::number(*id));
    }
    return ExitOk;
}

int masterList(Context& ctx, const QStringList& args)
{
    const QString topic = u"master list"_s;
    Parsed parsed = parseCommand(ctx, args, {{u"insured"_s}}, 0, 0, topic);
    if (parsed.failed())
        return parsed.exitCode;
    if (!parsed.args.has(u"insured"_s))
        return ctx.usage(u"master list needs --insured ID"_s, topic);
    const std::optional<qint64> insuredId = parseId(ctx, parsed.args.value(u"insured"_s), u"--insured"_s, topic);
    if (!insuredId)
        return ExitUsage;
    if (int code = ctx.login(); code != ExitOk)
        return code;
    Result<std::vector<CertificateMaster>> masters = CertificateMasterService(*ctx.session).forInsured(*insuredId);
    if (!masters)
        return ctx.fail(masters.error());
    if (ctx.options.json) {
        QJsonArray array;
        for (const CertificateMaster& m : *masters)
            array.append(CertificateMasterService::toJson(m));
        printJson(array);
        return ExitOk;
    }
    std::vector<QStringList> rows;
    for (const CertificateMaster& m : *masters) {
        QStringList policies;
        for (const MasterPolicy& p : m.policies)
            policies << u"%1 %2"_s.arg(p.insurerLetter, p.policyNumber);
        rows.push_back({QString::number(m.id), m.name, policies.join(u", "_s)});
    }
    printTable({u"ID"_s, u"Name"_s, u"Policies (insurer letter)"_s}, rows);
    return ExitOk;
}

int holderAdd(Context& ctx, const QStringList& args)
{
    const QString topic = u"holder add"_s;
    Parsed parsed = parseCommand(ctx, args,
                                 {{u"master"_s},
                                  {u"name"_s},
                                  {u"address1"_s},
                                  {u"address2"_s},
                                  {u"city"_s},
                                  {u"state"_s},
                                  {u"postal"_s},
                                  {u"country"_s},
                                  {u"email"_s},
                                  {u"delivery"_s},
                                  {u"no-renewals"_s, false},
                                  {u"require"_s, true, true},
                                  {u"require-ai"_s, false},
                                  {u"require-wos"_s, false},
                                  {u"require-pnc"_s, false}},
                                 0, 0, topic);
    if (parsed.failed())
        return parsed.exitCode;
    const ParsedArgs& a = parsed.args;
    if (!a.has(u"master"_s))
        return ctx.usage(u"holder add needs --master ID"_s, topic);
    CertificateHolderRecord h;
    const std::optional<qint64> masterId = parseId(ctx, a.value(u"master"_s), u"--master"_s, topic);
    if (!masterId)
        return ExitUsage;
    h.masterId = *masterId;
    h.name = a.value(u"name"_s);
    h.address1 = a.value(u"address1"_s);
    h.address2 = a.value(u"address2"_s);
    h.city = a.value(u"city"_s);
    h.state = a.value(u"state"_s);
    h.postalCode = a.value(u"postal"_s);
    h.country = a.has(u"country"_s) ? a.value(u"country"_s) : u"US"_s;
    h.email = a.value(u"email"_s);
    if (a.has(u"delivery"_s)) {
        const std::optional<DeliveryPreference> delivery = deliveryPreferenceFromKey(a.value(u"delivery"_s));
        if (!delivery)
            return ctx.invalid(u"--delivery \"%1\" is not email, print or both"_s.arg(a.value(u"delivery"_s)));
        h.delivery = *delivery;
    } else {
        h.delivery = h.email.trimmed().isEmpty() ? DeliveryPreference::Print : DeliveryPreference::Email;
    }
    h.receivesRenewals = !a.has(u"no-renewals"_s);
    h.requireAdditionalInsured = a.has(u"require-ai"_s);
    h.requireWaiverOfSubrogation = a.has(u"require-wos"_s);
    h.requirePrimaryNonContributory = a.has(u"require-pnc"_s);
    for (const QString& r : a.values(u"require"_s)) {
        const qsizetype eq = r.indexOf(u'=');
        if (eq <= 0)
            return ctx.invalid(u"--require \"%1\" is not CODE=AMOUNT (e.g. EachOccurrence=1000000)"_s.arg(r));
        Result<qint64> amount = parseAmount(r.mid(eq + 1));
        if (!amount)
            return ctx.invalid(u"--require %1: %2"_s.arg(r.left(eq).trimmed(), amount.error().message));
        h.requirements.push_back({r.left(eq).trimmed(), *amount});
    }
    // Name, address, postal code and limit codes are checked before logging in: nothing is saved on a typo.
    if (Status valid = CertificateHolderService::validate(h); !valid)
        return ctx.fail(valid.error());
    if (int code = ctx.login(); code != ExitOk)
        return code;
    CertificateHolderService service(*ctx.session);
    Result<qint64> id = service.create(h);
    if (!id)
        return ctx.fail(id.error());
    if (ctx.options.json) {
        Result<CertificateHolderRecord> created = service.get(*id);
        if (!created)
            return ctx.fail(created.error());
        printJson(CertificateHolderService::toJson(*created));
    } else {
        printLine(QString::number(*id));
    }
    return ExitOk;
}

int holderList(Context& ctx, const QStringList& args)
{
    const QString topic = u"holder list"_s;
    Parsed parsed = parseCommand(ctx, args, {{u"master"_s}}, 0, 0, topic);
    if (parsed.failed())
        return parsed.exitCode;
    if (!parsed.args.has(u"master"_s))
        return ctx.usage(u"holder list needs --master ID"_s, topic);
    const std::optional<qint64> masterId = parseId(ctx, parsed.args.value(u"master"_s), u"--master"_s, topic);
    if (!masterId)
        return ExitUsage;
    if (int code = ctx.login(); code != ExitOk)
        return code;
    Result<std::vector<CertificateHolderRecord>> holders = CertificateHolderService(*ctx.session).forMaster(*masterId);
    if (!holders)
        return ctx.fail(holders.error());
    if (ctx.options.json) {
        QJsonArray array;
        for (const CertificateHolderRecord& h : *holders)
            array.append(CertificateHolderService::toJson(h));
        printJson(array);
        return ExitOk;
    }
    std::vector<QStringList> rows;
    for (const CertificateHolderRecord& h : *holders) {
        QStringList requirements;
        for (const HolderRequirement& r : h.requirements)
            requirements << u"%1 %2"_s.arg(r.limitCode, formatAmount(r.minimum));
        if (h.requireAdditionalInsured)
            requirements << u"AI"_s;
        if (h.requireWaiverOfSubrogation)
            requirements << u"WOS"_s;
        if (h.requirePrimaryNonContributory)
            requirements << u"PNC"_s;
        rows.push_back({QString::number(h.id), h.name, u"%1, %2 %3"_s.arg(h.city, h.state, h.postalCode),
                        deliveryPreferenceKey(h.delivery), requirements.join(u", "_s)});
    }
    printTable({u"ID"_s, u"Name"_s, u"City"_s, u"Delivery"_s, u"Requirements"_s}, rows);
    return ExitOk;
}

int certificateIssue(Context& ctx, const QStringList& args)
{
    const QString topic = u"certificate issue"_s;
    Parsed parsed =
        parseCommand(ctx, args, {{u"master"_s}, {u"holder"_s}, {u"out"_s}, {u"force"_s, false}}, 0, 0, topic);
    if (parsed.failed())
        return parsed.exitCode;
    const ParsedArgs& a = parsed.args;
    if (!a.has(u"master"_s) || !a.has(u"holder"_s) || !a.has(u"out"_s))
        return ctx.usage(u"certificate issue needs --master ID, --holder ID and --out FILE.pdf"_s, topic);
    const std::optional<qint64> masterId = parseId(ctx, a.value(u"master"_s), u"--master"_s, topic);
    if (!masterId)
        return ExitUsage;
    const std::optional<qint64> holderId = parseId(ctx, a.value(u"holder"_s), u"--holder"_s, topic);
    if (!holderId)
        return ExitUsage;
    const QString out = QFileInfo(a.value(u"out"_s)).absoluteFilePath();
    // Most write failures are known before issuing: then nothing is issued.
    if (const QString why = unwritableReason(out); !why.isEmpty())
        return ctx.invalid(u"cannot write the certificate to %1: %2; nothing was issued."_s.arg(native(out), why));
    if (int code = ctx.login(); code != ExitOk)
        return code;
    CertificateService service(*ctx.session);
    Result<IssuedCertificate> issued = service.issue(*masterId, *holderId, a.has(u"force"_s));
    if (!issued)
        return ctx.fail(issued.error());
    if (Result<qint64> saved = service.saveCopy(issued->number, out); !saved)
        return ctx.fail(
            {saved.error().code,
             u"certificate %1 was issued but not saved: %2 It stays issued; write it with "
             "'agencydesk-cli certificate reprint %1 --out FILE.pdf'."_s.arg(issued->number, saved.error().message)});
    if (ctx.options.json) {
        QJsonObject json = CertificateService::toJson(*issued);
        json.insert(u"file"_s, native(out));
        printJson(json);
    } else {
        printLine(u"%1 (revision %2) saved to %3%4"_s.arg(
            issued->number, QString::number(issued->revision), native(out),
            issued->forced ? u" (issued over unmet requirements)"_s : QString()));
    }
    return ExitOk;
}

int certificateList(Context& ctx, const QStringList& args)
{
    const QString topic = u"certificate list"_s;
    Parsed parsed = parseCommand(ctx, args, {{u"insured"_s}, {u"holder"_s}}, 0, 0, topic);
    if (parsed.failed())
        return parsed.exitCode;
    const ParsedArgs& a = parsed.args;
    if (a.has(u"insured"_s) == a.has(u"holder"_s))
        return ctx.usage(u"certificate list needs --insured ID or --holder ID"_s, topic);
    const bool byInsured = a.has(u"insured"_s);
    const std::optional<qint64> id = parseId(ctx, a.value(byInsured ? u"insured"_s : u"holder"_s),
                                             byInsured ? u"--insured"_s : u"--holder"_s, topic);
    if (!id)
        return ExitUsage;
    if (int code = ctx.login(); code != ExitOk)
        return code;
    CertificateService service(*ctx.session);
    Result<std::vector<IssuedCertificate>> list = byInsured ? service.forInsured(*id) : service.forHolder(*id);
    if (!list)
        return ctx.fail(list.error());
    if (ctx.options.json) {
        QJsonArray array;
        for (const IssuedCertificate& c : *list)
            array.append(CertificateService::toJson(c));
        printJson(array);
        return ExitOk;
    }
    std::vector<QStringList> rows;
    for (const IssuedCertificate& c : *list)
        rows.push_back({c.number, QString::number(c.revision), c.holderName, c.issuedAt, c.issuedByName,
                        deliveredText(c.deliveries), c.supersededBy ? u"superseded"_s : u"current"_s, yesNo(c.forced)});
    printTable({u"Number"_s, u"Rev"_s, u"Holder"_s, u"Issued"_s, u"By"_s, u"Delivered"_s, u"Status"_s, u"Override"_s},
               rows);
    return ExitOk;
}

int certificateReprint(Context& ctx, const QStringList& args)
{
    const QString topic = u"certificate reprint"_s;
    Parsed parsed = parseCommand(ctx, args, {{u"out"_s}}, 1, 1, topic);
    if (parsed.failed())
        return parsed.exitCode;
    if (!parsed.args.has(u"out"_s))
        return ctx.usage(u"certificate reprint needs --out FILE.pdf"_s, topic);
    const QString out = QFileInfo(parsed.args.value(u"out"_s)).absoluteFilePath();
    if (int code = ctx.login(); code != ExitOk)
        return code;
    // The stored bytes, exactly as issued; saveCopy logs the delivery only once the file is complete.
    const QString number = parsed.args.positionals.first().trimmed();
    if (Result<qint64> saved = CertificateService(*ctx.session).saveCopy(number, out); !saved)
        return ctx.fail(saved.error());
    printLine(u"%1 saved to %2"_s.arg(number, native(out)));
    return ExitOk;
}

} // namespace

int runMaster(Context& ctx, const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == u"add")
        return masterAdd(ctx, args.mid(1));
    if (sub == u"list")
        return masterList(ctx, args.mid(1));
    if (sub == u"share" || sub == u"unshare")
        return masterShare(ctx, args.mid(1), sub == u"share");
    if (sub == u"lapsed")
        return masterLapsed(ctx, args.mid(1));
    if (sub == u"remove-lapsed")
        return masterRemoveLapsed(ctx, args.mid(1));
    return ctx.usage(sub.isEmpty() ? u"master needs a subcommand"_s : u"unknown command \"master %1\""_s.arg(sub),
                     u"master"_s);
}

int runHolder(Context& ctx, const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == u"add")
        return holderAdd(ctx, args.mid(1));
    if (sub == u"list")
        return holderList(ctx, args.mid(1));
    if (sub == u"import")
        return holderImport(ctx, args.mid(1));
    if (sub == u"export")
        return holderExport(ctx, args.mid(1));
    if (sub == u"set")
        return holderSet(ctx, args.mid(1));
    return ctx.usage(sub.isEmpty() ? u"holder needs a subcommand"_s : u"unknown command \"holder %1\""_s.arg(sub),
                     u"holder"_s);
}

int runCertificate(Context& ctx, const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == u"issue")
        return certificateIssue(ctx, args.mid(1));
    if (sub == u"list")
        return certificateList(ctx, args.mid(1));
    if (sub == u"reprint")
        return certificateReprint(ctx, args.mid(1));
    if (sub == u"email")
        return certificateEmail(ctx, args.mid(1));
    return ctx.usage(sub.isEmpty() ? u"certificate needs a subcommand"_s
                                   : u"unknown command \"certificate %1\""_s.arg(sub),
                     u"certificate"_s);
}

int runCompliance(Context& ctx, const QStringList& args)
{
    const QString topic = u"compliance"_s;
    Parsed parsed = parseCommand(ctx, args, {{u"holder"_s}, {u"date"_s}}, 0, 0, topic);
    if (parsed.failed())
        return parsed.exitCode;
    if (!parsed.args.has(u"holder"_s))
        return ctx.usage(u"compliance needs --holder ID"_s, topic);
    const std::optional<qint64> holderId = parseId(ctx, parsed.args.value(u"holder"_s), u"--holder"_s, topic);
    if (!holderId)
        return ExitUsage;
    QDate date = QDate::currentDate();
    if (parsed.args.has(u"date"_s)) {
        date = QDate::fromString(parsed.args.value(u"date"_s).trimmed(), Qt::ISODate);
        if (!date.isValid())
            return ctx.invalid(u"--date \"%1\" is not a date (use YYYY-MM-DD)"_s.arg(parsed.args.value(u"date"_s)));
    }
    if (int code = ctx.login(); code != ExitOk)
        return code;
    Result<ComplianceReport> report = ComplianceService(*ctx.session).check(*holderId, date);
    if (!report)
        return ctx.fail(report.error());
    if (ctx.options.json) {
        QJsonArray items;
        for (const ComplianceItem& item : report->items)
            items.append(
                QJsonObject{{u"requirement"_s, item.requirement}, {u"met"_s, item.met}, {u"reason"_s, item.reason}});
        printJson(QJsonObject{{u"holderId"_s, *holderId},
                              {u"date"_s, date.toString(Qt::ISODate)},
                              {u"compliant"_s, report->compliant()},
                              {u"items"_s, items}});
        return ExitOk;
    }
    std::vector<QStringList> rows;
    for (const ComplianceItem& item : report->items)
        rows.push_back({item.met ? u"met"_s : u"NOT MET"_s, item.requirement, item.reason});
    printTable({u"Status"_s, u"Requirement"_s, u"Reason"_s}, rows);
    printLine(report->compliant() ? u"Compliant on %1."_s.arg(date.toString(Qt::ISODate))
                                  : u"Not compliant on %1."_s.arg(date.toString(Qt::ISODate)));
    return ExitOk;
}

} // namespace agencydesk::cli
