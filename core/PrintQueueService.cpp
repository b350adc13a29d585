#include "PrintQueueService.h"

#include "ActivityService.h"
#include "CertificateService.h"
#include "Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace agencydesk {

namespace {

const char* const entryColumns =
    "q.id, q.certificate_id, c.number, h.name, i.name, COALESCE(q.run_id, 0), q.queued_at FROM print_queue q "
    "JOIN certificates c ON c.id = q.certificate_id JOIN certificate_holders h ON h.id = c.holder_id "
    "JOIN insureds i ON i.id = c.insured_id";

PrintQueueEntry readEntry(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(),   q.value(5).toLongLong(), q.value(6).toString()};
}

} // namespace

Result<std::vector<PrintQueueEntry>> PrintQueueService::pending() const
{
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral("SELECT %1 WHERE q.printed_at = '' ORDER BY q.id").arg(QLatin1String(entryColumns)));
    if (Status s = exec(q); !s)
        return s.error();
    std::vector<PrintQueueEntry> out;
    while (q.next())
        out.push_back(readEntry(q));
    return out;
}

Result<PrintQueueEntry> PrintQueueService::entry(qint64 entryId) const
{
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral("SELECT %1 WHERE q.id = ? AND q.printed_at = ''").arg(QLatin1String(entryColumns)));
    q.addBindValue(entryId);
    if (Status s = exec(q); !s)
        return s.error();
    if (!q.next())
        return Error{ErrorCode::NotFound,
                     tr("Print queue entry %1 is not waiting: printed or removed already.").arg(entryId)};
    return readEntry(q);
}

Status PrintQueueService::markPrinted(qint64 entryId, const QString& printer)
{
    if (Status s = authorize(m_session, Operation::PrintQueueManage); !s)
        return s;
    if (Status s = authorize(m_session, Operation::CertificateDeliveryRecord); !s)
        return s;
    const Database& db = m_session.database();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    Result<PrintQueueEntry> e = entry(entryId);
    if (!e)
        return e.error();
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("UPDATE print_queue SET printed_at = ?, printed_by_name = ?, printer = ? WHERE id = ?"));
    for (const QVariant& v : QVariantList{nowUtc(), m_session.user.userName, printer.trimmed(), entryId})
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s;
    if (auto delivery = CertificateService(m_session).recordDeliveryInTransaction(e->certificateId,
                                                                                  DeliveryMethod::Printed, printer);
        !delivery)
        return delivery.error();
    return tx.commit();
}

Status PrintQueueService::remove(qint64 entryId)
{
    if (Status s = authorize(m_session, Operation::PrintQueueManage); !s)
        return s;
    const Database& db = m_session.database();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    Result<PrintQueueEntry> e = entry(entryId);
    if (!e)
        return e.error();
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("DELETE FROM print_queue WHERE id = ?"));
    q.addBindValue(entryId);
    if (Status s = exec(q); !s)
        return s;
    QSqlQuery insured = db.query();
    insured.prepare(QStringLiteral("SELECT insured_id FROM certificates WHERE id = ?"));
    insured.addBindValue(e->certificateId);
    if (Status s = exec(insured); !s)
        return s;
    const std::optional<qint64> insuredId =
        insured.next() ? std::optional<qint64>(insured.value(0).toLongLong()) : std::nullopt;
    if (Status s = recordActivity(m_session, QStringLiteral("certificate"), e->certificateId, insuredId,
                                  QStringLiteral("unqueued"),
                                  QStringLiteral("Certificate %1 taken off the print queue").arg(e->certificateNumber));
        !s)
        return s;
    return tx.commit();
}

Status PrintQueueService::queueInTransaction(qint64 certificateId, qint64 runId)
{
    CachedQuery q = m_session.database().cachedQuery(
        QStringLiteral("INSERT OR IGNORE INTO print_queue(certificate_id, run_id, queued_at, queued_by_name) "
                       "VALUES (?, ?, ?, ?)"));
    for (const QVariant& v :
         QVariantList{certificateId, runId > 0 ? QVariant(runId) : QVariant(), nowUtc(), m_session.user.userName})
        q->addBindValue(v);
    return exec(*q);
}

} // namespace agencydesk
