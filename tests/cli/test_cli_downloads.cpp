#include "CatchCompat.h"
#include "InsuredService.h"
#include "TestConfig.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

using namespace agencydesk;
using namespace Qt::StringLiterals;

namespace {

QString sample(const char* name)
{
    return QStringLiteral(AGENCYDESK_SOURCE_DIR "/tests/data/downloads/") + QLatin1String(name);
}

test::ProcessResult cli(const test::TestDatabase& t, const QStringList& args, const QString& user = u"boss"_s)
{
    return test::runProcess(QStringLiteral(AGENCYDESK_CLI_PATH),
                            QStringList{u"--database"_s, t.path(), u"--user"_s, user} + args,
                            {u"AGENCYDESK_PASSWORD="_s + test::kPassword});
}

QJsonDocument json(const test::ProcessResult& r)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc;
}

qint64 policyId(const test::TestDatabase& t, const char* number)
{
    QSqlQuery q = t.db->query();
    q.prepare(u"SELECT id FROM policies WHERE number = ? ORDER BY effective_date LIMIT 1"_s);
    q.addBindValue(QLatin1String(number));
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("cli: import prints the summary, a failed file is named with its line or byte and the exit is 3")
{
    test::TestDatabase t;
    QTemporaryDir dir;
    const QString truncated = dir.filePath(u"cut.al3"_s);
    {
        QFile in(sample("al3-new.al3"));
        REQUIRE(in.open(QIODevice::ReadOnly));
        QFile out(truncated);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(in.read(100));
    }
    const test::ProcessResult r =
        cli(t, {u"import"_s, sample("acord-commercial-new.xml"), sample("al3-new.al3"), truncated});
    CHECK(r.exitCode == 3);
    CHECK(r.out.contains(u"Files: 2 read, 1 failed"_s));
    CHECK(r.out.contains(u"Policies: 0 imported, 0 updated, 0 unchanged, 13 unattached"_s));
    CHECK(r.out.contains(
        u"FAILED "_s + truncated +
        u", line 3 (byte 58): record 5BIS: truncated: its header says 220 bytes, the file ends after 42"_s));

    // Again, as JSON: everything unchanged, the failure with its offset.
    const test::ProcessResult again = cli(t, {u"--json"_s, u"import"_s, sample("acord-commercial-new.xml"), truncated});
    CHECK(again.exitCode == 3);
    const QJsonObject summary = json(again).object();
    CHECK(summary.value(u"unchanged"_s).toInt() == 6);
    CHECK(summary.value(u"imported"_s).toInt() == 0);
    CHECK(summary.value(u"failed"_s).toInt() == 1);
    const QJsonObject failed = summary.value(u"files"_s).toArray().at(1).toObject();
    CHECK(failed.value(u"offset"_s).toInt() == 58);
    CHECK(failed.value(u"line"_s).toInt() == 3);

    const test::ProcessResult ok = cli(t, {u"import"_s, sample("acord-renewal.xml")});
    CHECK(ok.exitCode == 0);
    // The renewal's prior term is unattached and no insured matches: it waits too.
    CHECK(ok.out.contains(u"Policies: 0 imported, 0 updated, 0 unchanged, 1 unattached"_s));
}

TEST_CASE("cli: unattached list, suggest, attach, create-insured and policy unattach")
{
    test::TestDatabase t;
    Insured lane;
    lane.name = u"Chris Lane"_s;
    lane.address1 = u"48 Willow St"_s;
    lane.state = u"OR"_s;
    lane.postalCode = u"97205"_s;
    const qint64 laneId = *InsuredService(t.manager).create(lane);
    REQUIRE(cli(t, {u"import"_s, sample("acord-personal-new.xml"), sample("csio-commercial.xml")}).exitCode == 0);

    const test::ProcessResult list = cli(t, {u"unattached"_s, u"list"_s});
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains(u"PA-118822"_s));
    CHECK(list.out.contains(u"Christopher Lane, 48 Willow Street, Portland OR 97205"_s));
    const QJsonArray listed = json(cli(t, {u"--json"_s, u"unattached"_s, u"list"_s})).array();
    CHECK(listed.size() == 4);

    const qint64 autoId = policyId(t, "PA-118822");
    const test::ProcessResult suggest = cli(t, {u"--json"_s, u"unattached"_s, u"suggest"_s, QString::number(autoId)});
    REQUIRE(suggest.exitCode == 0);
    const QJsonObject best = json(suggest).array().at(0).toObject();
    CHECK(best.value(u"insuredId"_s).toInteger() == laneId);
    CHECK(best.value(u"reasons"_s).toArray().at(0).toString() == u"same name once Christopher = Chris"_s);
    CHECK(cli(t, {u"unattached"_s, u"suggest"_s, QString::number(autoId)}).out.contains(u"same postal code"_s));

    const test::ProcessResult attach =
        cli(t, {u"unattached"_s, u"attach"_s, QString::number(autoId), u"--insured"_s, QString::number(laneId)});
    CHECK(attach.exitCode == 0);
    const test::ProcessResult twice =
        cli(t, {u"unattached"_s, u"attach"_s, QString::number(autoId), u"--insured"_s, QString::number(laneId)});
    CHECK(twice.exitCode == 3);
    CHECK(twice.err.contains(u"not waiting in Unattached downloads"_s));

    const test::ProcessResult created =
        cli(t, {u"unattached"_s, u"create-insured"_s, QString::number(policyId(t, "BC-CGL-20931"))});
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    const qint64 newInsured = created.out.trimmed().toLongLong();
    CHECK(InsuredService(t.manager).get(newInsured)->name == u"Northshore Timber Ltd"_s);

    CHECK(cli(t, {u"policy"_s, u"unattach"_s, QString::number(autoId)}).exitCode == 0);
    CHECK(cli(t, {u"unattached"_s, u"list"_s}).out.contains(u"PA-118822"_s));

    // A view-only user may list but not attach.
    t.as(Role::PayrollAdvisor);
    const QString viewer = u"payroll-advisor"_s;
    const test::ProcessResult refused = cli(
        t, {u"unattached"_s, u"attach"_s, QString::number(autoId), u"--insured"_s, QString::number(laneId)}, viewer);
    CHECK(refused.exitCode == 4);
    CHECK(cli(t, {u"import"_s, sample("acord-cancel.xml")}, viewer).exitCode == 4);
    CHECK(cli(t, {u"unattached"_s, u"attach"_s, u"x"_s}).exitCode == 2);
}
