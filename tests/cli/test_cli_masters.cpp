// agencydesk-cli agency show | set (certificate settings) and master share | unshare | lapsed | remove-lapsed,
// against a real SQLite file; PDFs read back with Poppler.
#include "AgencyService.h"
#include "CatchCompat.h"
#include "CertificateHolderService.h"
#include "CertificateMasterService.h"
#include "InsuredService.h"
#include "PolicyService.h"
#include "TestConfig.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QVariant>

#include <poppler-qt6.h>

using namespace agencydesk;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday = QDate::currentDate();

test::ProcessResult cli(const QString& db, const QStringList& args, const QString& user = u"boss"_s)
{
    QStringList all = {u"--database"_s, db, u"--user"_s, user};
    all << args;
    return test::runProcess(QStringLiteral(AGENCYDESK_CLI_PATH), all, {u"AGENCYDESK_PASSWORD="_s + test::kPassword});
}

struct Book
{
    test::TestDatabase t;
    qint64 insuredId = 0;

    Book()
    {
        Insured i;
        i.name = u"Cascade Ridge Builders LLC"_s;
        insuredId = *InsuredService(t.manager).create(i);
    }

    qint64 policy(const QString& number, LineOfBusiness line, const QDate& effective, const QDate& expiration)
    {
        Policy p;
        p.insuredId = insuredId;
        p.number = number;
        p.line = line;
        p.carrierName = u"Northwest Mutual Casualty"_s;
        p.effective = effective;
        p.expiration = expiration;
        if (line == LineOfBusiness::GeneralLiability)
            p.coverages = {{u"EachOccurrence"_s, 1000000}};
        auto id = PolicyService(t.manager).create(p);
        INFO((id.ok() ? QString() : id.error().message).toStdString());
        REQUIRE(id.ok());
        return *id;
    }
    qint64 master(const std::vector<qint64>& policyIds)
    {
        CertificateMaster m;
        m.insuredId = insuredId;
        m.name = u"Standard"_s;
        for (qint64 id : policyIds) {
            m.policies.push_back({});
            m.policies.back().policyId = id;
        }
        auto id = CertificateMasterService(t.manager).create(m);
        REQUIRE(id.ok());
        return *id;
    }
    qint64 scalar(const QString& sql) const
    {
        QSqlQuery q = t.db->query();
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
    AgencyProfile profile() const { return *AgencyService::readProfile(*t.db); }
};

} // namespace

TEST_CASE("cli: agency set changes the certificate settings and the next certificate follows them")
{
    Book b;
    // Day 31 cannot be a month: the order of day and month in the PDF is unambiguous.
    const QDate effective(kToday.year() - 1, 12, 31);
    const qint64 masterId =
        b.master({b.policy(u"GLP-2718281"_s, LineOfBusiness::GeneralLiability, effective, effective.addYears(2))});
    CertificateHolderRecord h;
    h.masterId = masterId;
    h.name = u"Lakeside Development Partners"_s;
    h.address1 = u"9 Shore Dr"_s;
    h.city = u"Seattle"_s;
    h.state = u"WA"_s;
    h.postalCode = u"98101"_s;
    const qint64 holderId = *CertificateHolderService(b.t.manager).create(h);

    auto set = cli(b.t.path(), {u"agency"_s, u"set"_s, u"--paper-size"_s, u"A4"_s, u"--date-format"_s, u"DD/MM/YYYY"_s,
                                u"--compliance-days"_s, u"45"_s});
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    CHECK(set.out.contains(u"a4"_s));
    CHECK(set.out.contains(u"dd/MM/yyyy"_s));
    CHECK(set.out.contains(u"45 days"_s));
    CHECK(b.profile().paperSize == CertificatePaperSize::A4);
    CHECK(b.profile().complianceWarningDays == 45);
    CHECK(b.profile().name == u"Test Agency"_s); // fields not given stay

    const QString out = b.t.dir.filePath(u"coi.pdf"_s);
    auto issued = cli(b.t.path(), {u"certificate"_s, u"issue"_s, u"--master"_s, QString::number(masterId),
                                   u"--holder"_s, QString::number(holderId), u"--out"_s, out});
    INFO(issued.err.toStdString());
    REQUIRE(issued.exitCode == 0);
    auto doc = Poppler::Document::load(out);
    REQUIRE(doc);
    const QSizeF size = doc->page(0)->pageSizeF();
    CHECK(size.width() == Approx(595).margin(0.5));
    CHECK(size.height() == Approx(842).margin(0.5));
    const QString text = doc->page(0)->text(QRectF()).normalized(QString::NormalizationForm_KC);
    CHECK(text.contains(effective.toString(u"dd/MM/yyyy"_s)));

    auto show = cli(b.t.path(), {u"--json"_s, u"agency"_s, u"show"_s});
    REQUIRE(show.exitCode == 0);
    CHECK(show.out.contains(u"\"paperSize\": \"a4\""_s));
}

TEST_CASE("cli: agency set refuses bad settings with a clear message and stores nothing")
{
    Book b;
    b.t.as(Role::DataProcessor); // the user exists before counting activities
    const int version = b.profile().rowVersion;
    const qint64 activities = b.scalar(u"SELECT count(*) FROM activities"_s);
    struct Case
    {
        QStringList args;
        int exitCode;
        QString message;
    };
    const Case cases[] = {
        {{u"--paper-size"_s, u"b5"_s}, 3, u"--paper-size \"b5\" is not a paper size (use letter, a4 or legal)"_s},
        {{u"--date-format"_s, u"dd.MM.yyyy"_s},
         3,
         u"Certificate date format \"dd.MM.yyyy\" is not one of MM/dd/yyyy, dd/MM/yyyy, yyyy-MM-dd."_s},
        {{u"--compliance-days"_s, u"400"_s}, 3, u"Compliance warning days must be 0 to 365, not 400."_s},
        {{u"--compliance-days"_s, u"soon"_s}, 3, u"--compliance-days \"soon\" is not a whole number of days"_s},
        {{u"--paper-size"_s, u"a4"_s, u"--compliance-days"_s, u"-5"_s}, 3, u"not -5"_s},
        {{}, 2, u"agency set needs at least one option"_s},
    };
    for (const Case& c : cases) {
        CAPTURE(c.args.join(u' ').toStdString());
        auto r = cli(b.t.path(), QStringList{u"agency"_s, u"set"_s} + c.args);
        CHECK(r.exitCode == c.exitCode);
        CHECK(r.err.contains(c.message));
        CHECK_FALSE(r.err.trimmed().contains(u'\n'));
    }
    auto denied = cli(b.t.path(), {u"agency"_s, u"set"_s, u"--paper-size"_s, u"legal"_s}, u"data-processor"_s);
    CHECK(denied.exitCode == 4);
    CHECK(b.profile().rowVersion == version);
    CHECK(b.profile().paperSize == CertificatePaperSize::Letter);
    CHECK(b.scalar(u"SELECT count(*) FROM activities"_s) == activities);
}

TEST_CASE("cli: init takes the certificate settings")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"new.sqlite"_s);
    auto init = test::runProcess(QStringLiteral(AGENCYDESK_CLI_PATH),
                                 {u"--database"_s, path, u"init"_s, u"--agency"_s, u"Maple Leaf Brokers"_s,
                                  u"--admin"_s, u"ann"_s, u"--country"_s, u"CA"_s, u"--paper-size"_s, u"legal"_s,
                                  u"--date-format"_s, u"yyyy-MM-dd"_s, u"--compliance-days"_s, u"0"_s},
                                 {u"AGENCYDESK_PASSWORD="_s + test::kPassword});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    auto db = Database::open(path);
    REQUIRE(db.ok());
    const AgencyProfile p = *AgencyService::readProfile(*db.value());
    CHECK(p.paperSize == CertificatePaperSize::Legal);
    CHECK(p.certificateDateFormat == u"yyyy-MM-dd"_s);
    CHECK(p.complianceWarningDays == 0);

    const QString other = dir.filePath(u"other.sqlite"_s);
    auto bad = test::runProcess(QStringLiteral(AGENCYDESK_CLI_PATH),
                                {u"--database"_s, other, u"init"_s, u"--agency"_s, u"X"_s, u"--admin"_s, u"ann"_s,
                                 u"--date-format"_s, u"d/M/yy"_s},
                                {u"AGENCYDESK_PASSWORD="_s + test::kPassword});
    CHECK(bad.exitCode == 3);
    CHECK(bad.err.contains(u"Certificate date format \"d/M/yy\""_s));
    CHECK_FALSE(QFileInfo::exists(other));
}

TEST_CASE("cli: master share is refused with the reason when nothing is in force, unshare always works")
{
    Book b;
    const qint64 expiredId = b.policy(u"AU-1000"_s, LineOfBusiness::Auto, kToday.addDays(-400), kToday.addDays(-35));
    const qint64 lapsedMaster = b.master({expiredId});
    auto refused = cli(b.t.path(), {u"master"_s, u"share"_s, QString::number(lapsedMaster)});
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.startsWith(u"validation failed: "_s));
    CHECK(refused.err.contains(u"none of its policies is in force today (AU-1000 expired on %1)"_s.arg(
        kToday.addDays(-35).toString(Qt::ISODate))));
    CHECK(b.scalar(u"SELECT shared_to_portal FROM certificate_masters WHERE id = %1"_s.arg(lapsedMaster)) == 0);

    const qint64 liveMaster =
        b.master({b.policy(u"GL-2000"_s, LineOfBusiness::GeneralLiability, kToday.addDays(-10), kToday.addDays(355))});
    auto shared = cli(b.t.path(), {u"master"_s, u"share"_s, QString::number(liveMaster)});
    INFO(shared.err.toStdString());
    CHECK(shared.exitCode == 0);
    CHECK(shared.out.trimmed() ==
          u"Certificate master %1 (Standard) is shared with the client's portal account."_s.arg(liveMaster));
    CHECK(b.scalar(u"SELECT shared_to_portal FROM certificate_masters WHERE id = %1"_s.arg(liveMaster)) == 1);
    auto json = cli(b.t.path(), {u"--json"_s, u"master"_s, u"list"_s, u"--insured"_s, QString::number(b.insuredId)});
    CHECK(json.out.contains(u"\"sharedToPortal\": true"_s));

    auto unshared = cli(b.t.path(), {u"master"_s, u"unshare"_s, QString::number(liveMaster)});
    CHECK(unshared.exitCode == 0);
    CHECK(unshared.out.contains(u"is not shared"_s));
    CHECK(b.scalar(u"SELECT shared_to_portal FROM certificate_masters WHERE id = %1"_s.arg(liveMaster)) == 0);
    CHECK(b.scalar(u"SELECT count(*) FROM activities WHERE action IN ('shared', 'unshared')"_s) == 2);

    CHECK(cli(b.t.path(), {u"master"_s, u"share"_s, u"abc"_s}).exitCode == 2);
    CHECK(cli(b.t.path(), {u"master"_s, u"share"_s}).exitCode == 2);
    auto missing = cli(b.t.path(), {u"master"_s, u"share"_s, u"999"_s});
    CHECK(missing.exitCode == 6);
    CHECK(missing.err.contains(u"Certificate master 999 does not exist"_s));
    b.t.as(Role::PayrollAdvisor);
    auto denied = cli(b.t.path(), {u"master"_s, u"share"_s, QString::number(liveMaster)}, u"payroll-advisor"_s);
    CHECK(denied.exitCode == 4);
    CHECK(denied.err.contains(u"may not share a certificate master"_s));
}

TEST_CASE("cli: master lapsed lists lines without a renewal and remove-lapsed takes them off")
{
    Book b;
    const qint64 glId =
        b.policy(u"GL-2000"_s, LineOfBusiness::GeneralLiability, kToday.addDays(-10), kToday.addDays(355));
    const qint64 autoId = b.policy(u"AU-1000"_s, LineOfBusiness::Auto, kToday.addDays(-400), kToday.addDays(-35));
    const qint64 masterId = b.master({glId, autoId});

    auto lapsed = cli(b.t.path(), {u"master"_s, u"lapsed"_s, QString::number(masterId)});
    INFO(lapsed.err.toStdString());
    CHECK(lapsed.exitCode == 0);
    CHECK(lapsed.out.contains(u"AU-1000"_s));
    CHECK(lapsed.out.contains(u"Expired"_s));
    CHECK_FALSE(lapsed.out.contains(u"GL-2000"_s));
    auto lapsedJson = cli(b.t.path(), {u"--json"_s, u"master"_s, u"lapsed"_s, QString::number(masterId)});
    CHECK(lapsedJson.out.contains(u"\"number\": \"AU-1000\""_s));

    auto removed = cli(b.t.path(), {u"master"_s, u"remove-lapsed"_s, QString::number(masterId)});
    INFO(removed.err.toStdString());
    CHECK(removed.exitCode == 0);
    CHECK(removed.out.trimmed() == u"Removed 1 lapsed line(s) from certificate master %1 (Standard): AU-1000\n"
                                   u"The master has no holders: no certificate to republish."_s.arg(masterId));
    CHECK(b.scalar(u"SELECT count(*) FROM master_policies WHERE master_id = %1"_s.arg(masterId)) == 1);
    auto none = cli(b.t.path(), {u"master"_s, u"lapsed"_s, QString::number(masterId)});
    CHECK(none.out.contains(u"is in force or renewed"_s));
    auto again = cli(b.t.path(), {u"master"_s, u"remove-lapsed"_s, QString::number(masterId)});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(u"nothing removed"_s));

    const qint64 allLapsed = b.master({autoId});
    auto refused = cli(b.t.path(), {u"master"_s, u"remove-lapsed"_s, QString::number(allLapsed)});
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains(
        u"Every line of master Standard has lapsed (AU-1000); add the renewal or delete the master."_s));
    CHECK(b.scalar(u"SELECT count(*) FROM master_policies WHERE master_id = %1"_s.arg(allLapsed)) == 1);
}
