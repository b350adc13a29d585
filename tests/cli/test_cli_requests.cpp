// agencydesk-cli request | reason | wos | insured automation against a real SQLite file: output, JSON, exit codes,
// and the emails queued in the outbox (the service tests check them at a real SMTP server).
#include "CatchCompat.h"
#include "CertificateService.h"
#include "RejectionReasonService.h"
#include "RequestBook.h"
#include "TestConfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace agencydesk;
using namespace agencydesk::test;
using namespace Qt::StringLiterals;

namespace {

ProcessResult cli(const RequestBook& book, const QStringList& args, const QString& user = u"boss"_s)
{
    QStringList all = {u"--database"_s, book.path(), u"--user"_s, user};
    all << args;
    return runProcess(QStringLiteral(AGENCYDESK_CLI_PATH), all, {u"AGENCYDESK_PASSWORD="_s + kPassword});
}

QStringList holderArgs(const RequestBook& book)
{
    return {u"request"_s,           u"add"_s,
            u"--insured"_s,         QString::number(book.insuredId),
            u"--master"_s,          QString::number(book.masterId),
            u"--holder-name"_s,     u"Bayside Property Group"_s,
            u"--holder-address1"_s, u"400 Harbor Blvd"_s,
            u"--holder-city"_s,     u"Boston"_s,
            u"--holder-state"_s,    u"MA"_s,
            u"--holder-postal"_s,   u"02110"_s,
            u"--holder-email"_s,    u"certs@bayside.example"_s,
            u"--source"_s,          u"portal"_s};
}

QJsonObject jsonObject(const ProcessResult& r)
{
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    REQUIRE(doc.isObject());
    return doc.object();
}

} // namespace

TEST_CASE("request add processes a clean request automatically and puts one with notes on the manual list")
{
    RequestBook book;
    auto clean = cli(book, holderArgs(book));
    INFO(clean.err.toStdString());
    REQUIRE(clean.exitCode == 0);
    CHECK(clean.out.contains(u"completed automatically (COI-"_s));
    CHECK(book.count(u"SELECT count(*) FROM outbox WHERE status = 'queued'"_s) == 2);

    auto manual = cli(book, holderArgs(book) << u"--notes"_s << u"Add the project name."_s << u"--json"_s);
    REQUIRE(manual.exitCode == 0);
    const QJsonObject r = jsonObject(manual);
    CHECK(r.value(u"status"_s).toString() == u"new"_s);
    CHECK(r.value(u"manual"_s).toBool());
    CHECK(r.value(u"department"_s).toString() == u"Certificates"_s);
    CHECK(r.value(u"manualReason"_s).toString() == u"The request has notes or instructions."_s);
    const QString id = QString::number(r.value(u"id"_s).toInteger());

    auto list = cli(book, {u"request"_s, u"list"_s});
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains(u"Manual because"_s));
    CHECK(list.out.contains(u"The request has notes or instructions."_s));
    CHECK(list.out.contains(u"1 pending (new + in progress)."_s));
    auto all = cli(book, {u"request"_s, u"list"_s, u"--status"_s, u"all"_s, u"--json"_s});
    REQUIRE(all.exitCode == 0);
    CHECK(QJsonDocument::fromJson(all.out.toUtf8()).array().size() == 2);

    REQUIRE(cli(book, {u"request"_s, u"note"_s, id, u"Called the client back."_s}).exitCode == 0);
    auto show = cli(book, {u"request"_s, u"show"_s, id});
    REQUIRE(show.exitCode == 0);
    CHECK(show.out.contains(u"Bayside Property Group"_s));
    CHECK(show.out.indexOf(u"Called the client back."_s) < show.out.indexOf(u"Manual review"_s));

    auto take = cli(book, {u"request"_s, u"take"_s, id});
    REQUIRE(take.exitCode == 0);
    CHECK(take.out.contains(u"in progress with boss"_s));
    auto submit = cli(book, {u"request"_s, u"submit"_s, id, u"--no-holder"_s});
    INFO(submit.err.toStdString());
    REQUIRE(submit.exitCode == 0);
    CHECK(submit.out.contains(u"completed (COI-"_s));
    CHECK(book.count(u"SELECT count(*) FROM outbox WHERE status = 'queued'"_s) == 3);
    auto twice = cli(book, {u"request"_s, u"submit"_s, id});
    CHECK(twice.exitCode == 3);
    CHECK(twice.err.contains(u"already submitted"_s));
}

TEST_CASE("request reject, relabel, upload and the exit codes of refusals")
{
    RequestBook book;
    auto added = cli(book, holderArgs(book) << u"--notes"_s << u"x"_s << u"--type"_s << u"wos"_s << u"--json"_s);
    REQUIRE(added.exitCode == 0);
    const QString id = QString::number(jsonObject(added).value(u"id"_s).toInteger());

    auto take = cli(book, {u"request"_s, u"take"_s, id});
    CHECK(take.exitCode == 3);
    CHECK(take.err.contains(u"waiting for payment approval"_s));
    auto approve = cli(book, {u"wos"_s, u"approve"_s, id});
    REQUIRE(approve.exitCode == 0);
    auto relabel = cli(book, {u"request"_s, u"relabel"_s, id, u"coi"_s});
    REQUIRE(relabel.exitCode == 0);
    CHECK(relabel.out.contains(u"is now COI"_s));
    CHECK(cli(book, {u"request"_s, u"relabel"_s, id, u"poi-ish"_s}).exitCode == 2);

    auto notPdf = cli(book, {u"request"_s, u"upload"_s, id, QStringLiteral(AGENCYDESK_SOURCE_DIR "/README.md")});
    CHECK(notPdf.exitCode == 3);
    auto upload = cli(book, {u"request"_s, u"upload"_s, id,
                             QStringLiteral(AGENCYDESK_SOURCE_DIR "/tests/data/pdf/real/okular-file1.pdf")});
    INFO(upload.err.toStdString());
    REQUIRE(upload.exitCode == 0);
    CHECK(upload.out.contains(u"okular-file1.pdf kept"_s));

    // A payroll advisor may look but not act.
    book.as(Role::PayrollAdvisor);
    auto viewer =
        cli(book, {u"request"_s, u"reject"_s, id, u"--reason"_s, u"Incomplete address"_s}, u"payroll-advisor"_s);
    CHECK(viewer.exitCode == 4);
    CHECK(cli(book, {u"request"_s, u"list"_s}, u"payroll-advisor"_s).exitCode == 0);

    CHECK(cli(book, {u"request"_s, u"reject"_s, id}).exitCode == 2);
    auto unknown = cli(book, {u"request"_s, u"reject"_s, id, u"--reason"_s, u"Because"_s});
    CHECK(unknown.exitCode == 6);
    auto reject = cli(book, {u"request"_s, u"reject"_s, id, u"--reason"_s, u"incomplete address"_s, u"--comment"_s,
                             u"Suite number missing."_s});
    INFO(reject.err.toStdString());
    REQUIRE(reject.exitCode == 0);
    CHECK(reject.out.contains(u"rejected (Incomplete address)"_s));
    CHECK(book.count(u"SELECT count(*) FROM outbox WHERE kind = 'request_rejected'"_s) == 1);
    auto again = cli(book, {u"request"_s, u"reject"_s, id, u"--reason"_s, u"Incomplete address"_s});
    CHECK(again.exitCode == 3);
    CHECK(again.err.contains(u"already rejected"_s));
    CHECK(cli(book, {u"request"_s, u"show"_s, u"999"_s}).exitCode == 6);
}

TEST_CASE("reason list add retire and insured automation from the command line")
{
    RequestBook book;
    auto list = cli(book, {u"reason"_s, u"list"_s});
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains(u"Duplicate request received"_s));
    CHECK(list.out.contains(u"Certificate holder name incomplete"_s));
    auto add = cli(book, {u"reason"_s, u"add"_s, u"Wrong customer"_s});
    REQUIRE(add.exitCode == 0);
    const QString id = add.out.trimmed();
    CHECK(cli(book, {u"reason"_s, u"add"_s, u"wrong customer"_s}).exitCode == 5);
    book.as(Role::DataProcessor);
    CHECK(cli(book, {u"reason"_s, u"retire"_s, id}, u"data-processor"_s).exitCode == 4);
    REQUIRE(cli(book, {u"reason"_s, u"retire"_s, id}).exitCode == 0);
    CHECK_FALSE(cli(book, {u"reason"_s, u"list"_s}).out.contains(u"Wrong customer"_s));
    CHECK(cli(book, {u"reason"_s, u"list"_s, u"--all"_s}).out.contains(u"Wrong customer"_s));

    auto off = cli(book, {u"insured"_s, u"automation"_s, QString::number(book.insuredId), u"off"_s});
    REQUIRE(off.exitCode == 0);
    CHECK(off.out.contains(u"reviewed by hand"_s));
    auto manual = cli(book, holderArgs(book) << u"--json"_s);
    REQUIRE(manual.exitCode == 0);
    CHECK(jsonObject(manual).value(u"manualReason"_s).toString() ==
          u"The customer is not eligible for automatic processing."_s);
    CHECK(cli(book, {u"insured"_s, u"automation"_s, QString::number(book.insuredId), u"maybe"_s}).exitCode == 2);

    REQUIRE(InsuredService(book.manager).setActive(book.insuredId, false).ok());
    auto inactive = cli(book, holderArgs(book));
    CHECK(inactive.exitCode == 3);
    CHECK(inactive.err.contains(u"inactive customer cannot request certificates"_s));
    CHECK(cli(book, {u"request"_s, u"--help"_s}).out.contains(u"request reject ID"_s));
}

TEST_CASE("request submit corrects the holder, sets the description and leaves a line off")
{
    RequestBook book;
    auto manual = cli(book, holderArgs(book) << u"--notes"_s << u"New address, see email."_s << u"--json"_s);
    REQUIRE(manual.exitCode == 0);
    const QString id = QString::number(jsonObject(manual).value(u"id"_s).toInteger());
    REQUIRE(cli(book, {u"request"_s, u"take"_s, id}).exitCode == 0);
    const CertificateMaster master = checked(CertificateMasterService(book.manager).get(book.masterId));
    REQUIRE(master.policies.size() == 2);
    const QString wc = QString::number(master.policies.at(0).policyId == book.glId ? master.policies.at(1).policyId
                                                                                   : master.policies.at(0).policyId);

    // A bad postal code: refused, exit 3, nothing issued.
    auto bad = cli(book, {u"request"_s, u"submit"_s, id, u"--holder-postal"_s, u"ABC"_s});
    CHECK(bad.exitCode == 3);
    CHECK(bad.err.contains(u"The corrected holder is not valid: Postal code \"ABC\""_s));
    // Every line left off: refused.
    auto none = cli(
        book, {u"request"_s, u"submit"_s, id, u"--omit-policy"_s, wc, u"--omit-policy"_s, QString::number(book.glId)});
    CHECK(none.exitCode == 3);
    CHECK(none.err.contains(u"keep at least one line"_s));
    auto notId = cli(book, {u"request"_s, u"submit"_s, id, u"--omit-policy"_s, u"GL"_s});
    CHECK(notId.exitCode == 2);
    CHECK(book.count(u"SELECT count(*) FROM certificates"_s) == 0);

    auto submit = cli(book, {u"request"_s, u"submit"_s, id, u"--holder-address1"_s, u"77 Pier Road"_s,
                             u"--holder-postal"_s, u"02210"_s, u"--description"_s, u"Roof work at 77 Pier Road."_s,
                             u"--omit-policy"_s, wc, u"--json"_s});
    INFO(submit.err.toStdString());
    REQUIRE(submit.exitCode == 0);
    const QJsonObject r = jsonObject(submit);
    CHECK(r.value(u"status"_s).toString() == u"completed"_s);
    const QJsonObject holder = r.value(u"holder"_s).toObject();
    CHECK(holder.value(u"name"_s).toString() == u"Bayside Property Group"_s); // not given: kept
    CHECK(holder.value(u"address1"_s).toString() == u"77 Pier Road"_s);
    CHECK(holder.value(u"postalCode"_s).toString() == u"02210"_s);
    const IssuedCertificate issued =
        checked(CertificateService(book.manager).get(r.value(u"certificate"_s).toString()));
    const QJsonObject snapshot = QJsonDocument::fromJson(issued.snapshot.toUtf8()).object();
    CHECK(snapshot.value(u"description"_s).toString() == u"Roof work at 77 Pier Road."_s);
    CHECK(snapshot.value(u"coverages"_s).toArray().size() == 1);
    CHECK(checked(CertificateMasterService(book.manager).get(book.masterId)).description ==
          u"HVAC installation and service."_s);
    auto show = cli(book, {u"request"_s, u"show"_s, id});
    CHECK(show.out.contains(u"Lines left off this certificate: WCX-5550001"_s));
}
