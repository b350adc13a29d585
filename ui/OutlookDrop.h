#pragma once

#include <QCoreApplication>
#include <QStringList>

class QMimeData;

namespace agencydesk {

/// Attachments dragged straight out of Outlook on Windows: the drag carries no file URLs, only the clipboard formats
/// FileGroupDescriptorW (the names) and FileContents (the bytes), which Qt passes through as
/// application/x-qt-windows-mime;value="...". Qt gives the contents of the first described file only, so one
/// attachment is taken per drag and the others are named in the problem. Plain Qt (no Windows API): other systems
/// never offer these formats, so it is inert there, and tests can feed it the formats.
class OutlookDrop
{
    Q_DECLARE_TR_FUNCTIONS(OutlookDrop)

public:
    static QString descriptorFormat();
    static QString contentsFormat();
    /// Whether \a mime is such a drag.
    static bool offers(const QMimeData* mime);
    /// Writes the attachment into a folder of this run of the app and returns its path (empty when nothing could be
    /// taken); \a problem tells what was left out or why nothing was taken.
    static QStringList save(const QMimeData* mime, QString* problem);
};

} // namespace agencydesk
