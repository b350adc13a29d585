#include "CatchCompat.h"
#include "DatabaseMaintenance.h"
#include "InsuredService.h"
#include "LimitCodes.h"
#include "PolicyService.h"
#include "SearchService.h"
#include "TestConfig.h"
#include "TestSupport.h"
#include "UserService.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace agencydesk;
using namespace Qt::StringLiterals;

namespace {

const QString kNewPassword = u"second-pass-77"_s;

/// One run of agencydesk-cli on \a db as \a user ("" for none); passwords come from the environment.
test::ProcessResult cli(const QString& db, const QString& user, const QStringList& args,
                        const QString& password = test::kPassword)
{
    QStringList all = {u"--database"_s, db};
    if (!user.isEmpty())
        all << u"--user"_s << user;
    all << args;
    return test::runProcess(QStringLiteral(AGENCYDESK_CLI_PATH), all,
                            {u"AGENCYDESK_PASSWORD="_s + password, u"AGENCYDESK_NEW_PASSWORD="_s + kNewPassword});
}

/// What a script relies on: a failure is exactly one line on stderr.
bool isOneLine(const QString& text)
{
    return !text.trimmed().isEmpty() && !text.trimmed().contains(u'\n');
}

qint64 printedId(const test::ProcessResult& r)
{
    bool ok = false;
    const qint64 id = r.out.trimmed().toLongLong(&ok);
    return ok ? id : 0;
}

QJsonDocument parseJson(const QString& text)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    INFO(text.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc;
}

qint64 addInsured(const Session& session, const QString& name, const QString& email = {})
{
    Insured insured;
    insured.name = name;
    insured.email = email;
    auto id = InsuredService(session).create(insured);
    REQUIRE(id.ok());
    return *id;
}

QStringList insuredNames(const Session& session)
{
    auto page = InsuredService(session).page({}, 0, 1000);
    REQUIRE(page.ok());
    QStringList names;
    for (const Insured& i : *page)
        names << i.name;
    return names;
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE(
    "cli: init, user add and insured add print ids, and search finds the insured by name, policy number and email")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"office.sqlite"_s);

    auto init = cli(db, {},
                    {u"init"_s, u"--agency"_s, u"Northwind Insurance"_s, u"--admin"_s, u"maria"_s, u"--admin-name"_s,
                     u"Maria Alvarez"_s, u"--city"_s, u"Columbus"_s, u"--state"_s, u"OH"_s, u"--postal"_s, u"43215"_s});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.contains(u"Northwind Insurance"_s));

    auto user =
        cli(db, u"maria"_s,
            {u"user"_s, u"add"_s, u"dan"_s, u"--role"_s, u"data-processor"_s, u"--full-name"_s, u"Dan Clerk"_s});
    INFO(user.err.toStdString());
    REQUIRE(user.exitCode == 0);
    CHECK(printedId(user) > 0);

    // The new user logs in with the password given at "user add".
    auto insured = cli(db, u"dan"_s,
                       {u"insured"_s, u"add"_s, u"--name"_s, u"Harbor Point Roofing LLC"_s, u"--email"_s,
                        u"office@harborpoint.example"_s, u"--postal"_s, u"33602"_s, u"--state"_s, u"FL"_s},
                       kNewPassword);
    INFO(insured.err.toStdString());
    REQUIRE(insured.exitCode == 0);
    const qint64 id = printedId(insured);
    REQUIRE(id > 0);

    auto policy = cli(db, u"dan"_s,
                      {u"policy"_s, u"add"_s, u"--insured"_s, QString::number(id), u"--number"_s, u"GLP-448812"_s,
                       u"--line"_s, u"gl"_s, u"--carrier"_s, u"Great Lakes Mutual"_s, u"--effective"_s, u"2026-01-01"_s,
                       u"--expiration"_s, u"2027-01-01"_s},
                      kNewPassword);
    INFO(policy.err.toStdString());
    REQUIRE(policy.exitCode == 0);
    CHECK(printedId(policy) > 0);

    for (const QString& query : {u"Point Roof"_s, u"GLP-4488"_s, u"office@harborpoint.example"_s}) {
        auto found = cli(db, u"maria"_s, {u"insured"_s, u"search"_s, query});
        INFO("query: " << query.toStdString() << " stderr: " << found.err.toStdString());
        CHECK(found.exitCode == 0);
        CHECK(found.out.contains(u"Harbor Point Roofing LLC"_s));
        CHECK(found.out.contains(QString::number(id)));
    }
}

TEST_CASE("cli: --json prints records and lists that parse and carry their fields")
{
    test::TestDatabase t;
    const QString db = t.path();

    auto added =
        cli(db, u"boss"_s,
            {u"--json"_s, u"insured"_s, u"add"_s, u"--name"_s, u"Maple Leaf Catering Ltd."_s, u"--country"_s, u"CA"_s,
             u"--state"_s, u"ON"_s, u"--postal"_s, u"m5v2t6"_s, u"--email"_s, u"events@mapleleaf.example"_s});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QJsonObject insured = parseJson(added.out).object();
    const qint64 id = insured.value(u"id"_s).toInteger();
    CHECK(id > 0);
    CHECK(insured.value(u"name"_s).toString() == u"Maple Leaf Catering Ltd."_s);
    CHECK(insured.value(u"postalCode"_s).toString() == u"M5V 2T6"_s); // normalised by core
    CHECK(insured.value(u"status"_s).toString() == u"active"_s);

    auto policy =
        cli(db, u"boss"_s,
            {u"policy"_s, u"add"_s, u"--json"_s, u"--insured"_s, QString::number(id), u"--number"_s, u"AU-2231"_s,
             u"--line"_s, u"auto"_s, u"--carrier"_s, u"Aviva Canada"_s, u"--effective"_s, u"2026-03-01"_s,
             u"--expiration"_s, u"2027-03-01"_s, u"--limit"_s, u"CombinedSingleLimit=$2,000,000"_s});
    INFO(policy.err.toStdString());
    REQUIRE(policy.exitCode == 0);
    const QJsonObject policyJson = parseJson(policy.out).object();
    CHECK(policyJson.value(u"number"_s).toString() == u"AU-2231"_s);
    CHECK(policyJson.value(u"carrier"_s).toString() == u"Aviva Canada"_s);
    CHECK(policyJson.value(u"insuredId"_s).toInteger() == id);

    auto search = cli(db, u"boss"_s, {u"--json"_s, u"insured"_s, u"search"_s, u"maple"_s});
    REQUIRE(search.exitCode == 0);
    const QJsonArray hits = parseJson(search.out).array();
    REQUIRE(hits.size() == 1);
    CHECK(hits.at(0).toObject().value(u"id"_s).toInteger() == id);
    CHECK(hits.at(0).toObject().value(u"email"_s).toString() == u"events@mapleleaf.example"_s);

    auto list = cli(db, u"boss"_s, {u"--json"_s, u"policy"_s, u"list"_s, u"--insured"_s, QString::number(id)});
    REQUIRE(list.exitCode == 0);
    const QJsonArray policies = parseJson(list.out).array();
    REQUIRE(policies.size() == 1);
    const QJsonArray limits = policies.at(0).toObject().value(u"limits"_s).toArray();
    REQUIRE(limits.size() == 1);
    CHECK(limits.at(0).toObject().value(u"code"_s).toString() == u"CombinedSingleLimit"_s);
    CHECK(limits.at(0).toObject().value(u"amount"_s).toInteger() == 2'000'000);

    auto show = cli(db, u"boss"_s, {u"--json"_s, u"insured"_s, u"show"_s, QString::number(id)});
    REQUIRE(show.exitCode == 0);
    const QJsonObject shown = parseJson(show.out).object();
    CHECK(shown.value(u"name"_s).toString() == u"Maple Leaf Catering Ltd."_s);
    CHECK(shown.value(u"policies"_s).toArray().size() == 1);
}

TEST_CASE("cli: policy add with limits, then policy list shows them")
{
    test::TestDatabase t;
    const qint64 id = addInsured(t.manager, u"Keystone Logistics Inc."_s);
    auto added = cli(t.path(), u"boss"_s, {u"policy"_s,       u"add"_s,
                                           u"--insured"_s,    QString::number(id),
                                           u"--number"_s,     u"CGL 99-1200"_s,
                                           u"--line"_s,       u"gl"_s,
                                           u"--carrier"_s,    u"Hartford Fire"_s,
                                           u"--naic"_s,       u"19682"_s,
                                           u"--effective"_s,  u"2026-01-01"_s,
                                           u"--expiration"_s, u"2027-01-01"_s,
                                           u"--premium"_s,    u"4,250.00"_s,
                                           u"--limit"_s,      u"EachOccurrence=1M"_s,
                                           u"--limit"_s,      u"GeneralAggregate=2,000,000"_s});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    REQUIRE(printedId(added) > 0);

    auto list = cli(t.path(), u"boss"_s, {u"policy"_s, u"list"_s, u"--insured"_s, QString::number(id)});
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains(u"CGL 99-1200"_s));
    CHECK(list.out.contains(u"Hartford Fire"_s));
    CHECK(list.out.contains(u"EachOccurrence $1,000,000"_s));
    CHECK(list.out.contains(u"GeneralAggregate $2,000,000"_s));
    CHECK(list.out.contains(u"$4,250.00"_s));
}

TEST_CASE("cli: every kind of error exits with its own code and one clear line, and saves nothing")
{
    test::TestDatabase t;
    const QString db = t.path();
    const qint64 id = addInsured(t.manager, u"Blue Ridge Plumbing LLC"_s);
    Policy existing;
    existing.insuredId = id;
    existing.number = u"GL-1001"_s;
    existing.carrierName = u"Hartford"_s;
    existing.effective = QDate(2026, 1, 1);
    existing.expiration = QDate(2027, 1, 1);
    REQUIRE(PolicyService(t.manager).create(existing).ok());

    const QStringList policy = {u"policy"_s, u"add"_s, u"--insured"_s, QString::number(id),
                                u"--line"_s, u"gl"_s,  u"--carrier"_s, u"Hartford"_s};
    const QStringList newPolicy = policy + QStringList{u"--number"_s, u"GL-2002"_s};
    const QStringList dates = {u"--effective"_s, u"2026-02-01"_s, u"--expiration"_s, u"2027-02-01"_s};
    struct Case
    {
        const char* what;
        QStringList args;
        int exitCode;
        QString prefix;
        QString mentions; ///< the value the message must name
        QString password = test::kPassword;
    };
    const std::vector<Case> cases = {
        {"wrong password", {u"insured"_s, u"search"_s, u"ridge"_s}, 7, u"login failed:"_s, {}, u"not-it-at-all"_s},
        {"date not YYYY-MM-DD",
         newPolicy + QStringList{u"--effective"_s, u"02/01/2026"_s, u"--expiration"_s, u"2027-02-01"_s}, 3,
         u"validation failed:"_s, u"02/01/2026"_s},
        {"impossible date",
         newPolicy + QStringList{u"--effective"_s, u"2026-02-30"_s, u"--expiration"_s, u"2027-02-01"_s}, 3,
         u"validation failed:"_s, u"2026-02-30"_s},
        {"expiration before effective",
         newPolicy + QStringList{u"--effective"_s, u"2026-06-01"_s, u"--expiration"_s, u"2026-01-01"_s}, 3,
         u"validation failed:"_s, u"2026-01-01"_s},
        {"duplicate policy number with the same carrier", policy + QStringList{u"--number"_s, u"GL-1001"_s} + dates, 3,
         u"validation failed:"_s, u"GL-1001"_s},
        {"limit amount not a number", newPolicy + dates + QStringList{u"--limit"_s, u"EachOccurrence=lots"_s}, 3,
         u"validation failed:"_s, u"lots"_s},
        {"unknown limit code", newPolicy + dates + QStringList{u"--limit"_s, u"EachBanana=1M"_s}, 3,
         u"validation failed:"_s, u"EachBanana"_s},
        {"unknown line",
         {u"policy"_s, u"add"_s, u"--insured"_s, QString::number(id), u"--number"_s, u"X-1"_s, u"--line"_s, u"boat"_s,
          u"--carrier"_s, u"Hartford"_s, u"--effective"_s, u"2026-02-01"_s, u"--expiration"_s, u"2027-02-01"_s},
         3,
         u"validation failed:"_s,
         u"boat"_s},
        {"invalid US ZIP",
         {u"insured"_s, u"add"_s, u"--name"_s, u"Zip Test"_s, u"--postal"_s, u"1234"_s},
         3,
         u"validation failed:"_s,
         u"1234"_s},
        {"invalid Canadian postal code",
         {u"insured"_s, u"add"_s, u"--name"_s, u"Postal Test"_s, u"--country"_s, u"CA"_s, u"--postal"_s, u"90210"_s},
         3,
         u"validation failed:"_s,
         u"90210"_s},
        {"unknown command", {u"frobnicate"_s}, 2, u"usage error:"_s, u"frobnicate"_s},
        {"unknown option",
         {u"insured"_s, u"add"_s, u"--name"_s, u"X"_s, u"--colour"_s, u"red"_s},
         2,
         u"usage error:"_s,
         u"--colour"_s},
        {"missing record", {u"insured"_s, u"show"_s, u"999999"_s}, 6, u"not found:"_s, u"999999"_s},
        {"user name taken", {u"user"_s, u"add"_s, u"boss"_s, u"--role"_s, u"manager"_s}, 5, u"conflict:"_s, u"boss"_s},
    };
    for (const Case& c : cases) {
        auto r = cli(db, u"boss"_s, c.args, c.password);
        INFO(c.what << ": exit " << r.exitCode << ", stderr: " << r.err.toStdString());
        CHECK(r.exitCode == c.exitCode);
        CHECK(isOneLine(r.err));
        CHECK(r.err.startsWith(c.prefix));
        CHECK(r.err.contains(c.mentions));
        CHECK(r.out.isEmpty());
    }

    // Nothing of the above was saved.
    CHECK(insuredNames(t.manager) == QStringList{u"Blue Ridge Plumbing LLC"_s});
    auto policies = PolicyService(t.manager).forInsured(id);
    REQUIRE(policies.ok());
    CHECK(policies->size() == 1);
}

TEST_CASE("cli: a view-only user may not add an insured, and nothing is saved")
{
    test::TestDatabase t;
    const Session payroll = t.as(Role::PayrollAdvisor);
    auto denied = cli(t.path(), payroll.user.userName, {u"insured"_s, u"add"_s, u"--name"_s, u"Sneaky Enterprises"_s});
    INFO(denied.err.toStdString());
    CHECK(denied.exitCode == 4);
    CHECK(isOneLine(denied.err));
    CHECK(denied.err.startsWith(u"permission denied:"_s));
    CHECK(denied.out.isEmpty());

    auto search = cli(t.path(), u"boss"_s, {u"insured"_s, u"search"_s, u"Sneaky"_s});
    REQUIRE(search.exitCode == 0);
    CHECK_FALSE(search.out.contains(u"Sneaky"_s));
    CHECK(insuredNames(t.manager).isEmpty());
}

TEST_CASE("cli: a file that is not a database is refused and left unchanged, and a missing folder fails cleanly")
{
    QTemporaryDir dir;
    const QString text = dir.filePath(u"notes.txt"_s);
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Call the carrier about the renewal on Monday.\n");
    }
    const QByteArray before = fileHash(text);
    auto refused = cli(text, u"boss"_s, {u"insured"_s, u"search"_s, u"x"_s});
    INFO(refused.err.toStdString());
    CHECK(refused.exitCode == 8);
    CHECK(isOneLine(refused.err));
    CHECK(refused.err.contains(u"not"_s));
    CHECK(fileHash(text) == before);

    auto missing = cli(dir.filePath(u"no-such-folder/agency.sqlite"_s), {}, {u"db"_s, u"check"_s});
    INFO(missing.err.toStdString());
    CHECK(missing.exitCode != 0);
    CHECK(missing.exitCode != -1); // exited, did not crash
    CHECK(isOneLine(missing.err));
    CHECK(missing.err.contains(u"no-such-folder"_s));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(u"no-such-folder"_s)));
}

TEST_CASE("cli: db check passes a healthy database and fails a damaged copy")
{
    test::TestDatabase t;
    const QString db = t.path();
    t.manager.db.reset();
    t.db.reset(); // the CLI is the only writer; its exit checkpoints the WAL into the file

    auto seeded = cli(db, u"boss"_s, {u"seed-demo"_s, u"--insureds"_s, u"300"_s});
    INFO(seeded.err.toStdString());
    REQUIRE(seeded.exitCode == 0);
    {
        auto open = Database::open(db, OpenOptions{false});
        REQUIRE(open.ok());
        REQUIRE(execSql(*open.value(), u"PRAGMA wal_checkpoint(TRUNCATE)"_s).ok());
    }
    const qint64 size = QFileInfo(db).size();
    REQUIRE(size > 64 * 4096); // many pages

    auto healthy = cli(db, {}, {u"db"_s, u"check"_s});
    INFO(healthy.err.toStdString());
    CHECK(healthy.exitCode == 0);
    CHECK(healthy.out.startsWith(u"ok"_s));

    const QString damaged = t.dir.filePath(u"damaged.sqlite"_s);
    REQUIRE(QFile::copy(db, damaged));
    {
        QFile f(damaged);
        REQUIRE(f.open(QIODevice::ReadWrite));
        QRandomGenerator rng(42);
        QByteArray garbage(4 * 4096, '\0');
        for (char& byte : garbage)
            byte = static_cast<char>(rng.bounded(256));
        REQUIRE(f.seek((size / 2) / 4096 * 4096));
        REQUIRE(f.write(garbage) == garbage.size());
    }
    auto broken = cli(damaged, {}, {u"db"_s, u"check"_s});
    INFO(broken.err.toStdString());
    CHECK(broken.exitCode == 8);
    CHECK(isOneLine(broken.err));
    CHECK(broken.err.contains(u"damaged"_s));
}

TEST_CASE("cli: db backup writes a copy that opens and holds the same insureds")
{
    test::TestDatabase t;
    for (const QString& name : {u"Harbor Point Roofing LLC"_s, u"Keystone Logistics Inc."_s, u"Maple Leaf Catering"_s})
        addInsured(t.manager, name);
    const QString backup = t.dir.filePath(u"backup.sqlite"_s);

    auto done = cli(t.path(), {}, {u"db"_s, u"backup"_s, backup});
    INFO(done.err.toStdString());
    REQUIRE(done.exitCode == 0);

    auto opened = Database::open(backup, OpenOptions{false});
    REQUIRE(opened.ok());
    const Session backupSession{opened.value(), t.manager.user};
    CHECK(insuredNames(backupSession) == insuredNames(t.manager));
    CHECK(insuredNames(backupSession).size() == 3);
    auto problems = DatabaseMaintenance::check(*opened.value());
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());

    // A second backup to the same file is refused rather than overwriting it.
    auto again = cli(t.path(), {}, {u"db"_s, u"backup"_s, backup});
    CHECK(again.exitCode == 5);
    CHECK(isOneLine(again.err));
}

TEST_CASE("cli: saving a copy that the CLI changed meanwhile is a conflict naming the CLI user")
{
    test::TestDatabase t;
    const Session clerk = t.as(Role::DataProcessor);
    const qint64 id = addInsured(t.manager, u"Lakeshore Painting Co."_s);

    // This process (another CSR's window) reads the insured through its own connection...
    auto second = t.openSecondConnection();
    const Session mine{second, t.manager.user};
    auto stale = InsuredService(mine).get(id);
    REQUIRE(stale.ok());

    // ...then the clerk changes it from the command line.
    auto edited =
        cli(t.path(), clerk.user.userName, {u"insured"_s, u"edit"_s, QString::number(id), u"--city"_s, u"Dayton"_s});
    INFO(edited.err.toStdString());
    REQUIRE(edited.exitCode == 0);

    Insured mineCopy = stale.value();
    mineCopy.phone = u"(614) 555-0199"_s;
    Status saved = InsuredService(mine).update(mineCopy);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().code == ErrorCode::Conflict);
    CHECK(saved.error().message.contains(clerk.user.userName));

    auto current = InsuredService(mine).get(id);
    REQUIRE(current.ok());
    CHECK(current->city == u"Dayton"_s); // the clerk's change stands
    CHECK(current->phone.isEmpty());
}

TEST_CASE("cli: policy add --help lists the limit codes of every line")
{
    auto help = test::runProcess(QStringLiteral(AGENCYDESK_CLI_PATH), {u"policy"_s, u"add"_s, u"--help"_s});
    CHECK(help.exitCode == 0);
    for (LineOfBusiness line : allLines()) {
        for (const LimitCode& code : limitCodesFor(line))
            CHECK(help.out.contains(code.code));
    }
}
