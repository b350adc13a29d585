#pragma once

#include "CertificateRequest.h"
#include "Result.h"
#include "Session.h"

#include <QCoreApplication>

#include <vector>

namespace agencydesk {

/// The manager's list of reasons a certificate request may be rejected with. A retired reason is no longer offered
/// but stays on the requests rejected with it.
class RejectionReasonService
{
    Q_DECLARE_TR_FUNCTIONS(RejectionReasonService)

public:
    explicit RejectionReasonService(const Session& session) : m_session(session) {}

    /// In list order; retired reasons only when \a withRetired.
    Result<std::vector<RejectionReason>> list(bool withRetired = false) const;
    Result<RejectionReason> get(qint64 id) const;
    /// The reason with this text (case-insensitive), retired or not.
    Result<RejectionReason> find(const QString& text) const;
    Result<qint64> add(const QString& text);
    Status rename(qint64 id, const QString& text);
    Status retire(qint64 id, bool retired = true);

private:
    Result<QString> checkText(const QString& text, qint64 exceptId) const;
    const Session& m_session;
};

} // namespace agencydesk
