#pragma once

#include "Certificate.h"
#include "CertificateRequest.h"
#include "Session.h"

#include <QByteArray>
#include <QDialog>
#include <QTimer>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace agencydesk {

class RequestHolderFields;

/// New request: a request taken by phone or email (or from a dropped .eml) entered by hand. The customer is found by
/// name, DBA, policy number or email (SearchService), then one of its certificate masters (optional), the holder as
/// the customer asked for it (typed, or picked among the master's holders, which fills the fields), the type, the
/// source and notes. OK runs RequestService::intake (intakeEmail with the
/// email's bytes, which are kept on the request); a refusal (an inactive customer, a bad field) is shown and the
/// dialog stays open with what was typed.
class RequestIntakeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RequestIntakeDialog(const Session& session, QWidget* parent = nullptr);
    ~RequestIntakeDialog() override;

    /// A request that came by this email: the source is Email, the sender's address is searched for the customer,
    /// and OK keeps the email with the request. \a summary is what the dialog shows of it (subject, sender), \a body
    /// its text, read only above the form (the holder is typed from it).
    void setEmail(const QByteArray& eml, const QString& fileName, const QString& summary, const QString& body,
                  const QString& sender);
    /// Chooses the customer (e.g. the one open on the Insureds tab).
    void setInsured(qint64 insuredId);
    /// Searches the customers for \a text now (the search field's debounce calls it too).
    void searchNow();

    qint64 insuredId() const;
    /// The request as entered (what OK hands to the service).
    CertificateRequest request() const;
    /// The new request's id once OK succeeded; 0 before.
    qint64 requestId() const { return m_requestId; }

    void accept() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addCustomer(qint64 id, const QString& text);
    void loadMasters();
    void loadHolders();
    void pickHolder();
    void updateOk();

    const Session& m_session;
    QByteArray m_eml;
    QString m_emlName;
    qint64 m_requestId = 0;
    QTimer m_debounce;
    QLabel* m_emailLabel = nullptr;
    QPlainTextEdit* m_emailBody = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_customer = nullptr;
    QComboBox* m_master = nullptr;
    QComboBox* m_holderPicker = nullptr;
    std::vector<CertificateHolderRecord> m_holders; ///< the chosen master's, in the picker's order
    std::unique_ptr<RequestHolderFields> m_holder;
    QComboBox* m_type = nullptr;
    QComboBox* m_source = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace agencydesk
