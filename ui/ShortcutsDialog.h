#pragma once

#include <QDialog>

class QTableWidget;

namespace agencydesk {

/// Help › Keyboard shortcuts: every shortcut of the window it is opened from, read from the window's
/// actions and shortcuts themselves, so the list cannot fall behind the code.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget* window, QWidget* parent = nullptr);

    /// (what it does, the key sequence in the platform's notation), sorted by what it does.
    static QList<QPair<QString, QString>> shortcutsOf(const QWidget* window);

private:
    QTableWidget* m_table = nullptr;
};

} // namespace agencydesk
