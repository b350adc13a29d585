#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace agencydesk {

class Database;

/// Where the SMTP password lives: the operating system's keychain (KeychainSecretStore) when the computer has one,
/// otherwise the fallback below, which keeps the password in the database's settings table, base64-encoded: that is
/// obfuscation, NOT security (anyone who can read the database file can read the password), and the mail settings
/// dialog says so.
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    virtual QString description() const = 0; ///< one line for the settings dialog
    virtual bool isSecure() const = 0;
    virtual Result<QString> read(const Database& db, const QString& key) const = 0;
    /// An empty \a value removes the secret. Runs inside the caller's transaction when it writes to \a db.
    virtual Status write(const Database& db, const QString& key, const QString& value) = 0;
};

/// The fallback: the settings table, base64 (not encrypted).
class DatabaseSecretStore : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseSecretStore)

public:
    QString description() const override;
    bool isSecure() const override { return false; }
    Result<QString> read(const Database& db, const QString& key) const override;
    Status write(const Database& db, const QString& key, const QString& value) override;
};

/// The store the application uses (the fallback unless a keychain store was installed at start-up).
SecretStore& secretStore();
void setSecretStore(std::unique_ptr<SecretStore> store);
/// The applications call this at start-up, on the main thread: the system keychain becomes the store when it
/// answers (KeychainSecretStore::probe); returns whether it did. Tests that do not call it use the fallback.
bool useSystemKeychain();

} // namespace agencydesk
