#include "CertificateBatchIssuer.h"

#include "CertificateHolderService.h"
#include "CertificateService.h"
#include "Database.h"

namespace agencydesk {

namespace {

QString holderName(const Session& session, qint64 holderId)
{
    Result<CertificateHolderRecord> holder = CertificateHolderService(session).get(holderId);
    return holder ? holder->name : CertificateBatchIssuer::tr("Holder %1").arg(holderId);
}

// A missing holder or a broken rule stops one certificate; these stop every certificate after it as well.
bool stopsTheBatch(const Error& error)
{
    return error.code == ErrorCode::Permission || error.code == ErrorCode::Database;
}

} // namespace

CertificateBatchIssuer::CertificateBatchIssuer(const Session& session, QObject* parent) : WorkerThread(session, parent)
{}

CertificateBatchIssuer::~CertificateBatchIssuer()
{
    stopAndWait(); // the body writes m_result
}

void CertificateBatchIssuer::startCheck(qint64 masterId, const QList<qint64>& holderIds)
{
    start(Mode::Check, masterId, holderIds, {});
}

void CertificateBatchIssuer::startIssue(qint64 masterId, const QList<qint64>& holderIds, const QSet<qint64>& mayForce)
{
    start(Mode::Issue, masterId, holderIds, mayForce);
}

CertificateBatchResult CertificateBatchIssuer::checkNow(qint64 masterId, const QList<qint64>& holderIds)
{
    return run(Mode::Check, masterId, holderIds, {});
}

CertificateBatchResult CertificateBatchIssuer::issueNow(qint64 masterId, const QList<qint64>& holderIds,
                                                        const QSet<qint64>& mayForce)
{
    return run(Mode::Issue, masterId, holderIds, mayForce);
}

void CertificateBatchIssuer::start(Mode mode, qint64 masterId, const QList<qint64>& holderIds,
                                   const QSet<qint64>& mayForce)
{
    startThread(QStringLiteral("certificate-batch"),
                [this, mode, masterId, holderIds, mayForce] { m_result = run(mode, masterId, holderIds, mayForce); });
}

void CertificateBatchIssuer::threadEnded()
{
    const CertificateBatchResult result = std::move(m_result);
    m_result = {};
    emit finished(result);
}

CertificateBatchResult CertificateBatchIssuer::run(Mode mode, qint64 masterId, const QList<qint64>& holderIds,
                                                   const QSet<qint64>& mayForce)
{
    CertificateBatchResult result;
    result.total = int(holderIds.size());
    // This thread's own connection: opened here, closed when db goes out of scope at the end of this function.
    Result<std::shared_ptr<Database>> db = openConnection();
    if (!db) {
        result.error = db.error().message;
        return result;
    }
    const Session session{*db, user()};
    CertificateService certificates(session);
    CertificateHolderService holders(session);
    ComplianceService compliance(session);

    for (const qint64 holderId : holderIds) {
        if (cancelled()) {
            result.cancelled = true;
            break;
        }
        QString name;
        if (mode == Mode::Issue) {
            Result<IssuedCertificate> issued = certificates.issue(masterId, holderId, mayForce.contains(holderId));
            if (issued) {
                name = issued->holderName;
                result.issuedNumbers << issued->number;
            } else if (stopsTheBatch(issued.error())) {
                result.error = issued.error().message;
                break;
            } else {
                name = holderName(session, holderId);
                result.refused.push_back({holderId, name, {issued.error().message}});
            }
        } else {
            Result<CertificateHolderRecord> holder = holders.get(holderId);
            if (!holder) {
                if (stopsTheBatch(holder.error())) {
                    result.error = holder.error().message;
                    break;
                }
                name = CertificateBatchIssuer::tr("Holder %1").arg(holderId);
                result.refused.push_back({holderId, name, {holder.error().message}});
            } else if (name = holder->name; holder->masterId != masterId) {
                result.refused.push_back(
                    {holderId, name, {tr("%1 is a holder on another certificate master.").arg(name)}});
            } else if (Result<ComplianceReport> report = compliance.check(holderId); !report) {
                if (stopsTheBatch(report.error())) {
                    result.error = report.error().message;
                    break;
                }
                result.refused.push_back({holderId, name, {report.error().message}});
            } else if (!report->compliant()) {
                result.nonCompliant.push_back({holderId, name, report->reasons()});
            }
        }
        ++result.processed;
        emit progress(result.processed, result.total, name);
    }
    return result;
}

} // namespace agencydesk
