#include "NotesWidget.h"

#include "ActionIcons.h"
#include "DisplayFormat.h"
#include "MessageBox.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace agencydesk {

NotesWidget::NotesWidget(const Session& session, QWidget* parent)
    : QGroupBox(tr("Notes && activities"), parent), m_session(session)
{
    setObjectName(QStringLiteral("notesGroupBox"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("activitiesListWidget"));
    m_list->setAccessibleName(tr("Notes and activities, newest first"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_noteEdit = new QLineEdit(this);
    m_noteEdit->setObjectName(QStringLiteral("noteLineEdit"));
    m_noteEdit->setAccessibleName(tr("New note"));
    m_noteEdit->setPlaceholderText(tr("Type a note and press Enter"));
    m_noteEdit->setMaxLength(10000);
    m_addButton = new QPushButton(tr("Add &note"), this);
    m_addButton->setIcon(actionIcon(ActionIcon::Note));
    m_addButton->setObjectName(QStringLiteral("addNoteButton"));
    const bool canAdd = roleMay(session.user.role, Operation::NoteAdd);
    m_noteEdit->setEnabled(canAdd);
    m_addButton->setEnabled(false);

    auto* row = new QHBoxLayout;
    row->addWidget(m_noteEdit, 1);
    row->addWidget(m_addButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(row);

    connect(m_noteEdit, &QLineEdit::textChanged, this,
            [this, canAdd](const QString& text) { m_addButton->setEnabled(canAdd && !text.trimmed().isEmpty()); });
    connect(m_noteEdit, &QLineEdit::returnPressed, this, [this] { addNote(); });
    connect(m_addButton, &QPushButton::clicked, this, [this] { addNote(); });
}

void NotesWidget::setInsured(qint64 insuredId)
{
    if (insuredId != m_insuredId)
        m_noteEdit->clear();
    m_insuredId = insuredId;
    reload();
}

QString NotesWidget::describe(const Activity& a)
{
    QDateTime at = QDateTime::fromString(a.at, Qt::ISODate);
    const QString when = at.isValid() ? DisplayFormat::dateTime(at.toLocalTime()) : a.at;
    const QString who = a.userName.isEmpty() ? tr("system") : a.userName;
    if (a.kind == QLatin1String("note"))
        return tr("%1  ·  %2 wrote: %3").arg(when, who, a.summary);
    return tr("%1  ·  %2: %3").arg(when, who, a.summary);
}

void NotesWidget::reload()
{
    m_list->clear();
    if (m_insuredId == 0)
        return;
    auto activities = ActivityService(m_session).forInsured(m_insuredId, 500);
    if (!activities) {
        m_list->addItem(tr("Could not load the activities: %1").arg(activities.error().message));
        return;
    }
    for (const Activity& a : *activities) {
        auto* item = new QListWidgetItem(describe(a), m_list);
        item->setData(Qt::UserRole, QVariant::fromValue(a.id));
        item->setToolTip(a.summary);
        if (a.kind == QLatin1String("note")) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
    }
    setTitle(tr("Notes && activities (%1)").arg(m_list->count()));
    if (m_list->count() == 0) {
        auto* empty = new QListWidgetItem(tr("No notes or activities yet. Changes to this insured and its policies "
                                             "are recorded here."),
                                          m_list);
        empty->setFlags(Qt::NoItemFlags);
    }
}

bool NotesWidget::addNote()
{
    if (m_insuredId == 0 || m_noteEdit->text().trimmed().isEmpty())
        return false;
    auto added = ActivityService(m_session).addNote(m_insuredId, m_noteEdit->text());
    if (!added) {
        MessageBox::showError(this, tr("The note was not added."), added.error());
        return false;
    }
    m_noteEdit->clear();
    reload();
    return true;
}

} // namespace agencydesk
