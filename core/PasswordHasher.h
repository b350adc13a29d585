#pragma once

#include <QCoreApplication>
#include <QString>

namespace agencydesk {

/// Salted slow hashes: PBKDF2-HMAC-SHA256, 600,000 iterations (OWASP 2023), stored as
/// "pbkdf2-sha256$ITERATIONS$SALT$HASH" (base64) so the count can rise later without a migration.
class PasswordHasher
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)

public:
    static constexpr int kIterations = 600'000;

    static QString hash(const QString& password);
    static bool verify(const QString& password, const QString& stored);
    /// At least 8 characters; returns the problem or an empty string.
    static QString weakness(const QString& password);
};

} // namespace agencydesk
