#pragma once

#include "Renewal.h"
#include "Result.h"
#include "Session.h"

#include <QCoreApplication>
#include <QDate>

namespace agencydesk {

/// Telling certificate holders that a policy their certificates list is no longer in force.
class LapseNoticeService
{
    Q_DECLARE_TR_FUNCTIONS(LapseNoticeService)

public:
    explicit LapseNoticeService(const Session& session) : m_session(session) {}

    /// Emails every holder on a master listing \a policyId the policy_lapsed_holder template through the outbox
    /// (agency Bcc), once per holder, in one transaction with a notice row per holder and an activity row on the
    /// policy. Refused while the policy is in force or renewed by a term that is not cancelled.
    Result<LapseNoticeResult> notifyHolders(qint64 policyId, const QDate& today = {});

private:
    const Session& m_session;
};

} // namespace agencydesk
