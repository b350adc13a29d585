#pragma once

#include "ActivityService.h"
#include "Session.h"

#include <QGroupBox>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace agencydesk {

/// Notes & activities of one insured, newest first, and a line to add a note.
class NotesWidget : public QGroupBox
{
    Q_OBJECT
public:
    explicit NotesWidget(const Session& session, QWidget* parent = nullptr);

    void setInsured(qint64 insuredId);
    void reload();
    QListWidget* list() const { return m_list; }
    bool addNote();

    static QString describe(const Activity& activity);

private:
    const Session& m_session;
    qint64 m_insuredId = 0;
    QListWidget* m_list = nullptr;
    QLineEdit* m_noteEdit = nullptr;
    QPushButton* m_addButton = nullptr;
};

} // namespace agencydesk
