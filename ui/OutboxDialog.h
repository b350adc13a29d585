#pragma once

#include "Outbox.h"
#include "Session.h"

#include <QDialog>

#include <functional>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace agencydesk {

/// The outbox and sent log: status, attempts, last error; Retry now, Cancel, Send now, Attach to policy… (a sent
/// email kept as a document). It reads through OutboxService and refreshes itself every few seconds while open.
class OutboxDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OutboxDialog(const Session& session, QWidget* parent = nullptr);

    void reload();
    QTableWidget* table() const { return m_table; }
    void selectEmail(qint64 id);
    void retrySelected();
    void cancelSelected();
    /// Attach to policy…: asks where (AttachEmailDialog), keeps the sent email there, says what happened.
    void attachSelected();
    /// Wakes the background sender (set by the main window).
    void setSendNow(std::function<void()> sendNow);

private:
    qint64 selectedId() const;
    void updateButtons();

    const Session& m_session;
    QComboBox* m_filter = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_detail = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_sendNow = nullptr;
    QPushButton* m_attach = nullptr;
    QLabel* m_status = nullptr;
    std::vector<OutboxEntry> m_entries;
    std::function<void()> m_sendNowFn;
};

} // namespace agencydesk
