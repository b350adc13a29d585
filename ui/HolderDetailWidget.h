#pragma once

#include "Certificate.h"
#include "Session.h"

#include <QByteArray>
#include <QWidget>

class QComboBox;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace agencydesk {

class CertificateLogWidget;
class PdfViewer;

/// The selected holder's detail on the Certificates tab: compliance (each requirement met or not, with the
/// reason), the preview (a draft for master + holder, or an issued certificate's stored bytes) and the log.
class HolderDetailWidget : public QWidget
{
    Q_OBJECT
public:
    enum ComplianceColumn
    {
        RequirementColumn,
        MetColumn,
        ReasonColumn
    };

    explicit HolderDetailWidget(const Session& session, QWidget* parent = nullptr);

    /// The insured whose certificate log "Every holder" shows.
    void setInsured(qint64 insuredId);
    /// Shows \a holderId of \a masterId (0: nothing selected): its compliance and a draft certificate.
    void setHolder(qint64 masterId, qint64 holderId);
    /// Checks compliance and redraws the draft again (the master, holder or policies may have changed).
    void reload();
    /// Shows the stored PDF of an issued certificate in the preview (and switches to it when asked).
    void showIssued(const QString& number, bool switchToPreview = true);
    /// Certificates were just issued: the log lists them and the last one is previewed.
    void certificatesIssued(const QStringList& numbers);

    qint64 holderId() const { return m_holderId; }
    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* complianceTable() const { return m_complianceTable; }
    PdfViewer* viewer() const { return m_viewer; }
    /// The PDF the preview shows (a draft or stored bytes), empty when none.
    QByteArray previewPdf() const { return m_previewPdf; }
    QString previewCaption() const;
    CertificateLogWidget* logWidget() const { return m_log; }
    QComboBox* logScopeCombo() const { return m_logScope; }

signals:
    /// Re-issue was asked for in the log.
    void reissueRequested(qint64 masterId, qint64 holderId);

private:
    void showCompliance();
    void showDraft();
    void showPreview(const QByteArray& pdf, const QString& name, const QString& caption);
    void applyLogScope();

    const Session& m_session;
    qint64 m_insuredId = 0;
    qint64 m_masterId = 0;
    qint64 m_holderId = 0;
    QByteArray m_previewPdf;

    QTabWidget* m_tabs = nullptr;
    QLabel* m_complianceSummary = nullptr;
    QTableWidget* m_complianceTable = nullptr;
    QLabel* m_previewCaption = nullptr;
    PdfViewer* m_viewer = nullptr;
    QComboBox* m_logScope = nullptr;
    CertificateLogWidget* m_log = nullptr;
};

} // namespace agencydesk
