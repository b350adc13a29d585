#include "SecretStore.h"

#include "Database.h"
#include "KeychainSecretStore.h"

namespace agencydesk {

namespace {

std::unique_ptr<SecretStore>& storeSlot()
{
    static std::unique_ptr<SecretStore> store = std::make_unique<DatabaseSecretStore>();
    return store;
}

QString settingKey(const QString& key)
{
    return QStringLiteral("secret.%1").arg(key);
}

} // namespace

QString DatabaseSecretStore::description() const
{
    return tr("No system keychain was found on this computer: the password is kept in the database file, only "
              "obfuscated (NOT encrypted). Anyone who can read the database file can read it.");
}

Result<QString> DatabaseSecretStore::read(const Database& db, const QString& key) const
{
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(settingKey(key));
    if (Status s = exec(q); !s)
        return s.error();
    if (!q.next())
        return QString();
    return QString::fromUtf8(QByteArray::fromBase64(q.value(0).toString().toLatin1()));
}

Status DatabaseSecretStore::write(const Database& db, const QString& key, const QString& value)
{
    QSqlQuery q = db.query();
    if (value.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
        q.addBindValue(settingKey(key));
        return exec(q);
    }
    q.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(settingKey(key));
    q.addBindValue(QString::fromLatin1(value.toUtf8().toBase64()));
    return exec(q);
}

SecretStore& secretStore()
{
    return *storeSlot();
}

void setSecretStore(std::unique_ptr<SecretStore> store)
{
    if (store)
        storeSlot() = std::move(store);
}

bool useSystemKeychain()
{
    auto keychain = KeychainSecretStore::probe();
    if (!keychain)
        return false;
    setSecretStore(std::move(keychain));
    return true;
}

} // namespace agencydesk
