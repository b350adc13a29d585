#pragma once

#include "PolicyDownload.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <functional>

namespace agencydesk {

/// Files over this size are refused before they are read (a download is a few kilobytes per policy).
inline constexpr qint64 kMaxDownloadFileBytes = 32LL * 1024 * 1024;

/// Recognises a download by its first bytes (XML, or an AL3 group code) and hands it to its parser.
class DownloadReader
{
    Q_DECLARE_TR_FUNCTIONS(DownloadReader)

public:
    /// Parses the file at \a path; refuses it (nothing read) when it is larger than \a maxBytes.
    static DownloadParse parseFile(const QString& path, qint64 maxBytes = kMaxDownloadFileBytes);
    /// Parses an open device (a zip entry, a buffer) named \a name in errors.
    static DownloadParse parseDevice(QIODevice& device, const QString& name);
};

/// One file to import: a plain file, or an entry of a zip archive.
struct DownloadSource
{
    QString name;  ///< what the summary shows: the path, or "archive.zip:entry.xml"
    QString path;  ///< the file on disk (the archive for an entry)
    QString entry; ///< the entry inside the archive, empty for a plain file
};

/// Expands the files, folders and .zip archives a user dropped into the files to import, and reads each one.
/// Archives are read with libarchive, streaming: an entry whose path is absolute or climbs out (../), more than
/// kMaxArchiveEntries entries, an entry over kMaxDownloadFileBytes, or a compression ratio beyond
/// kMaxCompressionRatio (a zip bomb) refuses the archive or the entry with a message; never more than one entry
/// is held in memory.
class DownloadFiles
{
public:
    static constexpr int kMaxArchiveEntries = 10000;
    static constexpr int kMaxCompressionRatio = 200;

    /// The files to import, in a stable order (folders sorted by name, recursively), and the paths that could
    /// not be listed (a missing file, an archive refused as a whole) as errors.
    static void collect(const QStringList& paths, std::vector<DownloadSource>& sources,
                        std::vector<DownloadError>& errors);
    /// Reads and parses one source; an archive entry is streamed out of its archive.
    static DownloadParse parse(const DownloadSource& source, qint64 maxBytes = kMaxDownloadFileBytes);
    /// True when the name looks like a download we import from a folder (.xml, .al3, .dat, .txt, .zip).
    static bool isDownloadName(const QString& fileName);
};

} // namespace agencydesk
