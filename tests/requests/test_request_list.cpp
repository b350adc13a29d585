// The request list: the default view (New and In Progress), every filter, the search, the pending count.
#include "CatchCompat.h"
#include "DemoData.h"
#include "RejectionReasonService.h"
#include "RequestBook.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace agencydesk;
using namespace agencydesk::test;

namespace {

QList<qint64> ids(const std::vector<CertificateRequest>& list)
{
    QList<qint64> out;
    for (const CertificateRequest& r : list)
        out << r.id;
    return out;
}

} // namespace

TEST_CASE("the default view lists New and In Progress oldest first and the filters narrow it")
{
    RequestBook book;
    const Session alice = book.as(Role::CertificateSpecialist);
    RequestService desk(alice);
    CertificateRequest manual = book.clean();
    manual.notes = QStringLiteral("note");
    manual.source = RequestSource::Phone;
    const qint64 fresh = checked(desk.intake(manual));           // new, manual, phone
    const qint64 automatic = checked(desk.intake(book.clean())); // completed, automatic, portal
    const qint64 taken = checked(desk.intake(manual));           // in progress with alice
    REQUIRE(desk.take(taken).ok());
    CertificateRequest wos = manual;
    wos.type = RequestType::Wos;
    wos.holder.name = QStringLiteral("Zephyr Storage Inc.");
    const qint64 wosId = checked(desk.intake(wos)); // new, WOS
    const qint64 rejected = checked(desk.intake(manual));
    REQUIRE(
        desk.reject(rejected, checked(RejectionReasonService(alice).find(QStringLiteral("Test (internal)"))).id).ok());

    RequestListService list(book.manager);
    CHECK(ids(checked(list.list())) == QList<qint64>{fresh, taken, wosId});
    CHECK(checked(list.pendingCount()) == 3);

    RequestFilter all;
    all.statuses.clear();
    CHECK(ids(checked(list.list(all))) == QList<qint64>{fresh, automatic, taken, wosId, rejected});

    RequestFilter f;
    f.statuses = {RequestStatus::Completed};
    CHECK(ids(checked(list.list(f))) == QList<qint64>{automatic});
    f.statuses = {RequestStatus::Rejected};
    const auto rejectedRows = checked(list.list(f));
    REQUIRE(rejectedRows.size() == 1);
    CHECK(rejectedRows.front().rejectionReason == QStringLiteral("Test (internal)"));

    f = {};
    f.type = RequestType::Wos;
    CHECK(ids(checked(list.list(f))) == QList<qint64>{wosId});
    f = {};
    f.statuses.clear();
    f.manual = false;
    CHECK(ids(checked(list.list(f))) == QList<qint64>{automatic});
    f = {};
    f.assigneeId = alice.user.id;
    CHECK(ids(checked(list.list(f))) == QList<qint64>{taken});
    f = {};
    f.department = QStringLiteral("certificates");
    CHECK(ids(checked(list.list(f))) == QList<qint64>{fresh, taken, wosId});
    f = {};
    f.statuses.clear();
    f.source = RequestSource::Portal;
    CHECK(ids(checked(list.list(f))) == QList<qint64>{automatic});

    // Search by customer name, customer number, holder name.
    f = {};
    f.search = QStringLiteral("granite");
    CHECK(ids(checked(list.list(f))).size() == 3);
    f.search = QString::number(book.insuredId);
    CHECK(ids(checked(list.list(f))).size() == 3);
    f.search = QStringLiteral("zephyr");
    CHECK(ids(checked(list.list(f))) == QList<qint64>{wosId});
    f.search = QStringLiteral("100%_nobody");
    CHECK(checked(list.list(f)).empty());

    // Date range (UTC dates of creation).
    f = {};
    f.from = QDate::currentDate().addDays(1);
    CHECK(checked(list.list(f)).empty());
    f.from = QDateTime::currentDateTimeUtc().date().addDays(-1);
    f.to = QDateTime::currentDateTimeUtc().date();
    CHECK(checked(list.list(f)).size() == 3);

    // What the list shows.
    const CertificateRequest row = checked(list.get(taken));
    CHECK(row.insuredName == QStringLiteral("Granite HVAC Corp."));
    CHECK(row.holder.name == QStringLiteral("Bayside Property Group"));
    CHECK(row.assigneeName == alice.user.userName);
    CHECK(row.manualReason == QStringLiteral("The request has notes or instructions."));
    CHECK_FALSE(row.createdAt.isEmpty());
}

TEST_CASE("the pending count and the default view read the status index")
{
    RequestBook book;
    const auto plan = [&](const QString& sql) {
        QSqlQuery q = book.db->query();
        REQUIRE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
        QString out;
        while (q.next())
            out += q.value(3).toString() + QLatin1Char('\n');
        return out;
    };
    CHECK(plan(QStringLiteral("SELECT COUNT(*) FROM certificate_requests WHERE status IN ('new','in_progress')"))
              .contains(QStringLiteral("certificate_requests_status")));
    CHECK(plan(QStringLiteral("SELECT r.id FROM certificate_requests r JOIN insureds i ON i.id = r.insured_id WHERE "
                              "r.status IN ('new','in_progress') ORDER BY r.id LIMIT 500"))
              .contains(QStringLiteral("certificate_requests_status")));
}

TEST_CASE("the demo database has certificate requests in every state on the desk")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto db = Database::open(dir.filePath(QStringLiteral("demo.sqlite")));
    REQUIRE(db.ok());
    auto session = DemoData::createDemoDatabase(*db, 40);
    REQUIRE(session.ok());
    RequestFilter all;
    all.statuses.clear();
    auto requests = RequestListService(*session).list(all);
    REQUIRE(requests.ok());
    int manualWithNotes = 0;
    int inProgress = 0;
    int automatic = 0;
    int rejected = 0;
    int wosWaiting = 0;
    for (const CertificateRequest& r : *requests) {
        if (r.status == RequestStatus::New && r.manual && !r.notes.isEmpty())
            ++manualWithNotes;
        if (r.status == RequestStatus::InProgress)
            ++inProgress;
        if (r.status == RequestStatus::Completed && !r.manual)
            ++automatic;
        if (r.status == RequestStatus::Rejected && !r.rejectionReason.isEmpty())
            ++rejected;
        if (r.type == RequestType::Wos && !r.paymentApproved() && r.manualReason.contains(QStringLiteral("payment")))
            ++wosWaiting;
    }
    CHECK(manualWithNotes >= 2);
    CHECK(inProgress == 1);
    CHECK(automatic == 1);
    CHECK(rejected == 1);
    CHECK(wosWaiting == 1);
    // The default view (New and In Progress) is not empty.
    auto pending = RequestListService(*session).list(RequestFilter{});
    REQUIRE(pending.ok());
    CHECK(pending->size() >= 4);
}
