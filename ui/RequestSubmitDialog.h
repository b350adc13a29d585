#pragma once

#include "CertificateRequest.h"
#include "Session.h"

#include <QDialog>

class QCheckBox;
class QPlainTextEdit;
class QPushButton;

namespace agencydesk {

class RequestInfoWidget;

/// Attempt automation / Submit: the certificate as it will be issued for the request (customer, master and lines,
/// the holder as the customer asked for it, the holder's requirements), read only, with "also email the holder"
/// and a message for the emails. Submit emails the certificate (issued now, or the one uploaded) to the client and,
/// if ticked, to the holder; the caller runs RequestService::submit with options().
class RequestSubmitDialog : public QDialog
{
    Q_OBJECT
public:
    RequestSubmitDialog(const Session& session, const CertificateRequest& request, QWidget* parent = nullptr);

    SubmitOptions options() const;
    RequestInfoWidget* info() const { return m_info; }

private:
    RequestInfoWidget* m_info = nullptr;
    QCheckBox* m_emailHolder = nullptr;
    QCheckBox* m_force = nullptr;
    QPlainTextEdit* m_message = nullptr;
    QPushButton* m_submit = nullptr;
    bool m_forceOffered = false;
};

} // namespace agencydesk
