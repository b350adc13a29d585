#pragma once

#include "WorkerThread.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace agencydesk {

/// A holder a batch passed over, and why (in the words of the service that refused it).
struct CertificateBatchItem
{
    qint64 holderId = 0;
    QString holderName;
    QStringList reasons;
};

/// What one run of a CertificateBatchIssuer did.
struct CertificateBatchResult
{
    int total = 0;     ///< holders asked for
    int processed = 0; ///< holders handled before the end (fewer when cancelled or stopped by an error)
    QStringList issuedNumbers;
    std::vector<CertificateBatchItem> refused;      ///< not issued (or, when checking, cannot be issued at all)
    std::vector<CertificateBatchItem> nonCompliant; ///< checking only: requirements not met, with the reasons
    QString error; ///< the batch stopped as a whole: no connection, no permission, a database problem
    bool cancelled = false;
};

/// Checks or issues certificates for many holders of one master in its own thread and connection (WorkerThread);
/// CertificateService still checks the permission there.
/// Each certificate is its own transaction and cancel() is seen between certificates, so a cancelled or failed
/// batch leaves only whole certificates. Destroying the issuer mid-run cancels it and waits for the certificate
/// in hand (one transaction, ~20 ms).
class CertificateBatchIssuer : public WorkerThread
{
    Q_OBJECT
public:
    explicit CertificateBatchIssuer(const Session& session, QObject* parent = nullptr);
    ~CertificateBatchIssuer() override;

    /// Checks each holder's requirements (ComplianceService); finished() lists the non-compliant holders in
    /// nonCompliant and holders that are missing or on another master in refused. Returns at once.
    void startCheck(qint64 masterId, const QList<qint64>& holderIds);
    /// Issues one certificate per holder; a holder whose requirements are not met is issued with a recorded
    /// override only when it is in \a mayForce, else refused with the reasons. Returns at once.
    void startIssue(qint64 masterId, const QList<qint64>& holderIds, const QSet<qint64>& mayForce = {});

    /// The same work on the calling thread (its own connection too): the thread body, and benchmarks.
    CertificateBatchResult checkNow(qint64 masterId, const QList<qint64>& holderIds);
    CertificateBatchResult issueNow(qint64 masterId, const QList<qint64>& holderIds, const QSet<qint64>& mayForce);

signals:
    /// From the worker thread (queued to receivers in other threads): \a done of \a total holders handled,
    /// the last one named.
    void progress(int done, int total, const QString& holderName);
    /// In the issuer's own thread, after the worker thread has ended.
    void finished(const agencydesk::CertificateBatchResult& result);

private:
    enum class Mode
    {
        Check,
        Issue
    };
    void start(Mode mode, qint64 masterId, const QList<qint64>& holderIds, const QSet<qint64>& mayForce);
    CertificateBatchResult run(Mode mode, qint64 masterId, const QList<qint64>& holderIds,
                               const QSet<qint64>& mayForce);
    void threadEnded() override;

    CertificateBatchResult m_result; ///< written by the worker thread, read after it has ended
};

} // namespace agencydesk

Q_DECLARE_METATYPE(agencydesk::CertificateBatchResult)
