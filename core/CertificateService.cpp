#include "CertificateService.h"

#include "ActivityService.h"
#include "AgencyService.h"
#include "CertificateHolderService.h"
#include "CertificateMasterService.h"
#include "CertificateRenderer.h"
#include "Database.h"
#include "InsuredService.h"
#include "LimitCodes.h"
#include "PolicyService.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <map>

namespace agencydesk {

namespace {

QVariant userId(const Session& session)
{
    return session.user.id > 0 ? QVariant(session.user.id) : QVariant();
}

bool takesAdditionalInsured(LineOfBusiness line)
{
    return line == LineOfBusiness::GeneralLiability || line == LineOfBusiness::Auto || line == LineOfBusiness::Umbrella;
}

struct MasterWithPolicies
{
    CertificateMaster master;
    CertificateHolderRecord holder;
    std::vector<std::pair<MasterPolicy, Policy>> policies;
};

Result<MasterWithPolicies> load(const Session& session, qint64 masterId, qint64 holderId,
                                const std::vector<qint64>& omittedPolicyIds = {})
{
    MasterWithPolicies out;
    Result<CertificateHolderRecord> holder = CertificateHolderService(session).get(holderId);
    if (!holder)
        return holder.error();
    if (masterId == 0)
        masterId = holder->masterId;
    if (holder->masterId != masterId)
        return validationError(CertificateService::tr("Certificate holder %1 (%2) is not on certificate master %3.")
                                   .arg(holder->name)
                                   .arg(holderId)
                                   .arg(masterId));
    Result<CertificateMaster> master = CertificateMasterService(session).get(masterId);
    if (!master)
        return master.error();
    out.master = *master;
    out.holder = *holder;
    PolicyService policies(session);
    for (qint64 omitted : omittedPolicyIds) {
        const auto& lines = out.master.policies;
        if (std::none_of(lines.begin(), lines.end(),
                         [omitted](const MasterPolicy& mp) { return mp.policyId == omitted; }))
            return validationError(
                CertificateService::tr("Policy %1 is not on certificate master %2: it cannot be left off.")
                    .arg(omitted)
                    .arg(out.master.name));
    }
    for (const MasterPolicy& mp : out.master.policies) {
        if (std::find(omittedPolicyIds.begin(), omittedPolicyIds.end(), mp.policyId) != omittedPolicyIds.end())
            continue;
        Result<Policy> p = policies.get(mp.policyId);
        if (!p)
            return p.error();
        out.policies.emplace_back(mp, *p);
    }
    return out;
}

QString dateText(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

Result<ComplianceReport> ComplianceService::check(qint64 holderId, const QDate& date, std::optional<qint64> laterTerm,
                                                  const std::vector<qint64>& omittedPolicyIds) const
{
    Result<MasterWithPolicies> loaded = load(m_session, 0, holderId, omittedPolicyIds);
    if (!loaded)
        return loaded.error();
    const MasterWithPolicies& m = *loaded;
    ComplianceReport report;
    report.holderId = holderId;
    report.date = date;
    Result<AgencyProfile> profile = AgencyService::readProfile(m_session.database());
    if (!profile)
        return profile.error();
    const int warningDays = profile->complianceWarningDays;

    for (const auto& [mp, p] : m.policies) {
        ComplianceItem item;
        item.requirement = QStringLiteral("Policy %1 in force").arg(p.number);
        const QDate on = laterTerm && *laterTerm == p.id && p.effective > date ? p.effective : date;
        const PolicyStatus status = p.status(on);
        if (status == PolicyStatus::Cancelled) {
            item.met = false;
            item.reason = QStringLiteral("Policy %1 is cancelled.").arg(p.number);
        } else if (status != PolicyStatus::InForce) {
            item.met = false;
            item.reason = QStringLiteral("Policy %1 is not in force on %2 (%3 to %4).")
                              .arg(p.number, dateText(on), dateText(p.effective), dateText(p.expiration));
        } else if (p.expiration <= on.addDays(warningDays)) {
            item.met = false;
            item.reason = QStringLiteral("Policy %1 expires on %2, within %3 days.")
                              .arg(p.number, dateText(p.expiration))
                              .arg(warningDays);
        }
        report.items.push_back(item);
    }

    for (const HolderRequirement& r : m.holder.requirements) {
        const LimitCode* code = findLimitCode(r.limitCode);
        const QString label = code ? code->label : r.limitCode;
        ComplianceItem item;
        item.requirement = QStringLiteral("%1 at least %2").arg(label, formatAmount(r.minimum));
        std::optional<qint64> best;
        for (const auto& [mp, p] : m.policies) {
            if (std::optional<qint64> amount = p.limit(r.limitCode); amount && (!best || *amount > *best))
                best = amount;
        }
        if (!best) {
            item.met = false;
            item.reason = QStringLiteral("No policy on the certificate has %1 (required %2).")
                              .arg(label.toLower(), formatAmount(r.minimum));
        } else if (*best < r.minimum) {
            item.met = false;
            item.reason = QStringLiteral("%1 %2 is below the required %3.")
                              .arg(label, formatAmount(*best), formatAmount(r.minimum));
        }
        report.items.push_back(item);
    }

    struct Endorsement
    {
        bool required;
        QString name;
        bool (*applies)(LineOfBusiness);
        bool PolicyIndicators::*flag;
    };
    const Endorsement endorsements[] = {
        {m.holder.requireAdditionalInsured, QStringLiteral("additional insured"), &takesAdditionalInsured,
         &PolicyIndicators::additionalInsuredEndorsement},
        {m.holder.requireWaiverOfSubrogation, QStringLiteral("waiver of subrogation"),
         [](LineOfBusiness line) { return line != LineOfBusiness::Property; },
         &PolicyIndicators::waiverOfSubrogationEndorsement},
        {m.holder.requirePrimaryNonContributory, QStringLiteral("primary and non-contributory"),
         [](LineOfBusiness line) { return line == LineOfBusiness::GeneralLiability; },
         &PolicyIndicators::primaryNonContributory},
    };
    for (const Endorsement& e : endorsements) {
        if (!e.required)
            continue;
        ComplianceItem item;
        QString name = e.name;
        name[0] = name[0].toUpper();
        item.requirement = name;
        QStringList missing;
        bool any = false;
        for (const auto& [mp, p] : m.policies) {
            if (!e.applies(p.line))
                continue;
            any = true;
            if (!(p.indicators.*e.flag))
                missing << p.number;
        }
        if (!any) {
            item.met = false;
            item.reason = QStringLiteral("%1 is required but no policy on the certificate can carry it.").arg(name);
        } else if (!missing.isEmpty()) {
            item.met = false;
            item.reason = QStringLiteral("%1 is required but policy %2 has no %3 endorsement.")
                              .arg(name, missing.join(QStringLiteral(", ")), e.name);
        }
        report.items.push_back(item);
    }
    return report;
}

Result<CertificateData> CertificateService::build(qint64 masterId, qint64 holderId, const CertificateEdits& edits) const
{
    Result<MasterWithPolicies> loaded = load(m_session, masterId, holderId, edits.omittedPolicyIds);
    if (!loaded)
        return loaded.error();
    const MasterWithPolicies& m = *loaded;
    if (m.policies.empty() && !edits.omittedPolicyIds.empty())
        return validationError(tr("Every line of certificate master %1 is left off: keep at least one line on the "
                                  "certificate.")
                                   .arg(m.master.name));
    Result<AgencyProfile> profile = AgencyService::readProfile(m_session.database());
    if (!profile)
        return profile.error();
    Result<Insured> insured = InsuredService(m_session).get(m.master.insuredId);
    if (!insured)
        return insured.error();

    CertificateData data;
    data.date = QDate::currentDate();
    data.producer = CertificateProducer::fromProfile(*profile);
    data.paperSize = profile->paperSize;
    data.dateFormat = profile->certificateDateFormat;
    data.insured = CertificateInsured::fromInsured(*insured);
    std::map<QString, CertificateInsurer> insurers;
    std::vector<std::pair<MasterPolicy, Policy>> ordered = m.policies;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const auto& a, const auto& b) { return int(a.second.line) < int(b.second.line); });
    for (const auto& [mp, p] : ordered) {
        insurers[mp.insurerLetter] = {mp.insurerLetter, p.carrierName, p.carrierNaic};
        CertificateCoverage row = CertificateCoverage::fromPolicy(p, mp.insurerLetter);
        row.additionalInsured =
            mp.additionalInsured || (m.holder.requireAdditionalInsured && p.indicators.additionalInsuredEndorsement);
        row.subrogationWaived = mp.subrogationWaived ||
                                (m.holder.requireWaiverOfSubrogation && p.indicators.waiverOfSubrogationEndorsement);
        data.coverages.push_back(row);
    }
    for (const auto& [letter, insurer] : insurers)
        data.insurers.push_back(insurer);
    data.description = edits.description ? edits.description->trimmed() : m.master.description;
    data.holder = {m.holder.name,  m.holder.address1,   m.holder.address2, m.holder.city,
                   m.holder.state, m.holder.postalCode, m.holder.country};
    data.authorizedRepresentative =
        m_session.user.fullName.isEmpty() ? m_session.user.userName : m_session.user.fullName;
    return data;
}

Result<IssuedCertificate> CertificateService::issue(qint64 masterId, qint64 holderId, bool force)
{
    if (Status s = authorize(m_session, Operation::CertificateIssue); !s)
        return s.error();
    Transaction tx(m_session.database());
    if (Status s = tx.begin(); !s)
        return s.error();
    Result<IssuedCertificate> issued = issueInTransaction(masterId, holderId, force);
    if (!issued)
        return issued;
    if (Status s = tx.commit(); !s)
        return s.error();
    return issued;
}

Result<IssuedCertificate> CertificateService::issueInTransaction(qint64 masterId, qint64 holderId, bool force,
                                                                 std::optional<qint64> laterTerm,
                                                                 const CertificateEdits& edits)
{
    if (Status s = authorize(m_session, Operation::CertificateIssue); !s)
        return s.error();
    const Database& db = m_session.database();

    // Build and check inside the write transaction: what is checked is exactly what is stored.
    Result<CertificateData> built = build(masterId, holderId, edits);
    if (!built)
        return built.error();
    CertificateData data = *built;
    Result<ComplianceReport> report =
        ComplianceService(m_session).check(holderId, data.date, laterTerm, edits.omittedPolicyIds);
    if (!report)
        return report.error();
    const QStringList reasons = report->reasons();
    if (!reasons.isEmpty() && !force)
        return validationError(
            tr("Certificate not issued: the holder's requirements are not met: %1 (issue with force to "
               "override).")
                .arg(reasons.join(QLatin1Char(' '))));
    Result<CertificateMaster> master = CertificateMasterService(m_session).get(masterId);
    if (!master)
        return master.error();

    // Inside BEGIN IMMEDIATE nobody else can take the same number or revision. The year's last sequence is kept in
    // settings: finding it in the certificates table would read a page per certificate (their PDFs are inline), and
    // the number's text does not sort numerically past 999,999.
    const QString prefix = QStringLiteral("COI-%1-").arg(data.date.year());
    const QString sequenceKey = QStringLiteral("certificate.sequence.%1").arg(data.date.year());
    QSqlQuery seq = db.query();
    seq.prepare(QStringLiteral("SELECT COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = ?1), "
                               "(SELECT MAX(CAST(substr(number, ?2) AS INTEGER)) FROM certificates "
                               "WHERE number >= ?3 AND number < ?4), 0)"));
    seq.addBindValue(sequenceKey);
    seq.addBindValue(prefix.size() + 1);
    seq.addBindValue(prefix);
    seq.addBindValue(QString(prefix.chopped(1) + QLatin1Char('.'))); // '.' sorts right after '-'
    if (Status s = exec(seq); !s)
        return s.error();
    const qint64 sequence = seq.next() ? seq.value(0).toLongLong() + 1 : 1;
    QSqlQuery keep = db.query();
    keep.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                                "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    keep.addBindValue(sequenceKey);
    keep.addBindValue(QString::number(sequence));
    if (Status s = exec(keep); !s)
        return s.error();
    IssuedCertificate c;
    c.number = prefix + QStringLiteral("%1").arg(sequence, 6, 10, QLatin1Char('0'));

    QSqlQuery prev = db.query();
    prev.prepare(QStringLiteral("SELECT id, revision, number FROM certificates WHERE master_id = ? AND holder_id = ? "
                                "ORDER BY revision DESC LIMIT 1"));
    prev.addBindValue(masterId);
    prev.addBindValue(holderId);
    if (Status s = exec(prev); !s)
        return s.error();
    std::optional<qint64> previousId;
    QString previousNumber;
    c.revision = 1;
    if (prev.next()) {
        previousId = prev.value(0).toLongLong();
        c.revision = prev.value(1).toInt() + 1;
        previousNumber = prev.value(2).toString();
    }

    data.certificateNumber = c.number;
    data.revisionNumber = QString::number(c.revision);
    Result<QByteArray> pdf = CertificateRenderer::renderPdf(data);
    if (!pdf)
        return pdf.error();
    c.pdf = *pdf;
    c.snapshot = QString::fromUtf8(QJsonDocument(data.toJson()).toJson(QJsonDocument::Compact));
    c.masterId = masterId;
    c.holderId = holderId;
    c.insuredId = master->insuredId;
    c.holderName = data.holder.name;
    c.issuedByName = m_session.user.userName;
    c.issuedAt = nowUtc();
    c.forced = !reasons.isEmpty();

    QSqlQuery ins = db.query();
    ins.prepare(
        QStringLiteral("INSERT INTO certificates(number, revision, master_id, holder_id, insured_id, issued_by, "
                       "issued_by_name, issued_at, pdf, snapshot, forced) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v : QVariantList{c.number, c.revision, c.masterId, c.holderId, c.insuredId, userId(m_session),
                                          c.issuedByName, c.issuedAt, c.pdf, c.snapshot, c.forced})
        ins.addBindValue(v);
    if (Status s = exec(ins); !s)
        return s.error();
    c.id = ins.lastInsertId().toLongLong();
    if (previousId) {
        QSqlQuery sup = db.query();
        sup.prepare(QStringLiteral("UPDATE certificates SET superseded_by = ? WHERE id = ?"));
        sup.addBindValue(c.id);
        sup.addBindValue(*previousId);
        if (Status s = exec(sup); !s)
            return s.error();
    }
    QJsonObject details{{QStringLiteral("number"), c.number},
                        {QStringLiteral("revision"), c.revision},
                        {QStringLiteral("masterId"), c.masterId},
                        {QStringLiteral("holderId"), c.holderId},
                        {QStringLiteral("holder"), c.holderName}};
    if (previousId)
        details.insert(QStringLiteral("supersedes"), previousNumber);
    if (Status s = recordActivity(
            m_session, QStringLiteral("certificate"), c.id, c.insuredId, QStringLiteral("issued"),
            QStringLiteral("Issued certificate %1 (revision %2) to %3").arg(c.number).arg(c.revision).arg(c.holderName),
            details);
        !s)
        return s.error();
    if (c.forced) {
        if (Status s =
                recordActivity(m_session, QStringLiteral("certificate"), c.id, c.insuredId, QStringLiteral("override"),
                               QStringLiteral("Issued certificate %1 to %2 although: %3")
                                   .arg(c.number, c.holderName, reasons.join(QLatin1Char(' '))),
                               QJsonObject{{QStringLiteral("number"), c.number},
                                           {QStringLiteral("unmet"), QJsonArray::fromStringList(reasons)}});
            !s)
            return s.error();
    }
    return c;
}

Result<std::vector<IssuedCertificate>> CertificateService::select(const QString& where, const QVariant& bind) const
{
    QSqlQuery q = m_session.database().query();
    // Delivery counts and the latest delivery per certificate: correlated subqueries that each use the
    // (certificate_id, id) index, so a long delivery history costs nothing for the other certificates.
    q.prepare(
        QStringLiteral(
            "SELECT c.id, c.number, c.revision, c.master_id, c.holder_id, c.insured_id, COALESCE(h.name, ''), "
            "c.issued_by_name, c.issued_at, c.superseded_by, c.forced, c.snapshot, "
            "(SELECT count(*) FROM certificate_deliveries d WHERE d.certificate_id = c.id AND d.how = 'printed'), "
            "(SELECT count(*) FROM certificate_deliveries d WHERE d.certificate_id = c.id AND d.how = 'emailed'), "
            "(SELECT count(*) FROM certificate_deliveries d WHERE d.certificate_id = c.id AND d.how = 'saved'), "
            "ld.how, ld.detail, ld.user_name, ld.at "
            "FROM certificates c LEFT JOIN certificate_holders h ON h.id = c.holder_id "
            "LEFT JOIN certificate_deliveries ld ON ld.id = "
            "(SELECT max(d.id) FROM certificate_deliveries d WHERE d.certificate_id = c.id) ") +
        where + QStringLiteral(" ORDER BY c.id DESC"));
    q.addBindValue(bind);
    if (Status s = exec(q); !s)
        return s.error();
    std::vector<IssuedCertificate> out;
    while (q.next()) {
        IssuedCertificate c;
        c.id = q.value(0).toLongLong();
        c.number = q.value(1).toString();
        c.revision = q.value(2).toInt();
        c.masterId = q.value(3).toLongLong();
        c.holderId = q.value(4).toLongLong();
        c.insuredId = q.value(5).toLongLong();
        c.holderName = q.value(6).toString();
        c.issuedByName = q.value(7).toString();
        c.issuedAt = q.value(8).toString();
        if (!q.value(9).isNull())
            c.supersededBy = q.value(9).toLongLong();
        c.forced = q.value(10).toBool();
        c.snapshot = q.value(11).toString();
        c.deliveries.printed = q.value(12).toInt();
        c.deliveries.emailed = q.value(13).toInt();
        c.deliveries.saved = q.value(14).toInt();
        c.deliveries.lastHow = q.value(15).toString();
        c.deliveries.lastDetail = q.value(16).toString();
        c.deliveries.lastBy = q.value(17).toString();
        c.deliveries.lastAt = q.value(18).toString();
        out.push_back(c);
    }
    return out;
}

Result<IssuedCertificate> CertificateService::get(const QString& number, bool withPdf) const
{
    Result<std::vector<IssuedCertificate>> found = select(QStringLiteral("WHERE c.number = ?"), number.trimmed());
    if (!found)
        return found.error();
    if (found->empty())
        return Error{ErrorCode::NotFound, tr("Certificate %1 does not exist.").arg(number.trimmed())};
    IssuedCertificate c = found->front();
    if (withPdf) {
        QSqlQuery q = m_session.database().query();
        q.prepare(QStringLiteral("SELECT pdf FROM certificates WHERE id = ?"));
        q.addBindValue(c.id);
        if (Status s = exec(q); !s)
            return s.error();
        if (q.next())
            c.pdf = q.value(0).toByteArray();
    }
    return c;
}

Result<QByteArray> CertificateService::reprint(const QString& number) const
{
    Result<IssuedCertificate> c = get(number, true);
    if (!c)
        return c.error();
    return c->pdf;
}

Result<std::vector<IssuedCertificate>> CertificateService::forInsured(qint64 insuredId) const
{
    return select(QStringLiteral("WHERE c.insured_id = ?"), insuredId);
}

Result<std::vector<IssuedCertificate>> CertificateService::forHolder(qint64 holderId) const
{
    return select(QStringLiteral("WHERE c.holder_id = ?"), holderId);
}

Result<qint64> CertificateService::recordDelivery(qint64 certificateId, DeliveryMethod how, const QString& detail)
{
    if (Status s = authorize(m_session, Operation::CertificateDeliveryRecord); !s)
        return s.error();
    Transaction tx(m_session.database());
    if (Status s = tx.begin(); !s)
        return s.error();
    Result<qint64> id = recordDeliveryInTransaction(certificateId, how, detail);
    if (!id)
        return id;
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<qint64> CertificateService::recordDeliveryInTransaction(qint64 certificateId, DeliveryMethod how,
                                                               const QString& detail)
{
    const Database& db = m_session.database();
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT number, insured_id FROM certificates WHERE id = ?"));
    q.addBindValue(certificateId);
    if (Status s = exec(q); !s)
        return s.error();
    if (!q.next())
        return Error{ErrorCode::NotFound, tr("Certificate %1 does not exist.").arg(certificateId)};
    const QString number = q.value(0).toString();
    const qint64 insuredId = q.value(1).toLongLong();
    const QString detailText = detail.isNull() ? QString(QLatin1String("")) : detail;
    QSqlQuery ins = db.query();
    ins.prepare(
        QStringLiteral("INSERT INTO certificate_deliveries(certificate_id, how, detail, user_id, user_name, at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v : QVariantList{certificateId, deliveryMethodKey(how), detailText, userId(m_session),
                                          m_session.user.userName, nowUtc()})
        ins.addBindValue(v);
    if (Status s = exec(ins); !s)
        return s.error();
    const qint64 id = ins.lastInsertId().toLongLong();
    const QString summary =
        detailText.isEmpty() ? QStringLiteral("Certificate %1 %2").arg(number, deliveryMethodKey(how))
                             : QStringLiteral("Certificate %1 %2 (%3)").arg(number, deliveryMethodKey(how), detailText);
    if (Status s = recordActivity(m_session, QStringLiteral("certificate"), certificateId, insuredId,
                                  deliveryMethodKey(how), summary,
                                  QJsonObject{{QStringLiteral("number"), number},
                                              {QStringLiteral("how"), deliveryMethodKey(how)},
                                              {QStringLiteral("detail"), detailText}});
        !s)
        return s.error();
    return id;
}

Result<qint64> CertificateService::saveCopy(const QString& number, const QString& path)
{
    // Checked before writing: a user who may not log the delivery gets no unlogged copy either.
    if (Status s = authorize(m_session, Operation::CertificateDeliveryRecord); !s)
        return s.error();
    if (path.trimmed().isEmpty())
        return validationError(tr("No file name given to save certificate %1 to.").arg(number.trimmed()));
    Result<IssuedCertificate> c = get(number, true);
    if (!c)
        return c.error();
    const QString target = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    auto failed = [&](const QString& reason) {
        return validationError(
            tr("Could not save certificate %1 to %2: %3. Nothing was saved.").arg(c->number, target, reason));
    };
    // QSaveFile writes a temporary file next to the target and renames it only when every byte is on disk,
    // so a full disk or a size limit never leaves half a certificate under the real name.
    QSaveFile out(QFileInfo(path).absoluteFilePath());
    // Unbuffered: the system's reason for a failed write (ENOSPC, EFBIG) reaches errorString(); a buffered
    // flush at commit() reports only "Unknown error".
    if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        const QFileInfo folder(QFileInfo(path).absolutePath());
        if (!folder.exists())
            return failed(tr("the folder %1 does not exist (%2)")
                              .arg(QDir::toNativeSeparators(folder.absoluteFilePath()), out.errorString()));
        if (!folder.isDir())
            return failed(tr("%1 is a file, not a folder (%2)")
                              .arg(QDir::toNativeSeparators(folder.absoluteFilePath()), out.errorString()));
        return failed(out.errorString());
    }
    // A short write is not an error yet; the next write returns the system's reason (disk full, file too large).
    for (qint64 written = 0; written < c->pdf.size();) {
        const qint64 n = out.write(c->pdf.constData() + written, c->pdf.size() - written);
        if (n <= 0) {
            const QString reason = out.errorString();
            out.cancelWriting();
            return failed(reason);
        }
        written += n;
    }
    if (!out.commit())
        return failed(out.errorString());
    Result<qint64> logged = recordDelivery(c->id, DeliveryMethod::Saved, target);
    if (!logged)
        return Error{logged.error().code, tr("Certificate %1 was saved to %2 but the delivery could not be logged: %3")
                                              .arg(c->number, target, logged.error().message)};
    return logged;
}

QJsonObject CertificateService::toJson(const IssuedCertificate& c)
{
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("number"), c.number},
                       {QStringLiteral("revision"), c.revision},
                       {QStringLiteral("masterId"), c.masterId},
                       {QStringLiteral("holderId"), c.holderId},
                       {QStringLiteral("insuredId"), c.insuredId},
                       {QStringLiteral("holder"), c.holderName},
                       {QStringLiteral("issuedBy"), c.issuedByName},
                       {QStringLiteral("issuedAt"), c.issuedAt},
                       {QStringLiteral("supersededBy"), c.supersededBy ? QJsonValue(*c.supersededBy) : QJsonValue()},
                       {QStringLiteral("forced"), c.forced},
                       {QStringLiteral("deliveries"), QJsonObject{{QStringLiteral("printed"), c.deliveries.printed},
                                                                  {QStringLiteral("emailed"), c.deliveries.emailed},
                                                                  {QStringLiteral("saved"), c.deliveries.saved},
                                                                  {QStringLiteral("lastHow"), c.deliveries.lastHow},
                                                                  {QStringLiteral("lastAt"), c.deliveries.lastAt}}}};
}

} // namespace agencydesk
