#pragma once

#include "ClientViewService.h"
#include "Session.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace agencydesk {

/// View as client…: read-only, exactly what ClientViewService returns for the insured today (the call a client portal
/// makes), so the agency sees what the client sees.
class ClientViewDialog : public QDialog
{
    Q_OBJECT
public:
    ClientViewDialog(const Session& session, qint64 insuredId, QWidget* parent = nullptr);

    const ClientView& view() const { return m_view; }

private:
    QTableWidget* addTable(const QString& objectName, const QString& title, const QStringList& headers,
                           const std::vector<QStringList>& rows, const QString& emptyText);

    ClientView m_view;
};

} // namespace agencydesk
