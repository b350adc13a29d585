#pragma once

#include "CertificateRequest.h"
#include "Session.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTableWidget;

namespace agencydesk {

class RequestInfoWidget;

/// Preview request: everything the customer submitted (and the email the request came in), where it stands, the
/// holder's requirements against the coverage, and beside it, always visible, the notes and activities newest
/// first with a box to add a note.
class RequestPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    RequestPreviewDialog(const Session& session, qint64 requestId, QWidget* parent = nullptr);

    /// False when the request could not be read (lastError says why).
    bool loaded() const { return m_loaded; }
    QString lastError() const { return m_lastError; }
    /// Puts the cursor in the note box (Add note…).
    void focusNote();
    /// Adds the note typed in the box; false (shown) when the service refused.
    bool addNote();
    QTableWidget* trail() const { return m_trail; }
    RequestInfoWidget* info() const { return m_info; }

signals:
    void noteAdded(qint64 requestId);

private:
    bool load();

    const Session& m_session;
    qint64 m_requestId = 0;
    bool m_loaded = false;
    QString m_lastError;
    QScrollArea* m_infoArea = nullptr;
    RequestInfoWidget* m_info = nullptr;
    QLabel* m_emailLabel = nullptr;
    QPlainTextEdit* m_email = nullptr;
    QTableWidget* m_trail = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_addNote = nullptr;
};

} // namespace agencydesk
