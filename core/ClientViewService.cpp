#include "ClientViewService.h"

#include "CertificateMasterService.h"
#include "CertificateService.h"
#include "Database.h"
#include "DocumentSharingService.h"
#include "InsuredService.h"
#include "PolicyService.h"
#include "RequestListService.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace agencydesk {

Result<ClientView> ClientViewService::view(qint64 insuredId, const QDate& today) const
{
    auto insured = InsuredService(m_session).get(insuredId);
    if (!insured)
        return insured.error();
    ClientView v;
    v.insuredId = insuredId;
    v.insuredName = insured->name;
    v.date = today;
    auto account = PortalService(m_session).account(insuredId);
    if (!account)
        return account.error();
    if (account->has_value()) {
        v.portalStatus = (*account)->status;
        v.portalUserName = (*account)->userName;
    }

    auto policies = PolicyService(m_session).forInsured(insuredId);
    if (!policies)
        return policies.error();
    for (const Policy& p : *policies) {
        if (p.status(today) == PolicyStatus::InForce)
            v.policies.push_back(p);
    }

    auto documents = DocumentSharingService(m_session).portalDocuments(insuredId);
    if (!documents)
        return documents.error();
    v.documents = std::move(*documents);

    auto masters = CertificateMasterService(m_session).forInsured(insuredId);
    if (!masters)
        return masters.error();
    auto certificates = CertificateService(m_session).forInsured(insuredId);
    if (!certificates)
        return certificates.error();
    for (const CertificateMaster& m : *masters) {
        if (!m.sharedToPortal)
            continue;
        ClientViewMaster shown{m, {}};
        for (const IssuedCertificate& c : *certificates) {
            if (c.masterId == m.id && !c.supersededBy)
                shown.certificates.push_back(c);
        }
        v.masters.push_back(std::move(shown));
    }
    // The client's certificate requests still open (New or In progress), oldest first; closed ones are history.
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral("SELECT id FROM certificate_requests WHERE insured_id = ? "
                             "AND status IN ('new', 'in_progress') ORDER BY id"));
    q.addBindValue(insuredId);
    if (Status s = exec(q); !s)
        return s.error();
    std::vector<qint64> requestIds;
    while (q.next())
        requestIds.push_back(q.value(0).toLongLong());
    q.finish();
    for (qint64 id : requestIds) {
        auto request = RequestListService::read(m_session.database(), id);
        if (!request)
            return request.error();
        v.openRequests.push_back(*request);
    }
    return v;
}

QJsonObject ClientView::toJson() const
{
    QJsonArray policyList;
    for (const Policy& p : policies) {
        policyList.append(QJsonObject{{QStringLiteral("id"), p.id},
                                      {QStringLiteral("number"), p.number},
                                      {QStringLiteral("line"), lineKey(p.line)},
                                      {QStringLiteral("carrier"), p.carrierName},
                                      {QStringLiteral("effective"), p.effective.toString(Qt::ISODate)},
                                      {QStringLiteral("expiration"), p.expiration.toString(Qt::ISODate)}});
    }
    QJsonArray documentList;
    for (const Document& d : documents) {
        documentList.append(QJsonObject{{QStringLiteral("id"), d.id},
                                        {QStringLiteral("fileName"), d.fileName},
                                        {QStringLiteral("type"), d.type},
                                        {QStringLiteral("issueDate"), d.issueDate.toString(Qt::ISODate)},
                                        {QStringLiteral("policyNumber"), d.policyNumber},
                                        {QStringLiteral("sharedAt"), d.sharedAt}});
    }
    QJsonArray masterList;
    for (const ClientViewMaster& m : masters) {
        QJsonArray issued;
        for (const IssuedCertificate& c : m.certificates) {
            issued.append(QJsonObject{{QStringLiteral("number"), c.number},
                                      {QStringLiteral("revision"), c.revision},
                                      {QStringLiteral("holder"), c.holderName},
                                      {QStringLiteral("issuedAt"), c.issuedAt}});
        }
        masterList.append(QJsonObject{{QStringLiteral("id"), m.master.id},
                                      {QStringLiteral("name"), m.master.name},
                                      {QStringLiteral("certificates"), issued}});
    }
    QJsonArray requestList;
    for (const CertificateRequest& r : openRequests) {
        requestList.append(QJsonObject{{QStringLiteral("id"), r.id},
                                       {QStringLiteral("type"), requestTypeKey(r.type)},
                                       {QStringLiteral("status"), requestStatusKey(r.status)},
                                       {QStringLiteral("holder"), r.holder.name},
                                       {QStringLiteral("createdAt"), r.createdAt}});
    }
    return {{QStringLiteral("insuredId"), insuredId},
            {QStringLiteral("insuredName"), insuredName},
            {QStringLiteral("portalStatus"), portalStatusKey(portalStatus)},
            {QStringLiteral("portalUserName"), portalUserName},
            {QStringLiteral("date"), date.toString(Qt::ISODate)},
            {QStringLiteral("policies"), policyList},
            {QStringLiteral("documents"), documentList},
            {QStringLiteral("masters"), masterList},
            {QStringLiteral("openRequests"), requestList}};
}

} // namespace agencydesk
