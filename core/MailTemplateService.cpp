#include "MailTemplateService.h"

#include "ActivityService.h"
#include "Database.h"
#include "MailSettingsService.h"
#include "MimeMessage.h"
#include "Validation.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace agencydesk {

namespace {

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{([a-z]+(?:\\.[a-z]+)?)\\}"));
    return re;
}

QString replaced(const QString& text, const QMap<QString, QString>& values, bool oneLine, bool html)
{
    QString out;
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        QString chunk = text.mid(last, m.capturedStart() - last);
        out += html ? chunk.toHtmlEscaped() : chunk;
        const QString name = m.captured(1);
        QString value = values.contains(name) ? values.value(name) : m.captured(0);
        if (oneLine)
            value = value.simplified();
        out += html ? value.toHtmlEscaped() : value;
        last = m.capturedEnd();
    }
    const QString tail = text.mid(last);
    out += html ? tail.toHtmlEscaped() : tail;
    return out;
}

} // namespace

QStringList MailTemplateService::knownPlaceholders()
{
    return {QStringLiteral("insured.name"),
            QStringLiteral("holder.name"),
            QStringLiteral("certificate.number"),
            QStringLiteral("reason"),
            QStringLiteral("link"),
            QStringLiteral("code"),
            QStringLiteral("expires"),
            QStringLiteral("portal.username"),
            QStringLiteral("documents"),
            QStringLiteral("message"),
            QStringLiteral("agency.name"),
            QStringLiteral("agency.phone"),
            QStringLiteral("agency.email"),
            QStringLiteral("user.name"),
            QStringLiteral("policy.number"),
            QStringLiteral("policy.line"),
            QStringLiteral("policy.carrier"),
            QStringLiteral("policy.state"),
            QStringLiteral("policy.date")};
}

QMap<QString, QString> MailTemplateService::sampleValues()
{
    return {{QStringLiteral("insured.name"), QStringLiteral("Harbor Point Roofing LLC")},
            {QStringLiteral("holder.name"), QStringLiteral("Bayview General Contractors")},
            {QStringLiteral("certificate.number"), QStringLiteral("COI-2026-000123")},
            {QStringLiteral("reason"), QStringLiteral("Certificate holder name incomplete")},
            {QStringLiteral("link"), QStringLiteral("https://portal.example.com/set-password?t=EXAMPLE")},
            {QStringLiteral("code"), QStringLiteral("EXAMPLE-CODE")},
            {QStringLiteral("expires"), QStringLiteral("2026-11-26 14:00 UTC")},
            {QStringLiteral("portal.username"), QStringLiteral("harborpoint")},
            {QStringLiteral("documents"), QStringLiteral("- Policy declarations GL-2026.pdf")},
            {QStringLiteral("message"), QStringLiteral("Please call us with any questions.")},
            {QStringLiteral("agency.name"), QStringLiteral("Northwind Insurance")},
            {QStringLiteral("agency.phone"), QStringLiteral("(555) 010-2000")},
            {QStringLiteral("agency.email"), QStringLiteral("service@northwind.example")},
            {QStringLiteral("user.name"), QStringLiteral("Maria Lopez")},
            {QStringLiteral("policy.number"), QStringLiteral("GL-778899")},
            {QStringLiteral("policy.line"), QStringLiteral("General liability")},
            {QStringLiteral("policy.carrier"), QStringLiteral("Great Lakes Mutual")},
            {QStringLiteral("policy.state"), QStringLiteral("expired")},
            {QStringLiteral("policy.date"), QStringLiteral("2026-11-30")}};
}

QStringList MailTemplateService::placeholdersIn(const QString& text)
{
    QStringList out;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!out.contains(name))
            out << name;
    }
    return out;
}

RenderedMail MailTemplateService::fill(const MailTemplate& t, const QMap<QString, QString>& values,
                                       const QString& signature)
{
    RenderedMail r;
    r.subject = replaced(t.subject, values, true, false).simplified();
    r.textBody = replaced(t.body, values, false, false);
    QString html = replaced(t.body, values, false, true);
    if (!signature.trimmed().isEmpty()) {
        r.textBody += QStringLiteral("\n\n-- \n") + signature;
        html += QStringLiteral("\n\n-- \n") + signature.toHtmlEscaped();
    }
    html.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList paragraphs;
    for (const QString& p : html.split(QStringLiteral("\n\n")))
        paragraphs << QStringLiteral("<p>%1</p>").arg(QString(p).replace(QLatin1Char('\n'), QStringLiteral("<br>\n")));
    r.htmlBody = QStringLiteral("<!DOCTYPE html>\n<html><body style=\"font-family: sans-serif\">\n%1\n</body></html>\n")
                     .arg(paragraphs.join(QLatin1Char('\n')));
    return r;
}

Result<MailTemplate> MailTemplateService::read(const Database& db, const QString& key)
{
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT key, name, subject, body, updated_at, row_version FROM mail_templates "
                             "WHERE key = ?"));
    q.addBindValue(key);
    if (Status s = exec(q); !s)
        return s.error();
    if (!q.next())
        return Error{ErrorCode::NotFound, tr("There is no email template \"%1\".").arg(key)};
    return MailTemplate{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString(), q.value(5).toInt()};
}

Result<std::vector<MailTemplate>> MailTemplateService::list() const
{
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral("SELECT key FROM mail_templates ORDER BY rowid"));
    if (Status s = exec(q); !s)
        return s.error();
    std::vector<MailTemplate> out;
    while (q.next()) {
        auto t = read(m_session.database(), q.value(0).toString());
        if (!t)
            return t.error();
        out.push_back(*t);
    }
    return out;
}

Result<MailTemplate> MailTemplateService::get(const QString& key) const
{
    return read(m_session.database(), key);
}

Status MailTemplateService::update(const MailTemplate& input)
{
    if (Status s = authorize(m_session, Operation::MailTemplateUpdate); !s)
        return s;
    MailTemplate t = input;
    t.subject = t.subject.trimmed();
    if (Status s = MimeMessage::checkHeaderText(tr("The subject of template \"%1\"").arg(t.name), t.subject); !s)
        return s;
    if (t.subject.isEmpty())
        return validationError(tr("The subject of template \"%1\" is empty.").arg(t.name));
    if (t.body.trimmed().isEmpty())
        return validationError(tr("The text of template \"%1\" is empty.").arg(t.name));
    const QStringList known = knownPlaceholders();
    for (const QString& used : placeholdersIn(t.subject + QLatin1Char('\n') + t.body)) {
        if (!known.contains(used))
            return validationError(
                tr("Template \"%1\" uses {%2}, which is not a placeholder. Known: %3.")
                    .arg(t.name, used, QLatin1Char('{') + known.join(QStringLiteral("}, {")) + QLatin1Char('}')));
    }
    const Database& db = m_session.database();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    auto before = read(db, t.key);
    if (!before)
        return before.error();
    if (before->rowVersion != t.rowVersion)
        return Error{ErrorCode::Conflict, tr("Template \"%1\" was changed by someone else at %2; reload it "
                                             "and make your change again.")
                                              .arg(before->name, before->updatedAt)};
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("UPDATE mail_templates SET subject = ?, body = ?, updated_at = ?, updated_by = ?, "
                             "row_version = row_version + 1 WHERE key = ? AND row_version = ?"));
    q.addBindValue(t.subject);
    q.addBindValue(t.body);
    q.addBindValue(nowUtc());
    q.addBindValue(m_session.user.id);
    q.addBindValue(t.key);
    q.addBindValue(t.rowVersion);
    if (Status s = exec(q); !s)
        return s;
    const QJsonObject details =
        jsonChanges({{QStringLiteral("subject"), before->subject}, {QStringLiteral("body"), before->body}},
                    {{QStringLiteral("subject"), t.subject}, {QStringLiteral("body"), t.body}});
    if (Status s =
            recordActivity(m_session, QStringLiteral("mail_template"), 0, std::nullopt, QStringLiteral("updated"),
                           QStringLiteral("Email template \"%1\" changed").arg(before->name), details);
        !s)
        return s;
    return tx.commit();
}

Result<RenderedMail> MailTemplateService::render(const QString& key, const QMap<QString, QString>& values) const
{
    auto t = get(key);
    if (!t)
        return t.error();
    auto settings = MailSettingsService::read(m_session.database());
    if (!settings)
        return settings.error();
    return fill(*t, values, settings->signature);
}

} // namespace agencydesk
