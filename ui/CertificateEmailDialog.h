#pragma once

#include "Outbox.h"
#include "Session.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace agencydesk {

/// Email an issued certificate to its holder and/or the client: editable addresses and message, a preview of each
/// email as it will go (from the templates), then Send queues them in the outbox (the agency gets its Bcc copy).
class CertificateEmailDialog : public QDialog
{
    Q_OBJECT
public:
    CertificateEmailDialog(const Session& session, const QString& number, QWidget* parent = nullptr);

    /// Queues the emails; false (with the reason shown) when nothing was queued.
    bool send();
    QString previewText() const;
    const std::vector<qint64>& queuedIds() const { return m_queued; }

private:
    void updatePreview();

    const Session& m_session;
    QString m_number;
    QCheckBox* m_toHolder = nullptr;
    QLineEdit* m_holderAddress = nullptr;
    QCheckBox* m_toClient = nullptr;
    QLineEdit* m_clientAddress = nullptr;
    QLineEdit* m_extra = nullptr;
    QPlainTextEdit* m_message = nullptr;
    QTextBrowser* m_preview = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_sendButton = nullptr;
    std::vector<OutgoingMail> m_prepared;
    std::vector<qint64> m_queued;
};

} // namespace agencydesk
