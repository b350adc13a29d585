#pragma once

#include "CertificateRequest.h"
#include "Session.h"

#include <QDialog>

class QCheckBox;
class QPlainTextEdit;
class QPushButton;

namespace agencydesk {

class RequestCertificateEditor;
class RequestInfoWidget;

/// Attempt automation / Submit: on the left the request as the customer sent it (read only), on the right the
/// certificate as it will be issued, to review and edit (RequestCertificateEditor: the holder, the description, the
/// master's lines), then "also email the holder" and a message for the emails. Submit runs RequestService::submit with
/// options(): the certificate (issued now, or the one uploaded) goes to the client and, if ticked, to the holder. A
/// refusal (ErrorCode::Validation: a bad holder field, no line left) is shown and the dialog stays open with the
/// edits; any other (someone else has the request, it changed meanwhile) closes it and failed() tells the caller.
class RequestSubmitDialog : public QDialog
{
    Q_OBJECT
public:
    RequestSubmitDialog(const Session& session, const CertificateRequest& request, QWidget* parent = nullptr);

    SubmitOptions options() const;
    RequestInfoWidget* info() const { return m_info; }
    RequestCertificateEditor* editor() const { return m_editor; }
    /// The service refused the submit and the dialog closed (the request changed meanwhile).
    bool failed() const { return m_failed; }

    void accept() override;

private:
    void updateChecks();

    const Session& m_session;
    qint64 m_requestId = 0;
    bool m_uploaded = false;
    RequestHolder m_requestHolder; ///< as the request has it; options() sends the holder only when it differs
    RequestInfoWidget* m_info = nullptr;
    RequestCertificateEditor* m_editor = nullptr;
    QCheckBox* m_emailHolder = nullptr;
    QCheckBox* m_force = nullptr;
    QPlainTextEdit* m_message = nullptr;
    QPushButton* m_submit = nullptr;
    bool m_forceOffered = false;
    bool m_failed = false;
};

} // namespace agencydesk
