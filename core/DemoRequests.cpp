#include "DemoRequests.h"

#include "AgencyService.h"
#include "Database.h"
#include "InsuredService.h"
#include "MailSettingsService.h"
#include "RejectionReasonService.h"
#include "RequestListService.h"
#include "RequestService.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <vector>

namespace agencydesk {

namespace {

struct DemoMaster
{
    qint64 masterId = 0;
    qint64 insuredId = 0;
};

RequestHolder demoHolder(const char* name, const char* address1, const char* city, const char* state,
                         const char* postalCode, const char* email)
{
    RequestHolder h;
    h.name = QString::fromUtf8(name);
    h.address1 = QString::fromUtf8(address1);
    h.city = QString::fromUtf8(city);
    h.state = QString::fromUtf8(state);
    h.postalCode = QString::fromUtf8(postalCode);
    h.email = QString::fromUtf8(email);
    return h;
}

/// A local test server (MailHog, Mailpit, aiosmtpd on 1025) when the agency has no mail settings yet.
Status ensureMail(const Session& session)
{
    Result<MailSettings> settings = MailSettingsService::read(session.database());
    if (!settings)
        return settings.error();
    if (settings->isConfigured())
        return {};
    Result<AgencyProfile> agency = AgencyService::readProfile(session.database());
    if (!agency)
        return agency.error();
    MailSettings m = *settings;
    m.host = QStringLiteral("localhost");
    m.port = 1025;
    m.security = SmtpSecurity::None;
    m.fromName = agency->name;
    m.fromAddress = agency->email.isEmpty() ? QStringLiteral("certificates@agency.example") : agency->email;
    m.bccEnabled = false;
    return MailSettingsService(session).update(m);
}

} // namespace

Status DemoRequests::seed(const Session& session)
{
    // Commercial masters of active customers with an email address, oldest first.
    QSqlQuery q = session.database().query();
    q.prepare(QStringLiteral("SELECT m.id, m.insured_id FROM certificate_masters m JOIN insureds i ON i.id = "
                             "m.insured_id WHERE i.status = 'active' AND i.email <> '' ORDER BY m.id LIMIT 8"));
    if (Status s = exec(q); !s)
        return s;
    std::vector<DemoMaster> masters;
    while (q.next())
        masters.push_back({q.value(0).toLongLong(), q.value(1).toLongLong()});
    q.finish();
    if (masters.empty())
        return {};
    if (Status s = ensureMail(session); !s)
        return s;
    RequestService desk(session);
    const auto at = [&masters](size_t i) { return masters[i % masters.size()]; };
    const auto request = [](const DemoMaster& m, const RequestHolder& holder, RequestSource source, const char* notes) {
        CertificateRequest r;
        r.insuredId = m.insuredId;
        r.masterId = m.masterId;
        r.holder = holder;
        r.source = source;
        r.notes = QString::fromUtf8(notes);
        return r;
    };

    // Two on the manual list because the customer wrote instructions.
    Result<qint64> id = desk.intake(request(
        at(0),
        demoHolder("Lakeside Mall Management", "2200 Lakeside Pkwy", "Columbus", "OH", "43219", "coi@lakeside.example"),
        RequestSource::Phone, "Please name Lakeside Mall Management and its property manager as additional insureds."));
    if (!id)
        return id.error();
    id = desk.intake(request(at(1),
                             demoHolder("Riverside Public Library", "18 Water St", "Dayton", "OH", "45402",
                                        "facilities@riverside-library.example"),
                             RequestSource::Email, "Project: children's wing renovation, start date next Monday."));
    if (!id)
        return id.error();

    // One in progress with the manager.
    id = desk.intake(request(
        at(2),
        demoHolder("Summit Ridge HOA", "75 Summit Ridge Dr", "Westerville", "OH", "43081", "board@summitridge.example"),
        RequestSource::Phone, "Rush: the job starts tomorrow morning."));
    if (!id)
        return id.error();
    if (Status s = desk.take(*id); !s)
        return s;

    // One processed automatically: a clean request for an automation-eligible customer (rendering needs fonts).
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        for (size_t i = 0; i < std::min<size_t>(masters.size(), 4); ++i) {
            Result<Insured> insured = InsuredService(session).get(at(i).insuredId);
            if (!insured)
                return insured.error();
            if (!insured->automationEligible) {
                if (Status s = desk.setAutomationEligible(insured->id, true); !s)
                    return s;
            }
            id = desk.intake(request(at(i),
                                     demoHolder("Metro Transit Authority", "1 Transit Plaza", "Columbus", "OH", "43215",
                                                "risk@metro-transit.example"),
                                     RequestSource::Portal, ""));
            if (!id)
                return id.error();
            Result<CertificateRequest> done = RequestListService(session).get(*id);
            if (!done)
                return done.error();
            if (done->status == RequestStatus::Completed)
                break; // the others stay on the manual list with the reason (a lapsed line, say)
        }
    }

    // One rejected with a reason from the list.
    id = desk.intake(
        request(at(3), demoHolder("Oak Street Properties", "", "Columbus", "OH", "43215", "leasing@oakstreet.example"),
                RequestSource::Email, "Landlord needs it for the lease renewal."));
    if (!id)
        return id.error();
    Result<RejectionReason> reason = RejectionReasonService(session).find(QStringLiteral("Incomplete address"));
    if (!reason)
        return reason.error();
    if (Status s = desk.reject(*id, reason->id, QStringLiteral("Please send the landlord's street address.")); !s)
        return s;

    // A waiver of subrogation waiting for the payment to be approved.
    CertificateRequest wos = request(at(4),
                                     demoHolder("Buckeye General Contractors", "940 Industrial Ave", "Grove City", "OH",
                                                "43123", "subs@buckeye-gc.example"),
                                     RequestSource::Portal, "");
    wos.type = RequestType::Wos;
    id = desk.intake(wos);
    if (!id)
        return id.error();
    return {};
}

} // namespace agencydesk
