#include "PortalService.h"

#include "ActivityService.h"
#include "AgencyService.h"
#include "Database.h"
#include "InsuredService.h"
#include "MailTemplateService.h"
#include "OutboxService.h"
#include "PolicyService.h"
#include "Validation.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace agencydesk {

namespace {

const QString kAccountColumns = QStringLiteral("id, insured_id, user_name, email, status, created_at, updated_at, "
                                               "COALESCE(password_set_at, ''), COALESCE(last_sign_in_at, ''), "
                                               "row_version");

PortalStatus statusFromKey(const QString& key)
{
    if (key == QLatin1String("active"))
        return PortalStatus::Active;
    if (key == QLatin1String("locked"))
        return PortalStatus::Locked;
    return PortalStatus::Invited;
}

PortalAccount accountFromQuery(const QSqlQuery& q)
{
    PortalAccount a;
    a.id = q.value(0).toLongLong();
    a.insuredId = q.value(1).toLongLong();
    a.userName = q.value(2).toString();
    a.email = q.value(3).toString();
    a.status = statusFromKey(q.value(4).toString());
    a.createdAt = q.value(5).toString();
    a.updatedAt = q.value(6).toString();
    a.passwordSetAt = q.value(7).toString();
    a.lastSignInAt = q.value(8).toString();
    a.rowVersion = q.value(9).toInt();
    return a;
}

/// Lower case, punctuation dropped, spaces collapsed: "12 Main St., Suite 4" and "12 main st suite 4" compare equal.
QString comparable(const QString& text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber())
            out += c.toLower();
        else if (c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char('-') || c == QLatin1Char('/'))
            out += QLatin1Char(' ');
    }
    return out.simplified();
}

/// Letters and digits only, upper case: policy numbers and postal codes typed with or without spaces and dashes.
QString compact(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out += c.toUpper();
    }
    return out;
}

QVariant userIdOrNull(const Session& session)
{
    return session.user.id > 0 ? QVariant(session.user.id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

QString portalStatusKey(PortalStatus status)
{
    switch (status) {
    case PortalStatus::NotEnrolled:
        return QStringLiteral("not-enrolled");
    case PortalStatus::Invited:
        return QStringLiteral("invited");
    case PortalStatus::Active:
        return QStringLiteral("active");
    case PortalStatus::Locked:
        return QStringLiteral("locked");
    }
    return {};
}

QString portalStatusDisplayName(PortalStatus status)
{
    switch (status) {
    case PortalStatus::NotEnrolled:
        return QStringLiteral(QT_TRANSLATE_NOOP("PortalService", "Not enrolled"));
    case PortalStatus::Invited:
        return QStringLiteral(QT_TRANSLATE_NOOP("PortalService", "Invited"));
    case PortalStatus::Active:
        return QStringLiteral(QT_TRANSLATE_NOOP("PortalService", "Active"));
    case PortalStatus::Locked:
        return QStringLiteral(QT_TRANSLATE_NOOP("PortalService", "Locked"));
    }
    return {};
}

QString portalStatusDisplayNameTr(PortalStatus status)
{
    return QCoreApplication::translate("PortalService", portalStatusDisplayName(status).toUtf8().constData());
}

QJsonObject PortalAccount::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("insuredId"), insuredId},
            {QStringLiteral("userName"), userName},
            {QStringLiteral("email"), email},
            {QStringLiteral("status"), portalStatusKey(status)},
            {QStringLiteral("createdAt"), createdAt},
            {QStringLiteral("updatedAt"), updatedAt},
            {QStringLiteral("passwordSetAt"), passwordSetAt},
            {QStringLiteral("lastSignInAt"), lastSignInAt}};
}

QString PortalService::userNameProblem(const QString& userName)
{
    const QString name = userName.trimmed();
    if (name.isEmpty())
        return tr("Enter a user name.");
    // Clients try their email address first: say plainly that the user name is something else.
    if (name.contains(QLatin1Char('@')))
        return tr("\"%1\" looks like an email address. The user name is not the email address: choose a short name "
                  "without '@' (the email is entered separately).")
            .arg(name);
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._-]{3,40}$"));
    if (!allowed.match(name).hasMatch())
        return tr("The user name \"%1\" must be 3 to 40 letters (a to z), digits, dots, dashes or underscores.")
            .arg(name);
    return {};
}

QString PortalService::hashCode(const QString& code)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(code.trimmed().toLower().toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<std::optional<PortalAccount>> PortalService::account(qint64 insuredId) const
{
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral("SELECT %1 FROM portal_accounts WHERE insured_id = ?").arg(kAccountColumns));
    q.addBindValue(insuredId);
    if (Status s = exec(q); !s)
        return s.error();
    if (!q.next())
        return std::optional<PortalAccount>();
    return std::optional<PortalAccount>(accountFromQuery(q));
}

Result<PortalStatus> PortalService::status(qint64 insuredId) const
{
    auto insured = InsuredService(m_session).get(insuredId);
    if (!insured)
        return insured.error();
    auto a = account(insuredId);
    if (!a)
        return a.error();
    return a->has_value() ? (*a)->status : PortalStatus::NotEnrolled;
}

Result<PortalAccount> PortalService::requireAccount(qint64 insuredId) const
{
    auto insured = InsuredService(m_session).get(insuredId);
    if (!insured)
        return insured.error();
    auto a = account(insuredId);
    if (!a)
        return a.error();
    if (!a->has_value())
        return Error{ErrorCode::NotFound,
                     tr("%1 has no client portal account; enroll the client first.").arg(insured->name)};
    return **a;
}

Result<QString> PortalService::suggestUserName(qint64 insuredId) const
{
    auto insured = InsuredService(m_session).get(insuredId);
    if (!insured)
        return insured.error();
    static const QStringList suffixes = {QStringLiteral("llc"),  QStringLiteral("inc"),  QStringLiteral("ltd"),
                                         QStringLiteral("corp"), QStringLiteral("co"),   QStringLiteral("lp"),
                                         QStringLiteral("llp"),  QStringLiteral("pllc"), QStringLiteral("the")};
    QString base;
    for (const QString& word : comparable(insured->name).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QString ascii;
        for (const QChar c : word) {
            if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
                ascii += c;
        }
        if (!ascii.isEmpty() && !suffixes.contains(ascii) && base.size() < 20)
            base += ascii;
    }
    base = base.left(20);
    if (base.size() < 3)
        base = QStringLiteral("client%1").arg(insuredId);
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral("SELECT 1 FROM portal_accounts WHERE user_name = ? COLLATE NOCASE"));
    for (int n = 1;; ++n) {
        const QString candidate = n == 1 ? base : base + QString::number(n);
        q.addBindValue(candidate);
        if (Status s = exec(q); !s)
            return s.error();
        const bool taken = q.next();
        q.finish();
        if (!taken)
            return candidate;
    }
}

Status PortalService::checkIdentity(qint64 insuredId, const PortalIdentityCheck& identity) const
{
    auto insured = InsuredService(m_session).get(insuredId);
    if (!insured)
        return insured.error();
    QStringList missing;
    if (identity.address.trimmed().isEmpty())
        missing << tr("the address");
    if (identity.postalCode.trimmed().isEmpty())
        missing << tr("the postal code");
    if (identity.policyNumber.trimmed().isEmpty())
        missing << tr("a policy number");
    if (!missing.isEmpty())
        return validationError(tr("The identity check needs %1.").arg(missing.join(tr(", "))));

    QStringList mismatched;
    const QString address = comparable(identity.address);
    const QString line1 = comparable(insured->address1);
    const QString both = comparable(insured->address1 + QLatin1Char(' ') + insured->address2);
    if (line1.isEmpty() || (address != line1 && address != both))
        mismatched << tr("the address");
    if (insured->postalCode.isEmpty() || compact(identity.postalCode) != compact(insured->postalCode))
        mismatched << tr("the postal code");
    auto policies = PolicyService(m_session).forInsured(insuredId);
    if (!policies)
        return policies.error();
    bool policyFound = false;
    for (const Policy& p : *policies)
        policyFound = policyFound || compact(p.number) == compact(identity.policyNumber);
    if (!policyFound)
        mismatched << tr("the policy number");
    if (mismatched.isEmpty())
        return {};
    // Name what did not match, never what is on file: the answers come from the person on the phone.
    return validationError(tr("Identity check failed for %1: %2 did not match what is on file. Nothing was saved.")
                               .arg(insured->name, mismatched.join(tr(", "))));
}

Result<PortalNotice> PortalService::enroll(const PortalEnrollment& enrollment)
{
    if (Status s = authorize(m_session, Operation::InsuredUpdate); !s)
        return s.error();
    auto insured = InsuredService(m_session).get(enrollment.insuredId);
    if (!insured)
        return insured.error();
    const QString userName = enrollment.userName.trimmed();
    const QString email = enrollment.email.trimmed();
    if (const QString problem = userNameProblem(userName); !problem.isEmpty())
        return validationError(problem);
    if (email.isEmpty() || containsLineBreak(enrollment.email) || !isPlausibleEmail(email))
        return validationError(tr("\"%1\" is not an email address; the welcome email goes there.").arg(email));
    if (Status s = checkIdentity(enrollment.insuredId, enrollment.identity); !s)
        return s.error();

    const Database& db = m_session.database();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto existing = account(enrollment.insuredId);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error{ErrorCode::Conflict,
                     tr("%1 already has a client portal account (user name %2, %3).")
                         .arg(insured->name, (*existing)->userName, portalStatusDisplayNameTr((*existing)->status))};
    QSqlQuery taken = db.query();
    taken.prepare(QStringLiteral("SELECT 1 FROM portal_accounts WHERE user_name = ? COLLATE NOCASE"));
    taken.addBindValue(userName);
    if (Status s = exec(taken); !s)
        return s.error();
    if (taken.next())
        return Error{ErrorCode::Conflict,
                     tr("The user name \"%1\" is already taken by another client; choose another.").arg(userName)};

    const QString now = nowUtc();
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("INSERT INTO portal_accounts(insured_id, user_name, email, status, created_at, "
                             "updated_at, updated_by) VALUES (?, ?, ?, 'invited', ?, ?, ?)"));
    for (const QVariant& v : QVariantList{enrollment.insuredId, userName, email, now, now, userIdOrNull(m_session)})
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s.error();
    PortalAccount created;
    created.id = q.lastInsertId().toLongLong();
    created.insuredId = enrollment.insuredId;
    created.userName = userName;
    created.email = email;
    // The insured row's portal columns (shown in the Insureds list) follow the account; its row version moves so a
    // form opened before the enrollment cannot write the old values back.
    QSqlQuery sync = db.query();
    sync.prepare(QStringLiteral("UPDATE insureds SET portal_enrolled = 1, portal_user_name = ?, updated_at = ?, "
                                "updated_by = ?, row_version = row_version + 1 WHERE id = ?"));
    for (const QVariant& v : QVariantList{userName, now, userIdOrNull(m_session), enrollment.insuredId})
        sync.addBindValue(v);
    if (Status s = exec(sync); !s)
        return s.error();
    auto emailId = issueCode(created, QStringLiteral("welcome"));
    if (!emailId)
        return emailId.error();
    if (Status s = recordActivity(
            m_session, QStringLiteral("portal_account"), created.id, enrollment.insuredId, QStringLiteral("enrolled"),
            QStringLiteral("Client portal account %1 enrolled; welcome email queued to %2").arg(userName, email),
            QJsonObject{{QStringLiteral("userName"), userName},
                        {QStringLiteral("email"), email},
                        {QStringLiteral("identityChecked"), true}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return PortalNotice{created.id, *emailId};
}

Result<qint64> PortalService::issueCode(const PortalAccount& account, const QString& templateKey)
{
    const Database& db = m_session.database();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery revoke = db.query();
    revoke.prepare(QStringLiteral("UPDATE portal_tokens SET revoked_at = ? WHERE account_id = ? AND used_at IS NULL "
                                  "AND revoked_at IS NULL"));
    revoke.addBindValue(now.toString(Qt::ISODateWithMs));
    revoke.addBindValue(account.id);
    if (Status s = exec(revoke); !s)
        return s.error();

    // 128 bits from the operating system's generator; only the SHA-256 of the code is stored.
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    const QString code = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(words), sizeof(words)).toHex()); // 32 hex characters
    const QDateTime expires = now.addSecs(qint64(kTokenLifetimeHours) * 3600);
    QSqlQuery insert = db.query();
    insert.prepare(QStringLiteral("INSERT INTO portal_tokens(account_id, code_hash, purpose, created_at, expires_at) "
                                  "VALUES (?, ?, ?, ?, ?)"));
    for (const QVariant& v : QVariantList{account.id, hashCode(code), templateKey, now.toString(Qt::ISODateWithMs),
                                          expires.toString(Qt::ISODateWithMs)})
        insert.addBindValue(v);
    if (Status s = exec(insert); !s)
        return s.error();

    auto insured = InsuredService(m_session).get(account.insuredId);
    if (!insured)
        return insured.error();
    auto agency = AgencyService(m_session).profile();
    if (!agency)
        return agency.error();
    QSqlQuery url = db.query();
    url.prepare(QStringLiteral("SELECT value FROM settings WHERE key = 'portal.url'"));
    if (Status s = exec(url); !s)
        return s.error();
    const QString portalUrl = url.next() ? url.value(0).toString().trimmed() : QString();
    const QString link = portalUrl.isEmpty() ? QStringLiteral("the client portal (sign in with your user name)")
                                             : portalUrl + QStringLiteral("/set-password?code=") + code;
    auto rendered = MailTemplateService(m_session).render(
        templateKey, {{QStringLiteral("insured.name"), insured->name},
                      {QStringLiteral("portal.username"), account.userName},
                      {QStringLiteral("code"), code},
                      {QStringLiteral("link"), link},
                      {QStringLiteral("expires"), expires.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))},
                      {QStringLiteral("agency.name"), agency->name},
                      {QStringLiteral("agency.phone"), agency->phone},
                      {QStringLiteral("agency.email"), agency->email}});
    if (!rendered)
        return rendered.error();
    OutgoingMail mail;
    mail.kind = templateKey;
    mail.to = {account.email};
    mail.subject = rendered->subject;
    mail.textBody = rendered->textBody;
    mail.htmlBody = rendered->htmlBody;
    mail.insuredId = account.insuredId;
    // No agency Bcc on a code email: the copy would carry a live set-password code to a shared mailbox, where
    // anyone reading it could take over the client's account. The outbox row and the activity trail record it.
    mail.clientFacing = false;
    return OutboxService(m_session).enqueueInTransaction(mail);
}

Status PortalService::updateAccount(const PortalAccount& before, const QString& setSql, const QVariantList& binds)
{
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral("UPDATE portal_accounts SET %1, updated_at = ?, updated_by = ?, "
                             "row_version = row_version + 1 WHERE id = ? AND row_version = ?")
                  .arg(setSql));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    for (const QVariant& v : QVariantList{nowUtc(), userIdOrNull(m_session), before.id, before.rowVersion})
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error{ErrorCode::Conflict,
                     tr("The portal account %1 was changed meanwhile; try again.").arg(before.userName)};
    return {};
}

Status PortalService::changeEmail(qint64 insuredId, const QString& email)
{
    if (Status s = authorize(m_session, Operation::InsuredUpdate); !s)
        return s;
    const QString address = email.trimmed();
    if (address.isEmpty() || containsLineBreak(email) || !isPlausibleEmail(address))
        return validationError(tr("\"%1\" is not an email address.").arg(address));
    Transaction tx(m_session.database());
    if (Status s = tx.begin(); !s)
        return s;
    auto a = requireAccount(insuredId);
    if (!a)
        return a.error();
    if (a->email == address)
        return {};
    if (Status s = updateAccount(*a, QStringLiteral("email = ?"), {address}); !s)
        return s;
    // A code already emailed went to the old address, which may be the wrong person's: it stops working.
    QSqlQuery revoke = m_session.database().query();
    revoke.prepare(QStringLiteral("UPDATE portal_tokens SET revoked_at = ? WHERE account_id = ? AND used_at IS NULL "
                                  "AND revoked_at IS NULL"));
    revoke.addBindValue(nowUtc());
    revoke.addBindValue(a->id);
    if (Status s = exec(revoke); !s)
        return s;
    if (Status s = recordActivity(
            m_session, QStringLiteral("portal_account"), a->id, insuredId, QStringLiteral("email changed"),
            QStringLiteral("Client portal account %1: email changed to %2").arg(a->userName, address),
            jsonChanges({{QStringLiteral("email"), a->email}}, {{QStringLiteral("email"), address}}));
        !s)
        return s;
    return tx.commit();
}

Result<PortalNotice> PortalService::resetAndNotify(qint64 insuredId)
{
    if (Status s = authorize(m_session, Operation::InsuredUpdate); !s)
        return s.error();
    Transaction tx(m_session.database());
    if (Status s = tx.begin(); !s)
        return s.error();
    auto a = requireAccount(insuredId);
    if (!a)
        return a.error();
    if (a->status == PortalStatus::Locked)
        return validationError(
            tr("The portal account %1 is locked; unlock it before sending a reset.").arg(a->userName));
    auto emailId = issueCode(*a, QStringLiteral("password_reset"));
    if (!emailId)
        return emailId.error();
    if (Status s =
            recordActivity(m_session, QStringLiteral("portal_account"), a->id, insuredId, QStringLiteral("reset"),
                           QStringLiteral("Client portal account %1: password reset emailed to %2; earlier "
                                          "codes no longer work")
                               .arg(a->userName, a->email));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return PortalNotice{a->id, *emailId};
}

Status PortalService::setLocked(qint64 insuredId, bool locked)
{
    if (Status s = authorize(m_session, Operation::InsuredUpdate); !s)
        return s;
    Transaction tx(m_session.database());
    if (Status s = tx.begin(); !s)
        return s;
    auto a = requireAccount(insuredId);
    if (!a)
        return a.error();
    if ((a->status == PortalStatus::Locked) == locked)
        return {};
    const QString set = locked ? QStringLiteral("status = 'locked'")
                               : QStringLiteral("status = CASE WHEN password_hash IS NULL THEN 'invited' "
                                                "ELSE 'active' END, failed_sign_ins = 0");
    if (Status s = updateAccount(*a, set, {}); !s)
        return s;
    if (Status s = recordActivity(m_session, QStringLiteral("portal_account"), a->id, insuredId,
                                  locked ? QStringLiteral("locked") : QStringLiteral("unlocked"),
                                  (locked ? QStringLiteral("Client portal account %1 locked")
                                          : QStringLiteral("Client portal account %1 unlocked"))
                                      .arg(a->userName));
        !s)
        return s;
    return tx.commit();
}

} // namespace agencydesk
