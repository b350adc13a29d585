#pragma once

#include "Result.h"
#include "Session.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace agencydesk {

/// One certificate waiting to be printed (a renewal run put it there for a holder who gets paper).
struct PrintQueueEntry
{
    qint64 id = 0;
    qint64 certificateId = 0;
    QString certificateNumber;
    QString holderName;
    QString insuredName;
    qint64 runId = 0;
    QString queuedAt;
};

/// The print queue: certificates to send to the printer in one action. Printing one marks it printed and logs the
/// "printed" delivery in one transaction; the QPrinter work is the caller's (the desktop's CertificatePrinter).
class PrintQueueService
{
    Q_DECLARE_TR_FUNCTIONS(PrintQueueService)

public:
    explicit PrintQueueService(const Session& session) : m_session(session) {}

    /// Not yet printed, oldest first.
    Result<std::vector<PrintQueueEntry>> pending() const;
    /// Marks the entry printed on \a printer and logs the certificate's "printed" delivery.
    Status markPrinted(qint64 entryId, const QString& printer);
    /// Takes the entry off the queue without printing (delivered some other way); logged on the certificate.
    Status remove(qint64 entryId);
    /// Inside the caller's transaction: queues the certificate (once).
    Status queueInTransaction(qint64 certificateId, qint64 runId = 0);

private:
    Result<PrintQueueEntry> entry(qint64 entryId) const;
    const Session& m_session;
};

} // namespace agencydesk
