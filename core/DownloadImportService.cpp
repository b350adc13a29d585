#include "DownloadImportService.h"

#include "ActivityService.h"
#include "CarrierService.h"
#include "Database.h"
#include "DownloadCodes.h"
#include "DownloadMatcher.h"
#include "PolicyService.h"
#include "RenewalRunner.h"
#include "RenewalService.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace agencydesk {

namespace {

QString transactionDateKey(const PolicyDownload& d)
{
    // New business and renewals are one per term; changes, cancellations and reinstatements by their date.
    if (d.transaction == DownloadTransaction::NewBusiness || d.transaction == DownloadTransaction::Renewal)
        return QStringLiteral(""); // not a null QString: that would bind as NULL
    return isoDate(d.transactionDate);
}

/// The download's data laid over a term: what the carrier owns (dates, premium, limits); the CSR's
/// indicators stay, plus what the download says (an additional insured, a retention, the other line's name).
void applyDownload(const PolicyDownload& d, Policy& p)
{
    p.number = d.policyNumber;
    p.line = d.line;
    p.effective = d.effective;
    p.expiration = d.expiration;
    if (d.premiumCents)
        p.premiumCents = d.premiumCents;
    // A cancellation or reinstatement often carries no coverages: then the term keeps its limits.
    if (std::vector<Coverage> limits = d.limits(); !limits.empty() || p.id == 0)
        p.coverages = std::move(limits);
    for (const AdditionalInterest& i : d.interests) {
        if (i.kind == QLatin1String("additional-insured"))
            p.indicators.additionalInsuredEndorsement = true;
    }
    if (d.line == LineOfBusiness::Umbrella && p.limit(QStringLiteral("Retention")))
        p.indicators.deductibleOrRetention = QStringLiteral("retention");
    if (d.line == LineOfBusiness::Other && p.indicators.otherDescription.isEmpty())
        p.indicators.otherDescription = downloadcodes::otherLineDescription(d.sourceLob);
}

/// SQLite's page cache for the import connection while downloads import, in KiB. A file is one transaction:
/// at SQLite's default 2 MiB a file of 10,000 policies spills dirty pages to the WAL before it commits and
/// reads the book's pages back through pread again and again. 64 MiB holds such a file's writes.
constexpr qint64 kImportCacheKib = 64 * 1024;
/// How much of a local database file the import reads through memory mapping: the exact match, the
/// foreign-key checks and the unique indexes touch insureds' and policies' pages all over the book, and a
/// mapped page costs a memory read instead of a pread system call and a copy into the cache. The mapped
/// pages are the OS's file cache, not the process's memory. Never on a shared database: mapping a file on a
/// network folder is not safe.
constexpr qint64 kImportMmapBytes = qint64(1) << 30;

/// The connection tuned for an import (the two settings above) for the scope of it, its own settings back
/// afterwards, so a long-lived connection (the window's) keeps no more memory than before. Nested scopes leave
/// it alone.
class ImportConnectionTuning
{
public:
    explicit ImportConnectionTuning(const Database& db) : m_db(db)
    {
        const std::optional<qint64> cache = pragma(QStringLiteral("cache_size"));
        if (!cache || *cache == -kImportCacheKib)
            return;
        m_previousCache = cache;
        set(QStringLiteral("cache_size"), -kImportCacheKib);
        if (!m_db.isShared()) {
            m_previousMmap = pragma(QStringLiteral("mmap_size"));
            if (m_previousMmap)
                set(QStringLiteral("mmap_size"), kImportMmapBytes);
        }
    }
    ~ImportConnectionTuning()
    {
        if (m_previousCache)
            set(QStringLiteral("cache_size"), *m_previousCache);
        if (m_previousMmap)
            set(QStringLiteral("mmap_size"), *m_previousMmap);
    }
    ImportConnectionTuning(const ImportConnectionTuning&) = delete;
    ImportConnectionTuning& operator=(const ImportConnectionTuning&) = delete;

private:
    std::optional<qint64> pragma(const QString& name) const
    {
        QSqlQuery q = m_db.query();
        if (!q.exec(QStringLiteral("PRAGMA %1").arg(name)) || !q.next())
            return std::nullopt;
        return q.value(0).toLongLong();
    }
    /// A pragma that fails leaves the import as it was, only slower: not an error.
    void set(const QString& name, qint64 value) const
    {
        QSqlQuery q = m_db.query();
        q.exec(QStringLiteral("PRAGMA %1 = %2").arg(name).arg(value));
    }

    const Database& m_db;
    std::optional<qint64> m_previousCache;
    std::optional<qint64> m_previousMmap;
};

QString termText(const Policy& p)
{
    return QStringLiteral("%1 policy %2 (%3, %4 to %5)")
        .arg(lineDisplayName(p.line), p.number, p.carrierName, isoDate(p.effective), isoDate(p.expiration));
}

} // namespace

int DownloadImportSummary::count(int DownloadFileOutcome::*field) const
{
    int total = 0;
    for (const DownloadFileOutcome& f : files)
        total += f.*field;
    return total;
}

int DownloadImportSummary::failed() const
{
    int total = 0;
    for (const DownloadFileOutcome& f : files)
        total += f.error ? 1 : 0;
    return total;
}

QString DownloadImportSummary::toText() const
{
    QString out = QCoreApplication::translate("DownloadImportService",
                                              "Files: %1 read, %2 failed%3\n"
                                              "Policies: %4 imported, %5 updated, %6 unchanged, %7 unattached\n")
                      .arg(files.size() - static_cast<size_t>(failed()))
                      .arg(failed())
                      .arg(cancelled ? QCoreApplication::translate("DownloadImportService",
                                                                   " (cancelled: the remaining files were not read)")
                                     : QString())
                      .arg(count(&DownloadFileOutcome::imported))
                      .arg(count(&DownloadFileOutcome::updated))
                      .arg(count(&DownloadFileOutcome::unchanged))
                      .arg(count(&DownloadFileOutcome::unattached));
    for (const DownloadFileOutcome& f : files) {
        if (f.error)
            out += QCoreApplication::translate("DownloadImportService", "FAILED %1\n").arg(f.error->toString());
    }
    for (const RenewalRunSummary& r : renewals)
        out += QCoreApplication::translate("DownloadImportService", "Renewal: %1\n").arg(r.toText());
    if (!renewalError.isEmpty())
        out += QCoreApplication::translate("DownloadImportService",
                                           "Renewal follow-through stopped (resume it under Renewals): %1\n")
                   .arg(renewalError);
    return out;
}

QJsonObject DownloadImportSummary::toJson() const
{
    QJsonArray fileArray;
    for (const DownloadFileOutcome& f : files) {
        QJsonObject o{{QStringLiteral("file"), f.file},
                      {QStringLiteral("imported"), f.imported},
                      {QStringLiteral("updated"), f.updated},
                      {QStringLiteral("unchanged"), f.unchanged},
                      {QStringLiteral("unattached"), f.unattached}};
        if (f.error) {
            o.insert(QStringLiteral("error"), f.error->reason);
            o.insert(QStringLiteral("line"), f.error->line > 0 ? QJsonValue(f.error->line) : QJsonValue());
            o.insert(QStringLiteral("offset"),
                     f.error->offset >= 0 ? QJsonValue(static_cast<double>(f.error->offset)) : QJsonValue());
            o.insert(QStringLiteral("message"), f.error->toString());
        }
        fileArray.append(o);
    }
    QJsonArray renewalArray;
    for (const RenewalRunSummary& r : renewals)
        renewalArray.append(r.toJson());
    return QJsonObject{
        {QStringLiteral("imported"), count(&DownloadFileOutcome::imported)},
        {QStringLiteral("updated"), count(&DownloadFileOutcome::updated)},
        {QStringLiteral("unchanged"), count(&DownloadFileOutcome::unchanged)},
        {QStringLiteral("unattached"), count(&DownloadFileOutcome::unattached)},
        {QStringLiteral("failed"), failed()},
        {QStringLiteral("cancelled"), cancelled},
        {QStringLiteral("files"), fileArray},
        {QStringLiteral("renewals"), renewalArray},
        {QStringLiteral("renewalError"), renewalError},
    };
}

Result<DownloadImportSummary> DownloadImportService::importPaths(const QStringList& paths, const Progress& progress)
{
    if (Status s = authorize(m_session, Operation::DownloadImport); !s)
        return s.error();
    std::vector<DownloadSource> sources;
    std::vector<DownloadError> errors;
    DownloadFiles::collect(paths, sources, errors);
    DownloadImportSummary summary;
    Result<qint64> runMark = RenewalRunner(m_session).lastRunId();
    if (!runMark)
        return runMark.error();
    for (const DownloadError& e : errors)
        summary.files.push_back({e.file, 0, 0, 0, 0, e});
    // One tuning for the batch: the pages a file's exact matches read stay cached for the next file.
    const ImportConnectionTuning tuning(m_session.database());
    const int total = static_cast<int>(sources.size());
    for (int i = 0; i < total; ++i) {
        if (progress && !progress(i, total, sources[static_cast<size_t>(i)].name)) {
            summary.cancelled = true;
            break;
        }
        // One file in memory at a time: parsed, stored, released.
        const DownloadParse parse = DownloadFiles::parse(sources[static_cast<size_t>(i)]);
        Result<DownloadFileOutcome> outcome = importParsed(parse, sources[static_cast<size_t>(i)].name);
        if (!outcome)
            return outcome.error();
        summary.files.push_back(*outcome);
    }
    if (progress && !summary.cancelled)
        progress(total, total, QString());
    if (!summary.cancelled) {
        if (Status s = followRenewals(*runMark, summary); !s)
            summary.renewalError = s.error().message;
    }
    return summary;
}

Status DownloadImportService::followRenewals(qint64 runMark, DownloadImportSummary& summary)
{
    Result<RenewalSettings> settings = RenewalService(m_session).settings();
    if (!settings)
        return settings.error();
    if (settings->followThrough != FollowThrough::Automatic)
        return {};
    Result<std::vector<RenewalRunSummary>> runs = RenewalRunner(m_session).executeOpen(runMark);
    if (!runs)
        return runs.error();
    summary.renewals = *runs;
    return {};
}

Result<DownloadFileOutcome> DownloadImportService::importParsed(const DownloadParse& parse, const QString& file)
{
    if (Status s = authorize(m_session, Operation::DownloadImport); !s)
        return s.error();
    DownloadFileOutcome outcome;
    outcome.file = file;
    if (!parse.ok()) {
        outcome.error = parse.error;
        return outcome;
    }
    const ImportConnectionTuning tuning(m_session.database());
    Transaction tx(m_session.database());
    if (Status s = tx.begin(); !s)
        return s.error();
    m_carriers.clear();
    PolicyService policies(m_session); // one for the file: it reads each carrier once
    for (const PolicyDownload& d : parse.policies) {
        Result<Effect> effect = importOne(d, policies);
        if (!effect) {
            if (effect.error().code == ErrorCode::Database || effect.error().code == ErrorCode::Permission)
                return effect.error();
            // The file is refused whole: nothing of it stays (the transaction rolls back).
            m_carriers.clear();
            outcome = DownloadFileOutcome{
                file,
                0,
                0,
                0,
                0,
                DownloadError{file, d.sourceLine, d.sourceOffset,
                              DownloadImportService::tr("policy %1: %2").arg(d.policyNumber, effect.error().message)}};
            return outcome;
        }
        switch (*effect) {
        case Effect::Imported:
            ++outcome.imported;
            break;
        case Effect::Unattached:
            ++outcome.unattached;
            break;
        case Effect::Updated:
            ++outcome.updated;
            break;
        case Effect::Unchanged:
            ++outcome.unchanged;
            break;
        }
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return outcome;
}

Result<qint64> DownloadImportService::carrierFor(const PolicyDownload& d)
{
    const QString key = d.carrierNaic + QLatin1Char('|') + d.carrierName.toLower();
    if (auto it = m_carriers.constFind(key); it != m_carriers.constEnd())
        return *it;
    qint64 id = 0;
    if (!d.carrierNaic.isEmpty()) {
        CachedQuery qCached = m_session.database().cachedQuery(
            QStringLiteral("SELECT id FROM carriers WHERE naic = ? ORDER BY id LIMIT 1"));
        QSqlQuery& q = *qCached;
        q.addBindValue(d.carrierNaic);
        if (Status s = exec(q); !s)
            return s.error();
        if (q.next())
            id = q.value(0).toLongLong();
    }
    if (id == 0) {
        const QString name = d.carrierName.isEmpty() ? QStringLiteral("NAIC %1").arg(d.carrierNaic) : d.carrierName;
        Result<qint64> resolved = CarrierService(m_session).resolveForPolicy(name, d.carrierNaic);
        if (!resolved)
            return resolved.error();
        id = *resolved;
    }
    m_carriers.insert(key, id);
    return id;
}

Result<DownloadImportService::KnownTerms> DownloadImportService::knownTerms(qint64 carrierId, const QString& number,
                                                                            const QString& effective) const
{
    // One read of the number's terms (a handful) answers the three questions; it was three statements a policy.
    CachedQuery qCached = m_session.database().cachedQuery(
        QStringLiteral("SELECT id, effective_date, insured_id FROM policies WHERE carrier_id = ? AND number = ? "
                       "ORDER BY effective_date DESC"));
    QSqlQuery& q = *qCached;
    q.addBindValue(carrierId);
    q.addBindValue(number);
    if (Status s = exec(q); !s)
        return s.error();
    KnownTerms known;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString termEffective = q.value(1).toString();
        if (termEffective == effective)
            known.term = id;
        else if (termEffective < effective && !known.prior)
            known.prior = id; // the latest earlier term: the one this term renews
        // The number already belongs to an insured (an earlier term, another transaction): theirs.
        if (!known.insured && !q.value(2).isNull())
            known.insured = q.value(2).toLongLong();
    }
    return known;
}

Result<DownloadImportService::Effect> DownloadImportService::importOne(const PolicyDownload& d, PolicyService& policies)
{
    const Database& db = m_session.database();
    Result<qint64> carrierId = carrierFor(d);
    if (!carrierId)
        return carrierId.error();
    const QString effective = isoDate(d.effective);

    CachedQuery seenCached =
        db.cachedQuery(QStringLiteral("SELECT 1 FROM policy_downloads WHERE carrier_id = ? AND policy_number = ? "
                                      "AND effective_date = ? AND transaction_type = ? AND transaction_date = ?"));
    QSqlQuery& seen = *seenCached;
    seen.addBindValue(*carrierId);
    seen.addBindValue(d.policyNumber);
    seen.addBindValue(effective);
    seen.addBindValue(transactionKey(d.transaction));
    seen.addBindValue(transactionDateKey(d));
    if (Status s = exec(seen); !s)
        return s.error();
    if (seen.next())
        return Effect::Unchanged; // the same download again

    Result<KnownTerms> known = knownTerms(*carrierId, d.policyNumber, effective);
    if (!known)
        return known.error();
    const bool termExists = known->term.has_value();
    const qint64 termId = known->term.value_or(0);

    const QString from = QFileInfo(d.sourceFile).fileName();
    const QString what = transactionDisplayName(d.transaction);
    Effect effect = Effect::Unchanged;
    qint64 policyId = 0;
    if (!termExists) {
        Policy p;
        p.carrierId = *carrierId;
        applyDownload(d, p);
        p.insuredId = known->insured;
        if (!p.insuredId) {
            Result<std::optional<qint64>> matched = DownloadMatcher(m_session).exactMatch(d.insured);
            if (!matched)
                return matched.error();
            p.insuredId = *matched;
        }
        p.priorPolicyId = known->prior;
        if (d.transaction == DownloadTransaction::Cancellation) {
            p.cancelled = true;
            p.cancelledAt = isoDate(d.transactionDate);
        }
        // Carrier name for the activity line (the file's PolicyService reads each carrier once).
        Result<std::pair<QString, QString>> carrier = policies.carrierNameAndNaic(*carrierId);
        if (!carrier)
            return carrier.error();
        p.carrierName = carrier->first;
        QString summary = QStringLiteral("Downloaded %1: %2 from %3").arg(what.toLower(), termText(p), from);
        if (p.priorPolicyId)
            summary += QStringLiteral("; renews policy %1").arg(*p.priorPolicyId);
        if (!p.insuredId)
            summary += QStringLiteral("; waiting in Unattached downloads");
        Result<qint64> id = policies.createInTransaction(p, summary);
        if (!id)
            return id.error();
        policyId = *id;
        effect = p.insuredId ? Effect::Imported : Effect::Unattached;
    } else {
        policyId = termId;
        Result<Policy> current = policies.get(policyId);
        if (!current)
            return current.error();
        Policy p = *current;
        applyDownload(d, p);
        Result<QJsonObject> changes = policies.updateInTransaction(
            p, QStringLiteral("Downloaded %1 (%2) changed policy").arg(what.toLower(), from));
        if (!changes)
            return changes.error();
        if (!changes->isEmpty())
            effect = Effect::Updated;
        const QString date = isoDate(d.transactionDate);
        if (d.transaction == DownloadTransaction::Cancellation &&
            (!current->cancelled || current->cancelledAt != date)) {
            if (Status s = policies.setCancelledInTransaction(
                    policyId, true, date,
                    QStringLiteral("Downloaded cancellation: policy %1 cancelled as of %2 (%3)")
                        .arg(p.number, date, from));
                !s)
                return s.error();
            effect = Effect::Updated;
        } else if (d.transaction == DownloadTransaction::Reinstatement && current->cancelled) {
            if (Status s = policies.setCancelledInTransaction(
                    policyId, false, QString(),
                    QStringLiteral("Downloaded reinstatement: policy %1 in force again as of %2 (%3)")
                        .arg(p.number, date, from));
                !s)
                return s.error();
            effect = Effect::Updated;
        }
    }

    CachedQuery logCached =
        db.cachedQuery(QStringLiteral("INSERT INTO policy_downloads(source_file, format, transaction_type, carrier_id, "
                                      "policy_number, effective_date, transaction_date, policy_id, insured_name, data, "
                                      "imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery& log = *logCached;
    log.addBindValue(d.sourceFile);
    log.addBindValue(d.format);
    log.addBindValue(transactionKey(d.transaction));
    log.addBindValue(*carrierId);
    log.addBindValue(d.policyNumber);
    log.addBindValue(effective);
    log.addBindValue(transactionDateKey(d));
    log.addBindValue(policyId);
    log.addBindValue(d.insured.name);
    log.addBindValue(d.toJsonText().text());
    log.addBindValue(nowUtc());
    log.addBindValue(m_session.user.id > 0 ? QVariant(m_session.user.id) : QVariant());
    if (Status s = exec(log); !s)
        return s.error();
    return effect;
}

} // namespace agencydesk
