#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace agencydesk {

/// One file a Windows drag source describes (FILEDESCRIPTORW).
struct DescribedFile
{
    QString name;               ///< a bare file name: any folder part, control character or reserved character gone
    std::optional<qint64> size; ///< when the source gave one (FD_FILESIZE)
};

/// Reads the FileGroupDescriptorW clipboard format: what Outlook (and other virtual-file sources) put on a drag of
/// attachments, whose bytes come separately as FileContents. The layout is Windows' FILEGROUPDESCRIPTORW: a 32-bit
/// count, then that many 592-byte FILEDESCRIPTORW records (flags, CLSID, SIZEL, POINTL, attributes, three FILETIMEs,
/// the size in two 32-bit halves, a 260-character UTF-16 name). The bytes come from another program, so every
/// length is checked and a name never carries a path.
class FileGroupDescriptor
{
    Q_DECLARE_TR_FUNCTIONS(FileGroupDescriptor)

public:
    static constexpr int kRecordSize = 592;
    static constexpr int kMaxFiles = 1000;

    static Result<std::vector<DescribedFile>> parse(const QByteArray& bytes);
    /// \a name reduced to a file name that is safe to create in a folder of ours ("attachment" when nothing is left).
    static QString safeFileName(const QString& name);
};

} // namespace agencydesk
