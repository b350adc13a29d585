#include "CertificateIssueController.h"

#include "ComplianceQuestionDialog.h"
#include "MessageBox.h"

#include <QLocale>
#include <QMetaObject>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QWidget>

namespace agencydesk {

namespace {

constexpr int kListedInSummary = 10;

QString number(qint64 n)
{
    return QLocale().toString(n);
}

// "name: reason" lines, the first few only: a summary a CSR reads, not a report.
QStringList describe(const std::vector<CertificateBatchItem>& items)
{
    QStringList lines;
    for (const CertificateBatchItem& item : items) {
        if (lines.size() == kListedInSummary) {
            lines
                << CertificateIssueController::tr("... and %1 more.").arg(number(qint64(items.size()) - lines.size()));
            break;
        }
        lines << QStringLiteral("%1: %2").arg(item.holderName, item.reasons.join(QLatin1Char(' ')));
    }
    return lines;
}

} // namespace

CertificateIssueController::CertificateIssueController(const Session& session, QWidget* parentWidget)
    : QObject(parentWidget), m_session(session), m_issuer(new CertificateBatchIssuer(session, this))
{
    connect(m_issuer, &CertificateBatchIssuer::progress, this, &CertificateIssueController::onProgress);
    connect(m_issuer, &CertificateBatchIssuer::finished, this, &CertificateIssueController::onBatchFinished);
}

CertificateIssueController::~CertificateIssueController()
{
    delete m_issuer; // cancels and waits for the certificate in hand, before the dialog goes
    delete m_progress.data();
}

QWidget* CertificateIssueController::parentWidget() const
{
    return qobject_cast<QWidget*>(parent());
}

void CertificateIssueController::issue(qint64 masterId, const QList<qint64>& holderIds)
{
    if (isRunning())
        return;
    m_masterId = masterId;
    m_holderIds = holderIds;
    m_nonCompliant.clear();
    m_notIssued.clear();
    m_skipped.clear();
    if (Status allowed = authorize(m_session, Operation::CertificateIssue); !allowed || holderIds.isEmpty()) {
        // Said after issue() returns, like every other outcome.
        m_phase = Phase::Asking;
        QMetaObject::invokeMethod(
            this,
            [this, allowed] {
                if (!allowed)
                    MessageBox::showError(parentWidget(), tr("No certificate was issued."), allowed.error());
                finish({}, false);
            },
            Qt::QueuedConnection);
        return;
    }
    // Checking 1,000 holders takes ~0.6 s of queries: in the worker too, behind the same kind of dialog.
    m_phase = Phase::Checking;
    showProgress(int(holderIds.size()));
    m_issuer->startCheck(masterId, holderIds);
}

void CertificateIssueController::showProgress(int total)
{
    closeProgress();
    m_progress = new QProgressDialog(parentWidget());
    m_progress->setObjectName(QStringLiteral("certificateIssueProgressDialog"));
    m_progress->setWindowTitle(tr("Issuing certificates"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    auto* cancel = new QPushButton(tr("Cancel"), m_progress);
    cancel->setObjectName(QStringLiteral("cancelIssuingButton"));
    m_progress->setCancelButton(cancel);
    m_progress->setMinimumWidth(420);
    m_progress->setRange(0, total);
    m_progress->setLabelText(m_phase == Phase::Checking ? tr("Checking the holders' requirements...")
                                                        : tr("Issuing certificates..."));
    m_progress->setMinimumDuration(kProgressDelayMs);
    m_progress->setValue(0); // starts the clock: the dialog shows only if the run is still going after the delay
    connect(m_progress, &QProgressDialog::canceled, m_issuer, &CertificateBatchIssuer::cancel);
}

void CertificateIssueController::closeProgress()
{
    if (!m_progress)
        return;
    m_progress->hide();
    // Later: setValue() may be processing events in the dialog's own frame right now.
    m_progress->deleteLater();
    m_progress = nullptr;
}

void CertificateIssueController::onProgress(int done, int total, const QString& holderName)
{
    if (!m_progress || m_progress->wasCanceled())
        return;
    // The holder in hand: the one after the last done, named by the last done while we do not know it yet.
    const QString text = m_phase == Phase::Checking ? tr("Checking %1 of %2: %3") : tr("Issuing %1 of %2: %3");
    m_progress->setLabelText(text.arg(number(done), number(total), holderName));
    // A window-modal QProgressDialog processes events inside setValue(); see onBatchFinished().
    const QScopedValueRollback<bool> updating(m_updatingProgress, true);
    m_progress->setValue(done);
}

void CertificateIssueController::onBatchFinished(const CertificateBatchResult& result)
{
    if (m_updatingProgress) {
        // Not inside the dialog's setValue(): the next step may ask a question or delete that dialog.
        QMetaObject::invokeMethod(
            this, [this, result] { onBatchFinished(result); }, Qt::QueuedConnection);
        return;
    }
    closeProgress();
    if (m_phase == Phase::Checking)
        onChecked(result);
    else if (m_phase == Phase::Issuing)
        onIssued(result);
}

void CertificateIssueController::onChecked(const CertificateBatchResult& result)
{
    if (!result.error.isEmpty()) {
        MessageBox::critical(parentWidget(), tr("No certificate was issued"), result.error);
        finish({}, false);
        return;
    }
    if (result.cancelled) {
        finish({}, true);
        return;
    }
    m_notIssued = result.refused;
    m_nonCompliant = result.nonCompliant;
    QList<qint64> toIssue;
    QSet<qint64> excluded;
    for (const CertificateBatchItem& item : m_notIssued)
        excluded.insert(item.holderId);
    for (qint64 id : m_holderIds) {
        if (!excluded.contains(id))
            toIssue << id;
    }
    if (m_nonCompliant.empty()) {
        startIssuing(toIssue, {});
        return;
    }
    m_phase = Phase::Asking;
    if (m_holderIds.size() == 1) {
        const CertificateBatchItem& holder = m_nonCompliant.front();
        const MessageBox::Button answer = MessageBox::question(
            parentWidget(), tr("Requirements not met"),
            tr("%1 does not meet its requirements:\n\n%2\n\nIssue the certificate anyway? The override is recorded in "
               "the certificate log.")
                .arg(holder.holderName, holder.reasons.join(QLatin1Char('\n'))),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer == QMessageBox::Yes)
            startIssuing(toIssue, {holder.holderId});
        else
            finish({}, false);
        return;
    }
    askAboutMany(m_nonCompliant);
}

void CertificateIssueController::askAboutMany(const std::vector<CertificateBatchItem>& nonCompliant)
{
    auto* dialog = new ComplianceQuestionDialog(nonCompliant, int(m_holderIds.size()), parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        QSet<qint64> nonCompliantIds;
        for (const CertificateBatchItem& item : m_nonCompliant)
            nonCompliantIds.insert(item.holderId);
        QSet<qint64> excluded;
        for (const CertificateBatchItem& item : m_notIssued)
            excluded.insert(item.holderId);
        QList<qint64> toIssue;
        QSet<qint64> mayForce;
        switch (dialog->choice()) {
        case ComplianceQuestionDialog::Choice::Cancel:
            finish({}, false);
            return;
        case ComplianceQuestionDialog::Choice::IssueAll:
            mayForce = nonCompliantIds;
            break;
        case ComplianceQuestionDialog::Choice::OnlyCompliant:
            m_skipped = m_nonCompliant;
            excluded.unite(nonCompliantIds);
            break;
        }
        for (qint64 id : m_holderIds) {
            if (!excluded.contains(id))
                toIssue << id;
        }
        startIssuing(toIssue, mayForce);
    });
    dialog->open();
}

void CertificateIssueController::startIssuing(const QList<qint64>& holderIds, const QSet<qint64>& mayForce)
{
    if (holderIds.isEmpty()) {
        onIssued(CertificateBatchResult{});
        return;
    }
    m_phase = Phase::Issuing;
    showProgress(int(holderIds.size()));
    m_issuer->startIssue(m_masterId, holderIds, mayForce);
}

void CertificateIssueController::onIssued(const CertificateBatchResult& result)
{
    const qint64 issued = result.issuedNumbers.size();
    const qint64 asked = m_holderIds.size();
    std::vector<CertificateBatchItem> refused = m_notIssued;
    refused.insert(refused.end(), result.refused.begin(), result.refused.end());

    // One holder issued as asked: the certificate log shows it, a message would only be in the way.
    const bool plainSingle =
        asked == 1 && issued == 1 && result.error.isEmpty() && !result.cancelled && refused.empty();
    if (!plainSingle) {
        QStringList parts;
        if (issued > 0)
            parts << (issued == 1 ? tr("Issued 1 certificate.") : tr("Issued %1 certificates.").arg(number(issued)));
        if (result.cancelled)
            parts << tr("Cancelled after %1 of %2 holders; the certificates issued before are kept.")
                         .arg(number(result.processed), number(result.total));
        if (!result.error.isEmpty())
            parts << tr("Stopped: %1").arg(result.error);
        if (!m_skipped.empty())
            parts << (m_skipped.size() == 1 ? tr("Skipped 1 holder whose requirements are not met.")
                                            : tr("Skipped %1 holders whose requirements are not met.")
                                                  .arg(number(qint64(m_skipped.size()))));
        if (!refused.empty())
            parts << tr("Not issued to %1:")
                             .arg(refused.size() == 1 ? tr("1 holder")
                                                      : tr("%1 holders").arg(number(qint64(refused.size())))) +
                         QLatin1Char('\n') + describe(refused).join(QLatin1Char('\n'));
        const QString title = issued > 0 ? tr("Certificates issued") : tr("No certificate was issued");
        const QString text = parts.join(QStringLiteral("\n\n"));
        if (!result.error.isEmpty() || !refused.empty())
            MessageBox::warning(parentWidget(), title, text);
        else
            MessageBox::information(parentWidget(), title, text);
    }
    finish(result.issuedNumbers, result.cancelled);
}

void CertificateIssueController::finish(const QStringList& issuedNumbers, bool cancelled)
{
    closeProgress();
    m_phase = Phase::Idle;
    emit finished(issuedNumbers, cancelled);
}

} // namespace agencydesk
