// agencydesk-cli policy renew | notify-holders, renewals due | runs | show | run | not-renewing | settings,
// holder set and print-queue list against a real SQLite file (RenewalBook: four holders, one master).
#include "CatchCompat.h"
#include "CertificateHolderService.h"
#include "RenewalBook.h"
#include "TestConfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace agencydesk;
using namespace agencydesk::test;
using namespace Qt::StringLiterals;

namespace {

ProcessResult cli(const RenewalBook& book, const QStringList& args, const QString& user = u"boss"_s)
{
    QStringList all = {u"--database"_s, book.path(), u"--user"_s, user};
    all << args;
    return runProcess(QStringLiteral(AGENCYDESK_CLI_PATH), all, {u"AGENCYDESK_PASSWORD="_s + kPassword});
}

QJsonDocument json(const ProcessResult& r)
{
    INFO(QString(r.out + r.err).toStdString());
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out.toUtf8());
}

} // namespace

TEST_CASE("policy renew --dry-run changes nothing, policy renew follows through, and a second renewal is a conflict")
{
    RenewalBook book;
    const QString gl = QString::number(book.glId);
    const QString before = book.fingerprint();
    const ProcessResult dry = cli(book, {u"policy"_s, u"renew"_s, gl, u"--dry-run"_s});
    INFO(QString(dry.out + dry.err).toStdString());
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.out.contains(u"Dry run: 1 of 1 masters updated, 3 certificates re-issued"_s));
    CHECK(dry.out.contains(u"Strict Builders Inc"_s));
    CHECK(book.fingerprint() == before);
    CHECK(book.count(u"SELECT COUNT(*) FROM policies"_s) == 2);

    const ProcessResult renewed = cli(book, {u"policy"_s, u"renew"_s, gl, u"--number"_s, u"GLP-7781234-R1"_s});
    INFO(QString(renewed.out + renewed.err).toStdString());
    REQUIRE(renewed.exitCode == 0);
    CHECK(renewed.out.contains(u"renewed: new term"_s));
    CHECK(renewed.out.contains(u"GLP-7781234-R1"_s));
    CHECK(renewed.out.contains(u"3 certificates re-issued, 2 emails queued, 1 to print, 0 requests raised, 1 holders "
                               u"not receiving renewals"_s));
    CHECK(book.revision(book.emailHolder) == 2);
    CHECK(book.revision(book.quietHolder) == 1);

    const QJsonArray runs = json(cli(book, {u"--json"_s, u"renewals"_s, u"runs"_s})).array();
    REQUIRE(runs.size() == 1);
    const QJsonObject run = runs.at(0).toObject();
    CHECK(run.value(u"status"_s).toString() == u"completed"_s);
    CHECK(run.value(u"policyNumber"_s).toString() == u"GLP-7781234-R1"_s);
    const QString runId = QString::number(run.value(u"id"_s).toInteger());
    const ProcessResult shown = cli(book, {u"renewals"_s, u"show"_s, runId});
    CHECK(shown.exitCode == 0);
    CHECK(shown.out.contains(u"Harbor Realty Trust"_s));
    CHECK(shown.out.contains(u"not_receiving"_s));
    const QJsonArray queue = json(cli(book, {u"--json"_s, u"print-queue"_s, u"list"_s})).array();
    REQUIRE(queue.size() == 1);
    CHECK(queue.at(0).toObject().value(u"holder"_s).toString() == u"Harbor Realty Trust"_s);

    const QString after = book.fingerprint();
    const ProcessResult again = cli(book, {u"renewals"_s, u"run"_s, runId});
    CHECK(again.exitCode == 0);
    CHECK(book.fingerprint() == after);
    const ProcessResult twice = cli(book, {u"policy"_s, u"renew"_s, gl});
    CHECK(twice.exitCode == 5);
    CHECK(twice.err.contains(u"already renewed"_s));
    const ProcessResult badDate = cli(book, {u"policy"_s, u"renew"_s, gl, u"--effective"_s, u"2027-02-30"_s});
    CHECK(badDate.exitCode == 3);
    CHECK(badDate.err.contains(u"--effective \"2027-02-30\" is not a date"_s));
}

TEST_CASE("renewals due, not-renewing and settings from the command line, with the view-only user refused")
{
    RenewalBook book;
    book.as(Role::PayrollAdvisor);
    const QString gl = QString::number(book.glId);
    auto dueNumbers = [&](const QStringList& extra) {
        QStringList numbers;
        const QJsonArray due = json(cli(book, QStringList{u"--json"_s, u"renewals"_s, u"due"_s} + extra)).array();
        for (const QJsonValue& d : due)
            numbers << d.toObject().value(u"policy"_s).toObject().value(u"number"_s).toString();
        return numbers;
    };
    CHECK(dueNumbers({}).isEmpty()); // 300 days left, the window is 60
    CHECK(dueNumbers({u"--days"_s, u"310"_s}) == QStringList{u"GLP-7781234"_s});

    const ProcessResult viewer =
        cli(book, {u"renewals"_s, u"not-renewing"_s, gl, u"--reason"_s, u"x"_s}, u"payroll-advisor"_s);
    CHECK(viewer.exitCode == 4);
    const ProcessResult marked = cli(book, {u"renewals"_s, u"not-renewing"_s, gl, u"--reason"_s,
                                            u"Moving to a "
                                            u"captive"_s});
    CHECK(marked.exitCode == 0);
    CHECK(dueNumbers({u"--days"_s, u"310"_s}).isEmpty());
    CHECK(cli(book, {u"renewals"_s, u"not-renewing"_s, gl, u"--undo"_s}).exitCode == 0);
    CHECK(dueNumbers({u"--days"_s, u"310"_s}) == QStringList{u"GLP-7781234"_s});

    // Follow-through "ask": the renewal waits for renewals run.
    const QJsonObject settings = json(cli(book, {u"--json"_s, u"renewals"_s, u"settings"_s, u"--follow-through"_s,
                                                 u"ask"_s, u"--due-days"_s, u"310"_s}))
                                     .object();
    CHECK(settings.value(u"followThrough"_s).toString() == u"ask"_s);
    CHECK(dueNumbers({}) == QStringList{u"GLP-7781234"_s});
    const ProcessResult waiting = cli(book, {u"policy"_s, u"renew"_s, gl});
    REQUIRE(waiting.exitCode == 0);
    CHECK(waiting.out.contains(u"Follow-through waits for you"_s));
    CHECK(book.revision(book.emailHolder) == 1);
    const QJsonArray pending =
        json(cli(book, {u"--json"_s, u"renewals"_s, u"runs"_s, u"--status"_s, u"pending"_s})).array();
    REQUIRE(pending.size() == 1);
    const ProcessResult ran =
        cli(book, {u"renewals"_s, u"run"_s, QString::number(pending.at(0).toObject().value(u"id"_s).toInteger())});
    CHECK(ran.exitCode == 0);
    CHECK(book.revision(book.emailHolder) == 2);
    CHECK(cli(book, {u"renewals"_s, u"settings"_s, u"--follow-through"_s, u"sometimes"_s}).exitCode == 2);
}

TEST_CASE("holder set changes how a holder gets renewals, and notify-holders refuses a policy in force")
{
    RenewalBook book;
    const QString holder = QString::number(book.emailHolder);
    const ProcessResult set =
        cli(book, {u"holder"_s, u"set"_s, holder, u"--renewals"_s, u"no"_s, u"--delivery"_s, u"both"_s});
    INFO(QString(set.out + set.err).toStdString());
    REQUIRE(set.exitCode == 0);
    CHECK(set.out.contains(u"renewals no, delivery both"_s));
    const CertificateHolderRecord stored =
        CertificateBatchBook::check(CertificateHolderService(book.manager).get(book.emailHolder));
    CHECK_FALSE(stored.receivesRenewals);
    CHECK(stored.delivery == DeliveryPreference::Both);
    CHECK(cli(book, {u"holder"_s, u"set"_s, holder, u"--renewals"_s, u"maybe"_s}).exitCode == 2);

    const ProcessResult inForce = cli(book, {u"policy"_s, u"notify-holders"_s, QString::number(book.glId)});
    CHECK(inForce.exitCode == 3);
    CHECK(inForce.err.contains(u"in force"_s));
}

TEST_CASE("master remove-lapsed republishes the master to its holders and prints the run")
{
    RenewalBook book;
    const qint64 wc = book.count(u"SELECT id FROM policies WHERE number = 'WCX-5550001'"_s);
    REQUIRE(PolicyService(book.manager).cancel(wc).ok());
    const ProcessResult removed = cli(book, {u"master"_s, u"remove-lapsed"_s, QString::number(book.masterId)});
    INFO(QString(removed.out + removed.err).toStdString());
    REQUIRE(removed.exitCode == 0);
    CHECK(removed.out.contains(u"Removed 1 lapsed line(s)"_s));
    CHECK(removed.out.contains(u"3 certificates re-issued, 2 emails queued, 1 to print"_s));
    CHECK(book.revision(book.printHolder) == 2);
    CHECK(book.revision(book.quietHolder) == 1);
}
