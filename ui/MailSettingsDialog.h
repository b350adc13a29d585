#pragma once

#include "MailSettingsService.h"
#include "Session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace agencydesk {

/// Agency > Mail settings: the SMTP server, the sender, the agency Bcc, the signature, and a Test button that
/// connects and signs in off the window's thread (managers edit; others can look).
class MailSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MailSettingsDialog(const Session& session, QWidget* parent = nullptr);
    ~MailSettingsDialog() override;

    bool save();
    /// Connects and signs in with the values on screen (not saved yet); the result shows under the button.
    void testConnection();
    QString testResult() const;
    bool testRunning() const { return m_testThread != nullptr; }

private:
    MailSettings settingsOnScreen() const;
    void setSettings(const MailSettings& settings);
    void finishTest(const QString& error, const QString& fingerprint);

    const Session& m_session;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QComboBox* m_security = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_passwordNote = nullptr;
    QLineEdit* m_fromName = nullptr;
    QLineEdit* m_fromAddress = nullptr;
    QCheckBox* m_bccEnabled = nullptr;
    QLineEdit* m_bcc = nullptr;
    QLineEdit* m_fingerprint = nullptr;
    QLineEdit* m_requestsAddress = nullptr;
    QLineEdit* m_portalUrl = nullptr;
    QPlainTextEdit* m_signature = nullptr;
    QPushButton* m_testButton = nullptr;
    QPushButton* m_trustButton = nullptr;
    QLabel* m_testResult = nullptr;
    QString m_offeredFingerprint;
    bool m_passwordEdited = false;
    QThread* m_testThread = nullptr;
};

} // namespace agencydesk
