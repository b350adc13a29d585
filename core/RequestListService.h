#pragma once

#include "CertificateRequest.h"
#include "Result.h"
#include "Session.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <vector>

namespace agencydesk {

class Database;

/// The certificate request desk's reading side: the list with its filters, the pending count, one request with
/// its trail. Everything here is index-backed (certificate_requests_status for the default view and the count).
class RequestListService
{
    Q_DECLARE_TR_FUNCTIONS(RequestListService)

public:
    explicit RequestListService(const Session& session) : m_session(session) {}

    Result<std::vector<CertificateRequest>> list(const RequestFilter& filter = {}) const;
    /// New + In Progress: the number in the Requests tab's title.
    Result<int> pendingCount() const;
    Result<CertificateRequest> get(qint64 id) const;
    /// The request, its notes and activities newest first, and the text of the email it came in.
    Result<RequestDetail> detail(qint64 id) const;

    static Result<CertificateRequest> read(const Database& db, qint64 id);
    static QJsonObject toJson(const CertificateRequest& request);

private:
    const Session& m_session;
};

} // namespace agencydesk
