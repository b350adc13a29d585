#include "PortalClientService.h"

#include "ActivityService.h"
#include "Database.h"
#include "PasswordHasher.h"
#include "PortalService.h"

#include <QSqlQuery>
#include <QVariant>

namespace agencydesk {

namespace {

/// The client acting on the portal: activity rows name the portal user, never an agency user.
Session clientSession(const Session& session, const QString& userName)
{
    Session s;
    s.db = session.db;
    s.user.userName = QStringLiteral("portal:") + userName;
    s.user.fullName = userName;
    s.user.role = Role::PayrollAdvisor;
    return s;
}

} // namespace

Status PortalClientService::setPasswordWithCode(const QString& userName, const QString& code, const QString& password,
                                                const QDateTime& now)
{
    const Database& db = m_session.database();
    const Error refused{ErrorCode::Auth, tr("This code does not work: it is wrong, was already used, was replaced by "
                                            "a newer one or has expired. Ask the agency for a new one.")};
    if (const QString weak = PasswordHasher::weakness(password); !weak.isEmpty())
        return validationError(weak);
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT a.id, a.insured_id, a.user_name, a.status, t.id, t.expires_at "
                             "FROM portal_accounts a JOIN portal_tokens t ON t.account_id = a.id "
                             "WHERE a.user_name = ? COLLATE NOCASE AND t.code_hash = ? "
                             "AND t.used_at IS NULL AND t.revoked_at IS NULL"));
    q.addBindValue(userName.trimmed());
    q.addBindValue(PortalService::hashCode(code));
    if (Status s = exec(q); !s)
        return s;
    if (!q.next())
        return refused;
    const qint64 accountId = q.value(0).toLongLong();
    const qint64 insuredId = q.value(1).toLongLong();
    const QString storedName = q.value(2).toString();
    const bool locked = q.value(3).toString() == QLatin1String("locked");
    const qint64 tokenId = q.value(4).toLongLong();
    const QDateTime expires = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    q.finish();
    if (!expires.isValid() || now.toUTC() >= expires)
        return refused;
    if (locked)
        return Error{ErrorCode::Locked, tr("This portal account is locked; call the agency.")};
    const QString at = now.toUTC().toString(Qt::ISODateWithMs);
    QSqlQuery use = db.query();
    use.prepare(QStringLiteral("UPDATE portal_tokens SET used_at = ? WHERE id = ? AND used_at IS NULL"));
    use.addBindValue(at);
    use.addBindValue(tokenId);
    if (Status s = exec(use); !s)
        return s;
    QSqlQuery set = db.query();
    set.prepare(QStringLiteral("UPDATE portal_accounts SET password_hash = ?, password_set_at = ?, status = 'active', "
                               "failed_sign_ins = 0, updated_at = ?, row_version = row_version + 1 WHERE id = ?"));
    for (const QVariant& v : QVariantList{PasswordHasher::hash(password), at, at, accountId})
        set.addBindValue(v);
    if (Status s = exec(set); !s)
        return s;
    if (Status s =
            recordActivity(clientSession(m_session, storedName), QStringLiteral("portal_account"), accountId, insuredId,
                           QStringLiteral("password set"),
                           QStringLiteral("Client portal account %1: the client set a password").arg(storedName));
        !s)
        return s;
    return tx.commit();
}

Result<qint64> PortalClientService::signIn(const QString& userName, const QString& password, const QDateTime& now)
{
    const Database& db = m_session.database();
    const Error refused{ErrorCode::Auth, tr("Wrong user name or password.")};
    const Error locked{ErrorCode::Locked, tr("This portal account is locked; call the agency.")};
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT id, insured_id, user_name, status, COALESCE(password_hash, ''), failed_sign_ins "
                             "FROM portal_accounts WHERE user_name = ? COLLATE NOCASE"));
    q.addBindValue(userName.trimmed());
    if (Status s = exec(q); !s)
        return s.error();
    if (!q.next())
        return refused; // an unknown user name locks nothing
    const qint64 accountId = q.value(0).toLongLong();
    const qint64 insuredId = q.value(1).toLongLong();
    const QString storedName = q.value(2).toString();
    const bool wasLocked = q.value(3).toString() == QLatin1String("locked");
    const QString hash = q.value(4).toString();
    const int failed = q.value(5).toInt() + 1;
    q.finish();
    const QString at = now.toUTC().toString(Qt::ISODateWithMs);
    if (hash.isEmpty() || !PasswordHasher::verify(password, hash)) {
        const bool lockNow = !wasLocked && failed >= kMaxFailedSignIns;
        QSqlQuery count = db.query();
        // The count alone does not touch row_version: a stranger's guesses must not make the agency's edits stale.
        count.prepare(lockNow ? QStringLiteral("UPDATE portal_accounts SET failed_sign_ins = ?, status = 'locked', "
                                               "updated_at = ?, row_version = row_version + 1 WHERE id = ?")
                              : QStringLiteral("UPDATE portal_accounts SET failed_sign_ins = ? WHERE id = ?"));
        count.addBindValue(failed);
        if (lockNow)
            count.addBindValue(at);
        count.addBindValue(accountId);
        if (Status s = exec(count); !s)
            return s.error();
        if (lockNow) {
            if (Status s = recordActivity(clientSession(m_session, storedName), QStringLiteral("portal_account"),
                                          accountId, insuredId, QStringLiteral("locked"),
                                          QStringLiteral("Client portal account %1 locked after %2 failed sign-ins")
                                              .arg(storedName)
                                              .arg(failed));
                !s)
                return s.error();
        }
        if (Status s = tx.commit(); !s)
            return s.error();
        if (lockNow)
            return Error{ErrorCode::Locked,
                         tr("Wrong user name or password. After %1 failed sign-ins the account is locked; call the "
                            "agency.")
                             .arg(kMaxFailedSignIns)};
        return refused;
    }
    if (wasLocked)
        return locked;
    QSqlQuery seen = db.query();
    seen.prepare(QStringLiteral("UPDATE portal_accounts SET last_sign_in_at = ?, failed_sign_ins = 0 WHERE id = ?"));
    seen.addBindValue(at);
    seen.addBindValue(accountId);
    if (Status s = exec(seen); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return insuredId;
}

} // namespace agencydesk
