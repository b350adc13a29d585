#pragma once

#include "Outbox.h"
#include "Result.h"
#include "Session.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;

namespace agencydesk {

/// Outbox > Attach to policy…: where a sent email is kept, one of its insured's policies or the insured only.
/// Policies come from PolicyService; the attaching itself is SentEmailAttacher's (OutboxDialog calls it).
class AttachEmailDialog : public QDialog
{
    Q_OBJECT
public:
    AttachEmailDialog(const Session& session, const OutboxEntry& email, QWidget* parent = nullptr);

    /// Reads the insured and its policies; an error leaves the dialog unusable.
    Status load();
    /// The chosen policy, or nullopt for the insured only.
    std::optional<qint64> policyId() const;
    QComboBox* policyCombo() const { return m_policy; }

private:
    const Session& m_session;
    OutboxEntry m_email;
    QLabel* m_intro = nullptr;
    QComboBox* m_policy = nullptr;
};

} // namespace agencydesk
