// The renewal desk's lists and actions on a real SQLite file: renewals due, "not renewing", lapse notices to the
// holders (sent through a real aiosmtpd) and the print queue.
#include "CatchCompat.h"
#include "LapseNoticeService.h"
#include "MailTestSupport.h"
#include "PrintQueueService.h"
#include "RenewalBook.h"
#include "SmtpTestServer.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace agencydesk;
using namespace agencydesk::test;

namespace {

QStringList dueNumbers(const Session& session, std::optional<int> days = std::nullopt)
{
    QStringList out;
    for (const RenewalDue& d : CertificateBatchBook::check(RenewalService(session).due(days)))
        out << d.policy.number;
    return out;
}

qint64 addPolicy(RenewalBook& book, const QString& number, int expiresInDays)
{
    Policy p;
    p.insuredId = book.insuredId;
    p.number = number;
    p.line = LineOfBusiness::Auto;
    p.carrierName = QStringLiteral("Acme Casualty Company");
    p.effective = QDate::currentDate().addDays(expiresInDays - 365);
    p.expiration = QDate::currentDate().addDays(expiresInDays);
    return CertificateBatchBook::check(PolicyService(book.manager).create(p));
}

} // namespace

TEST_CASE("renewals due lists in-force policies expiring within the window, soonest first, until renewed or marked "
          "not renewing")
{
    RenewalBook book;
    addPolicy(book, QStringLiteral("AUTO-30"), 30);
    const qint64 soon = addPolicy(book, QStringLiteral("AUTO-10"), 10);
    addPolicy(book, QStringLiteral("AUTO-90"), 90);
    const Session csr = book.as(Role::DataProcessor);

    CHECK(dueNumbers(csr) == QStringList{QStringLiteral("AUTO-10"), QStringLiteral("AUTO-30")}); // default 60 days
    CHECK(dueNumbers(csr, 120) ==
          QStringList{QStringLiteral("AUTO-10"), QStringLiteral("AUTO-30"), QStringLiteral("AUTO-90")});
    const std::vector<RenewalDue> due = CertificateBatchBook::check(RenewalService(csr).due());
    CHECK(due[0].daysLeft == 10);
    CHECK(due[0].insuredName == QStringLiteral("Granite HVAC Corp."));
    CHECK(due[0].policy.carrierName == QStringLiteral("Acme Casualty Company"));

    // The window follows the agency setting.
    RenewalSettings settings;
    settings.dueDays = 20;
    REQUIRE_FALSE(RenewalService(csr).setSettings(settings).ok()); // a manager's setting
    REQUIRE(RenewalService(book.manager).setSettings(settings).ok());
    CHECK(dueNumbers(csr) == QStringList{QStringLiteral("AUTO-10")});

    // Marked not renewing: gone, with the reason in the policy's history; cleared: back.
    REQUIRE(RenewalService(csr).setNotRenewing(soon, true, QStringLiteral("Client sold the truck")).ok());
    CHECK(dueNumbers(csr).isEmpty());
    CHECK(book.count(QStringLiteral("SELECT COUNT(*) FROM activities WHERE entity_id = %1 AND action = "
                                    "'not_renewing' AND summary LIKE '%Client sold the truck%'")
                         .arg(soon)) == 1);
    REQUIRE(RenewalService(csr).setNotRenewing(soon, false).ok());
    CHECK(dueNumbers(csr) == QStringList{QStringLiteral("AUTO-10")});

    // Renewed: gone.
    REQUIRE(RenewalService(csr).renew(*RenewalService(csr).proposeTerm(soon)).ok());
    CHECK(dueNumbers(csr).isEmpty());
}

TEST_CASE("a renewal is refused for a term that does not start after the prior one, and by a view-only user")
{
    RenewalBook book;
    Policy term = book.renewalTerm();
    term.effective = CertificateBatchBook::check(PolicyService(book.manager).get(book.glId)).effective;
    term.expiration = term.effective.addYears(1);
    const Result<qint64> early = RenewalService(book.manager).renew(term);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().message.contains(QStringLiteral("must start after")));
    const Result<qint64> viewer = RenewalService(book.as(Role::PayrollAdvisor)).renew(book.renewalTerm());
    REQUIRE_FALSE(viewer.ok());
    CHECK(viewer.error().code == ErrorCode::Permission);
    CHECK(book.count(QStringLiteral("SELECT COUNT(*) FROM policies")) == 2);
    CHECK(book.count(QStringLiteral("SELECT COUNT(*) FROM renewal_runs")) == 0);
}

TEST_CASE("the holders of a cancelled policy are told once, by email at the server, and an in-force policy is "
          "refused")
{
    RenewalBook book;
    SmtpTestServer server;
    REQUIRE(server.start());
    configureMail(book.manager, mailSettingsFor(server));
    const Session csr = book.as(Role::CertificateSpecialist);

    const Result<LapseNoticeResult> inForce = LapseNoticeService(csr).notifyHolders(book.glId);
    REQUIRE_FALSE(inForce.ok());
    CHECK(inForce.error().message.contains(QStringLiteral("in force")));

    // A fifth holder without an email address is named, not skipped silently.
    book.holder(QStringLiteral("Paper Only Co"), DeliveryPreference::Print, QString());
    REQUIRE(PolicyService(book.manager).cancel(book.glId).ok());
    const Result<LapseNoticeResult> told = LapseNoticeService(csr).notifyHolders(book.glId);
    INFO((told ? told->toText() : told.error().message).toStdString());
    REQUIRE(told.ok());
    CHECK(told->notified == 4);
    CHECK(told->noEmail == QStringList{QStringLiteral("Paper Only Co")});
    CHECK(book.count(QStringLiteral("SELECT COUNT(*) FROM lapse_notices WHERE policy_id = %1").arg(book.glId)) == 4);

    REQUIRE(sendOutbox(book).sent == 4);
    const QJsonArray received = server.messages();
    REQUIRE(received.size() == 4);
    QStringList to;
    for (const QJsonValue& m : received) {
        const QJsonObject mail = m.toObject();
        to << mail.value(QStringLiteral("to")).toString();
        CHECK(mail.value(QStringLiteral("subject")).toString() ==
              QStringLiteral("Notice: Granite HVAC Corp.'s policy GLP-7781234 is no longer in force"));
        CHECK(mail.value(QStringLiteral("text")).toString().contains(QStringLiteral("was cancelled on")));
        CHECK(mail.value(QStringLiteral("rcptTo")).toArray().contains(kAgencyBcc));
    }
    to.sort();
    CHECK(to == QStringList{QStringLiteral("coi@bayview.example"), QStringLiteral("landlord@quiet.example"),
                            QStringLiteral("ops@harbor.example"), QStringLiteral("risk@strict.example")});

    // Again: nobody is told twice.
    const Result<LapseNoticeResult> again = LapseNoticeService(csr).notifyHolders(book.glId);
    REQUIRE(again.ok());
    CHECK(again->notified == 0);
    CHECK(again->alreadyNotified == 4);
    CHECK(book.count(QStringLiteral("SELECT COUNT(*) FROM outbox")) == 4);
}

TEST_CASE("printing from the print queue logs the printed delivery once, and removing takes an entry off")
{
    RenewalBook book;
    // Both the email and the print holder on paper too, so the queue holds two.
    QSqlQuery both = book.db->query();
    REQUIRE(both.exec(QStringLiteral("UPDATE certificate_holders SET delivery = 'both'")));
    const qint64 term = CertificateBatchBook::check(RenewalService(book.manager).renew(book.renewalTerm(1000000)));
    const qint64 run = CertificateBatchBook::check(RenewalService(book.manager).openRunFor(term)).value_or(0);
    REQUIRE(RenewalRunner(book.manager).execute(run).ok());
    const Session csr = book.as(Role::DataProcessor);
    std::vector<PrintQueueEntry> queue = CertificateBatchBook::check(PrintQueueService(csr).pending());
    REQUIRE(queue.size() == 3); // email, print and strict holders (the quiet one gets no renewals)

    REQUIRE(PrintQueueService(csr).markPrinted(queue[0].id, QStringLiteral("Front office HP")).ok());
    CHECK(book.count(QStringLiteral("SELECT COUNT(*) FROM certificate_deliveries WHERE certificate_id = %1 AND "
                                    "how = 'printed' AND detail = 'Front office HP'")
                         .arg(queue[0].certificateId)) == 1);
    const Status twice = PrintQueueService(csr).markPrinted(queue[0].id, QStringLiteral("Front office HP"));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == ErrorCode::NotFound);
    REQUIRE(PrintQueueService(csr).remove(queue[1].id).ok());
    const Status viewer = PrintQueueService(book.as(Role::PayrollAdvisor)).markPrinted(queue[2].id, QString());
    CHECK(viewer.error().code == ErrorCode::Permission);
    queue = CertificateBatchBook::check(PrintQueueService(csr).pending());
    REQUIRE(queue.size() == 1);
    CHECK(book.count(QStringLiteral("SELECT COUNT(*) FROM certificate_deliveries WHERE how = 'printed'")) == 1);
}
