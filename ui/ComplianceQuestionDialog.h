#pragma once

#include "CertificateBatchIssuer.h"

#include <QDialog>

#include <vector>

class QPushButton;

namespace agencydesk {

/// Asks what to do with the holders whose requirements are not met before certificates are issued for many
/// holders: each holder is listed with the reasons.
class ComplianceQuestionDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice
    {
        IssueAll,      ///< issue to every holder; the overrides are recorded
        OnlyCompliant, ///< skip the holders listed
        Cancel,
    };

    /// \a total: how many holders were selected (the list shows the non-compliant ones only).
    ComplianceQuestionDialog(const std::vector<CertificateBatchItem>& nonCompliant, int total,
                             QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }

private:
    Choice m_choice = Choice::Cancel;
};

} // namespace agencydesk
