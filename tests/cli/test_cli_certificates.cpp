// agencydesk-cli master / holder / certificate / compliance against a real SQLite file.
#include "CatchCompat.h"
#include "InsuredService.h"
#include "PolicyService.h"
#include "TestConfig.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

#include <poppler-qt6.h>

using namespace agencydesk;
using namespace Qt::StringLiterals;

namespace {

test::ProcessResult cli(const QString& db, const QStringList& args)
{
    QStringList all = {u"--database"_s, db, u"--user"_s, u"boss"_s};
    all << args;
    return test::runProcess(QStringLiteral(AGENCYDESK_CLI_PATH), all, {u"AGENCYDESK_PASSWORD="_s + test::kPassword});
}

qint64 printedId(const test::ProcessResult& r)
{
    bool ok = false;
    const qint64 id = r.out.trimmed().toLongLong(&ok);
    return ok ? id : 0;
}

QString pdfText(const QString& path)
{
    auto doc = Poppler::Document::load(path);
    REQUIRE(doc);
    QString text;
    for (int i = 0; i < doc->numPages(); ++i)
        text += doc->page(i)->text(QRectF()) + u'\n';
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

qint64 scalar(const test::TestDatabase& t, const QString& sql)
{
    QSqlQuery q = t.db->query();
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

struct Setup
{
    test::TestDatabase t;
    qint64 insuredId = 0;
    qint64 policyId = 0;
    qint64 masterId = 0;
    qint64 holderId = 0;

    explicit Setup(const QStringList& holderExtra = {})
    {
        Insured i;
        i.name = u"Cascade Ridge Builders LLC"_s;
        insuredId = *InsuredService(t.manager).create(i);
        Policy p;
        p.insuredId = insuredId;
        p.number = u"GLP-3141592"_s;
        p.line = LineOfBusiness::GeneralLiability;
        p.carrierName = u"Northwest Mutual Casualty"_s;
        p.effective = QDate::currentDate().addDays(-10);
        p.expiration = QDate::currentDate().addDays(355);
        p.coverages = {{u"EachOccurrence"_s, 500000}};
        policyId = *PolicyService(t.manager).create(p);

        auto master = cli(t.path(), {u"master"_s, u"add"_s, u"--insured"_s, QString::number(insuredId), u"--name"_s,
                                     u"Standard"_s, u"--policy"_s, QString::number(policyId), u"--description"_s,
                                     u"Framing contractor"_s, u"--ai"_s, u"gl"_s});
        INFO(master.err.toStdString());
        REQUIRE(master.exitCode == 0);
        masterId = printedId(master);
        REQUIRE(masterId > 0);
        QStringList holderArgs = {u"holder"_s,     u"add"_s,
                                  u"--master"_s,   QString::number(masterId),
                                  u"--name"_s,     u"Lakeside Development Partners"_s,
                                  u"--address1"_s, u"9 Shore Dr"_s,
                                  u"--city"_s,     u"Seattle"_s,
                                  u"--state"_s,    u"WA"_s,
                                  u"--postal"_s,   u"98101"_s};
        holderArgs << holderExtra;
        auto holder = cli(t.path(), holderArgs);
        INFO(holder.err.toStdString());
        REQUIRE(holder.exitCode == 0);
        holderId = printedId(holder);
        REQUIRE(holderId > 0);
    }
};

} // namespace

TEST_CASE("cli: master add, holder add and certificate issue write a PDF that names the holder")
{
    Setup s;
    const QString out = s.t.dir.filePath(u"coi.pdf"_s);
    auto issued = cli(s.t.path(), {u"certificate"_s, u"issue"_s, u"--master"_s, QString::number(s.masterId),
                                   u"--holder"_s, QString::number(s.holderId), u"--out"_s, out});
    INFO(issued.err.toStdString());
    REQUIRE(issued.exitCode == 0);
    CHECK(issued.out.contains(u"COI-"_s));
    REQUIRE(QFileInfo::exists(out));
    const QString text = pdfText(out);
    CHECK(text.contains(u"Lakeside Development Partners"_s));
    CHECK(text.contains(u"GLP-3141592"_s));
    CHECK(scalar(s.t, u"SELECT count(*) FROM certificate_deliveries WHERE how = 'saved'"_s) == 1);

    auto list = cli(s.t.path(), {u"certificate"_s, u"list"_s, u"--insured"_s, QString::number(s.insuredId)});
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(u"Lakeside Development Partners"_s));

    const QString number = issued.out.trimmed().section(u' ', 0, 0);
    const QString again = s.t.dir.filePath(u"again.pdf"_s);
    auto reprint = cli(s.t.path(), {u"certificate"_s, u"reprint"_s, number, u"--out"_s, again});
    INFO(reprint.err.toStdString());
    REQUIRE(reprint.exitCode == 0);
    QFile a(out);
    QFile b(again);
    REQUIRE(a.open(QIODevice::ReadOnly));
    REQUIRE(b.open(QIODevice::ReadOnly));
    CHECK(a.readAll() == b.readAll());
}

TEST_CASE("cli: certificate issue to a missing folder fails, names the path and logs no saved delivery")
{
    Setup s;
    const QString out = s.t.dir.filePath(u"no-such-folder/coi.pdf"_s);
    auto issued = cli(s.t.path(), {u"certificate"_s, u"issue"_s, u"--master"_s, QString::number(s.masterId),
                                   u"--holder"_s, QString::number(s.holderId), u"--out"_s, out});
    CHECK(issued.exitCode != 0);
    CHECK(issued.err.contains(QDir::toNativeSeparators(QFileInfo(out).absolutePath())));
    CHECK(scalar(s.t, u"SELECT count(*) FROM certificate_deliveries"_s) == 0);
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("cli: compliance lists unmet requirements and issue refuses them unless --force")
{
    Setup s({u"--require"_s, u"EachOccurrence=1M"_s});
    auto report = cli(s.t.path(), {u"compliance"_s, u"--holder"_s, QString::number(s.holderId)});
    INFO(report.err.toStdString());
    CHECK(report.exitCode == 0);
    CHECK(report.out.contains(u"Each occurrence $500,000 is below the required $1,000,000"_s));

    const QString out = s.t.dir.filePath(u"coi.pdf"_s);
    const QStringList args = {u"certificate"_s, u"issue"_s,
                              u"--master"_s,    QString::number(s.masterId),
                              u"--holder"_s,    QString::number(s.holderId),
                              u"--out"_s,       out};
    auto refused = cli(s.t.path(), args);
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains(u"below the required"_s));
    CHECK_FALSE(refused.err.trimmed().contains(u'\n')); // one line, no platform start-up chatter
    CHECK(scalar(s.t, u"SELECT count(*) FROM certificates"_s) == 0);
    auto forced = cli(s.t.path(), QStringList(args) << u"--force"_s);
    INFO(forced.err.toStdString());
    CHECK(forced.exitCode == 0);
    CHECK(scalar(s.t, u"SELECT count(*) FROM activities WHERE action = 'override'"_s) == 1);
}

TEST_CASE("cli: holder add refuses an unknown limit code and a missing address before saving")
{
    Setup s;
    auto badCode = cli(s.t.path(), {u"holder"_s, u"add"_s, u"--master"_s, QString::number(s.masterId), u"--name"_s,
                                    u"X"_s, u"--address1"_s, u"1 A St"_s, u"--city"_s, u"Reno"_s, u"--postal"_s,
                                    u"89501"_s, u"--require"_s, u"Bogus=1000"_s});
    CHECK(badCode.exitCode == 3);
    CHECK(badCode.err.contains(u"\"Bogus\" is not a limit code"_s));
    auto noAddress = cli(s.t.path(), {u"holder"_s, u"add"_s, u"--master"_s, QString::number(s.masterId), u"--name"_s,
                                      u"Y"_s, u"--postal"_s, u"89501"_s});
    CHECK(noAddress.exitCode == 3);
    CHECK(scalar(s.t, u"SELECT count(*) FROM certificate_holders"_s) == 1);
}

TEST_CASE("cli: certificate reprint goes through saveCopy: the path is logged, an unwritable file logs nothing")
{
    Setup s;
    const QString first = s.t.dir.filePath(u"first.pdf"_s);
    auto issued = cli(s.t.path(), {u"certificate"_s, u"issue"_s, u"--master"_s, QString::number(s.masterId),
                                   u"--holder"_s, QString::number(s.holderId), u"--out"_s, first, u"--force"_s});
    INFO(issued.err.toStdString());
    REQUIRE(issued.exitCode == 0);
    const QString number = issued.out.trimmed().section(u' ', 0, 0);

    // A "folder" that is a regular file: nobody can write under it, not even root (CI runs as root).
    const QString blocker = s.t.dir.filePath(u"blocker.txt"_s);
    {
        QFile f(blocker);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("x");
    }
    const QString bad = blocker + u"/copy.pdf"_s;
    auto refused = cli(s.t.path(), {u"certificate"_s, u"reprint"_s, number, u"--out"_s, bad});
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains(QDir::toNativeSeparators(bad)));
    CHECK(refused.err.contains(u"is a file, not a folder"_s));
    CHECK(scalar(s.t, u"SELECT count(*) FROM certificate_deliveries"_s) == 1); // only the issue's own save

    const QString good = s.t.dir.filePath(u"copy.pdf"_s);
    auto reprint = cli(s.t.path(), {u"certificate"_s, u"reprint"_s, number, u"--out"_s, good});
    INFO(reprint.err.toStdString());
    REQUIRE(reprint.exitCode == 0);
    QSqlQuery q = s.t.db->query();
    REQUIRE(q.exec(u"SELECT detail FROM certificate_deliveries WHERE how = 'saved' ORDER BY id DESC LIMIT 1"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QDir::toNativeSeparators(good));

    auto list = cli(s.t.path(), {u"certificate"_s, u"list"_s, u"--holder"_s, QString::number(s.holderId)});
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains(u"saved 2"_s));
}
