#include "CatchCompat.h"
#include "DownloadBatchImporter.h"
#include "DownloadFolderWatcher.h"
#include "DownloadTestData.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace agencydesk;
using namespace agencydesk::test;

namespace {

qint64 policyCount(const TestDatabase& t, const char* number)
{
    QSqlQuery q = t.db->query();
    q.prepare(QStringLiteral("SELECT count(*) FROM policies WHERE number = ?"));
    q.addBindValue(QLatin1String(number));
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

/// Waits for the watcher's next batch (the settle timer, then the import thread).
DownloadImportSummary nextBatch(DownloadFolderWatcher& watcher)
{
    QSignalSpy spy(&watcher, &DownloadFolderWatcher::imported);
    REQUIRE(spy.wait(20000));
    const auto summary = spy.takeFirst().at(0).value<DownloadImportSummary>();
    INFO(summary.toText().toStdString());
    return summary;
}

} // namespace

TEST_CASE("Watched folder: a download saved there is imported once it stops changing, then moved to Imported")
{
    TestDatabase t;
    QTemporaryDir folder;
    DownloadFolderWatcher watcher(t.manager);
    REQUIRE(watcher.setFolder(folder.path()).ok());

    const QString file = QDir(folder.path()).filePath(QStringLiteral("keystone-0412.xml"));
    writeFile(file, readSample("acord-commercial-new.xml"));
    // The first look only notes the file's size and time: the download software may still be writing it.
    watcher.scan();
    CHECK(policyCount(t, "GL-4410021") == 0);
    CHECK(QFile::exists(file));

    const DownloadImportSummary summary = nextBatch(watcher);
    CHECK(summary.failed() == 0);
    CHECK(summary.count(&DownloadFileOutcome::unattached) == 6);
    CHECK(policyCount(t, "GL-4410021") == 1);
    CHECK_FALSE(QFile::exists(file));
    CHECK(QFile::exists(QDir(folder.path()).filePath(QStringLiteral("Imported/keystone-0412.xml"))));

    // The same name again tomorrow does not overwrite the first one; the same download changes nothing.
    writeFile(file, readSample("acord-commercial-new.xml"));
    const DownloadImportSummary again = nextBatch(watcher);
    CHECK(again.count(&DownloadFileOutcome::unchanged) == 6);
    CHECK(policyCount(t, "GL-4410021") == 1);
    CHECK(QFile::exists(QDir(folder.path()).filePath(QStringLiteral("Imported/keystone-0412 (2).xml"))));
}

TEST_CASE("Watched folder: a file the import refuses goes to Failed with a note saying why, other files import")
{
    TestDatabase t;
    QTemporaryDir folder;
    const QDir dir(folder.path());
    writeFile(dir.filePath(QStringLiteral("broken.al3")), QByteArrayLiteral("1MHG999001 not an AL3 file at all\n"));
    writeFile(dir.filePath(QStringLiteral("csio.xml")), readSample("csio-commercial.xml"));
    writeFile(dir.filePath(QStringLiteral("notes.pdf")), QByteArrayLiteral("%PDF-1.4 not a download"));

    DownloadFolderWatcher watcher(t.manager);
    REQUIRE(watcher.setFolder(folder.path()).ok()); // what is already there is looked at too
    const DownloadImportSummary summary = nextBatch(watcher);
    CHECK(summary.failed() == 1);
    CHECK(policyCount(t, "BC-CGL-20931") == 1);
    CHECK(QFile::exists(dir.filePath(QStringLiteral("Imported/csio.xml"))));
    CHECK(QFile::exists(dir.filePath(QStringLiteral("Failed/broken.al3"))));
    QFile reason(dir.filePath(QStringLiteral("Failed/broken.al3.error.txt")));
    REQUIRE(reason.open(QIODevice::ReadOnly));
    const QString why = QString::fromUtf8(reason.readAll());
    CHECK(why.contains(QLatin1String("broken.al3")));
    CHECK(why.contains(QLatin1String("line 1")));
    CHECK(QFile::exists(dir.filePath(QStringLiteral("notes.pdf")))); // not a download: left alone
}

TEST_CASE("Watched folder: refused for a view-only user and for a path that is not a folder")
{
    TestDatabase t;
    QTemporaryDir folder;
    DownloadFolderWatcher viewer(t.as(Role::PayrollAdvisor));
    const Status refused = viewer.setFolder(folder.path());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Permission);
    CHECK_FALSE(viewer.isWatching());

    DownloadFolderWatcher watcher(t.manager);
    const QString file = QDir(folder.path()).filePath(QStringLiteral("a.xml"));
    writeFile(file, "x");
    const Status notFolder = watcher.setFolder(file);
    REQUIRE_FALSE(notFolder.ok());
    CHECK(notFolder.error().message.contains(QDir::toNativeSeparators(file) + QStringLiteral(" is not a folder")));
    CHECK(watcher.setFolder(folder.path()).ok());
    CHECK(watcher.setFolder(QString()).ok());
    CHECK_FALSE(watcher.isWatching());
}
