#pragma once

#include "Certificate.h"
#include "CertificateRequest.h"
#include "Session.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace agencydesk {

/// What a certificate request holds, read only: the customer, what they asked for (type, source, holder with its
/// address and email, the certificate master and its lines, their notes), where the request stands (status,
/// assignee, why it is manual, WOS payment, the certificate or the rejection) and the holder's requirements
/// against the coverage when the holder is on the master. Used by the preview and the submit dialogs.
class RequestInfoWidget : public QWidget
{
    Q_OBJECT
public:
    RequestInfoWidget(const Session& session, const CertificateRequest& request, QWidget* parent = nullptr);

    /// False when the holder's requirements are checked and one is not met.
    bool requirementsMet() const { return m_requirementsMet; }
    /// The requirements as shown (one line each), for tests.
    QString requirementsText() const;
    /// Hides the rows whose value has one of these object names (the Submit dialog edits them instead).
    void hideRows(const QStringList& objectNames);

    /// Each requirement met (a green tick) or not (a red cross and the reason), one per line, as rich text.
    static QString requirementsHtml(const ComplianceReport& report, const QPalette& palette);

private:
    void addRow(const QString& label, const QString& text, const char* name);
    void addMaster(const CertificateRequest& request);
    void addRequirements(const CertificateRequest& request);

    const Session& m_session;
    QFormLayout* m_form = nullptr;
    QLabel* m_requirements = nullptr;
    bool m_requirementsMet = true;
};

} // namespace agencydesk
