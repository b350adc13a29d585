#pragma once

#include "Certificate.h"
#include "CertificateRequest.h"
#include "Document.h"
#include "Policy.h"
#include "PortalService.h"
#include "Result.h"
#include "Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace agencydesk {

/// A shared certificate master and its current (not superseded) issued certificates.
struct ClientViewMaster
{
    CertificateMaster master;
    std::vector<IssuedCertificate> certificates;
};

/// Exactly what the client sees in the portal on a given day.
struct ClientView
{
    qint64 insuredId = 0;
    QString insuredName;
    PortalStatus portalStatus = PortalStatus::NotEnrolled;
    QString portalUserName;
    QDate date;
    std::vector<Policy> policies;                 ///< in force on date
    std::vector<Document> documents;              ///< shared with the portal
    std::vector<ClientViewMaster> masters;        ///< shared with the portal
    std::vector<CertificateRequest> openRequests; ///< the client's certificate requests still New or In progress

    QJsonObject toJson() const;
};

/// One read-only call for "View as client" and for a client portal: both show the same rules, so the agency's view
/// cannot drift from the client's.
class ClientViewService
{
    Q_DECLARE_TR_FUNCTIONS(ClientViewService)

public:
    explicit ClientViewService(const Session& session) : m_session(session) {}

    Result<ClientView> view(qint64 insuredId, const QDate& today = QDate::currentDate()) const;

private:
    const Session& m_session;
};

} // namespace agencydesk
