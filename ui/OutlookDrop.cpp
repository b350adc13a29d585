#include "OutlookDrop.h"

#include "FileGroupDescriptor.h"

#include <QDir>
#include <QFile>
#include <QMimeData>
#include <QTemporaryDir>

namespace agencydesk {

namespace {

/// The dropped attachments live until the app closes: the documents are read from them after the drop returns.
const QTemporaryDir& dropFolder()
{
    static const QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/AgencyDesk-drop-XXXXXX"));
    return folder;
}

} // namespace

QString OutlookDrop::descriptorFormat()
{
    return QStringLiteral("application/x-qt-windows-mime;value=\"FileGroupDescriptorW\"");
}

QString OutlookDrop::contentsFormat()
{
    return QStringLiteral("application/x-qt-windows-mime;value=\"FileContents\"");
}

bool OutlookDrop::offers(const QMimeData* mime)
{
    return mime && !mime->hasUrls() && mime->hasFormat(descriptorFormat()) && mime->hasFormat(contentsFormat());
}

QStringList OutlookDrop::save(const QMimeData* mime, QString* problem)
{
    if (!offers(mime))
        return {};
    auto files = FileGroupDescriptor::parse(mime->data(descriptorFormat()));
    if (!files) {
        *problem = files.error().message;
        return {};
    }
    const QByteArray bytes = mime->data(contentsFormat());
    const DescribedFile& first = files->front();
    if (bytes.isEmpty() || (first.size && *first.size != bytes.size())) {
        *problem = tr("Outlook did not hand over the contents of %1: save the attachment to a folder and drop the "
                      "file from there.")
                       .arg(first.name);
        return {};
    }
    if (!dropFolder().isValid()) {
        *problem = tr("No folder for the dropped attachment: %1").arg(dropFolder().errorString());
        return {};
    }
    // A folder per drop, so two attachments with the same name never overwrite each other.
    static int drops = 0;
    const QString folder = dropFolder().filePath(QString::number(++drops));
    QFile file(QDir(folder).filePath(first.name));
    if (!QDir().mkpath(folder) || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        *problem = tr("The attachment %1 could not be kept for adding: %2").arg(first.name, file.errorString());
        return {};
    }
    file.close();
    if (files->size() > 1) {
        QStringList others;
        for (std::size_t i = 1; i < files->size(); ++i)
            others << (*files)[i].name;
        *problem = tr("Only %1 was taken: Outlook hands over one attachment per drag. Drag these one at a time: %2")
                       .arg(first.name, others.join(QStringLiteral(", ")));
    }
    return {file.fileName()};
}

} // namespace agencydesk
