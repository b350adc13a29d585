#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace agencydesk {

/// Every file picker the UI shows goes through here, so GUI tests can answer it in advance (setNextFileName)
/// instead of blocking on a native dialog. Remembers the last folder used during the session.
class FileDialog
{
public:
    /// A file name to save to, starting at \a suggestedPath (a folder plus a default name); empty when cancelled.
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                                   const QString& filter);
    /// A file to open; empty when cancelled.
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& folder,
                                   const QString& filter);
    /// Several files to open; empty when cancelled.
    static QStringList getOpenFileNames(QWidget* parent, const QString& caption, const QString& folder,
                                        const QString& filter);
    /// A folder to open (answered by setNextFileName in tests); empty when cancelled.
    static QString getExistingDirectory(QWidget* parent, const QString& caption, const QString& folder);
    /// The folder the last picker ended in, or the user's Documents folder.
    static QString lastFolder();

    // Test seams.
    /// The next picker returns \a path without showing anything ("" answers Cancel).
    static void setNextFileName(const QString& path);
    /// The next multi-file picker returns \a paths without showing anything (empty answers Cancel).
    static void setNextFileNames(const QStringList& paths);
    /// What the last picker offered (its suggested path or folder), answered or not.
    static QString lastSuggestedPath();
};

} // namespace agencydesk
