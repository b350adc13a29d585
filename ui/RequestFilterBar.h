#pragma once

#include "CertificateRequest.h"
#include "Session.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;

namespace agencydesk {

/// The Requests tab's filters on two compact rows: search (customer name or number, holder), the four statuses
/// (New and In progress by default), type, manual or automatic, assignee or department, source and a date range.
class RequestFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit RequestFilterBar(const Session& session, QWidget* parent = nullptr);

    RequestFilter filter() const;
    /// Back to the default view: New and In progress, everything else open.
    void reset();
    /// Refreshes the assignee list (users come and go).
    void reloadAssignees();
    QLineEdit* searchEdit() const { return m_search; }

signals:
    /// A filter changed (the search after a short pause in typing).
    void filterChanged();

private:
    QComboBox* combo(const char* name, const QString& accessibleName);

    const Session& m_session;
    QLineEdit* m_search = nullptr;
    std::vector<std::pair<RequestStatus, QCheckBox*>> m_statuses;
    QComboBox* m_type = nullptr;
    QComboBox* m_manual = nullptr;
    QComboBox* m_assignee = nullptr;
    QComboBox* m_source = nullptr;
    QCheckBox* m_dates = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QTimer* m_searchTimer = nullptr;
    bool m_resetting = false;
};

} // namespace agencydesk
