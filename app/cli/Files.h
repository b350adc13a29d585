#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace agencydesk::cli {

/// \a path with the platform's separators, as messages show it.
QString native(const QString& path);

/// Why \a path cannot be written (its folder is missing or read-only), or empty when it looks writable.
QString unwritableReason(const QString& path);

/// Writes \a bytes to \a path atomically; the error text when it fails.
QString writeFile(const QString& path, const QByteArray& bytes);

/// The first \a maxBytes of \a path (one more than a caller's limit lets it say "too large"); the error
/// names the file: not found, a folder, or unreadable.
Result<QByteArray> readFile(const QString& path, qint64 maxBytes);

} // namespace agencydesk::cli
