#pragma once

#include "CarrierService.h"
#include "Session.h"

#include <QDialog>

#include <vector>

class QLineEdit;
class QPushButton;
class QTableWidget;

namespace agencydesk {

/// The carriers policies refer to: name and NAIC code.
class CarriersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CarriersDialog(const Session& session, QWidget* parent = nullptr);

    void reload();
    bool addCarrier();
    bool saveSelected();

private:
    const Session& m_session;
    std::vector<Carrier> m_carriers;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_nameEdit = nullptr;
    QLineEdit* m_naicEdit = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_saveButton = nullptr;
};

} // namespace agencydesk
