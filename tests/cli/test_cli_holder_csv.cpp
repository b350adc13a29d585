// agencydesk-cli holder import / holder export with real CSV files and a real SQLite file.
#include "CatchCompat.h"
#include "CertificateMasterService.h"
#include "InsuredService.h"
#include "PolicyService.h"
#include "TestConfig.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

using namespace agencydesk;
using namespace Qt::StringLiterals;

namespace {

test::ProcessResult cli(const QString& db, const QStringList& args)
{
    QStringList all = {u"--database"_s, db, u"--user"_s, u"boss"_s};
    all << args;
    return test::runProcess(QStringLiteral(AGENCYDESK_CLI_PATH), all, {u"AGENCYDESK_PASSWORD="_s + test::kPassword});
}

qint64 scalar(const test::TestDatabase& t, const QString& sql)
{
    QSqlQuery q = t.db->query();
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

struct Setup
{
    test::TestDatabase t;
    qint64 firstMaster = 0;
    qint64 secondMaster = 0;

    Setup()
    {
        Insured i;
        i.name = u"Cascade Ridge Builders LLC"_s;
        const qint64 insuredId = *InsuredService(t.manager).create(i);
        Policy p;
        p.insuredId = insuredId;
        p.number = u"GLP-3141592"_s;
        p.line = LineOfBusiness::GeneralLiability;
        p.carrierName = u"Northwest Mutual Casualty"_s;
        p.effective = QDate::currentDate().addDays(-10);
        p.expiration = QDate::currentDate().addDays(355);
        p.coverages = {{u"EachOccurrence"_s, 500000}};
        const qint64 policyId = *PolicyService(t.manager).create(p);
        for (qint64* master : {&firstMaster, &secondMaster}) {
            CertificateMaster m;
            m.insuredId = insuredId;
            m.name = master == &firstMaster ? u"First"_s : u"Second"_s;
            m.policies = {MasterPolicy{}};
            m.policies[0].policyId = policyId;
            *master = *CertificateMasterService(t.manager).create(m);
        }
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = t.dir.filePath(name);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(bytes) == bytes.size());
        return path;
    }

    qint64 holders(qint64 masterId)
    {
        return scalar(t, u"SELECT count(*) FROM certificate_holders WHERE master_id = %1"_s.arg(masterId));
    }
};

} // namespace

TEST_CASE("cli: holder import adds the good rows, lists each bad row by file and line, and exits 3")
{
    Setup s;
    const QString file =
        s.write(u"holders.csv"_s, "name,address1,city,state,postal_code,min_EachOccurrence\r\n"
                                  "Lakeside Development,9 Shore Dr,Seattle,WA,98101,1M\r\n"
                                  "\"Pacific Rim, Inc.\",\"1 Pier Way\r\nDock 3\",Seattle,WA,98104,\r\n"
                                  "Broken Zip Co,5 Elm St,Seattle,WA,ABCDE,\r\n");
    auto r = cli(s.t.path(), {u"holder"_s, u"import"_s, u"--master"_s, QString::number(s.firstMaster), file});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 3);
    CHECK(r.out.contains(
        u"Added 2 of 3 holder(s) from %1 to master %2."_s.arg(QDir::toNativeSeparators(file)).arg(s.firstMaster)));
    CHECK(r.err.contains(
        u"%1 line 5: Broken Zip Co: Postal code \"ABCDE\" is not a US ZIP code"_s.arg(QDir::toNativeSeparators(file))));
    CHECK(r.err.trimmed().endsWith(
        u"1 of 3 row(s) in %1 were refused (listed above by line); 2 holder(s) were added."_s.arg(
            QDir::toNativeSeparators(file))));
    CHECK(s.holders(s.firstMaster) == 2);

    auto list = cli(s.t.path(), {u"holder"_s, u"list"_s, u"--master"_s, QString::number(s.firstMaster)});
    CHECK(list.out.contains(u"Pacific Rim, Inc."_s));
    CHECK(list.out.contains(u"EachOccurrence $1,000,000"_s));
}

TEST_CASE("cli: holder import of a clean file exits 0, --json reports ids, refused rows and ignored columns")
{
    Setup s;
    const QString clean =
        s.write(u"clean.csv"_s, "name,address1,city,postal_code,phone\nAcme,1 Main St,Boston,02110,555\n");
    auto ok = cli(s.t.path(), {u"holder"_s, u"import"_s, u"--master"_s, QString::number(s.firstMaster), clean});
    INFO(ok.err.toStdString());
    CHECK(ok.exitCode == 0);
    CHECK(ok.err.contains(u"column(s) \"phone\" are not holder columns and were ignored"_s));

    const QString mixed =
        s.write(u"mixed.csv"_s, "name,address1,city,postal_code\nBeta,2 Main St,Boston,02110\nGamma,,Boston,02110\n");
    auto json =
        cli(s.t.path(), {u"--json"_s, u"holder"_s, u"import"_s, u"--master"_s, QString::number(s.firstMaster), mixed});
    CHECK(json.exitCode == 3);
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(report.value(u"added"_s).toInt() == 1);
    CHECK(report.value(u"addedIds"_s).toArray().size() == 1);
    REQUIRE(report.value(u"refused"_s).toArray().size() == 1);
    CHECK(report.value(u"refused"_s).toArray().at(0).toObject().value(u"line"_s).toInt() == 3);
    CHECK(s.holders(s.firstMaster) == 2);
}

TEST_CASE("cli: holder import names the file when it is missing, a folder or not CSV, and stores nothing")
{
    Setup s;
    const QString missing = s.t.dir.filePath(u"nope.csv"_s);
    auto r1 = cli(s.t.path(), {u"holder"_s, u"import"_s, u"--master"_s, QString::number(s.firstMaster), missing});
    CHECK(r1.exitCode == 6);
    CHECK(r1.err.contains(QDir::toNativeSeparators(missing)));

    auto r2 =
        cli(s.t.path(), {u"holder"_s, u"import"_s, u"--master"_s, QString::number(s.firstMaster), s.t.dir.path()});
    CHECK(r2.exitCode == 3);
    CHECK(r2.err.contains(u"is a folder"_s));

    QByteArray binary("%PDF-1.7\n");
    binary.append('\0').append("\xFF\xFE", 2);
    const QString pdf = s.write(u"scan.csv"_s, binary);
    auto r3 = cli(s.t.path(), {u"holder"_s, u"import"_s, u"--master"_s, QString::number(s.firstMaster), pdf});
    CHECK(r3.exitCode == 3);
    CHECK(r3.err.startsWith(u"validation failed: %1 is not a CSV text file"_s.arg(QDir::toNativeSeparators(pdf))));
    CHECK(r3.err.trimmed().count(u'\n') == 0); // one line

    const QString letter = s.write(u"letter.csv"_s, "Please add our landlord.\n");
    auto r4 = cli(s.t.path(), {u"holder"_s, u"import"_s, u"--master"_s, QString::number(s.firstMaster), letter});
    CHECK(r4.exitCode == 3);
    CHECK(r4.err.contains(u"%1 has no \"name\" column"_s.arg(QDir::toNativeSeparators(letter))));

    auto r5 = cli(s.t.path(), {u"holder"_s, u"import"_s, u"--master"_s, QString::number(s.firstMaster)});
    CHECK(r5.exitCode == 2);
    CHECK(s.holders(s.firstMaster) == 0);
}

TEST_CASE("cli: holder export writes a file that holder import turns into the same holders")
{
    Setup s;
    const QString source = s.write(u"source.csv"_s, "\xEF\xBB\xBFname,address1,address2,city,state,postal_code,email,"
                                                    "require_ai,min_EachOccurrence,min_ELEachAccident\r\n"
                                                    "\"Müller, \"\"Søn\"\" GmbH\",1 Łódź Plaza,\"Floor 2\",Albany,NY,"
                                                    "12207,coi@muller.example,yes,\"$1,000,000\",500K\r\n"
                                                    "北京建设集团,88 Grant Ave,,San Francisco,CA,94108,,,,\r\n");
    auto imported = cli(s.t.path(), {u"holder"_s, u"import"_s, u"--master"_s, QString::number(s.firstMaster), source});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);

    const QString exported = s.t.dir.filePath(u"exported.csv"_s);
    auto out = cli(s.t.path(),
                   {u"holder"_s, u"export"_s, u"--master"_s, QString::number(s.firstMaster), u"--out"_s, exported});
    INFO(out.err.toStdString());
    REQUIRE(out.exitCode == 0);
    CHECK(out.out.contains(u"Exported 2 holder(s)"_s));
    const QByteArray first = readAll(exported);
    CHECK(first.startsWith("\xEF\xBB\xBFname,address1,"));
    CHECK(first.contains("\"Müller, \"\"Søn\"\" GmbH\""));

    auto again = cli(s.t.path(), {u"holder"_s, u"import"_s, u"--master"_s, QString::number(s.secondMaster), exported});
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK(s.holders(s.secondMaster) == 2);

    // Same holders: the second master exports the same bytes, here to stdout.
    auto stdoutExport = cli(s.t.path(), {u"holder"_s, u"export"_s, u"--master"_s, QString::number(s.secondMaster)});
    REQUIRE(stdoutExport.exitCode == 0);
    CHECK(stdoutExport.out == QString::fromUtf8(first));

    const QString nowhere = s.t.dir.filePath(u"missing-folder/out.csv"_s);
    auto bad =
        cli(s.t.path(), {u"holder"_s, u"export"_s, u"--master"_s, QString::number(s.firstMaster), u"--out"_s, nowhere});
    CHECK(bad.exitCode == 3);
    CHECK(bad.err.contains(QDir::toNativeSeparators(nowhere)));
}
