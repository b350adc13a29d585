#include "RequestBenchmark.h"

#include "AgencyService.h"
#include "CertificateMasterService.h"
#include "Database.h"
#include "InsuredService.h"
#include "MailSettingsService.h"
#include "PolicyService.h"
#include "RequestListService.h"
#include "RequestService.h"

#ifdef AGENCYDESK_BENCH_LIST_MODEL
#include "RequestTableModel.h"
#include "RequestsTab.h"

#include <QApplication>
#endif

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

namespace agencydesk::bench {

namespace {

/// \a insureds customers with an email, a GL and a WC policy in force and one master over both; their master ids.
std::optional<std::vector<std::pair<qint64, qint64>>> makeCustomers(const Session& s, int insureds)
{
    std::vector<std::pair<qint64, qint64>> out;
    for (int n = 1; n <= insureds; ++n) {
        Insured i;
        i.name = QStringLiteral("Request Customer %1 LLC").arg(n, 5, 10, QLatin1Char('0'));
        i.email = QStringLiteral("office%1@customer.example").arg(n);
        Result<qint64> insured = InsuredService(s).create(i);
        if (!insured) {
            fail(QStringLiteral("insured: %1").arg(insured.error().message));
            return std::nullopt;
        }
        CertificateMaster m;
        m.insuredId = *insured;
        m.name = QStringLiteral("Standard");
        for (LineOfBusiness line : {LineOfBusiness::GeneralLiability, LineOfBusiness::WorkersComp}) {
            Policy p;
            p.insuredId = *insured;
            p.number = QStringLiteral("%1-%2").arg(lineKey(line).toUpper()).arg(n, 6, 10, QLatin1Char('0'));
            p.line = line;
            p.carrierName = QStringLiteral("Acme Casualty Company");
            p.effective = QDate::currentDate().addDays(-30);
            p.expiration = QDate::currentDate().addDays(330);
            p.coverages = line == LineOfBusiness::GeneralLiability
                              ? std::vector<Coverage>{{QStringLiteral("EachOccurrence"), 1000000}}
                              : std::vector<Coverage>{{QStringLiteral("ELEachAccident"), 500000}};
            Result<qint64> policy = PolicyService(s).create(p);
            if (!policy) {
                fail(QStringLiteral("policy: %1").arg(policy.error().message));
                return std::nullopt;
            }
            m.policies.push_back({});
            m.policies.back().policyId = *policy;
        }
        Result<qint64> master = CertificateMasterService(s).create(m);
        if (!master) {
            fail(QStringLiteral("master: %1").arg(master.error().message));
            return std::nullopt;
        }
        out.emplace_back(*insured, *master);
    }
    return out;
}

/// \a requests rows straight into the table (one transaction): 90 % completed, 5 % rejected, 3 % new, 2 % in
/// progress, spread over the last year. Returns the pending count.
std::optional<int> makeRequests(const Session& s, const std::vector<std::pair<qint64, qint64>>& customers, int requests)
{
    const Database& db = s.database();
    Transaction tx(db);
    if (Status st = tx.begin(); !st) {
        fail(st.error().message);
        return std::nullopt;
    }
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral(
        "INSERT INTO certificate_requests(insured_id, master_id, holder_name, holder_address1, holder_city, "
        "holder_state, holder_postal_code, holder_email, type, status, source, manual, manual_reason, assignee_id, "
        "assignee_name, department, created_by_name, created_at, updated_at, closed_at) "
        "VALUES (?, ?, ?, '1 Main St', 'Boston', 'MA', '02110', 'certs@holder.example', ?, ?, 'portal', ?, ?, ?, ?, "
        "?, 'bench', ?, ?, ?)"));
    QRandomGenerator rng(6);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int pending = 0;
    for (int n = 0; n < requests; ++n) {
        const auto& [insuredId, masterId] = customers.at(rng.bounded(int(customers.size())));
        const int roll = int(rng.bounded(100));
        const QString status = roll < 90   ? QStringLiteral("completed")
                               : roll < 95 ? QStringLiteral("rejected")
                               : roll < 98 ? QStringLiteral("new")
                                           : QStringLiteral("in_progress");
        const bool manual = roll >= 60;
        pending += roll >= 95;
        // Oldest first, like real intake: ids grow with time.
        const QString at = now.addSecs(-qint64(requests - n) * 600).toString(Qt::ISODateWithMs);
        const bool inProgress = status == QLatin1String("in_progress");
        for (const QVariant& v : QVariantList{
                 insuredId, masterId, QStringLiteral("Holder %1").arg(n),
                 rng.bounded(10) == 0 ? QStringLiteral("wos") : QStringLiteral("coi"), status, manual,
                 manual ? QStringLiteral("The request has notes or instructions.") : QStringLiteral(""),
                 inProgress ? QVariant(s.user.id) : QVariant(), inProgress ? s.user.userName : QStringLiteral(""),
                 manual ? QStringLiteral("Certificates") : QStringLiteral(""), at, at,
                 roll < 95 ? at : QStringLiteral("")})
            q.addBindValue(v);
        if (Status st = exec(q); !st) {
            fail(st.error().message);
            return std::nullopt;
        }
    }
    if (Status st = tx.commit(); !st) {
        fail(st.error().message);
        return std::nullopt;
    }
    (void)execSql(db, QStringLiteral("ANALYZE"));
    return pending;
}

template <typename F> Stats timeIt(int samples, F&& f)
{
    std::vector<double> ms;
    for (int i = 0; i < samples; ++i) {
        QElapsedTimer t;
        t.start();
        if (!f())
            return {};
        ms.push_back(msSince(t));
    }
    return statsOf(ms);
}

} // namespace

QJsonObject RequestFigures::toJson() const
{
    return QJsonObject{{QStringLiteral("requests"), requests},
                       {QStringLiteral("pending"), pending},
                       {QStringLiteral("insureds"), insureds},
                       {QStringLiteral("generateSeconds"), generateSeconds},
                       {QStringLiteral("defaultViewRows"), defaultViewRows},
                       {QStringLiteral("defaultViewMs"), defaultView.toJson()},
                       {QStringLiteral("tabOpenMs"), tabOpen.toJson()},
                       {QStringLiteral("pendingCountMs"), pendingCount.toJson()},
                       {QStringLiteral("searchViewMs"), searchView.toJson()},
                       {QStringLiteral("intakeMs"), intake.toJson()},
                       {QStringLiteral("intakeCompleted"), intakeCompleted}};
}

std::optional<RequestFigures> RequestBenchmark::measure(int requests, int insureds, int samples, int intakes)
{
    QTemporaryDir dir;
    std::optional<Session> session = freshDatabase(dir.filePath(QStringLiteral("requests.sqlite")));
    if (!session)
        return std::nullopt;
    const Session& s = *session;
    MailSettings mail;
    mail.host = QStringLiteral("127.0.0.1");
    mail.port = 2525;
    mail.fromAddress = QStringLiteral("service@agency.example");
    mail.bccAddress = QStringLiteral("copies@agency.example");
    if (Status st = MailSettingsService(s).update(mail); !st) {
        fail(QStringLiteral("mail settings: %1").arg(st.error().message));
        return std::nullopt;
    }

    RequestFigures f;
    f.requests = requests;
    f.insureds = insureds;
    QElapsedTimer t;
    t.start();
    const auto customers = makeCustomers(s, insureds);
    if (!customers)
        return std::nullopt;
    const std::optional<int> pending = makeRequests(s, *customers, requests);
    if (!pending)
        return std::nullopt;
    f.pending = *pending;
    f.generateSeconds = msSince(t) / 1000.0;

    RequestListService list(s);
    bool ok = true;
    f.defaultView = timeIt(samples, [&] {
        auto rows = list.list();
        if (!rows) {
            fail(QStringLiteral("default view: %1").arg(rows.error().message));
            return ok = false;
        }
        f.defaultViewRows = int(rows->size());
        return true;
    });
#ifdef AGENCYDESK_BENCH_LIST_MODEL
    // What the CSR waits for: the tab built on its default view, shown and painted once (grab() paints it).
    f.tabOpen = timeIt(std::max(1, samples / 5), [&] {
        RequestsTab tab(s);
        tab.resize(1280, 760);
        tab.show();
        QApplication::processEvents();
        const bool painted = !tab.grab().isNull();
        if (!painted || tab.model()->rowCount() == 0) {
            fail(QStringLiteral("the Requests tab showed no rows"));
            return ok = false;
        }
        return true;
    });
#endif
    f.pendingCount = timeIt(samples, [&] {
        auto n = list.pendingCount();
        if (!n || *n != f.pending) {
            fail(QStringLiteral("pending count: %1").arg(n ? QString::number(*n) : n.error().message));
            return ok = false;
        }
        return true;
    });
    RequestFilter search;
    search.search = QStringLiteral("Customer 00042");
    f.searchView = timeIt(samples, [&] {
        auto rows = list.list(search);
        if (!rows) {
            fail(QStringLiteral("search: %1").arg(rows.error().message));
            return ok = false;
        }
        return true;
    });
    int n = 0;
    f.intake = timeIt(intakes, [&] {
        const auto& [insuredId, masterId] = customers->at(size_t(n) % customers->size());
        CertificateRequest r;
        r.insuredId = insuredId;
        r.masterId = masterId;
        r.holder.name = QStringLiteral("Timed Holder %1").arg(++n);
        r.holder.address1 = QStringLiteral("400 Harbor Blvd");
        r.holder.city = QStringLiteral("Boston");
        r.holder.state = QStringLiteral("MA");
        r.holder.postalCode = QStringLiteral("02110");
        r.holder.email = QStringLiteral("certs%1@holder.example").arg(n);
        r.source = RequestSource::Portal;
        auto id = RequestService(s).intake(r);
        if (!id) {
            fail(QStringLiteral("intake: %1").arg(id.error().message));
            return ok = false;
        }
        auto got = list.get(*id);
        f.intakeCompleted += got && got->status == RequestStatus::Completed ? 1 : 0;
        return true;
    });
    if (!ok)
        return std::nullopt;
    if (f.intakeCompleted != intakes)
        fail(QStringLiteral("only %1 of %2 clean requests were processed automatically")
                 .arg(f.intakeCompleted)
                 .arg(intakes));
    return f;
}

} // namespace agencydesk::bench
