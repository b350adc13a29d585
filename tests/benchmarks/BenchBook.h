#pragma once

// The book of business the book, downloads and documents runs measure: reused (--database) or generated.

#include "BenchOptions.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

class QTemporaryDir;

namespace agencydesk {
class Database;
}

namespace agencydesk::bench {

struct Book
{
    QString path;
    bool reused = false;
    QJsonObject generation; ///< the report's "generation" section
};

/// Opens an existing book (never creates one) and times Database::open; null (after fail()) when it cannot.
std::shared_ptr<Database> openBook(const QString& path, double* openMs);

/// Reuses --database when it fits, or generates the book there or in tempDir (which the caller keeps alive,
/// since it removes the book when it goes). nullopt when generating failed.
std::optional<Book> prepareBook(const Options& options, QTemporaryDir& tempDir);

} // namespace agencydesk::bench
