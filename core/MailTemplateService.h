#pragma once

#include "Result.h"
#include "Session.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

namespace agencydesk {

class Database;

/// An email template a manager edits: subject and text body with {placeholders}.
struct MailTemplate
{
    QString key; ///< welcome, password_reset, documents_shared, certificate_issued_holder, ...
    QString name;
    QString subject;
    QString body;
    QString updatedAt;
    int rowVersion = 0;
};

/// A template with its placeholders filled: the subject (one line), the text body and its HTML alternative.
struct RenderedMail
{
    QString subject;
    QString textBody;
    QString htmlBody;
};

class MailTemplateService
{
    Q_DECLARE_TR_FUNCTIONS(MailTemplateService)

public:
    explicit MailTemplateService(const Session& session) : m_session(session) {}

    Result<std::vector<MailTemplate>> list() const;
    Result<MailTemplate> get(const QString& key) const;
    /// Saves a template (manager only; row version checked). Unknown placeholders are refused by name.
    Status update(const MailTemplate& mailTemplate);
    /// The template \a key filled with \a values and the mail settings' signature.
    Result<RenderedMail> render(const QString& key, const QMap<QString, QString>& values) const;

    static Result<MailTemplate> read(const Database& db, const QString& key);
    /// Fills {name} placeholders: in the subject, values are flattened to one line (a value can never add a header);
    /// the HTML alternative escapes every value. A placeholder without a value is left visible as {name}.
    static RenderedMail fill(const MailTemplate& mailTemplate, const QMap<QString, QString>& values,
                             const QString& signature);
    /// Every placeholder a template may use.
    static QStringList knownPlaceholders();
    /// The placeholders used in \a text, in order of first use.
    static QStringList placeholdersIn(const QString& text);
    /// Sample values for previews.
    static QMap<QString, QString> sampleValues();

private:
    const Session& m_session;
};

} // namespace agencydesk
