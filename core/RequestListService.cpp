#include "RequestListService.h"

#include "Database.h"
#include "ReceivedEmail.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

namespace agencydesk {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT r.id, r.insured_id, r.master_id, r.holder_id, r.holder_name, r.holder_address1, r.holder_address2, "
    "r.holder_city, r.holder_state, r.holder_postal_code, r.holder_country, r.holder_email, r.type, r.status, "
    "r.source, r.manual, r.manual_reason, r.assignee_id, r.assignee_name, r.department, r.notes, "
    "r.payment_approved_by_name, r.payment_approved_at, r.certificate_id, r.rejection_reason_id, "
    "r.rejection_comment, r.created_by_name, r.created_at, r.updated_at, r.closed_at, r.row_version, i.name, "
    "(SELECT c.number FROM certificates c WHERE c.id = r.certificate_id), "
    "(SELECT x.text FROM rejection_reasons x WHERE x.id = r.rejection_reason_id), "
    "(SELECT f.file_name FROM certificate_request_files f WHERE f.request_id = r.id AND f.kind = 'certificate' "
    " ORDER BY f.id DESC LIMIT 1), "
    "(SELECT f.file_name FROM certificate_request_files f WHERE f.request_id = r.id AND f.kind = 'email' "
    " ORDER BY f.id DESC LIMIT 1) "
    "FROM certificate_requests r JOIN insureds i ON i.id = r.insured_id ");

std::optional<qint64> optionalId(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

CertificateRequest readRow(const QSqlQuery& q)
{
    CertificateRequest r;
    r.id = q.value(0).toLongLong();
    r.insuredId = q.value(1).toLongLong();
    r.masterId = optionalId(q.value(2));
    r.holderId = optionalId(q.value(3));
    r.holder.name = q.value(4).toString();
    r.holder.address1 = q.value(5).toString();
    r.holder.address2 = q.value(6).toString();
    r.holder.city = q.value(7).toString();
    r.holder.state = q.value(8).toString();
    r.holder.postalCode = q.value(9).toString();
    r.holder.country = q.value(10).toString();
    r.holder.email = q.value(11).toString();
    r.type = requestTypeFromKey(q.value(12).toString()).value_or(RequestType::Coi);
    r.status = requestStatusFromKey(q.value(13).toString()).value_or(RequestStatus::New);
    r.source = requestSourceFromKey(q.value(14).toString()).value_or(RequestSource::Phone);
    r.manual = q.value(15).toBool();
    r.manualReason = q.value(16).toString();
    r.assigneeId = optionalId(q.value(17));
    r.assigneeName = q.value(18).toString();
    r.department = q.value(19).toString();
    r.notes = q.value(20).toString();
    r.paymentApprovedByName = q.value(21).toString();
    r.paymentApprovedAt = q.value(22).toString();
    r.certificateId = optionalId(q.value(23));
    r.rejectionReasonId = optionalId(q.value(24));
    r.rejectionComment = q.value(25).toString();
    r.createdByName = q.value(26).toString();
    r.createdAt = q.value(27).toString();
    r.updatedAt = q.value(28).toString();
    r.closedAt = q.value(29).toString();
    r.rowVersion = q.value(30).toInt();
    r.insuredName = q.value(31).toString();
    r.certificateNumber = q.value(32).toString();
    r.rejectionReason = q.value(33).toString();
    r.uploadedFileName = q.value(34).toString();
    r.emailSubject = q.value(35).toString();
    return r;
}

} // namespace

Result<CertificateRequest> RequestListService::read(const Database& db, qint64 id)
{
    QSqlQuery q = db.query();
    q.prepare(kSelect + QStringLiteral("WHERE r.id = ?"));
    q.addBindValue(id);
    if (Status s = exec(q); !s)
        return s.error();
    if (!q.next())
        return Error{ErrorCode::NotFound, tr("Certificate request %1 does not exist.").arg(id)};
    return readRow(q);
}

Result<CertificateRequest> RequestListService::get(qint64 id) const
{
    return read(m_session.database(), id);
}

Result<std::vector<CertificateRequest>> RequestListService::list(const RequestFilter& filter) const
{
    QStringList where;
    QVariantList binds;
    if (!filter.statuses.empty()) {
        QStringList marks;
        for (RequestStatus status : filter.statuses) {
            marks << QStringLiteral("?");
            binds << requestStatusKey(status);
        }
        where << QStringLiteral("r.status IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (filter.type) {
        where << QStringLiteral("r.type = ?");
        binds << requestTypeKey(*filter.type);
    }
    if (filter.manual) {
        where << QStringLiteral("r.manual = ?");
        binds << (*filter.manual ? 1 : 0);
    }
    if (filter.assigneeId) {
        where << QStringLiteral("r.assignee_id = ?");
        binds << *filter.assigneeId;
    }
    if (!filter.department.trimmed().isEmpty()) {
        where << QStringLiteral("r.department = ? COLLATE NOCASE");
        binds << filter.department.trimmed();
    }
    if (filter.source) {
        where << QStringLiteral("r.source = ?");
        binds << requestSourceKey(*filter.source);
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("r.created_at >= ?");
        binds << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("r.created_at < ?");
        binds << filter.to.addDays(1).toString(Qt::ISODate);
    }
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        bool number = false;
        const qint64 n = search.toLongLong(&number);
        if (number) {
            where << QStringLiteral("(r.insured_id = ? OR r.id = ?)");
            binds << n << n;
        } else {
            QString escaped = search;
            escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                .replace(QLatin1Char('%'), QStringLiteral("\\%"))
                .replace(QLatin1Char('_'), QStringLiteral("\\_"));
            const QString like = QLatin1Char('%') + escaped + QLatin1Char('%');
            where << QStringLiteral("(i.name LIKE ? ESCAPE '\\' OR i.dba LIKE ? ESCAPE '\\' OR r.holder_name LIKE ? "
                                    "ESCAPE '\\')");
            binds << like << like << like;
        }
    }
    QSqlQuery q = m_session.database().query();
    q.prepare(kSelect + (where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))) +
              QStringLiteral(" ORDER BY r.id LIMIT %1 OFFSET %2")
                  .arg(qBound(1, filter.limit, 100000))
                  .arg(qMax(0, filter.offset)));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s.error();
    std::vector<CertificateRequest> out;
    while (q.next())
        out.push_back(readRow(q));
    return out;
}

Result<int> RequestListService::pendingCount() const
{
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM certificate_requests WHERE status IN ('new','in_progress')"));
    if (Status s = exec(q); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<RequestDetail> RequestListService::detail(qint64 id) const
{
    RequestDetail d;
    auto request = get(id);
    if (!request)
        return request.error();
    d.request = *request;
    auto trail = ActivityService(m_session).forEntity(QStringLiteral("certificate_request"), id);
    if (!trail)
        return trail.error();
    d.trail = *trail;
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral("SELECT file_name, bytes FROM certificate_request_files WHERE request_id = ? AND "
                             "kind = 'email' ORDER BY id DESC LIMIT 1"));
    q.addBindValue(id);
    if (Status s = exec(q); !s)
        return s.error();
    if (q.next()) {
        auto email = ReceivedEmail::parse(q.value(1).toByteArray(), q.value(0).toString());
        if (email)
            d.emailText = email->textBody;
    }
    return d;
}

QJsonObject RequestListService::toJson(const CertificateRequest& r)
{
    const auto id = [](const std::optional<qint64>& v) { return v ? QJsonValue(double(*v)) : QJsonValue(); };
    return QJsonObject{
        {QStringLiteral("id"), double(r.id)},
        {QStringLiteral("insuredId"), double(r.insuredId)},
        {QStringLiteral("insured"), r.insuredName},
        {QStringLiteral("masterId"), id(r.masterId)},
        {QStringLiteral("holderId"), id(r.holderId)},
        {QStringLiteral("holder"), QJsonObject{{QStringLiteral("name"), r.holder.name},
                                               {QStringLiteral("address1"), r.holder.address1},
                                               {QStringLiteral("address2"), r.holder.address2},
                                               {QStringLiteral("city"), r.holder.city},
                                               {QStringLiteral("state"), r.holder.state},
                                               {QStringLiteral("postalCode"), r.holder.postalCode},
                                               {QStringLiteral("country"), r.holder.country},
                                               {QStringLiteral("email"), r.holder.email}}},
        {QStringLiteral("type"), requestTypeKey(r.type)},
        {QStringLiteral("status"), requestStatusKey(r.status)},
        {QStringLiteral("source"), requestSourceKey(r.source)},
        {QStringLiteral("manual"), r.manual},
        {QStringLiteral("manualReason"), r.manualReason},
        {QStringLiteral("assigneeId"), id(r.assigneeId)},
        {QStringLiteral("assignee"), r.assigneeName},
        {QStringLiteral("department"), r.department},
        {QStringLiteral("notes"), r.notes},
        {QStringLiteral("paymentApprovedBy"), r.paymentApprovedByName},
        {QStringLiteral("paymentApprovedAt"), r.paymentApprovedAt},
        {QStringLiteral("certificate"), r.certificateNumber},
        {QStringLiteral("uploadedFile"), r.uploadedFileName},
        {QStringLiteral("email"), r.emailSubject},
        {QStringLiteral("rejectionReason"), r.rejectionReason},
        {QStringLiteral("rejectionComment"), r.rejectionComment},
        {QStringLiteral("createdBy"), r.createdByName},
        {QStringLiteral("createdAt"), r.createdAt},
        {QStringLiteral("updatedAt"), r.updatedAt},
        {QStringLiteral("closedAt"), r.closedAt},
        {QStringLiteral("rowVersion"), r.rowVersion},
    };
}

} // namespace agencydesk
