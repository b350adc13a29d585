// holder import | export: certificate holders from and to CSV (docs/HOLDERS_CSV.md).
#include "CertificateHolderService.h"
#include "Cli.h"
#include "Csv.h"
#include "Files.h"
#include "Output.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace agencydesk::cli {

int holderImport(Context& ctx, const QStringList& args)
{
    const QString topic = u"holder import"_s;
    Parsed parsed = parseCommand(ctx, args, {{u"master"_s}}, 1, 1, topic);
    if (parsed.failed())
        return parsed.exitCode;
    if (!parsed.args.has(u"master"_s))
        return ctx.usage(u"holder import needs --master ID and FILE.csv"_s, topic);
    const std::optional<qint64> masterId = parseId(ctx, parsed.args.value(u"master"_s), u"--master"_s, topic);
    if (!masterId)
        return ExitUsage;
    const QString path = parsed.args.positionals.first();
    const QString name = native(path);
    // One byte over the limit is enough for the core to say the file is too large, without reading all of it.
    Result<QByteArray> bytes = readFile(path, kMaxCsvBytes + 1);
    if (!bytes)
        return ctx.fail(bytes.error());
    if (int code = ctx.login(); code != ExitOk)
        return code;
    Result<HolderImportReport> report = CertificateHolderService(*ctx.session).importCsv(*masterId, *bytes, name);
    if (!report)
        return ctx.fail(report.error());
    const qsizetype added = qsizetype(report->addedIds.size());
    if (ctx.options.json) {
        QJsonArray ids;
        for (qint64 id : report->addedIds)
            ids.append(id);
        QJsonArray refused;
        for (const HolderImportProblem& p : report->refused)
            refused.append(QJsonObject{{u"line"_s, p.line}, {u"message"_s, p.message}});
        printJson(QJsonObject{{u"file"_s, name},
                              {u"masterId"_s, *masterId},
                              {u"rows"_s, report->rowCount},
                              {u"added"_s, added},
                              {u"addedIds"_s, ids},
                              {u"refused"_s, refused},
                              {u"ignoredColumns"_s, QJsonArray::fromStringList(report->ignoredColumns)}});
    } else {
        printLine(u"Added %1 of %2 holder(s) from %3 to master %4."_s.arg(added)
                      .arg(report->rowCount)
                      .arg(name)
                      .arg(*masterId));
    }
    if (!report->ignoredColumns.isEmpty())
        printErrorLine(u"%1: column(s) \"%2\" are not holder columns and were ignored."_s.arg(
            name, report->ignoredColumns.join(u"\", \""_s)));
    for (const HolderImportProblem& p : report->refused)
        printErrorLine(u"%1 line %2: %3"_s.arg(name).arg(p.line).arg(p.message));
    if (report->refused.empty())
        return ExitOk;
    // The last line sums up, like every other failure; the good rows are stored either way.
    return ctx.invalid(u"%1 of %2 row(s) in %3 were refused (listed above by line); %4 holder(s) were added."_s
                           .arg(report->refused.size())
                           .arg(report->rowCount)
                           .arg(name)
                           .arg(added));
}

int holderExport(Context& ctx, const QStringList& args)
{
    const QString topic = u"holder export"_s;
    Parsed parsed = parseCommand(ctx, args, {{u"master"_s}, {u"out"_s}}, 0, 0, topic);
    if (parsed.failed())
        return parsed.exitCode;
    if (!parsed.args.has(u"master"_s))
        return ctx.usage(u"holder export needs --master ID"_s, topic);
    const std::optional<qint64> masterId = parseId(ctx, parsed.args.value(u"master"_s), u"--master"_s, topic);
    if (!masterId)
        return ExitUsage;
    const bool toFile = parsed.args.has(u"out"_s);
    const QString out = toFile ? QFileInfo(parsed.args.value(u"out"_s)).absoluteFilePath() : QString();
    if (toFile) {
        if (const QString why = unwritableReason(out); !why.isEmpty())
            return ctx.invalid(u"cannot write the holders to %1: %2."_s.arg(native(out), why));
    }
    if (int code = ctx.login(); code != ExitOk)
        return code;
    CertificateHolderService service(*ctx.session);
    Result<QByteArray> csv = service.exportCsv(*masterId);
    if (!csv)
        return ctx.fail(csv.error());
    if (!toFile) {
        printBytes(*csv);
        return ExitOk;
    }
    if (const QString why = writeFile(out, *csv); !why.isEmpty())
        return ctx.fail({ErrorCode::Database, u"could not write the holders to %1 (%2)."_s.arg(native(out), why)});
    Result<std::vector<CertificateHolderRecord>> holders = service.forMaster(*masterId);
    printLine(u"Exported %1 holder(s) of master %2 to %3."_s.arg(holders ? qsizetype(holders->size()) : 0)
                  .arg(*masterId)
                  .arg(native(out)));
    return ExitOk;
}

} // namespace agencydesk::cli
