#include "Files.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace agencydesk::cli {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString unwritableReason(const QString& path)
{
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    if (!folder.exists())
        return u"the folder %1 does not exist"_s.arg(native(folder.absoluteFilePath()));
    if (!folder.isDir())
        return u"%1 is not a folder"_s.arg(native(folder.absoluteFilePath()));
    if (file.exists() && (file.isDir() || !file.isWritable()))
        return u"%1 is not a writable file"_s.arg(native(file.absoluteFilePath()));
    if (!file.exists() && !folder.isWritable())
        return u"the folder %1 is read-only"_s.arg(native(folder.absoluteFilePath()));
    return {};
}

QString writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return out.errorString();
    if (out.write(bytes) != bytes.size())
        return out.errorString();
    if (!out.commit())
        return out.errorString();
    return {};
}

Result<QByteArray> readFile(const QString& path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{ErrorCode::NotFound, u"%1 does not exist."_s.arg(native(path))};
    if (info.isDir())
        return validationError(u"%1 is a folder, not a file."_s.arg(native(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return validationError(u"cannot read %1: %2."_s.arg(native(path), file.errorString()));
    QByteArray bytes = file.read(maxBytes);
    if (file.error() != QFileDevice::NoError)
        return validationError(u"cannot read %1: %2."_s.arg(native(path), file.errorString()));
    return bytes;
}

} // namespace agencydesk::cli
