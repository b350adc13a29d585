// mail config | show | test, outbox list | flush | retry | cancel, certificate email
#include "CertificateMailer.h"
#include "Cli.h"
#include "Database.h"
#include "MailSettingsService.h"
#include "OutboxSender.h"
#include "OutboxService.h"
#include "Output.h"
#include "SecretStore.h"
#include "SentEmailAttacher.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>

using namespace Qt::StringLiterals;

namespace agencydesk::cli {

namespace {

int mailConfig(Context& ctx, const QStringList& args)
{
    const QString topic = u"mail config"_s;
    Parsed parsed = parseCommand(ctx, args,
                                 {{u"host"_s},
                                  {u"port"_s},
                                  {u"security"_s},
                                  {u"smtp-user"_s},
                                  {u"from"_s},
                                  {u"from-name"_s},
                                  {u"bcc"_s},
                                  {u"no-bcc"_s, false},
                                  {u"signature"_s},
                                  {u"trust-fingerprint"_s},
                                  {u"timeout"_s},
                                  {u"requests-to"_s},
                                  {u"portal-url"_s}},
                                 0, 0, topic);
    if (parsed.failed())
        return parsed.exitCode;
    const ParsedArgs& a = parsed.args;
    if (int code = ctx.login(); code != ExitOk)
        return code;
    MailSettingsService service(*ctx.session);
    Result<MailSettings> current = service.settings();
    if (!current)
        return ctx.fail(current.error());
    MailSettings m = *current;
    if (a.has(u"host"_s))
        m.host = a.value(u"host"_s);
    if (a.has(u"port"_s)) {
        bool ok = false;
        m.port = a.value(u"port"_s).toInt(&ok);
        if (!ok)
            return ctx.invalid(u"--port \"%1\" is not a number"_s.arg(a.value(u"port"_s)));
    }
    if (a.has(u"security"_s)) {
        const std::optional<SmtpSecurity> security = smtpSecurityFromKey(a.value(u"security"_s));
        if (!security)
            return ctx.invalid(u"--security \"%1\" is not starttls, tls or none"_s.arg(a.value(u"security"_s)));
        m.security = *security;
    }
    if (a.has(u"smtp-user"_s))
        m.userName = a.value(u"smtp-user"_s);
    if (a.has(u"from"_s))
        m.fromAddress = a.value(u"from"_s);
    if (a.has(u"from-name"_s))
        m.fromName = a.value(u"from-name"_s);
    if (a.has(u"bcc"_s)) {
        m.bccAddress = a.value(u"bcc"_s);
        m.bccEnabled = true;
    }
    if (a.has(u"no-bcc"_s))
        m.bccEnabled = false;
    if (a.has(u"signature"_s))
        m.signature = a.value(u"signature"_s).replace(u"\\n"_s, u"\n"_s);
    if (a.has(u"trust-fingerprint"_s))
        m.trustedFingerprint = a.value(u"trust-fingerprint"_s);
    if (a.has(u"timeout"_s)) {
        bool ok = false;
        m.timeoutSeconds = a.value(u"timeout"_s).toInt(&ok);
        if (!ok)
            return ctx.invalid(u"--timeout \"%1\" is not a number of seconds"_s.arg(a.value(u"timeout"_s)));
    }
    if (a.has(u"requests-to"_s))
        m.requestsAddress = a.value(u"requests-to"_s);
    if (a.has(u"portal-url"_s))
        m.portalUrl = a.value(u"portal-url"_s);
    // The password only from the environment: never on the command line, where other users can see it.
    std::optional<QString> password;
    if (qEnvironmentVariableIsSet("AGENCYDESK_SMTP_PASSWORD"))
        password = qEnvironmentVariable("AGENCYDESK_SMTP_PASSWORD");
    if (Status s = service.update(m, password); !s)
        return ctx.fail(s.error());
    if (password && !password->isEmpty() && !secretStore().isSecure())
        printErrorLine(u"note: %1"_s.arg(secretStore().description()));
    return ExitOk;
}

int mailShow(Context& ctx, const QStringList& args)
{
    const QString topic = u"mail show"_s;
    Parsed parsed = parseCommand(ctx, args, {}, 0, 0, topic);
    if (parsed.failed())
        return parsed.exitCode;
    if (int code = ctx.login(); code != ExitOk)
        return code;
    Result<MailSettings> m = MailSettingsService(*ctx.session).settings();
    if (!m)
        return ctx.fail(m.error());
    if (ctx.options.json) {
        printJson(m->toJson());
        return ExitOk;
    }
    printFields(
        {{u"Server"_s, m->host.isEmpty() ? u"(not set)"_s : u"%1:%2"_s.arg(m->host).arg(m->port)},
         {u"Security"_s, smtpSecurityKey(m->security)},
         {u"User"_s, m->userName},
         {u"Password"_s, m->passwordStored ? (secretStore().isSecure() ? u"stored in the keychain"_s
                                                                       : u"stored (obfuscated, NOT encrypted)"_s)
                                           : u"none"_s},
         {u"From"_s, m->fromName.isEmpty() ? m->fromAddress : u"%1 <%2>"_s.arg(m->fromName, m->fromAddress)},
         {u"Agency Bcc"_s, m->bccEnabled ? m->bccAddress : u"off"_s},
         {u"Trusted certificate"_s, m->trustedFingerprint.isEmpty() ? u"-"_s : m->trustedFingerprint},
         {u"Timeout"_s, u"%1 s"_s.arg(m->timeoutSeconds)},
         {u"New requests to"_s, m->requestsAddress.isEmpty() ? u"-"_s : m->requestsAddress},
         {u"Client portal"_s, m->portalUrl.isEmpty() ? u"-"_s : m->portalUrl}});
    return ExitOk;
}

/// Runs the sender until nothing due is left or \a timeoutSeconds pass; the report of the last run.
Result<SendReport> flushOutbox(Context& ctx, int timeoutSeconds)
{
    SenderOptions options;
    options.ignoreBackoff = true;
    OutboxSender sender(ctx.db->path(), options);
    QDeadlineTimer deadline(qint64(timeoutSeconds) * 1000);
    SendReport total;
    while (true) {
        Result<SendReport> run = sender.runOnce();
        if (!run)
            return run;
        total.sent += run->sent;
        total.failed += run->failed;
        total.unknown += run->unknown;
        total.requeued += run->requeued;
        total.retryLater = run->retryLater;
        total.remaining = run->remaining;
        if (!run->lastError.isEmpty())
            total.lastError = run->lastError;
        // A run that sent nothing cannot do better at once (server down, wrong password): stop and report.
        if (run->remaining == 0 || run->sent == 0 || deadline.hasExpired())
            break;
    }
    return total;
}

int mailTest(Context& ctx, const QStringList& args)
{
    const QString topic = u"mail test"_s;
    Parsed parsed = parseCommand(ctx, args, {{u"to"_s}}, 0, 0, topic);
    if (parsed.failed())
        return parsed.exitCode;
    if (!parsed.args.has(u"to"_s))
        return ctx.usage(u"mail test needs --to ADDRESS"_s, topic);
    if (int code = ctx.login(); code != ExitOk)
        return code;
    OutgoingMail mail;
    mail.kind = u"test"_s;
    mail.clientFacing = false;
    mail.to = {parsed.args.value(u"to"_s)};
    mail.subject = u"AgencyDesk test email"_s;
    mail.textBody = u"This is a test email from AgencyDesk: the mail settings work."_s;
    Result<qint64> id = OutboxService(*ctx.session).enqueue(mail);
    if (!id)
        return ctx.fail(id.error());
    Result<SendReport> report = flushOutbox(ctx, 60);
    if (!report)
        return ctx.fail(report.error());
    Result<OutboxEntry> entry = OutboxService(*ctx.session).get(*id);
    if (!entry)
        return ctx.fail(entry.error());
    if (entry->status != OutboxStatus::Sent)
        return ctx.fail({ErrorCode::Database, u"the test email %1 was not sent (it stays in the outbox): %2"_s.arg(
                                                  QString::number(*id), entry->lastError)});
    printLine(u"sent test email %1 to %2"_s.arg(*id).arg(mail.to.first()));
    return ExitOk;
}

std::optional<OutboxStatus> statusOption(const Context& ctx, const ParsedArgs& a, const QString& topic, bool& bad)
{
    bad = false;
    if (!a.has(u"status"_s))
        return std::nullopt;
    const std::optional<OutboxStatus> s = outboxStatusFromKey(a.value(u"status"_s).trimmed().toLower());
    if (!s) {
        ctx.usage(u"--status \"%1\" is not queued, sending, sent, failed or cancelled"_s.arg(a.value(u"status"_s)),
                  topic);
        bad = true;
    }
    return s;
}

int outboxList(Context& ctx, const QStringList& args)
{
    const QString topic = u"outbox list"_s;
    Parsed parsed = parseCommand(ctx, args, {{u"status"_s}}, 0, 0, topic);
    if (parsed.failed())
        return parsed.exitCode;
    bool bad = false;
    const std::optional<OutboxStatus> status = statusOption(ctx, parsed.args, topic, bad);
    if (bad)
        return ExitUsage;
    if (int code = ctx.login(); code != ExitOk)
        return code;
    Result<std::vector<OutboxEntry>> list = OutboxService(*ctx.session).list(status);
    if (!list)
        return ctx.fail(list.error());
    if (ctx.options.json) {
        QJsonArray array;
        for (const OutboxEntry& e : *list)
            array.append(OutboxService::toJson(e));
        printJson(array);
        return ExitOk;
    }
    std::vector<QStringList> rows;
    for (const OutboxEntry& e : *list) {
        QString state = outboxStatusKey(e.status);
        if (e.outcomeUnknown)
            state += u" (outcome unknown)"_s;
        const QString when = e.status == OutboxStatus::Sent ? e.sentAt : e.nextAttemptAt;
        rows.push_back({QString::number(e.id), state, QString::number(e.attempts), e.to.join(u", "_s), e.subject,
                        when.left(19), e.lastError});
    }
    printTable({u"ID"_s, u"Status"_s, u"Attempts"_s, u"To"_s, u"Subject"_s, u"Sent / next"_s, u"Last error"_s}, rows);
    return ExitOk;
}

int outboxFlush(Context& ctx, const QStringList& args)
{
    const QString topic = u"outbox flush"_s;
    Parsed parsed = parseCommand(ctx, args, {{u"timeout"_s}}, 0, 0, topic);
    if (parsed.failed())
        return parsed.exitCode;
    int timeout = 300;
    if (parsed.args.has(u"timeout"_s)) {
        bool ok = false;
        timeout = parsed.args.value(u"timeout"_s).toInt(&ok);
        if (!ok || timeout < 1)
            return ctx.usage(u"--timeout must be a number of seconds"_s, topic);
    }
    if (int code = ctx.login(); code != ExitOk)
        return code;
    if (Status s = authorize(*ctx.session, Operation::MailSend); !s)
        return ctx.fail(s.error());
    Result<SendReport> report = flushOutbox(ctx, timeout);
    if (!report)
        return ctx.fail(report.error());
    if (ctx.options.json) {
        printJson(QJsonObject{{u"sent"_s, report->sent},
                              {u"waiting"_s, report->remaining},
                              {u"failed"_s, report->failed},
                              {u"outcomeUnknown"_s, report->unknown},
                              {u"lastError"_s, report->lastError}});
    } else {
        printLine(
            u"sent %1, waiting %2, failed %3%4"_s.arg(report->sent)
                .arg(report->remaining)
                .arg(report->failed)
                .arg(report->unknown > 0
                         ? u", outcome unknown %1 (check the agency copy, then outbox retry)"_s.arg(report->unknown)
                         : QString()));
    }
    if (report->remaining > 0)
        return ctx.fail(
            {ErrorCode::Database, u"%1 email(s) still waiting: %2"_s.arg(report->remaining).arg(report->lastError)});
    return ExitOk;
}

int outboxChange(Context& ctx, const QStringList& args, bool retry)
{
    const QString topic = retry ? u"outbox retry"_s : u"outbox cancel"_s;
    Parsed parsed = parseCommand(ctx, args, {}, 1, 1, topic);
    if (parsed.failed())
        return parsed.exitCode;
    const std::optional<qint64> id = parseId(ctx, parsed.args.positionals.at(0), u"the email id"_s, topic);
    if (!id)
        return ExitUsage;
    if (int code = ctx.login(); code != ExitOk)
        return code;
    OutboxService outbox(*ctx.session);
    if (Status s = retry ? outbox.retryNow(*id) : outbox.cancel(*id); !s)
        return ctx.fail(s.error());
    return ExitOk;
}

int outboxAttach(Context& ctx, const QStringList& args)
{
    const QString topic = u"outbox attach"_s;
    Parsed parsed = parseCommand(ctx, args, {{u"insured"_s}, {u"policy"_s}}, 1, 1, topic);
    if (parsed.failed())
        return parsed.exitCode;
    const ParsedArgs& a = parsed.args;
    const std::optional<qint64> id = parseId(ctx, a.positionals.at(0), u"the email id"_s, topic);
    if (!id)
        return ExitUsage;
    std::optional<qint64> insured;
    std::optional<qint64> policy;
    if (a.has(u"insured"_s)) {
        insured = parseId(ctx, a.value(u"insured"_s), u"--insured"_s, topic);
        if (!insured)
            return ExitUsage;
    }
    if (a.has(u"policy"_s)) {
        policy = parseId(ctx, a.value(u"policy"_s), u"--policy"_s, topic);
        if (!policy)
            return ExitUsage;
    }
    if (int code = ctx.login(); code != ExitOk)
        return code;
    Result<SentEmailAttachment> r = SentEmailAttacher(*ctx.session).attach(*id, insured, policy);
    if (!r)
        return ctx.fail(r.error());
    if (ctx.options.json) {
        QJsonArray attachments;
        for (qint64 d : r->attachmentDocumentIds)
            attachments.append(d);
        printJson(QJsonObject{{u"outboxId"_s, r->outboxId},
                              {u"documentId"_s, r->emailDocumentId},
                              {u"attachmentDocumentIds"_s, attachments},
                              {u"fileName"_s, r->fileName},
                              {u"insuredId"_s, r->insuredId},
                              {u"policyId"_s, r->policyId ? QJsonValue(*r->policyId) : QJsonValue()},
                              {u"policy"_s, r->policyNumber},
                              {u"alreadyAttached"_s, r->alreadyAttached},
                              {u"notes"_s, QJsonArray::fromStringList(r->notes)}});
        return ExitOk;
    }
    printLine(SentEmailAttacher::describe(*r));
    for (const QString& note : r->notes)
        printErrorLine(u"note: "_s + note);
    return ExitOk;
}

} // namespace

int certificateEmail(Context& ctx, const QStringList& args)
{
    const QString topic = u"certificate email"_s;
    Parsed parsed = parseCommand(
        ctx, args, {{u"to-holder"_s, false}, {u"to-client"_s, false}, {u"to"_s, true, true}, {u"message"_s}}, 1, 1,
        topic);
    if (parsed.failed())
        return parsed.exitCode;
    const ParsedArgs& a = parsed.args;
    CertificateEmailRequest request;
    request.toHolder = a.has(u"to-holder"_s);
    request.toClient = a.has(u"to-client"_s);
    request.extra = a.values(u"to"_s);
    request.message = a.value(u"message"_s);
    if (!request.toHolder && !request.toClient && request.extra.isEmpty())
        return ctx.usage(u"certificate email needs --to-holder, --to-client or --to ADDRESS"_s, topic);
    if (int code = ctx.login(); code != ExitOk)
        return code;
    Result<std::vector<qint64>> ids = CertificateMailer(*ctx.session).send(a.positionals.at(0), request);
    if (!ids)
        return ctx.fail(ids.error());
    if (ctx.options.json) {
        QJsonArray array;
        for (qint64 id : *ids)
            array.append(id);
        printJson(QJsonObject{{u"queued"_s, array}});
        return ExitOk;
    }
    for (qint64 id : *ids)
        printLine(QString::number(id));
    return ExitOk;
}

int runMail(Context& ctx, const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == u"config")
        return mailConfig(ctx, args.mid(1));
    if (sub == u"show")
        return mailShow(ctx, args.mid(1));
    if (sub == u"test")
        return mailTest(ctx, args.mid(1));
    return ctx.usage(sub.isEmpty() ? u"mail needs a subcommand"_s : u"unknown command \"mail %1\""_s.arg(sub),
                     u"mail"_s);
}

int runOutbox(Context& ctx, const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == u"list")
        return outboxList(ctx, args.mid(1));
    if (sub == u"flush")
        return outboxFlush(ctx, args.mid(1));
    if (sub == u"retry")
        return outboxChange(ctx, args.mid(1), true);
    if (sub == u"cancel")
        return outboxChange(ctx, args.mid(1), false);
    if (sub == u"attach")
        return outboxAttach(ctx, args.mid(1));
    return ctx.usage(sub.isEmpty() ? u"outbox needs a subcommand"_s : u"unknown command \"outbox %1\""_s.arg(sub),
                     u"outbox"_s);
}

} // namespace agencydesk::cli
