#pragma once

#include "CertificateBatchIssuer.h"
#include "Session.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <vector>

class QProgressDialog;
class QWidget;

namespace agencydesk {

/// Issues certificates for one or many holders of a master from the UI: checks the holders' requirements, asks
/// about those not met, then issues in a CertificateBatchIssuer (a worker thread) behind a window-modal,
/// cancellable progress dialog that shows only when the run takes more than a moment, and ends with a summary.
/// A child of the widget it is created for: closing that widget mid-run stops the batch after the certificate
/// in hand.
class CertificateIssueController : public QObject
{
    Q_OBJECT
public:
    CertificateIssueController(const Session& session, QWidget* parentWidget);
    ~CertificateIssueController() override;

    /// Checks compliance, asks about holders whose requirements are not met, then issues off the UI
    /// thread with a cancellable progress dialog. Returns at once; finished() follows.
    void issue(qint64 masterId, const QList<qint64>& holderIds);
    bool isRunning() const { return m_phase != Phase::Idle; }

    /// How long a run goes before its progress dialog appears (ms).
    static constexpr int kProgressDelayMs = 500;

signals:
    void finished(const QStringList& issuedNumbers, bool cancelled);

private:
    enum class Phase
    {
        Idle,
        Checking,
        Asking,
        Issuing
    };
    QWidget* parentWidget() const;
    void showProgress(int total);
    void closeProgress();
    void onProgress(int done, int total, const QString& holderName);
    void onBatchFinished(const CertificateBatchResult& result);
    void onChecked(const CertificateBatchResult& result);
    void askAboutMany(const std::vector<CertificateBatchItem>& nonCompliant);
    void startIssuing(const QList<qint64>& holderIds, const QSet<qint64>& mayForce);
    void onIssued(const CertificateBatchResult& result);
    void finish(const QStringList& issuedNumbers, bool cancelled);

    Session m_session;
    CertificateBatchIssuer* m_issuer = nullptr;
    QPointer<QProgressDialog> m_progress;
    Phase m_phase = Phase::Idle;
    bool m_updatingProgress = false;
    qint64 m_masterId = 0;
    QList<qint64> m_holderIds;
    std::vector<CertificateBatchItem> m_nonCompliant;
    std::vector<CertificateBatchItem> m_notIssued; ///< found by the check: missing, or on another master
    std::vector<CertificateBatchItem> m_skipped;   ///< not compliant, left out at the user's choice
};

} // namespace agencydesk
