#pragma once

#include <QIcon>
#include <QList>
#include <QString>

namespace agencydesk {

/// The action icons: our own monochrome line drawings (resources/icons/actions/*.svg, 24x24, 2 px strokes in
/// currentColor). One set for menus, tool bars and buttons on every platform.
enum class ActionIcon
{
    About,
    Add,
    Agency,
    Approve,
    Attach,
    Automate,
    Carrier,
    Certificate,
    Delete,
    Edit,
    Email,
    FileAdd,
    FileRemove,
    First,
    FitPage,
    FitWidth,
    Holder,
    Import,
    ImportFolder,
    InProgress,
    Inbox,
    Keyboard,
    Language,
    Last,
    List,
    Next,
    NotRenewing,
    Note,
    Notify,
    Open,
    Outbox,
    Preview,
    Previous,
    Print,
    PrintPreview,
    Quit,
    Refresh,
    Reject,
    Renew,
    Resume,
    Revert,
    Save,
    Search,
    Settings,
    Share,
    Summary,
    Tag,
    Template,
    Unshare,
    Upload,
    User,
    UserAdd,
    UserRemove,
    Users,
    WatchFolder,
    ZoomIn,
    ZoomOut
};

/// The icon for \a id. Drawn when painted, in the application palette's colours at that moment: the window text
/// colour (light strokes on a dark palette), the disabled text colour when disabled, the highlighted text colour
/// when selected; any size and device pixel ratio (16, 24, 32 px and their high-DPI doubles are cached).
QIcon actionIcon(ActionIcon id);

/// The file name without ".svg" of \a id under :/icons/actions (for tests and the docs).
QString actionIconName(ActionIcon id);

/// Every action icon, in declaration order.
QList<ActionIcon> allActionIcons();

} // namespace agencydesk
