#include "CatchCompat.h"
#include "DownloadReader.h"
#include "DownloadTestData.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace agencydesk;
using namespace agencydesk::test;

namespace {

/// Writes a zip with Python's zipfile (a second, independent zip writer): entries as name -> file or bytes.
void makeZip(const QString& zipPath, const QString& script)
{
    const ProcessResult r = runProcess(QStringLiteral("/usr/bin/python3"),
                                       {QStringLiteral("-c"),
                                        QStringLiteral("import zipfile, sys\nz = zipfile.ZipFile(sys.argv[1], 'w', "
                                                       "zipfile.ZIP_DEFLATED)\n") +
                                            script + QStringLiteral("\nz.close()\n"),
                                        zipPath, QStringLiteral(AGENCYDESK_SOURCE_DIR "/tests/data/downloads")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

} // namespace

TEST_CASE("Folders and zips expand into their download files, in a stable order")
{
    QTemporaryDir dir;
    const QString zip = dir.filePath(QStringLiteral("batch.zip"));
    makeZip(zip, QStringLiteral("z.write(sys.argv[2] + '/al3-new.al3', 'carrier/al3-new.al3')\n"
                                "z.write(sys.argv[2] + '/acord-renewal.xml', 'acord-renewal.xml')\n"
                                "z.writestr('carrier/', '')"));
    std::vector<DownloadSource> sources;
    std::vector<DownloadError> errors;
    DownloadFiles::collect({zip, downloadSample("acord-cancel.xml")}, sources, errors);
    CHECK(errors.empty());
    REQUIRE(sources.size() == 3);
    CHECK(sources[0].name == zip + QStringLiteral(":carrier/al3-new.al3"));
    CHECK(sources[1].entry == QLatin1String("acord-renewal.xml"));
    CHECK(sources[2].entry.isEmpty());
    const DownloadParse al3 = DownloadFiles::parse(sources[0]);
    REQUIRE(al3.ok());
    CHECK(al3.policies.size() == 7);
    CHECK(al3.policies[0].sourceFile == sources[0].name);

    // A folder: every download-looking file below it, sorted; other files are left alone.
    QDir(dir.path()).mkpath(QStringLiteral("inbox/sub"));
    QFile::copy(downloadSample("acord-change.xml"), dir.filePath(QStringLiteral("inbox/sub/b.xml")));
    QFile::copy(downloadSample("al3-transactions.al3"), dir.filePath(QStringLiteral("inbox/a.al3")));
    QFile::copy(downloadSample("acord-change.xml"), dir.filePath(QStringLiteral("inbox/notes.pdf")));
    sources.clear();
    DownloadFiles::collect({dir.filePath(QStringLiteral("inbox"))}, sources, errors);
    REQUIRE(sources.size() == 2);
    CHECK(sources[0].path.endsWith(QLatin1String("inbox/a.al3")));
    CHECK(sources[1].path.endsWith(QLatin1String("inbox/sub/b.xml")));
}

TEST_CASE("A zip whose entry climbs out of its folder is refused whole")
{
    QTemporaryDir dir;
    for (const char* evil : {"../escape.xml", "/etc/escape.xml", "ok/../../escape.xml"}) {
        INFO(evil);
        const QString zip = dir.filePath(QStringLiteral("evil.zip"));
        QFile::remove(zip);
        makeZip(zip, QStringLiteral("z.write(sys.argv[2] + '/acord-renewal.xml', 'good.xml')\n"
                                    "z.writestr(zipfile.ZipInfo('%1'), open(sys.argv[2] + '/acord-change.xml').read())")
                         .arg(QLatin1String(evil)));
        std::vector<DownloadSource> sources;
        std::vector<DownloadError> errors;
        DownloadFiles::collect({zip}, sources, errors);
        CHECK(sources.empty()); // not even the harmless entry
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].file == zip);
        CHECK(errors[0].reason.contains(QLatin1String("leaves the archive's folder")));
    }
}

TEST_CASE("A zip bomb is refused by its compression ratio without unpacking it")
{
    QTemporaryDir dir;
    const QString zip = dir.filePath(QStringLiteral("bomb.zip"));
    // 30 MB of zeros (under the 32 MB size limit, so only the ratio can catch it) packs to about 30 KB: a
    // small, high-ratio zip made here rather than stored.
    makeZip(zip, QStringLiteral("z.writestr('policies.al3', b'0' * (30 * 1024 * 1024))"));
    CHECK(QFileInfo(zip).size() < 1024 * 1024);
    std::vector<DownloadSource> sources;
    std::vector<DownloadError> errors;
    DownloadFiles::collect({zip}, sources, errors);
    REQUIRE(sources.size() == 1);
    const DownloadParse parse = DownloadFiles::parse(sources[0]);
    REQUIRE_FALSE(parse.ok());
    CHECK(parse.error->file == zip + QStringLiteral(":policies.al3"));
    CHECK(parse.error->reason == QStringLiteral("the entry is compressed more than 200:1; refused as a zip bomb"));

    // Over the size limit by its declared size: refused before unpacking.
    const QString big = dir.filePath(QStringLiteral("big.zip"));
    makeZip(big, QStringLiteral("z.writestr('policies.al3', b'0' * (40 * 1024 * 1024))"));
    sources.clear();
    DownloadFiles::collect({big}, sources, errors);
    REQUIRE(sources.size() == 1);
    const DownloadParse bigParse = DownloadFiles::parse(sources[0]);
    REQUIRE_FALSE(bigParse.ok());
    CHECK(bigParse.error->reason == QStringLiteral("the entry is 40.0 MB; downloads over 32.0 MB are refused"));
}

TEST_CASE("A damaged zip and a missing path are clear errors")
{
    QTemporaryDir dir;
    const QString zip = dir.filePath(QStringLiteral("broken.zip"));
    QFile f(zip);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("PK\x03\x04 this is not really a zip");
    f.close();
    std::vector<DownloadSource> sources;
    std::vector<DownloadError> errors;
    DownloadFiles::collect({zip, dir.filePath(QStringLiteral("nowhere"))}, sources, errors);
    CHECK(sources.empty());
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].file == zip);
    CHECK(errors[1].reason == QLatin1String("the file or folder does not exist"));
}
