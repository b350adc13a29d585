#include "MailSenderThread.h"

namespace agencydesk {

MailSenderThread::MailSenderThread(QString databasePath, int intervalSeconds, QObject* parent)
    : QThread(parent), m_path(std::move(databasePath)), m_intervalSeconds(intervalSeconds)
{
    setObjectName(QStringLiteral("MailSenderThread"));
}

MailSenderThread::~MailSenderThread()
{
    stop();
    wait();
}

void MailSenderThread::wake()
{
    QMutexLocker lock(&m_mutex);
    m_woken = true;
    m_condition.wakeAll();
}

void MailSenderThread::stop()
{
    QMutexLocker lock(&m_mutex);
    m_stop = true;
    m_condition.wakeAll();
}

void MailSenderThread::run()
{
    // The sender and its connection live and die in this thread.
    OutboxSender sender(m_path);
    while (true) {
        {
            QMutexLocker lock(&m_mutex);
            if (m_stop)
                break;
            m_woken = false;
        }
        auto report = sender.runOnce();
        if (!report) {
            emit ran(0, 0, 0, report.error().message);
        } else if (report->sent + report->failed + report->retryLater + report->unknown > 0 ||
                   !report->lastError.isEmpty()) {
            emit ran(report->sent, report->remaining + report->retryLater, report->failed + report->unknown,
                     report->lastError);
        }
        QMutexLocker lock(&m_mutex);
        if (m_stop)
            break;
        if (!m_woken)
            m_condition.wait(&m_mutex, QDeadlineTimer(qint64(m_intervalSeconds) * 1000));
    }
    sender.close();
}

} // namespace agencydesk
