// doc add | list | share | unshare | export | search: eDocs from the command line (DocumentService,
// DocumentSharingService).
#include "Cli.h"
#include "DocumentService.h"
#include "DocumentSharingService.h"
#include "Output.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace agencydesk::cli {

namespace {

constexpr int AnyNumber = 1 << 20; ///< as many positionals as the shell passes

int docAdd(Context& ctx, const QStringList& args)
{
    const QString topic = u"doc add"_s;
    Parsed parsed =
        parseCommand(ctx, args, {{u"insured"_s}, {u"policy"_s}, {u"type"_s}, {u"issue-date"_s}, {u"purpose"_s}}, 1,
                     AnyNumber, topic);
    if (parsed.failed())
        return parsed.exitCode;
    const ParsedArgs& a = parsed.args;
    for (const char* required : {"insured", "type", "issue-date"}) {
        if (!a.has(QLatin1String(required)))
            return ctx.usage(u"doc add needs --%1"_s.arg(QLatin1String(required)), topic);
    }
    const std::optional<qint64> insuredId = parseId(ctx, a.value(u"insured"_s), u"--insured"_s, topic);
    if (!insuredId)
        return ExitUsage;
    DocumentMetadata meta;
    meta.insuredId = *insuredId;
    if (a.has(u"policy"_s)) {
        meta.policyId = parseId(ctx, a.value(u"policy"_s), u"--policy"_s, topic);
        if (!meta.policyId)
            return ExitUsage;
    }
    meta.type = a.value(u"type"_s);
    meta.issueDate = QDate::fromString(a.value(u"issue-date"_s), Qt::ISODate);
    if (!meta.issueDate.isValid())
        return ctx.invalid(u"--issue-date \"%1\" is not a date (YYYY-MM-DD)"_s.arg(a.value(u"issue-date"_s)));
    meta.purpose = a.value(u"purpose"_s);
    if (int code = ctx.login(); code != ExitOk)
        return code;
    DocumentService service(*ctx.session);
    // Each file on its own: the good ones go in, each bad one is reported on its own line.
    int exitCode = ExitOk;
    QJsonArray results;
    for (const QString& path : a.positionals) {
        Result<DocumentAddOutcome> r = service.add({path, meta});
        if (!r) {
            printErrorLine(describeError(r.error()));
            if (exitCode == ExitOk || r.error().code != ErrorCode::Validation)
                exitCode = exitCodeFor(r.error().code);
            results.append(QJsonObject{{u"file"_s, QFileInfo(path).fileName()}, {u"error"_s, r.error().message}});
            continue;
        }
        QJsonArray ids;
        for (qint64 id : r->documentIds)
            ids.append(id);
        if (ctx.options.json) {
            results.append(QJsonObject{
                {u"file"_s, r->fileName}, {u"documentIds"_s, ids}, {u"notes"_s, QJsonArray::fromStringList(r->notes)}});
        } else {
            QStringList idTexts;
            for (qint64 id : r->documentIds)
                idTexts << QString::number(id);
            printLine(u"%1\t%2"_s.arg(idTexts.join(u','), r->fileName));
            for (const QString& note : r->notes)
                printErrorLine(u"note: "_s + note);
        }
    }
    if (ctx.options.json)
        printJson(results);
    return exitCode;
}

int docList(Context& ctx, const QStringList& args)
{
    const QString topic = u"doc list"_s;
    Parsed parsed = parseCommand(ctx, args, {{u"insured"_s}}, 0, 0, topic);
    if (parsed.failed())
        return parsed.exitCode;
    if (!parsed.args.has(u"insured"_s))
        return ctx.usage(u"doc list needs --insured ID"_s, topic);
    const std::optional<qint64> insuredId = parseId(ctx, parsed.args.value(u"insured"_s), u"--insured"_s, topic);
    if (!insuredId)
        return ExitUsage;
    if (int code = ctx.login(); code != ExitOk)
        return code;
    Result<std::vector<Document>> docs = DocumentService(*ctx.session).forInsured(*insuredId);
    if (!docs)
        return ctx.fail(docs.error());
    if (ctx.options.json) {
        QJsonArray array;
        for (const Document& d : *docs)
            array.append(DocumentService::toJson(d));
        printJson(array);
        return ExitOk;
    }
    std::vector<QStringList> rows;
    for (const Document& d : *docs)
        rows.push_back({QString::number(d.id), d.fileName, d.type, d.issueDate.toString(Qt::ISODate), d.purpose,
                        d.policyNumber, d.isEmail() ? u"-"_s : QString::number(d.pageCount),
                        DocumentFileReader::sizeText(d.size), d.shared ? u"yes"_s : u"no"_s, d.addedByName,
                        d.addedAt.left(10)});
    printTable({u"ID"_s, u"File"_s, u"Type"_s, u"Issued"_s, u"Purpose"_s, u"Policy"_s, u"Pages"_s, u"Size"_s,
                u"Shared"_s, u"Added by"_s, u"Added"_s},
               rows);
    return ExitOk;
}

int docShare(Context& ctx, const QStringList& args, bool shared)
{
    const QString topic = shared ? u"doc share"_s : u"doc unshare"_s;
    std::vector<OptionSpec> specs;
    if (shared)
        specs.push_back({u"notify"_s, false});
    Parsed parsed = parseCommand(ctx, args, specs, 1, AnyNumber, topic);
    if (parsed.failed())
        return parsed.exitCode;
    QList<qint64> ids;
    for (const QString& text : parsed.args.positionals) {
        const std::optional<qint64> id = parseId(ctx, text, u"the document ID"_s, topic);
        if (!id)
            return ExitUsage;
        ids << *id;
    }
    if (int code = ctx.login(); code != ExitOk)
        return code;
    Result<std::vector<qint64>> r =
        DocumentSharingService(*ctx.session).setShared(ids, shared, parsed.args.has(u"notify"_s));
    if (!r)
        return ctx.fail(r.error());
    if (ctx.options.json) {
        QJsonArray notifications;
        for (qint64 n : *r)
            notifications.append(n);
        printJson(QJsonObject{{u"shared"_s, shared}, {u"notifications"_s, notifications}});
    } else {
        printLine(shared ? u"Shared %n document(s) with the client's portal account."_s.replace(
                               u"%n"_s, QString::number(ids.size()))
                         : u"Stopped sharing %n document(s) with the client's portal account."_s.replace(
                               u"%n"_s, QString::number(ids.size())));
        if (!r->empty())
            printLine(u"The client notification is pending (sent with the outgoing mail)."_s);
    }
    return ExitOk;
}

int docExport(Context& ctx, const QStringList& args)
{
    const QString topic = u"doc export"_s;
    Parsed parsed = parseCommand(ctx, args, {{u"out"_s}}, 1, 1, topic);
    if (parsed.failed())
        return parsed.exitCode;
    if (!parsed.args.has(u"out"_s))
        return ctx.usage(u"doc export needs --out FILE"_s, topic);
    const std::optional<qint64> id = parseId(ctx, parsed.args.positionals.first(), u"the document ID"_s, topic);
    if (!id)
        return ExitUsage;
    if (int code = ctx.login(); code != ExitOk)
        return code;
    const QString out = QDir::current().absoluteFilePath(parsed.args.value(u"out"_s));
    if (Status s = DocumentService(*ctx.session).saveCopy(*id, out); !s)
        return ctx.fail(s.error());
    if (!ctx.options.json)
        printLine(QDir::toNativeSeparators(out));
    else
        printJson(QJsonObject{{u"id"_s, *id}, {u"out"_s, out}});
    return ExitOk;
}

int docSearch(Context& ctx, const QStringList& args)
{
    const QString topic = u"doc search"_s;
    Parsed parsed = parseCommand(ctx, args, {}, 1, AnyNumber, topic);
    if (parsed.failed())
        return parsed.exitCode;
    if (int code = ctx.login(); code != ExitOk)
        return code;
    Result<std::vector<DocumentSearchHit>> hits =
        DocumentService(*ctx.session).search(parsed.args.positionals.join(u' '));
    if (!hits)
        return ctx.fail(hits.error());
    if (ctx.options.json) {
        QJsonArray array;
        for (const DocumentSearchHit& h : *hits)
            array.append(QJsonObject{{u"id"_s, h.documentId},
                                     {u"insuredId"_s, h.insuredId},
                                     {u"insured"_s, h.insuredName},
                                     {u"fileName"_s, h.fileName},
                                     {u"type"_s, h.type},
                                     {u"snippet"_s, h.snippet}});
        printJson(array);
        return ExitOk;
    }
    std::vector<QStringList> rows;
    for (const DocumentSearchHit& h : *hits)
        rows.push_back({QString::number(h.documentId), h.insuredName, h.fileName, h.type, h.snippet});
    printTable({u"ID"_s, u"Insured"_s, u"File"_s, u"Type"_s, u"Found"_s}, rows);
    return ExitOk;
}

} // namespace

int runDoc(Context& ctx, const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == u"add")
        return docAdd(ctx, args.mid(1));
    if (sub == u"list")
        return docList(ctx, args.mid(1));
    if (sub == u"share")
        return docShare(ctx, args.mid(1), true);
    if (sub == u"unshare")
        return docShare(ctx, args.mid(1), false);
    if (sub == u"export")
        return docExport(ctx, args.mid(1));
    if (sub == u"search")
        return docSearch(ctx, args.mid(1));
    return ctx.usage(sub.isEmpty() ? u"doc needs a subcommand"_s : u"unknown command \"doc %1\""_s.arg(sub), u"doc"_s);
}

} // namespace agencydesk::cli
