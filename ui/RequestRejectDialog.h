#pragma once

#include "CertificateRequest.h"
#include "Session.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;
class QPushButton;

namespace agencydesk {

/// Reject a request: a reason from the manager's list (current reasons only) and an optional comment. The
/// rejection email goes to the customer only and names them; the caller runs RequestService::reject.
class RequestRejectDialog : public QDialog
{
    Q_OBJECT
public:
    RequestRejectDialog(const Session& session, const CertificateRequest& request, QWidget* parent = nullptr);

    /// 0 when no reason is chosen.
    qint64 reasonId() const;
    QString comment() const;
    /// False when the reasons could not be read (the message was shown).
    bool loaded() const { return m_loaded; }

private:
    QComboBox* m_reason = nullptr;
    QPlainTextEdit* m_comment = nullptr;
    QPushButton* m_reject = nullptr;
    bool m_loaded = false;
};

} // namespace agencydesk
