#include "FileDialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

#include <functional>
#include <optional>

namespace agencydesk {

namespace {
std::optional<QString> s_nextFileName;
std::optional<QStringList> s_nextFileNames;
QString s_lastSuggestedPath;
QString s_lastFolder;

QString answer(const QString& suggested, const std::function<QString()>& show)
{
    s_lastSuggestedPath = suggested;
    QString path;
    if (s_nextFileName) {
        path = *s_nextFileName;
        s_nextFileName.reset();
    } else {
        path = show();
    }
    if (!path.isEmpty())
        s_lastFolder = QFileInfo(path).absolutePath();
    return path;
}
} // namespace

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                                    const QString& filter)
{
    return answer(suggestedPath, [&] { return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter); });
}

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& folder,
                                    const QString& filter)
{
    return answer(folder, [&] { return QFileDialog::getOpenFileName(parent, caption, folder, filter); });
}

QStringList FileDialog::getOpenFileNames(QWidget* parent, const QString& caption, const QString& folder,
                                         const QString& filter)
{
    s_lastSuggestedPath = folder;
    QStringList paths;
    if (s_nextFileNames) {
        paths = *s_nextFileNames;
        s_nextFileNames.reset();
    } else {
        paths = QFileDialog::getOpenFileNames(parent, caption, folder, filter);
    }
    if (!paths.isEmpty())
        s_lastFolder = QFileInfo(paths.first()).absolutePath();
    return paths;
}

QString FileDialog::lastFolder()
{
    if (!s_lastFolder.isEmpty())
        return s_lastFolder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void FileDialog::setNextFileName(const QString& path)
{
    s_nextFileName = path;
}

void FileDialog::setNextFileNames(const QStringList& paths)
{
    s_nextFileNames = paths;
}

QString FileDialog::lastSuggestedPath()
{
    return s_lastSuggestedPath;
}

QString FileDialog::getExistingDirectory(QWidget* parent, const QString& caption, const QString& folder)
{
    // The folder chosen is where the next picker starts (not its parent, as for a file).
    const QString path = answer(folder, [&] { return QFileDialog::getExistingDirectory(parent, caption, folder); });
    if (!path.isEmpty())
        s_lastFolder = path;
    return path;
}

} // namespace agencydesk
