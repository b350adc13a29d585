#pragma once

#include "CertificateRequest.h"
#include "Session.h"

#include <QDialog>

#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace agencydesk {

/// Agency › Rejection reasons: the list a request is rejected with. A manager adds, renames, retires and restores
/// reasons (a retired reason is no longer offered but stays on the requests rejected with it); others look.
class RejectionReasonsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RejectionReasonsDialog(const Session& session, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    void selectReason(qint64 id);
    /// Each action acts on the selected reason with the text in the box; false (shown) when the service refused.
    bool addReason();
    bool renameReason();
    bool retireReason(bool retired);

private:
    void reload(qint64 select = 0);
    void updateButtons();
    const RejectionReason* selected() const;

    const Session& m_session;
    std::vector<RejectionReason> m_reasons;
    QListWidget* m_list = nullptr;
    QLineEdit* m_text = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_rename = nullptr;
    QPushButton* m_retire = nullptr;
    QPushButton* m_restore = nullptr;
    bool m_mayEdit = false;
};

} // namespace agencydesk
