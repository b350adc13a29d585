#include "RequestProcessor.h"

#include "ActivityService.h"
#include "CertificateHolderService.h"
#include "CertificateMailer.h"
#include "CertificateMasterService.h"
#include "CertificateService.h"
#include "Database.h"
#include "InsuredService.h"
#include "MailSettingsService.h"
#include "OutboxService.h"
#include "PdfInspector.h"
#include "PolicyService.h"
#include "ReceivedEmail.h"
#include "RejectionReasonService.h"
#include "RequestListService.h"
#include "RequestMailer.h"
#include "Validation.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

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

CertificateHolderRecord holderRecord(const CertificateRequest& r)
{
    CertificateHolderRecord h;
    h.masterId = r.masterId.value_or(0);
    h.name = r.holder.name;
    h.address1 = r.holder.address1;
    h.address2 = r.holder.address2;
    h.city = r.holder.city;
    h.state = r.holder.state;
    h.postalCode = r.holder.postalCode;
    h.country = r.holder.country;
    h.email = r.holder.email;
    h.requireWaiverOfSubrogation = r.type == RequestType::Wos;
    return h;
}

/// A named savepoint inside the open transaction: automatic processing that fails is undone alone, and the request
/// goes to the manual list with the reason.
class Savepoint
{
public:
    explicit Savepoint(const Database& db) : m_db(db) {}
    Status begin() { return execSql(m_db, QStringLiteral("SAVEPOINT request_automation")); }
    Status release() { return execSql(m_db, QStringLiteral("RELEASE request_automation")); }
    Status rollback()
    {
        if (Status s = execSql(m_db, QStringLiteral("ROLLBACK TO request_automation")); !s)
            return s;
        return release();
    }

private:
    const Database& m_db;
};

} // namespace

Status RequestProcessor::write(const CertificateRequest& r, const QString& action, const QString& summary,
                               const QJsonObject& details)
{
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral(
        "UPDATE certificate_requests SET master_id = ?, holder_id = ?, holder_name = ?, holder_address1 = ?, "
        "holder_address2 = ?, holder_city = ?, holder_state = ?, holder_postal_code = ?, holder_country = ?, "
        "holder_email = ?, type = ?, status = ?, manual = ?, "
        "manual_reason = ?, assignee_id = ?, assignee_name = ?, department = ?, certificate_id = ?, "
        "rejection_reason_id = ?, rejection_comment = ?, updated_at = ?, closed_at = ?, row_version = row_version + 1 "
        "WHERE id = ? AND row_version = ?"));
    for (const QVariant& v : QVariantList{optionalValue(r.masterId),
                                          optionalValue(r.holderId),
                                          cleanText(r.holder.name),
                                          cleanText(r.holder.address1),
                                          cleanText(r.holder.address2),
                                          cleanText(r.holder.city),
                                          cleanText(r.holder.state),
                                          cleanText(r.holder.postalCode),
                                          cleanText(r.holder.country),
                                          cleanText(r.holder.email),
                                          requestTypeKey(r.type),
                                          requestStatusKey(r.status),
                                          r.manual,
                                          cleanNotes(r.manualReason),
                                          optionalValue(r.assigneeId),
                                          cleanText(r.assigneeName),
                                          cleanText(r.department),
                                          optionalValue(r.certificateId),
                                          optionalValue(r.rejectionReasonId),
                                          cleanNotes(r.rejectionComment),
                                          nowUtc(),
                                          cleanText(r.closedAt),
                                          r.id,
                                          r.rowVersion})
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error{ErrorCode::Conflict, tr("Request %1 was changed by someone else; reload it.").arg(r.id)};
    return recordActivity(m_session, QStringLiteral("certificate_request"), r.id, r.insuredId, action, summary,
                          details);
}

Result<QStringList> RequestProcessor::automationBlockers(CertificateRequest& r, const Insured& insured)
{
    QStringList why;
    if (!r.notes.isEmpty())
        why << QStringLiteral("The request has notes or instructions.");
    if (r.source == RequestSource::Holder)
        why << QStringLiteral("The client says the holder's requirements are not met.");
    if (!insured.automationEligible)
        why << QStringLiteral("The customer is not eligible for automatic processing.");
    if (insured.email.trimmed().isEmpty())
        why << QStringLiteral("The customer has no email address.");
    if (r.holder.email.isEmpty())
        why << QStringLiteral("The holder has no email address.");
    if (!r.masterId) {
        why << QStringLiteral("No certificate master is chosen.");
        return why;
    }
    CertificateHolderRecord record = holderRecord(r);
    if (!r.holderId) {
        if (Status s = CertificateHolderService::validate(record); !s)
            why << QStringLiteral("The holder's data is incomplete: %1").arg(s.error().message);
    }
    if (r.type == RequestType::Wos) {
        auto endorsed = hasWosEndorsement(*r.masterId);
        if (!endorsed)
            return endorsed.error();
        if (!*endorsed)
            why << QStringLiteral("No policy on the master has a waiver of subrogation endorsement.");
        if (!r.paymentApproved())
            why << QStringLiteral("Waiting for payment approval.");
    }
    if (!why.isEmpty())
        return why;
    // Not marked WOS yet: a request that ends on the manual list must not change the holder for good.
    auto holderId = ensureHolder(r, false);
    if (!holderId)
        return holderId.error();
    auto report = ComplianceService(m_session).check(*holderId);
    if (!report)
        return report.error();
    if (!report->compliant())
        why << QStringLiteral("The holder's requirements are not met: %1")
                   .arg(report->reasons().join(QLatin1Char(' ')));
    return why;
}

Result<bool> RequestProcessor::hasWosEndorsement(qint64 masterId) const
{
    auto master = CertificateMasterService(m_session).get(masterId);
    if (!master)
        return master.error();
    PolicyService policies(m_session);
    for (const MasterPolicy& mp : master->policies) {
        auto policy = policies.get(mp.policyId);
        if (!policy)
            return policy.error();
        if (policy->indicators.waiverOfSubrogationEndorsement)
            return true;
    }
    return false;
}

Result<qint64> RequestProcessor::ensureHolder(CertificateRequest& r, bool markWos)
{
    const Database& db = m_session.database();
    if (!r.holderId) {
        QSqlQuery match = db.query();
        match.prepare(QStringLiteral("SELECT id FROM certificate_holders WHERE master_id = ? AND name = ? COLLATE "
                                     "NOCASE AND address1 = ? COLLATE NOCASE AND postal_code = ? COLLATE NOCASE "
                                     "ORDER BY id LIMIT 1"));
        for (const QVariant& v : QVariantList{r.masterId.value_or(0), r.holder.name, r.holder.address1,
                                              normalizedPostalCode(r.holder.country, r.holder.postalCode)})
            match.addBindValue(v);
        if (Status s = exec(match); !s)
            return s.error();
        if (match.next()) {
            r.holderId = match.value(0).toLongLong();
        } else {
            auto id = CertificateHolderService(m_session).createInTransaction(holderRecord(r));
            if (!id)
                return id.error();
            r.holderId = *id;
        }
    }
    if (markWos && r.type == RequestType::Wos) {
        // A WOS certificate shows SUBR WVD for this holder: the holder requires the waiver from now on.
        QSqlQuery wos = db.query();
        wos.prepare(QStringLiteral("UPDATE certificate_holders SET require_wos = 1, updated_at = ?, "
                                   "row_version = row_version + 1 WHERE id = ? AND require_wos = 0"));
        wos.addBindValue(nowUtc());
        wos.addBindValue(*r.holderId);
        if (Status s = exec(wos); !s)
            return s.error();
        if (wos.numRowsAffected() == 1) {
            if (Status s = recordActivity(m_session, QStringLiteral("certificate_holder"), *r.holderId, r.insuredId,
                                          QStringLiteral("updated"),
                                          QStringLiteral("Holder %1 requires a waiver of subrogation (request %2)")
                                              .arg(r.holder.name)
                                              .arg(r.id));
                !s)
                return s.error();
        }
    }
    return *r.holderId;
}

Status RequestProcessor::route(CertificateRequest& r, const Insured& insured)
{
    const Database& db = m_session.database();
    Savepoint savepoint(db);
    if (Status s = savepoint.begin(); !s)
        return s;
    CertificateRequest attempt = r;
    auto blockers = automationBlockers(attempt, insured);
    Status done = blockers ? Status() : Status(blockers.error());
    if (blockers && blockers->isEmpty()) {
        done = complete(attempt, SubmitOptions{}, true);
        if (done) {
            r = attempt;
            return savepoint.release();
        }
    }
    if (blockers && !blockers->isEmpty()) {
        r.holderId = attempt.holderId; // a holder matched or added for the compliance check stays with the request
        if (Status s = savepoint.release(); !s)
            return s;
    } else if (Status s = savepoint.rollback(); !s) {
        return s;
    }
    const QString reason = blockers && !blockers->isEmpty()
                               ? blockers->join(QLatin1Char(' '))
                               : QStringLiteral("Automatic processing failed: %1").arg(done.error().message);
    r.manual = true;
    r.manualReason = reason;
    r.department = certificatesDepartment();
    if (Status s =
            write(r, QStringLiteral("manual"), QStringLiteral("Manual review, certificates department: %1").arg(reason),
                  QJsonObject{{QStringLiteral("reason"), reason}});
        !s)
        return s;
    ++r.rowVersion;
    return announce(r, insured);
}

Status RequestProcessor::announce(const CertificateRequest& r, const Insured& insured)
{
    auto settings = MailSettingsService::read(m_session.database());
    if (!settings)
        return settings.error();
    if (!settings->isConfigured() || settings->requestsAddress.isEmpty())
        return {}; // no department address: the Requests tab's count is the notice
    auto mail = RequestMailer(m_session).newRequestNotice(r, insured, settings->requestsAddress);
    if (!mail)
        return mail.error();
    auto queued = OutboxService(m_session).enqueueInTransaction(*mail);
    if (!queued && queued.error().code == ErrorCode::Database)
        return queued.error();
    return {}; // an intake never fails because its notice could not be queued
}

Status RequestProcessor::applyEdits(CertificateRequest& r, const SubmitOptions& options)
{
    const bool certificateEdited = options.description || !options.omittedPolicyIds.empty();
    if (certificateEdited && !r.uploadedFileName.isEmpty())
        return validationError(tr("Request %1 sends the uploaded certificate %2 as it is: its description and lines "
                                  "cannot be edited.")
                                   .arg(r.id)
                                   .arg(r.uploadedFileName));
    QStringList changes;
    QJsonObject details;
    if (options.holder) {
        RequestHolder edited = *options.holder;
        for (QString* field : {&edited.name, &edited.address1, &edited.address2, &edited.city, &edited.state,
                               &edited.postalCode, &edited.country, &edited.email}) {
            if (containsLineBreak(*field))
                return validationError(
                    tr("The holder's fields are single lines: \"%1\" has a line break.").arg(field->trimmed()));
        }
        CertificateHolderRecord record;
        record.masterId = r.masterId.value_or(0);
        record.name = edited.name;
        record.address1 = edited.address1;
        record.address2 = edited.address2;
        record.city = edited.city;
        record.state = edited.state;
        record.postalCode = edited.postalCode;
        record.country = edited.country;
        record.email = edited.email;
        if (Status s = CertificateHolderService::validate(record); !s)
            return validationError(tr("The corrected holder is not valid: %1").arg(s.error().message));
        edited = {record.name,  record.address1,   record.address2, record.city,
                  record.state, record.postalCode, record.country,  record.email};
        const struct
        {
            const char* name;
            QString RequestHolder::*field;
        } fields[] = {{"name", &RequestHolder::name},
                      {"address line 1", &RequestHolder::address1},
                      {"address line 2", &RequestHolder::address2},
                      {"city", &RequestHolder::city},
                      {"state", &RequestHolder::state},
                      {"postal code", &RequestHolder::postalCode},
                      {"country", &RequestHolder::country},
                      {"email", &RequestHolder::email}};
        QStringList holderChanges;
        for (const auto& f : fields) {
            const QString before = r.holder.*f.field;
            const QString after = edited.*f.field;
            if (before != after)
                holderChanges << QStringLiteral("%1 \"%2\" -> \"%3\"").arg(QLatin1String(f.name), before, after);
        }
        if (!holderChanges.isEmpty()) {
            changes << QStringLiteral("Holder corrected: %1").arg(holderChanges.join(QStringLiteral(", ")));
            details.insert(QStringLiteral("holderBefore"),
                           RequestListService::toJson(r).value(QStringLiteral("holder")));
            r.holder = edited;
            // The holder record on the master is matched or added from the corrected data when the certificate is
            // issued (ensureHolder).
            r.holderId.reset();
            details.insert(QStringLiteral("holderAfter"),
                           RequestListService::toJson(r).value(QStringLiteral("holder")));
        }
    }
    if (certificateEdited) {
        if (!r.masterId)
            return validationError(
                tr("Request %1 has no certificate master: there is no certificate to edit.").arg(r.id));
        auto master = CertificateMasterService(m_session).get(*r.masterId);
        if (!master)
            return master.error();
        if (options.description) {
            const QString description = options.description->trimmed();
            if (description.size() > 10000)
                return validationError(tr("The description is too long (at most 10,000 characters)."));
            if (description != master->description.trimmed()) {
                changes << QStringLiteral("Description for this certificate: %1")
                               .arg(description.isEmpty() ? QStringLiteral("(none)") : description);
                details.insert(QStringLiteral("description"), description);
            }
        }
        QStringList omitted;
        QJsonArray omittedIds;
        for (qint64 policyId : options.omittedPolicyIds) {
            const auto& lines = master->policies;
            auto line = std::find_if(lines.begin(), lines.end(),
                                     [policyId](const MasterPolicy& mp) { return mp.policyId == policyId; });
            if (line == lines.end())
                return validationError(tr("Policy %1 is not on certificate master %2: it cannot be left off.")
                                           .arg(policyId)
                                           .arg(master->name));
            omitted << line->policyNumber;
            omittedIds.append(double(policyId));
        }
        if (!omitted.isEmpty() && omitted.size() >= qsizetype(master->policies.size()))
            return validationError(tr("Every line of certificate master %1 is left off: keep at least one line on "
                                      "the certificate.")
                                       .arg(master->name));
        if (!omitted.isEmpty()) {
            changes << QStringLiteral("Lines left off this certificate: %1").arg(omitted.join(QStringLiteral(", ")));
            details.insert(QStringLiteral("omittedPolicies"), omittedIds);
        }
    }
    if (changes.isEmpty())
        return {};
    return recordActivity(m_session, QStringLiteral("certificate_request"), r.id, r.insuredId, QStringLiteral("edited"),
                          changes.join(QStringLiteral("; ")), details);
}

Status RequestProcessor::complete(CertificateRequest& r, const SubmitOptions& options, bool automatic)
{
    const Database& db = m_session.database();
    auto insured = InsuredService(m_session).get(r.insuredId);
    if (!insured)
        return insured.error();
    QSqlQuery file = db.query();
    file.prepare(QStringLiteral("SELECT file_name, bytes FROM certificate_request_files WHERE request_id = ? AND "
                                "kind = 'certificate' ORDER BY id DESC LIMIT 1"));
    file.addBindValue(r.id);
    if (Status s = exec(file); !s)
        return s;
    std::vector<OutgoingMail> mails;
    QString what;
    if (file.next()) {
        what = file.value(0).toString();
        auto made = RequestMailer(m_session).uploadedCertificate(r, *insured, file.value(1).toByteArray(), what,
                                                                 options.emailHolder, options.message);
        if (!made)
            return made.error();
        mails = *made;
    } else {
        if (!r.masterId)
            return validationError(tr("Request %1 has no certificate master: choose one, or upload a certificate "
                                      "issued elsewhere.")
                                       .arg(r.id));
        if (r.type == RequestType::Wos) {
            auto endorsed = hasWosEndorsement(*r.masterId);
            if (!endorsed)
                return endorsed.error();
            if (!*endorsed)
                return validationError(tr("Request %1 is a waiver of subrogation, but no policy on its master has a "
                                          "waiver of subrogation endorsement: relabel it COI/POI or reject it.")
                                           .arg(r.id));
        }
        auto holderId = ensureHolder(r, true);
        if (!holderId)
            return holderId.error();
        const CertificateEdits edits{options.description, options.omittedPolicyIds};
        auto certificate = CertificateService(m_session).issueInTransaction(*r.masterId, *holderId, options.force,
                                                                            std::nullopt, edits);
        if (!certificate)
            return certificate.error();
        r.certificateId = certificate->id;
        r.certificateNumber = certificate->number;
        what = certificate->number;
        CertificateEmailRequest emailRequest;
        emailRequest.toClient = true;
        emailRequest.toHolder = options.emailHolder;
        emailRequest.holderAddress = r.holder.email;
        emailRequest.message = options.message;
        auto made = CertificateMailer(m_session).prepare(certificate->number, emailRequest);
        if (!made)
            return made.error();
        mails = *made;
    }
    OutboxService outbox(m_session);
    QStringList to;
    for (const OutgoingMail& mail : mails) {
        auto id = outbox.enqueueInTransaction(mail);
        if (!id)
            return id.error();
        to << mail.to;
    }
    r.status = RequestStatus::Completed;
    r.closedAt = nowUtc();
    if (automatic) {
        r.manual = false;
        r.manualReason.clear();
    } else {
        r.assigneeId = m_session.user.id;
        r.assigneeName = actorName(m_session);
    }
    if (Status s = write(r, QStringLiteral("completed"),
                         QStringLiteral("%1 %2, emailed to %3")
                             .arg(automatic ? QStringLiteral("Processed automatically: certificate")
                                            : QStringLiteral("Submitted certificate"),
                                  what, to.join(QStringLiteral(", "))),
                         QJsonObject{{QStringLiteral("certificate"), what},
                                     {QStringLiteral("to"), QJsonArray::fromStringList(to)},
                                     {QStringLiteral("automatic"), automatic}});
        !s)
        return s;
    ++r.rowVersion;
    return {};
}

} // namespace agencydesk
