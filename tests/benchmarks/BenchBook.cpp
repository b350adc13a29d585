#include "BenchBook.h"

#include "BenchSystem.h"
#include "BookGenerator.h"
#include "Database.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

namespace agencydesk::bench {

namespace {

/// --database names a file that holds the wanted book: returns its path; otherwise empty (generate instead).
QString reusableBook(const QString& wanted, int insureds)
{
    QString path;
    double ms = 0;
    if (std::shared_ptr<Database> probe = openBook(wanted, &ms)) {
        const int have = scalar(*probe, QStringLiteral("SELECT count(*) FROM insureds")).toInt();
        if (have == insureds) {
            path = wanted;
        } else {
            note(QStringLiteral("%1 holds %2 insureds, not %3; generating a new book in a temporary folder.")
                     .arg(wanted)
                     .arg(have)
                     .arg(insureds));
        }
    }
    errors().clear(); // a file we cannot use is a reason to generate, not a failure
    return path;
}

} // namespace

std::shared_ptr<Database> openBook(const QString& path, double* openMs)
{
    QElapsedTimer t;
    t.start();
    OpenOptions options;
    options.create = false;
    Result<std::shared_ptr<Database>> db = Database::open(path, options);
    *openMs = msSince(t);
    if (!db) {
        fail(QStringLiteral("Database::open failed: %1").arg(db.error().message));
        return {};
    }
    return *db;
}

std::optional<Book> prepareBook(const Options& options, QTemporaryDir& tempDir)
{
    Book book;
    if (options.databaseSet) {
        const QString wanted = QFileInfo(options.database).absoluteFilePath();
        if (QFileInfo::exists(wanted)) {
            book.path = reusableBook(wanted, options.insureds);
            book.reused = !book.path.isEmpty();
        } else {
            book.path = wanted;
        }
    }
    if (book.path.isEmpty()) {
        if (!tempDir.isValid()) {
            fail(QStringLiteral("cannot create a temporary folder"));
            return std::nullopt;
        }
        tempDir.setAutoRemove(!options.keep);
        book.path = tempDir.filePath(QStringLiteral("agencydesk-bench.agencydesk"));
    }

    book.generation.insert(QStringLiteral("path"), book.path);
    book.generation.insert(QStringLiteral("reused"), book.reused);
    if (!book.reused) {
        note(QStringLiteral("Generating %1 insureds into %2 ...").arg(options.insureds).arg(book.path));
        const QJsonObject child = BookGenerator::generateInChild(book.path, options.insureds);
        if (child.isEmpty())
            return std::nullopt;
        for (auto it = child.begin(); it != child.end(); ++it)
            book.generation.insert(it.key(), it.value());
    }
    book.generation.insert(QStringLiteral("fileBytesAtBenchmark"),
                           fileSize(book.path) + fileSize(book.path + QStringLiteral("-wal")));
    return book;
}
} // namespace agencydesk::bench
