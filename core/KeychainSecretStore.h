#pragma once

#include "SecretStore.h"

#include <QHash>
#include <QMutex>

#include <memory>

namespace agencydesk {

/// Secrets in the operating system's keychain through QtKeychain: the Credential Manager on Windows, the Keychain on
/// macOS, the Secret Service (GNOME Keyring, KWallet) on Linux. An entry is filed under the service "AgencyDesk" and
/// "<database.id>/<key>", so two databases never share a password. A keychain belongs to one computer and user: on a
/// shared database each computer that sends mail needs the password entered there once. A password an older build
/// kept in the database (the fallback) is still read, and is removed from the database when the password is saved.
class KeychainSecretStore : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)

public:
    /// The store, or null when this computer has no working keychain. Asks the keychain once, for at most
    /// \a timeoutMs; call it on the main thread (QtKeychain's job queue lives in the thread that first uses it).
    static std::unique_ptr<KeychainSecretStore> probe(int timeoutMs = 5000);

    QString description() const override;
    bool isSecure() const override { return true; }
    Result<QString> read(const Database& db, const QString& key) const override;
    Status write(const Database& db, const QString& key, const QString& value) override;

    static QString serviceName() { return QStringLiteral("AgencyDesk"); }
    /// The keychain entry's name for \a key in \a db: "<database.id>/<key>".
    static Result<QString> entryName(const Database& db, const QString& key);

private:
    KeychainSecretStore() = default;
    // The outbox sender reads the password for every batch: the keychain is asked once per entry.
    mutable QMutex m_mutex;
    mutable QHash<QString, QString> m_cache;
};

} // namespace agencydesk
