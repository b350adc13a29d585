#include "RequestService.h"

#include "ActivityService.h"
#include "CertificateHolderService.h"
#include "CertificateMailer.h"
#include "CertificateMasterService.h"
#include "CertificateService.h"
#include "Database.h"
#include "InsuredService.h"
#include "OutboxService.h"
#include "PdfInspector.h"
#include "PolicyService.h"
#include "ReceivedEmail.h"
#include "RejectionReasonService.h"
#include "RequestListService.h"
#include "RequestMailer.h"
#include "RequestProcessor.h"
#include "Validation.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace agencydesk {

namespace {

QVariant optionalValue(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant();
}

QString actorName(const Session& session)
{
    return session.user.userName;
}

/// Multi-line text (notes), trimmed and never null.
QString cleanNotes(const QString& text)
{
    const QString t = text.trimmed();
    return t.isNull() ? QStringLiteral("") : t;
}

QString typeName(RequestType type)
{
    return type == RequestType::Wos ? QStringLiteral("WOS") : QStringLiteral("COI/POI");
}

} // namespace

Status RequestService::checkOpen(const CertificateRequest& r, bool allowOthersInProgress) const
{
    if (r.status == RequestStatus::Completed)
        return validationError(tr("Request %1 is completed (certificate %2): nothing more can be done with it.")
                                   .arg(r.id)
                                   .arg(r.certificateNumber.isEmpty() ? r.uploadedFileName : r.certificateNumber));
    if (r.status == RequestStatus::Rejected)
        return validationError(tr("Request %1 was rejected: nothing more can be done with it.").arg(r.id));
    if (!allowOthersInProgress && r.status == RequestStatus::InProgress && r.assigneeId &&
        *r.assigneeId != m_session.user.id)
        return Error{ErrorCode::Conflict,
                     tr("Request %1 is in progress with %2: take it over first.").arg(r.id).arg(r.assigneeName)};
    return {};
}

Result<qint64> RequestService::insertRequest(CertificateRequest& r, const Insured& insured)
{
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral(
        "INSERT INTO certificate_requests(insured_id, master_id, holder_id, holder_name, holder_address1, "
        "holder_address2, holder_city, holder_state, holder_postal_code, holder_country, holder_email, type, status, "
        "source, manual, notes, created_by, created_by_name, created_at, updated_at, row_version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'new', ?, 1, ?, ?, ?, ?, ?, 1)"));
    const QString now = nowUtc();
    for (const QVariant& v :
         QVariantList{r.insuredId, optionalValue(r.masterId), optionalValue(r.holderId), r.holder.name,
                      r.holder.address1, r.holder.address2, r.holder.city, r.holder.state, r.holder.postalCode,
                      r.holder.country, r.holder.email, requestTypeKey(r.type), requestSourceKey(r.source), r.notes,
                      m_session.user.id > 0 ? QVariant(m_session.user.id) : QVariant(), actorName(m_session), now, now})
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s.error();
    r.id = q.lastInsertId().toLongLong();
    r.status = RequestStatus::New;
    r.rowVersion = 1;
    r.createdAt = now;
    if (Status s = recordActivity(m_session, QStringLiteral("certificate_request"), r.id, r.insuredId,
                                  QStringLiteral("created"),
                                  QStringLiteral("%1 request from %2 for %3 (%4)")
                                      .arg(typeName(r.type), insured.name,
                                           r.holder.name.isEmpty() ? QStringLiteral("(no holder name)") : r.holder.name,
                                           requestSourceKey(r.source)),
                                  RequestListService::toJson(r));
        !s)
        return s.error();
    return r.id;
}

Result<qint64> RequestService::intake(const CertificateRequest& request)
{
    return intakeEmail(request, {}, {});
}

Result<qint64> RequestService::intakeEmail(CertificateRequest input, const QByteArray& eml, const QString& fileName)
{
    if (Status s = authorize(m_session, Operation::RequestCreate); !s)
        return s.error();
    // Only what a customer submits; status, assignee, payment approval and the rest are the desk's.
    CertificateRequest r;
    r.insuredId = input.insuredId;
    r.masterId = input.masterId;
    r.holderId = input.holderId;
    r.holder = input.holder;
    r.type = input.type;
    r.source = input.source;
    r.notes = input.notes;
    std::optional<ReceivedEmail> email;
    if (!eml.isEmpty()) {
        auto parsed = ReceivedEmail::parse(eml, fileName);
        if (!parsed)
            return parsed.error();
        email = *parsed;
        r.source = RequestSource::Email;
    }
    for (QString* field : {&r.holder.name, &r.holder.address1, &r.holder.address2, &r.holder.city, &r.holder.state,
                           &r.holder.postalCode, &r.holder.country, &r.holder.email}) {
        if (containsLineBreak(*field))
            return validationError(tr("The holder's fields are single lines: \"%1\" has a line break.").arg(*field));
        *field = cleanText(*field);
    }
    r.holder.state = r.holder.state.toUpper();
    if (r.holder.country.isEmpty())
        r.holder.country = QStringLiteral("US");
    r.notes = cleanNotes(r.notes);
    if (r.notes.size() > 10000)
        return validationError(tr("The notes are too long (at most 10,000 characters)."));
    if (!r.holder.email.isEmpty() && !isPlausibleEmail(r.holder.email))
        return validationError(tr("The holder's email address \"%1\" is not valid.").arg(r.holder.email));
    if (r.source == RequestSource::Holder && !r.holderId)
        return validationError(tr("A request from a holder added on a shared master names that holder."));

    const Database& db = m_session.database();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto insured = InsuredService(m_session).get(r.insuredId);
    if (!insured)
        return insured.error();
    if (!insured->active)
        return validationError(
            tr("%1 is inactive: an inactive customer cannot request certificates.").arg(insured->name));
    if (r.holderId) {
        auto holder = CertificateHolderService(m_session).get(*r.holderId);
        if (!holder)
            return holder.error();
        if (r.masterId && *r.masterId != holder->masterId)
            return validationError(tr("Holder %1 is not on certificate master %2.").arg(holder->name).arg(*r.masterId));
        r.masterId = holder->masterId;
        if (r.holder.name.isEmpty()) {
            r.holder = {holder->name,  holder->address1,   holder->address2, holder->city,
                        holder->state, holder->postalCode, holder->country,  holder->email};
        }
    }
    if (r.masterId) {
        auto master = CertificateMasterService(m_session).get(*r.masterId);
        if (!master)
            return master.error();
        if (master->insuredId != r.insuredId)
            return validationError(
                tr("Certificate master %1 belongs to another customer than %2.").arg(*r.masterId).arg(insured->name));
    }
    auto id = insertRequest(r, *insured);
    if (!id)
        return id.error();
    if (email) {
        QSqlQuery f = db.query();
        f.prepare(QStringLiteral("INSERT INTO certificate_request_files(request_id, kind, file_name, bytes, "
                                 "added_by_name, added_at) VALUES (?, 'email', ?, ?, ?, ?)"));
        for (const QVariant& v :
             QVariantList{r.id, cleanText(email->subject.isEmpty() ? QFileInfo(fileName).fileName() : email->subject),
                          eml, actorName(m_session), nowUtc()})
            f.addBindValue(v);
        if (Status s = exec(f); !s)
            return s.error();
    }
    if (Status s = RequestProcessor(m_session).route(r, *insured); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return r.id;
}

Result<qint64> RequestService::raiseForReviewInTransaction(qint64 holderId, RequestSource source, const QString& reason)
{
    if (Status s = authorize(m_session, Operation::RequestCreate); !s)
        return s.error();
    auto holder = CertificateHolderService(m_session).get(holderId);
    if (!holder)
        return holder.error();
    auto master = CertificateMasterService(m_session).get(holder->masterId);
    if (!master)
        return master.error();
    auto insured = InsuredService(m_session).get(master->insuredId);
    if (!insured)
        return insured.error();
    CertificateRequest r;
    r.insuredId = insured->id;
    r.masterId = holder->masterId;
    r.holderId = holderId;
    r.holder = {holder->name,  holder->address1,   holder->address2, holder->city,
                holder->state, holder->postalCode, holder->country,  holder->email};
    r.source = source;
    r.notes = QStringLiteral("");
    auto id = insertRequest(r, *insured);
    if (!id)
        return id.error();
    r.manual = true;
    r.manualReason = reason;
    r.department = certificatesDepartment();
    if (Status s = RequestProcessor(m_session).write(
            r, QStringLiteral("manual"), QStringLiteral("Manual review, certificates department: %1").arg(reason),
            QJsonObject{{QStringLiteral("reason"), reason}});
        !s)
        return s.error();
    if (Status s = RequestProcessor(m_session).announce(r, *insured); !s)
        return s.error();
    return r.id;
}

Status RequestService::take(qint64 id, bool takeOver)
{
    if (Status s = authorize(m_session, Operation::RequestProcess); !s)
        return s;
    Transaction tx(m_session.database());
    if (Status s = tx.begin(); !s)
        return s;
    auto r = RequestListService::read(m_session.database(), id);
    if (!r)
        return r.error();
    CertificateRequest request = *r;
    if (Status s = checkOpen(request, takeOver); !s)
        return s;
    if (request.type == RequestType::Wos && !request.paymentApproved())
        return validationError(
            tr("Request %1 is a waiver of subrogation waiting for payment approval.").arg(request.id));
    if (request.status == RequestStatus::InProgress && request.assigneeId == m_session.user.id)
        return validationError(tr("Request %1 is already in progress with you.").arg(request.id));
    const QString previous = request.status == RequestStatus::InProgress ? request.assigneeName : QString();
    request.status = RequestStatus::InProgress;
    request.assigneeId = m_session.user.id;
    request.assigneeName = actorName(m_session);
    if (Status s = RequestProcessor(m_session).write(
            request, previous.isEmpty() ? QStringLiteral("taken") : QStringLiteral("taken_over"),
            previous.isEmpty() ? QStringLiteral("Marked in progress by %1").arg(request.assigneeName)
                               : QStringLiteral("Taken over from %1 by %2").arg(previous, request.assigneeName));
        !s)
        return s;
    return tx.commit();
}

Status RequestService::submit(qint64 id, const SubmitOptions& options)
{
    if (Status s = authorize(m_session, Operation::RequestProcess); !s)
        return s;
    Transaction tx(m_session.database());
    if (Status s = tx.begin(); !s)
        return s;
    auto r = RequestListService::read(m_session.database(), id);
    if (!r)
        return r.error();
    CertificateRequest request = *r;
    if (request.status == RequestStatus::Completed)
        return validationError(
            tr("Request %1 was already submitted (certificate %2): it is not sent twice.")
                .arg(request.id)
                .arg(request.certificateNumber.isEmpty() ? request.uploadedFileName : request.certificateNumber));
    if (Status s = checkOpen(request); !s)
        return s;
    if (request.type == RequestType::Wos && !request.paymentApproved())
        return validationError(
            tr("Request %1 is a waiver of subrogation waiting for payment approval.").arg(request.id));
    RequestProcessor processor(m_session);
    if (Status s = processor.applyEdits(request, options); !s)
        return s;
    if (Status s = processor.complete(request, options, false); !s)
        return s;
    return tx.commit();
}

Status RequestService::uploadExisting(qint64 id, const QByteArray& pdf, const QString& fileName)
{
    if (Status s = authorize(m_session, Operation::RequestProcess); !s)
        return s;
    const QString name =
        QFileInfo(fileName).fileName().isEmpty() ? QStringLiteral("certificate.pdf") : QFileInfo(fileName).fileName();
    if (!PdfInspector::looksLikePdf(pdf))
        return validationError(tr("%1 is not a PDF: upload the certificate as a PDF file.").arg(name));
    auto inspected = PdfInspector::inspect(pdf, name, false);
    if (!inspected)
        return inspected.error();
    const Database& db = m_session.database();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    auto r = RequestListService::read(db, id);
    if (!r)
        return r.error();
    CertificateRequest request = *r;
    if (Status s = checkOpen(request); !s)
        return s;
    QSqlQuery f = db.query();
    f.prepare(QStringLiteral("INSERT INTO certificate_request_files(request_id, kind, file_name, bytes, "
                             "added_by_name, added_at) VALUES (?, 'certificate', ?, ?, ?, ?)"));
    for (const QVariant& v : QVariantList{request.id, cleanText(name), pdf, actorName(m_session), nowUtc()})
        f.addBindValue(v);
    if (Status s = exec(f); !s)
        return s;
    if (Status s = RequestProcessor(m_session).write(
            request, QStringLiteral("uploaded"),
            QStringLiteral("Uploaded existing certificate %1 (%2 pages)").arg(name).arg(inspected->pageCount),
            QJsonObject{{QStringLiteral("file"), name}, {QStringLiteral("size"), double(pdf.size())}});
        !s)
        return s;
    return tx.commit();
}

Status RequestService::relabel(qint64 id, RequestType type)
{
    if (Status s = authorize(m_session, Operation::RequestProcess); !s)
        return s;
    Transaction tx(m_session.database());
    if (Status s = tx.begin(); !s)
        return s;
    auto r = RequestListService::read(m_session.database(), id);
    if (!r)
        return r.error();
    CertificateRequest request = *r;
    if (Status s = checkOpen(request); !s)
        return s;
    if (request.type == type)
        return validationError(tr("Request %1 is already %2.").arg(request.id).arg(typeName(type)));
    const RequestType before = request.type;
    request.type = type;
    if (Status s = RequestProcessor(m_session).write(
            request, QStringLiteral("relabelled"),
            QStringLiteral("Relabelled %1 -> %2").arg(typeName(before), typeName(type)));
        !s)
        return s;
    return tx.commit();
}

Status RequestService::reject(qint64 id, qint64 reasonId, const QString& comment)
{
    if (Status s = authorize(m_session, Operation::RequestProcess); !s)
        return s;
    const QString note = cleanNotes(comment);
    if (note.size() > 2000)
        return validationError(tr("The comment is too long (at most 2,000 characters)."));
    Transaction tx(m_session.database());
    if (Status s = tx.begin(); !s)
        return s;
    auto r = RequestListService::read(m_session.database(), id);
    if (!r)
        return r.error();
    CertificateRequest request = *r;
    if (request.status == RequestStatus::Completed)
        return validationError(tr("Request %1 is completed: a completed request cannot be rejected.").arg(request.id));
    if (request.status == RequestStatus::Rejected)
        return validationError(tr("Request %1 is already rejected.").arg(request.id));
    if (Status s = checkOpen(request); !s)
        return s;
    auto reason = RejectionReasonService(m_session).get(reasonId);
    if (!reason)
        return reason.error();
    if (reason->retired)
        return validationError(tr("The rejection reason \"%1\" is retired: choose another.").arg(reason->text));
    auto insured = InsuredService(m_session).get(request.insuredId);
    if (!insured)
        return insured.error();
    const QString reasonText = note.isEmpty() ? reason->text : reason->text + QStringLiteral(" — ") + note;
    QString emailed = QStringLiteral("not emailed: the customer has no email address");
    if (!insured->email.trimmed().isEmpty()) {
        auto mail = RequestMailer(m_session).rejection(request, *insured, reasonText);
        if (!mail)
            return mail.error();
        auto queued = OutboxService(m_session).enqueueInTransaction(*mail);
        if (!queued)
            return queued.error();
        emailed = QStringLiteral("emailed to %1").arg(insured->email.trimmed());
    }
    request.status = RequestStatus::Rejected;
    request.rejectionReasonId = reason->id;
    request.rejectionComment = note;
    request.closedAt = nowUtc();
    if (!request.assigneeId) {
        request.assigneeId = m_session.user.id;
        request.assigneeName = actorName(m_session);
    }
    if (Status s = RequestProcessor(m_session).write(
            request, QStringLiteral("rejected"), QStringLiteral("Rejected: %1 (%2)").arg(reasonText, emailed),
            QJsonObject{{QStringLiteral("reason"), reason->text}, {QStringLiteral("comment"), note}});
        !s)
        return s;
    return tx.commit();
}

Result<qint64> RequestService::addNote(qint64 id, const QString& text)
{
    if (Status s = authorize(m_session, Operation::RequestProcess); !s)
        return s.error();
    const QString note = cleanNotes(text);
    if (note.isEmpty())
        return validationError(tr("The note is empty."));
    if (note.size() > 10000)
        return validationError(tr("The note is too long (at most 10,000 characters)."));
    const Database& db = m_session.database();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto r = RequestListService::read(db, id);
    if (!r)
        return r.error();
    if (Status s = recordActivity(m_session, QStringLiteral("certificate_request"), id, r->insuredId,
                                  QStringLiteral("note"), note);
        !s)
        return s.error();
    QSqlQuery last = db.query();
    if (!last.exec(QStringLiteral("SELECT last_insert_rowid()")) || !last.next())
        return databaseError(last.lastError());
    const qint64 noteId = last.value(0).toLongLong();
    if (Status s = tx.commit(); !s)
        return s.error();
    return noteId;
}

Status RequestService::approvePayment(qint64 id)
{
    if (Status s = authorize(m_session, Operation::WosApprove); !s)
        return s;
    const Database& db = m_session.database();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    auto r = RequestListService::read(db, id);
    if (!r)
        return r.error();
    CertificateRequest request = *r;
    if (request.type != RequestType::Wos)
        return validationError(
            tr("Request %1 is a COI/POI: only a waiver of subrogation waits for payment approval.").arg(request.id));
    if (request.paymentApproved())
        return validationError(tr("The payment for request %1 was already approved by %2 on %3.")
                                   .arg(request.id)
                                   .arg(request.paymentApprovedByName, request.paymentApprovedAt));
    if (Status s = checkOpen(request, true); !s)
        return s;
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("UPDATE certificate_requests SET payment_approved_by = ?, payment_approved_by_name = ?, "
                             "payment_approved_at = ? WHERE id = ?"));
    request.paymentApprovedByName = actorName(m_session);
    request.paymentApprovedAt = nowUtc();
    for (const QVariant& v : QVariantList{m_session.user.id > 0 ? QVariant(m_session.user.id) : QVariant(),
                                          request.paymentApprovedByName, request.paymentApprovedAt, request.id})
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s;
    if (Status s = RequestProcessor(m_session).write(
            request, QStringLiteral("payment_approved"),
            QStringLiteral("Payment approved by %1").arg(request.paymentApprovedByName));
        !s)
        return s;
    ++request.rowVersion;
    if (request.status == RequestStatus::New) {
        // Waiting for the payment may have been the only reason it was not processed automatically.
        auto insured = InsuredService(m_session).get(request.insuredId);
        if (!insured)
            return insured.error();
        if (Status s = RequestProcessor(m_session).route(request, *insured); !s)
            return s;
    }
    return tx.commit();
}

Status RequestService::setAutomationEligible(qint64 insuredId, bool eligible)
{
    if (Status s = authorize(m_session, Operation::InsuredSetAutomation); !s)
        return s;
    const Database& db = m_session.database();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    auto insured = InsuredService(m_session).get(insuredId);
    if (!insured)
        return insured.error();
    if (insured->automationEligible == eligible)
        return validationError(eligible
                                   ? tr("%1 is already eligible for automatic processing.").arg(insured->name)
                                   : tr("%1 is already not eligible for automatic processing.").arg(insured->name));
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("UPDATE insureds SET automation_eligible = ?, updated_at = ?, updated_by = ?, "
                             "row_version = row_version + 1 WHERE id = ?"));
    for (const QVariant& v :
         QVariantList{eligible, nowUtc(), m_session.user.id > 0 ? QVariant(m_session.user.id) : QVariant(), insuredId})
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s;
    if (Status s = recordActivity(m_session, QStringLiteral("insured"), insuredId, insuredId, QStringLiteral("updated"),
                                  eligible ? QStringLiteral("Certificate requests processed automatically")
                                           : QStringLiteral("Certificate requests always reviewed by hand"),
                                  QJsonObject{{QStringLiteral("automationEligible"), eligible}});
        !s)
        return s;
    return tx.commit();
}

} // namespace agencydesk
