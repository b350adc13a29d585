#include "FileGroupDescriptor.h"

#include <QtEndian>

namespace agencydesk {

namespace {

constexpr int kCountSize = 4;
constexpr int kFlagsOffset = 0;
constexpr int kSizeHighOffset = 64;
constexpr int kSizeLowOffset = 68;
constexpr int kNameOffset = 72;
constexpr int kNameChars = 260;
constexpr quint32 kFdFileSize = 0x40;

quint32 u32(const char* p)
{
    return qFromLittleEndian<quint32>(p);
}

} // namespace

QString FileGroupDescriptor::safeFileName(const QString& name)
{
    QString out = name;
    // Keep only what follows the last folder separator, whichever the source used.
    const qsizetype cut = std::max(out.lastIndexOf(QLatin1Char('\\')), out.lastIndexOf(QLatin1Char('/')));
    if (cut >= 0)
        out = out.mid(cut + 1);
    QString clean;
    for (const QChar c : out) {
        if (c.unicode() < 0x20 || QStringLiteral("<>:\"|?*").contains(c))
            clean += QLatin1Char('_');
        else
            clean += c;
    }
    clean = clean.trimmed();
    while (clean.endsWith(QLatin1Char('.')))
        clean.chop(1);
    if (clean.isEmpty() || clean == QLatin1String(".."))
        return QStringLiteral("attachment");
    return clean.left(200);
}

Result<std::vector<DescribedFile>> FileGroupDescriptor::parse(const QByteArray& bytes)
{
    if (bytes.size() < kCountSize)
        return validationError(tr("The dragged files' description is empty (%1 bytes).").arg(bytes.size()));
    const quint32 count = u32(bytes.constData());
    if (count == 0)
        return validationError(tr("The drag describes no file."));
    if (count > quint32(kMaxFiles))
        return validationError(
            tr("The drag describes %1 files; at most %2 are taken at once.").arg(count).arg(kMaxFiles));
    const qint64 needed = kCountSize + qint64(count) * kRecordSize;
    if (bytes.size() < needed)
        return validationError(tr("The dragged files' description is cut short: %1 files need %2 bytes, %3 came.")
                                   .arg(count)
                                   .arg(needed)
                                   .arg(bytes.size()));
    std::vector<DescribedFile> files;
    files.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        const char* record = bytes.constData() + kCountSize + qint64(i) * kRecordSize;
        DescribedFile f;
        QString name;
        for (int c = 0; c < kNameChars; ++c) {
            const char16_t ch = qFromLittleEndian<quint16>(record + kNameOffset + 2 * c);
            if (ch == 0)
                break;
            name += QChar(ch);
        }
        f.name = safeFileName(name);
        if (u32(record + kFlagsOffset) & kFdFileSize)
            f.size = (qint64(u32(record + kSizeHighOffset)) << 32) | u32(record + kSizeLowOffset);
        files.push_back(f);
    }
    return files;
}

} // namespace agencydesk
