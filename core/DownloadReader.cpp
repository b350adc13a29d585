#include "DownloadReader.h"

#include "AcordXmlParser.h"
#include "Al3Parser.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>
#include <memory>

namespace agencydesk {

namespace {

DownloadParse failed(const QString& file, const QString& reason, qint64 offset = -1)
{
    DownloadParse out;
    out.error = DownloadError{file, 0, offset, reason};
    return out;
}

QString sizeText(qint64 bytes)
{
    return DownloadReader::tr("%1 MB").arg(static_cast<double>(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

bool isArchiveName(const QString& fileName)
{
    return fileName.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive);
}

using ArchivePtr = std::unique_ptr<archive, int (*)(archive*)>;

ArchivePtr openArchive(const QString& path, QString& error)
{
    ArchivePtr a(archive_read_new(), archive_read_free);
    archive_read_support_format_zip(a.get());
    archive_read_support_filter_none(a.get());
    const QByteArray native = QFile::encodeName(path);
    if (archive_read_open_filename(a.get(), native.constData(), 64 * 1024) != ARCHIVE_OK) {
        const char* why = archive_error_string(a.get());
        error = DownloadReader::tr("not a readable zip archive (%1)")
                    .arg(why ? QString::fromLocal8Bit(why) : DownloadReader::tr("unknown error"));
        return ArchivePtr(nullptr, archive_read_free);
    }
    return a;
}

/// An entry path that stays inside the archive's folder: relative, no "..", no drive letters.
bool isSafeEntryPath(const QString& entry)
{
    if (entry.isEmpty() || entry.startsWith(QLatin1Char('/')) || entry.startsWith(QLatin1Char('\\')) ||
        (entry.size() > 1 && entry[1] == QLatin1Char(':')))
        return false;
    const QStringList parts = QString(entry).replace(QLatin1Char('\\'), QLatin1Char('/')).split(QLatin1Char('/'));
    for (const QString& part : parts) {
        if (part == QLatin1String(".."))
            return false;
    }
    return true;
}

void collectArchive(const QString& path, std::vector<DownloadSource>& sources, std::vector<DownloadError>& errors)
{
    QString error;
    ArchivePtr a = openArchive(path, error);
    if (!a) {
        errors.push_back({path, 0, -1, error});
        return;
    }
    std::vector<DownloadSource> entries;
    archive_entry* entry = nullptr;
    int r = ARCHIVE_OK;
    while ((r = archive_read_next_header(a.get(), &entry)) == ARCHIVE_OK) {
        const char* rawName = archive_entry_pathname(entry);
        const QString name = rawName ? QString::fromUtf8(rawName) : QString();
        if (!isSafeEntryPath(name)) {
            // A hostile archive: refuse it whole rather than import the harmless-looking part.
            errors.push_back({path, 0, -1,
                              DownloadReader::tr("the archive is refused: entry \"%1\" has a path that leaves the "
                                                 "archive's folder (absolute or ../)")
                                  .arg(name.left(200))});
            return;
        }
        if (static_cast<int>(entries.size()) >= DownloadFiles::kMaxArchiveEntries) {
            errors.push_back({path, 0, -1,
                              DownloadReader::tr("the archive is refused: more than %1 entries")
                                  .arg(DownloadFiles::kMaxArchiveEntries)});
            return;
        }
        if (archive_entry_filetype(entry) == AE_IFREG && !name.endsWith(QLatin1Char('/')) &&
            !QFileInfo(name).fileName().startsWith(QLatin1Char('.')))
            entries.push_back({path + QLatin1Char(':') + name, path, name});
        archive_read_data_skip(a.get());
    }
    if (r != ARCHIVE_EOF) {
        const char* why = archive_error_string(a.get());
        errors.push_back({path, 0, -1,
                          DownloadReader::tr("the archive is damaged (%1)")
                              .arg(why ? QString::fromLocal8Bit(why) : DownloadReader::tr("unknown error"))});
        return;
    }
    for (DownloadSource& s : entries)
        sources.push_back(std::move(s));
}

DownloadParse parseArchiveEntry(const DownloadSource& source, qint64 maxBytes)
{
    QString error;
    ArchivePtr a = openArchive(source.path, error);
    if (!a)
        return failed(source.name, error);
    archive_entry* entry = nullptr;
    while (archive_read_next_header(a.get(), &entry) == ARCHIVE_OK) {
        const char* rawName = archive_entry_pathname(entry);
        if (!rawName || QString::fromUtf8(rawName) != source.entry) {
            archive_read_data_skip(a.get());
            continue;
        }
        if (archive_entry_size_is_set(entry) && archive_entry_size(entry) > maxBytes)
            return failed(source.name, DownloadReader::tr("the entry is %1; downloads over %2 are refused")
                                           .arg(sizeText(archive_entry_size(entry)), sizeText(maxBytes)));
        const la_int64_t compressedStart = archive_filter_bytes(a.get(), -1);
        QByteArray data;
        char buffer[64 * 1024];
        for (;;) {
            const la_ssize_t n = archive_read_data(a.get(), buffer, sizeof buffer);
            if (n < 0) {
                const char* why = archive_error_string(a.get());
                return failed(source.name, DownloadReader::tr("cannot be read from the archive (%1)")
                                               .arg(why ? QString::fromLocal8Bit(why) : DownloadReader::tr("error")));
            }
            if (n == 0)
                break;
            if (data.size() + n > maxBytes)
                return failed(source.name, DownloadReader::tr("the entry unpacks to more than %1; downloads over %1 "
                                                              "are refused (zip bomb?)")
                                               .arg(sizeText(maxBytes)));
            data.append(buffer, n);
            // Compressed bytes consumed so far vs. bytes unpacked: a bomb shows itself within the first megabytes.
            const la_int64_t consumed = std::max<la_int64_t>(1, archive_filter_bytes(a.get(), -1) - compressedStart);
            if (data.size() > 1024 * 1024 && data.size() / consumed > DownloadFiles::kMaxCompressionRatio)
                return failed(source.name, DownloadReader::tr("the entry is compressed more than %1:1; refused as a "
                                                              "zip bomb")
                                               .arg(DownloadFiles::kMaxCompressionRatio));
        }
        QBuffer device(&data);
        device.open(QIODevice::ReadOnly);
        return DownloadReader::parseDevice(device, source.name);
    }
    return failed(source.name, DownloadReader::tr("the entry is no longer in the archive"));
}

} // namespace

DownloadParse DownloadReader::parseFile(const QString& path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return failed(path, DownloadReader::tr("the file does not exist"));
    if (!info.isFile())
        return failed(path, DownloadReader::tr("not a regular file"));
    if (info.size() > maxBytes)
        return failed(path, DownloadReader::tr("the file is %1; downloads over %2 are refused")
                                .arg(sizeText(info.size()), sizeText(maxBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(path, DownloadReader::tr("cannot be read: %1").arg(file.errorString()));
    return parseDevice(file, path);
}

DownloadParse DownloadReader::parseDevice(QIODevice& device, const QString& name)
{
    // Sniff past a UTF-8 byte order mark and leading whitespace.
    const QByteArray head = device.peek(512);
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n'))
        ++i;
    if (i >= head.size())
        return failed(name, head.isEmpty() ? DownloadReader::tr("the file is empty")
                                           : DownloadReader::tr("the file holds only blank space"));
    if (head[i] == '<')
        return AcordXmlParser::parse(device, name);
    if (head.size() - i >= 4 && head[i] >= '1' && head[i] <= '9' && head[i + 1] >= 'A' && head[i + 1] <= 'Z')
        return Al3Parser::parse(device, name);
    return failed(name, DownloadReader::tr("not an ACORD XML, CSIO XML or AL3 download"), i);
}

bool DownloadFiles::isDownloadName(const QString& fileName)
{
    static const QStringList suffixes = {QStringLiteral("xml"), QStringLiteral("al3"), QStringLiteral("dat"),
                                         QStringLiteral("txt"), QStringLiteral("zip")};
    return !fileName.startsWith(QLatin1Char('.')) && suffixes.contains(QFileInfo(fileName).suffix().toLower());
}

void DownloadFiles::collect(const QStringList& paths, std::vector<DownloadSource>& sources,
                            std::vector<DownloadError>& errors)
{
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            errors.push_back({path, 0, -1, DownloadReader::tr("the file or folder does not exist")});
        } else if (info.isDir()) {
            QStringList files;
            QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (isDownloadName(QFileInfo(file).fileName()))
                    files << file;
            }
            files.sort();
            for (const QString& file : files) {
                if (isArchiveName(file))
                    collectArchive(file, sources, errors);
                else
                    sources.push_back({file, file, {}});
            }
        } else if (isArchiveName(path)) {
            collectArchive(path, sources, errors);
        } else {
            sources.push_back({path, path, {}});
        }
    }
}

DownloadParse DownloadFiles::parse(const DownloadSource& source, qint64 maxBytes)
{
    if (source.entry.isEmpty())
        return DownloadReader::parseFile(source.path, maxBytes);
    return parseArchiveEntry(source, maxBytes);
}

} // namespace agencydesk
