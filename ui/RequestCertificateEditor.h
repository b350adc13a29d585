#pragma once

#include "CertificateRequest.h"
#include "RequestHolderFields.h"
#include "Session.h"

#include <QWidget>

#include <optional>
#include <vector>

class QFormLayout;
class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace agencydesk {

/// The Submit dialog's prefilled certificate, editable: the holder as the customer asked for it (corrected here), the
/// master's description of operations (for this certificate only) and its lines, each ticked (untick to leave it
/// off), with the holder's requirements checked against the lines ticked. A request with an uploaded certificate or
/// without a master has only the holder. What it returns goes into SubmitOptions; RequestService checks it.
class RequestCertificateEditor : public QWidget
{
    Q_OBJECT
public:
    RequestCertificateEditor(const Session& session, const CertificateRequest& request, QWidget* parent = nullptr);

    RequestHolder holder() const { return m_holder.holder(); }
    /// The description typed, or nullopt when it is the master's (or there is no certificate to edit).
    std::optional<QString> description() const;
    std::vector<qint64> omittedPolicyIds() const;
    /// At least one line is ticked (always true without lines).
    bool hasLines() const;
    /// False when the holder's requirements are checked and one is not met by the lines ticked.
    bool requirementsMet() const { return m_requirementsMet; }
    QString requirementsText() const;

signals:
    /// The lines ticked changed and the requirements were checked again.
    void linesChanged();

private:
    void addLines(QFormLayout* form, const CertificateRequest& request);
    void checkRequirements();

    const Session& m_session;
    std::optional<qint64> m_holderId;
    RequestHolderFields m_holder;
    QString m_masterDescription;
    QPlainTextEdit* m_description = nullptr;
    QListWidget* m_lines = nullptr;
    QLabel* m_requirements = nullptr;
    bool m_requirementsMet = true;
};

} // namespace agencydesk
