#pragma once

#include "OutboxSender.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>

namespace agencydesk {

/// The desktop app's background sender: a worker thread that runs OutboxSender every interval (or at once after
/// wake()), on its own database connection, so the window never waits for an SMTP server.
class MailSenderThread : public QThread
{
    Q_OBJECT
public:
    explicit MailSenderThread(QString databasePath, int intervalSeconds = 30, QObject* parent = nullptr);
    ~MailSenderThread() override; ///< stops and waits for the message in hand

    /// Sends now (after queueing, or "Send now" in the Outbox).
    void wake();
    void stop();

signals:
    /// After each run that had something to do (queued in the receiver's thread).
    void ran(int sent, int waiting, int failed, const QString& lastError);

protected:
    void run() override;

private:
    QString m_path;
    int m_intervalSeconds;
    QMutex m_mutex;
    QWaitCondition m_condition;
    bool m_stop = false;
    bool m_woken = false;
};

} // namespace agencydesk
