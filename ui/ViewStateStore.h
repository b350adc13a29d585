#pragma once

#include <QString>

class QWidget;

namespace agencydesk {

/// Remembers, per user (QSettings), the layout a CSR gave a window: its geometry and toolbars, every
/// named splitter's positions, and every named table or tree view's column widths, order and sort.
/// Works on whatever named views a window contains, so a new tab is covered by naming its views.
class ViewStateStore
{
public:
    explicit ViewStateStore(const QString& userName);

    void save(const QWidget* window) const;
    /// Call once the views have their models (the header state needs its columns).
    void restore(QWidget* window) const;

private:
    QString m_prefix;
};

} // namespace agencydesk
