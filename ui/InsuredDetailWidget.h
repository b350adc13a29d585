#pragma once

#include "Insured.h"
#include "Session.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace agencydesk {

class NotesWidget;
class PoliciesWidget;
class PortalAccountWidget;

/// The right pane of the Insureds tab: the insured's profile (editable), policies, and notes & activities.
class InsuredDetailWidget : public QWidget
{
    Q_OBJECT
public:
    explicit InsuredDetailWidget(const Session& session, QWidget* parent = nullptr);

    void showInsured(qint64 insuredId);
    void clear();
    /// Re-reads the insured, its policies and activities; keeps unsaved profile edits unless \a force.
    void reload(bool force = false);

    qint64 insuredId() const { return m_insured.id; }
    const Insured& insured() const { return m_insured; }
    bool isDirty() const { return m_dirty; }
    bool save();

    PoliciesWidget* policiesWidget() const { return m_policies; }
    NotesWidget* notesWidget() const { return m_notes; }
    PortalAccountWidget* portalWidget() const { return m_portal; }

signals:
    void insuredSaved(qint64 insuredId);
    void insuredShown(qint64 insuredId, const QString& name);
    void policiesChanged(qint64 insuredId);

private:
    QLineEdit* addLineEdit(const QString& objectName, const QString& accessibleName, int maxLength);
    void fillForm();
    Insured formValues() const;
    void setDirty(bool dirty);
    void updateHeader();

    const Session& m_session;
    Insured m_insured;
    bool m_dirty = false;
    bool m_canEdit = false;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_headerLabel = nullptr;
    QLabel* m_subHeaderLabel = nullptr;
    QLineEdit* m_nameEdit = nullptr;
    QLineEdit* m_dbaEdit = nullptr;
    QLineEdit* m_address1Edit = nullptr;
    QLineEdit* m_address2Edit = nullptr;
    QLineEdit* m_cityEdit = nullptr;
    QLineEdit* m_stateEdit = nullptr;
    QLineEdit* m_postalEdit = nullptr;
    QComboBox* m_countryCombo = nullptr;
    QLineEdit* m_phoneEdit = nullptr;
    QLineEdit* m_emailEdit = nullptr;
    QCheckBox* m_automationCheck = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_revertButton = nullptr;
    PoliciesWidget* m_policies = nullptr;
    NotesWidget* m_notes = nullptr;
    PortalAccountWidget* m_portal = nullptr;
};

} // namespace agencydesk
