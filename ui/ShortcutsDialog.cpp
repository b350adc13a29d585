#include "ShortcutsDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace agencydesk {

namespace {

/// "&New insured…" → "New insured".
QString plainText(QString text)
{
    text.remove(QLatin1Char('&'));
    text.remove(QChar(0x2026));
    return text.trimmed();
}

} // namespace

QList<QPair<QString, QString>> ShortcutsDialog::shortcutsOf(const QWidget* window)
{
    QList<QPair<QString, QString>> rows;
    auto add = [&rows](const QString& what, const QList<QKeySequence>& keys) {
        QStringList texts;
        for (const QKeySequence& key : keys) {
            if (!key.isEmpty())
                texts << key.toString(QKeySequence::NativeText);
        }
        const QPair<QString, QString> row{plainText(what), texts.join(QStringLiteral(", "))};
        if (!texts.isEmpty() && !row.first.isEmpty() && !rows.contains(row))
            rows << row;
    };
    for (const QAction* action : window->findChildren<QAction*>())
        add(action->text(), action->shortcuts());
    // A button's Alt+letter from its underlined letter is shown on the button itself: only real shortcuts here.
    for (const QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
        if (button->shortcut() != QKeySequence::mnemonic(button->text()))
            add(button->text(), {button->shortcut()});
    }
    // QShortcut has no text: the code gives each one its description in whatsThis.
    for (const QShortcut* shortcut : window->findChildren<QShortcut*>())
        add(shortcut->whatsThis(), shortcut->keys());
    std::sort(rows.begin(), rows.end(),
              [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    return rows;
}

ShortcutsDialog::ShortcutsDialog(QWidget* window, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    const auto rows = shortcutsOf(window);
    m_table = new QTableWidget(int(rows.size()), 2, this);
    m_table->setTabKeyNavigation(false);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (int i = 0; i < rows.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(rows[i].first));
        m_table->setItem(i, 1, new QTableWidgetItem(rows[i].second));
    }
    auto* note = new QLabel(tr("Tab and Shift+Tab move between fields; Alt with an underlined letter "
                               "activates a menu, tab or button."),
                            this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(480, 460);
}

} // namespace agencydesk
