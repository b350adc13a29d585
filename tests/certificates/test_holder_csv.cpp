// Certificate holders imported from and exported to CSV files (CertificateHolderService::importCsv / exportCsv).
// Every case writes a real file into the test's temporary folder and imports what is read back from disk.
#include "CatchCompat.h"
#include "CertificateHolderService.h"
#include "CertificateMasterService.h"
#include "InsuredService.h"
#include "PolicyService.h"
#include "TestSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <map>
#include <random>

using namespace agencydesk;

namespace {

qint64 scalar(const test::TestDatabase& t, const QString& sql)
{
    QSqlQuery q = t.db->query();
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

qint64 holderCount(const test::TestDatabase& t)
{
    return scalar(t, QStringLiteral("SELECT count(*) FROM certificate_holders"));
}

qint64 importActivities(const test::TestDatabase& t)
{
    return scalar(t, QStringLiteral("SELECT count(*) FROM activities WHERE action = 'imported'"));
}

/// An insured with one general liability policy, and masters on it.
struct Agency
{
    test::TestDatabase t;
    qint64 insuredId = 0;
    qint64 policyId = 0;

    Agency()
    {
        Insured i;
        i.name = QStringLiteral("Summit Ridge Paving Inc.");
        insuredId = *InsuredService(t.manager).create(i);
        Policy p;
        p.insuredId = insuredId;
        p.number = QStringLiteral("GL-2718281");
        p.line = LineOfBusiness::GeneralLiability;
        p.carrierName = QStringLiteral("Granite State Casualty");
        p.effective = QDate::currentDate().addDays(-10);
        p.expiration = QDate::currentDate().addDays(355);
        p.coverages = {{QStringLiteral("EachOccurrence"), 1000000}};
        auto policy = PolicyService(t.manager).create(p);
        REQUIRE(policy.ok());
        policyId = *policy;
    }

    qint64 master(const QString& name = QStringLiteral("Standard"))
    {
        CertificateMaster m;
        m.insuredId = insuredId;
        m.name = name;
        m.policies = {MasterPolicy{}};
        m.policies[0].policyId = policyId;
        auto id = CertificateMasterService(t.manager).create(m);
        REQUIRE(id.ok());
        return *id;
    }

    /// Writes \a bytes to a file in the test folder and returns what a user's import reads from it.
    QByteArray file(const QString& name, const QByteArray& bytes)
    {
        QFile f(t.dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(bytes) == bytes.size());
        f.close();
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }

    Result<HolderImportReport> import(qint64 masterId, const QString& name, const QByteArray& bytes)
    {
        return CertificateHolderService(t.manager).importCsv(masterId, file(name, bytes), name);
    }

    std::map<QString, CertificateHolderRecord> holdersByName(qint64 masterId)
    {
        auto holders = CertificateHolderService(t.manager).forMaster(masterId);
        REQUIRE(holders.ok());
        std::map<QString, CertificateHolderRecord> out;
        for (const CertificateHolderRecord& h : *holders)
            out[h.name] = h;
        return out;
    }
};

QString problems(const HolderImportReport& report)
{
    QString text;
    for (const HolderImportProblem& p : report.refused)
        text += QStringLiteral("line %1: %2\n").arg(p.line).arg(p.message);
    return text;
}

/// Lines in \a bytes as a text editor counts them: CRLF, LF and a lone CR each end one.
int lineCount(const QByteArray& bytes)
{
    int lines = 1;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 == bytes.size() || bytes[i + 1] != '\n')))
            ++lines;
    }
    return lines;
}

} // namespace

TEST_CASE("holders csv: quotes, doubled quotes, embedded comma and line break, BOM and CRLF import as written")
{
    Agency a;
    const qint64 masterId = a.master();
    const QByteArray csv = "\xEF\xBB\xBF"
                           "Name,ADDRESS1,Address 2,city,State,Postal Code,email,Delivery,Require_AI,"
                           "receives_renewals,min_eachoccurrence,MIN_GeneralAggregate,Country\r\n"
                           "\r\n"
                           "\"The \"\"Harbor\"\" Group, LLC\",\"400 Harbor Blvd, Pier 4\",\"Suite 200\r\n"
                           "Attn: Risk\",Boston,ma,02110,risk@harbor.example,both,yes,no,\"$1,000,000\",2M,\r\n"
                           "   ,  ,\r\n"
                           "Ville de Montréal,275 rue Notre-Dame Est,,Montréal,QC,h2y1c6,,,,,,,ca\r\n";
    auto report = a.import(masterId, QStringLiteral("holders.csv"), csv);
    REQUIRE(report.ok());
    INFO(problems(*report).toStdString());
    CHECK(report->refused.empty());
    CHECK(report->addedIds.size() == 2);
    CHECK(report->rowCount == 2); // the blank line and the line of blank values are not rows
    CHECK(report->ignoredColumns.isEmpty());

    auto holders = a.holdersByName(masterId);
    REQUIRE(holders.count(QStringLiteral("The \"Harbor\" Group, LLC")) == 1);
    const CertificateHolderRecord& harbor = holders[QStringLiteral("The \"Harbor\" Group, LLC")];
    CHECK(harbor.address1 == QStringLiteral("400 Harbor Blvd, Pier 4"));
    CHECK(harbor.address2 == QStringLiteral("Suite 200 Attn: Risk")); // one line on the certificate
    CHECK(harbor.city == QStringLiteral("Boston"));
    CHECK(harbor.state == QStringLiteral("MA"));
    CHECK(harbor.postalCode == QStringLiteral("02110"));
    CHECK(harbor.country == QStringLiteral("US"));
    CHECK(harbor.email == QStringLiteral("risk@harbor.example"));
    CHECK(harbor.delivery == DeliveryPreference::Both);
    CHECK(harbor.requireAdditionalInsured);
    CHECK_FALSE(harbor.requireWaiverOfSubrogation);
    CHECK_FALSE(harbor.receivesRenewals);
    CHECK(harbor.requirements == std::vector<HolderRequirement>{{QStringLiteral("EachOccurrence"), 1000000},
                                                                {QStringLiteral("GeneralAggregate"), 2000000}});

    REQUIRE(holders.count(QStringLiteral("Ville de Montréal")) == 1);
    const CertificateHolderRecord& montreal = holders[QStringLiteral("Ville de Montréal")];
    CHECK(montreal.city == QStringLiteral("Montréal"));
    CHECK(montreal.country == QStringLiteral("CA"));
    CHECK(montreal.state == QStringLiteral("QC"));
    CHECK(montreal.postalCode == QStringLiteral("H2Y 1C6"));
    CHECK(montreal.delivery == DeliveryPreference::Print); // no email: printed
    CHECK(montreal.receivesRenewals);                      // empty means the default, yes
    CHECK(montreal.requirements.empty());

    CHECK(holderCount(a.t) == 2);
    CHECK(importActivities(a.t) == 1);
}

TEST_CASE("holders csv: LF line ends, no BOM, no final line break, unknown columns reported")
{
    Agency a;
    const qint64 masterId = a.master();
    auto report = a.import(masterId, QStringLiteral("lf.csv"),
                           "name,address1,city,state,postal_code,Phone,notes\n"
                           "Lakeview Mall LLC,1 Lakeview Pkwy,Tampa,FL,33602,813-555-0100,VIP\n"
                           "Bayfront Hospital,2 Bay St,Tampa,FL,33606-1234,,");
    REQUIRE(report.ok());
    INFO(problems(*report).toStdString());
    CHECK(report->addedIds.size() == 2);
    CHECK(report->ignoredColumns == QStringList{QStringLiteral("Phone"), QStringLiteral("notes")});
    auto holders = a.holdersByName(masterId);
    CHECK(holders[QStringLiteral("Bayfront Hospital")].postalCode == QStringLiteral("33606-1234"));
    CHECK(holders[QStringLiteral("Lakeview Mall LLC")].city == QStringLiteral("Tampa"));
}

TEST_CASE("holders csv: bad rows are reported by their line in the file and the good rows are stored")
{
    Agency a;
    const qint64 masterId = a.master();
    const QByteArray csv = "name,address1,city,state,postal_code,email,min_EachOccurrence,require_wos\n" // 1
                           "Good One,1 Main St,Boston,MA,02110,,1M,\n"                                   // 2
                           "\"Good Two\",\"2 Main St\n"                                                  // 3
                           "Floor 3\",Boston,MA,02110,,,yes\n"                                           // 4
                           "\n"                                                                          // 5
                           "Bad Zip,3 Main St,Boston,MA,ABC,,,\n"                                        // 6
                           ",4 Main St,Boston,MA,02110,,,\n"                                             // 7
                           "Bad Amount,5 Main St,Boston,MA,02110,,lots,\n"                               // 8
                           "Good Three,6 Main St,Boston,MA,02110,g3@example.com,500K,no\n"               // 9
                           "good one,1 MAIN ST,Boston,MA,02110,,,\n"                                     // 10
                           "Bad Email,7 Main St,Boston,MA,02110,not-an-email,,\n"                        // 11
                           "\"Bad \"Quote,8 Main St,Boston,MA,02110,,,\n"                                // 12
                           "Bad Flag,9 Main St,Boston,MA,0211,,,maybe\n"                                 // 13
                           "Too Many,10 Main St,Boston,MA,02110,,,,Unit 5\n"                             // 14
                           "Bad Code,11 Main St,Boston,ZZ,02110,,,\n";                                   // 15
    auto report = a.import(masterId, QStringLiteral("mixed.csv"), csv);
    REQUIRE(report.ok());
    const QString all = problems(*report);
    INFO(all.toStdString());
    CHECK(report->addedIds.size() == 3);
    CHECK(report->rowCount == 12);
    std::map<int, QString> byLine;
    for (const HolderImportProblem& p : report->refused)
        byLine[p.line] = p.message;
    CHECK(byLine.size() == 9);
    CHECK(byLine[6].contains(QStringLiteral("Bad Zip")));
    CHECK(byLine[6].contains(QStringLiteral("\"ABC\" is not a US ZIP code")));
    CHECK(byLine[7].contains(QStringLiteral("name is required")));
    CHECK(byLine[8].contains(QStringLiteral("min_EachOccurrence")));
    CHECK(byLine[8].contains(QStringLiteral("\"lots\" is not an amount")));
    CHECK(byLine[10].contains(QStringLiteral("Already a holder")));
    CHECK(byLine[11].contains(QStringLiteral("\"not-an-email\" is not an email address")));
    CHECK(byLine[12].contains(QStringLiteral("quoted value is followed by more text")));
    CHECK(byLine[13].contains(QStringLiteral("require_wos \"maybe\" is not yes or no")));
    CHECK(byLine[13].contains(QStringLiteral("\"0211\" is not a US ZIP code"))); // every problem at once
    CHECK(byLine[14].contains(QStringLiteral("9 values but the header has 8 columns")));
    CHECK(byLine[15].contains(QStringLiteral("\"ZZ\" is not a state code")));

    auto holders = a.holdersByName(masterId);
    REQUIRE(holders.size() == 3);
    CHECK(holders[QStringLiteral("Good One")].requirements ==
          std::vector<HolderRequirement>{{QStringLiteral("EachOccurrence"), 1000000}});
    CHECK(holders[QStringLiteral("Good Two")].address1 == QStringLiteral("2 Main St Floor 3"));
    CHECK(holders[QStringLiteral("Good Two")].requireWaiverOfSubrogation);
    CHECK(holders[QStringLiteral("Good Three")].delivery == DeliveryPreference::Email);
    CHECK(holderCount(a.t) == 3);
    CHECK(scalar(a.t, QStringLiteral("SELECT count(*) FROM holder_requirements")) == 2);

    // One activity row for the whole import, naming the file and the refused lines.
    QSqlQuery q = a.t.db->query();
    REQUIRE(q.exec(QStringLiteral("SELECT summary, details FROM activities WHERE action = 'imported'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString().contains(QStringLiteral("mixed.csv")));
    CHECK(q.value(0).toString().contains(QStringLiteral("Imported 3")));
    CHECK(q.value(1).toString().contains(QStringLiteral("Good Three")));
    CHECK_FALSE(q.next());
}

TEST_CASE("holders csv: a file that is not holders CSV is refused, naming the file, and nothing is stored")
{
    Agency a;
    const qint64 masterId = a.master();
    struct Case
    {
        const char* what;
        QByteArray bytes;
        QString expected;
    };
    QByteArray pdf = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nstream\n";
    pdf.append('\0').append("\x89\x01\xFF", 3);
    const std::vector<Case> cases = {
        {"an empty file", QByteArray(), QStringLiteral("is empty")},
        {"only a BOM and blank lines", QByteArray("\xEF\xBB\xBF\r\n\r\n  \r\n"), QStringLiteral("is empty")},
        {"only commas", QByteArray(",,,\n,,\n"), QStringLiteral("is empty")},
        {"a PDF", pdf, QStringLiteral("is not a CSV text file")},
        {"a workbook", QByteArray("PK\x03\x04\x14\x00\x06\x00", 8), QStringLiteral("spreadsheet workbook")},
        {"Windows-1252 text", QByteArray("name,city\nAcme,Boston\nCaf\xE9 Roma,Providence\n"),
         QStringLiteral("is not UTF-8 text (line 3")},
        {"a letter", QByteArray("Dear CSR,\nplease add our landlord to the certificate.\n"),
         QStringLiteral("has no \"name\" column")},
        {"a header only", QByteArray("name,address1,city\r\n"), QStringLiteral("has a header (line 1) but no holders")},
        {"a column named twice", QByteArray("name,city,City\nAcme,Boston,Boston\n"),
         QStringLiteral("names the column \"City\" twice")},
        {"an unknown limit code", QByteArray("name,min_EachAccident\nAcme,1M\n"),
         QStringLiteral("\"EachAccident\" is not a limit code")},
        {"an unreadable header", QByteArray("\"name,city\n"), QStringLiteral("the header on line 1 cannot be read")},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        auto report = a.import(masterId, QStringLiteral("upload.csv"), c.bytes);
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().code == ErrorCode::Validation);
        CHECK(report.error().message.startsWith(QStringLiteral("upload.csv")));
        CHECK(report.error().message.contains(c.expected));
    }
    CHECK(holderCount(a.t) == 0);
    CHECK(importActivities(a.t) == 0);
}

TEST_CASE("holders csv: a file with no good row stores nothing and writes no activity")
{
    Agency a;
    const qint64 masterId = a.master();
    auto report =
        a.import(masterId, QStringLiteral("bad.csv"), "name,address1,city,postal_code\nNo City,1 Main St,,02110\n");
    REQUIRE(report.ok());
    CHECK(report->addedIds.empty());
    REQUIRE(report->refused.size() == 1);
    CHECK(report->refused[0].line == 2);
    CHECK(holderCount(a.t) == 0);
    CHECK(importActivities(a.t) == 0);
}

TEST_CASE("holders csv: import needs the permission to add holders and an existing master")
{
    Agency a;
    const qint64 masterId = a.master();
    const QByteArray csv = "name,address1,city,postal_code\nAcme,1 Main St,Boston,02110\n";
    Session payroll = a.t.as(Role::PayrollAdvisor);
    auto refused = CertificateHolderService(payroll).importCsv(masterId, csv, QStringLiteral("a.csv"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Permission);
    auto missing = CertificateHolderService(a.t.manager).importCsv(masterId + 100, csv, QStringLiteral("a.csv"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK(holderCount(a.t) == 0);
    Session specialist = a.t.as(Role::CertificateSpecialist);
    auto added = CertificateHolderService(specialist).importCsv(masterId, csv, QStringLiteral("a.csv"));
    REQUIRE(added.ok());
    CHECK(added->addedIds.size() == 1);
}

TEST_CASE("holders csv: export imports back to the same holders, and exports the same bytes again")
{
    Agency a;
    const qint64 source = a.master(QStringLiteral("Source"));
    CertificateHolderService service(a.t.manager);
    std::vector<CertificateHolderRecord> inputs;
    auto holder = [&](const QString& name, const QString& address1, const QString& city, const QString& state,
                      const QString& postal) {
        CertificateHolderRecord h;
        h.masterId = source;
        h.name = name;
        h.address1 = address1;
        h.city = city;
        h.state = state;
        h.postalCode = postal;
        return h;
    };
    CertificateHolderRecord quoted =
        holder(QStringLiteral("The \"Harbor\" Group, LLC"), QStringLiteral("400 Harbor Blvd, Pier 4"),
               QStringLiteral("Boston"), QStringLiteral("MA"), QStringLiteral("02110"));
    quoted.address2 = QStringLiteral("Attn: Risk, \"Certificates\"");
    quoted.email = QStringLiteral("risk@harbor.example");
    quoted.delivery = DeliveryPreference::Both;
    quoted.requirements = {{QStringLiteral("EachOccurrence"), 1000000}, {QStringLiteral("GeneralAggregate"), 2000000}};
    quoted.requireAdditionalInsured = true;
    quoted.requirePrimaryNonContributory = true;
    inputs.push_back(quoted);
    CertificateHolderRecord accents =
        holder(QStringLiteral("Müller & Søn Straße GmbH"), QStringLiteral("1 Łódź Plaza"), QStringLiteral("Albany"),
               QStringLiteral("NY"), QStringLiteral("12207-1234"));
    accents.receivesRenewals = false;
    accents.requireWaiverOfSubrogation = true;
    accents.requirements = {{QStringLiteral("ELEachAccident"), 500000}};
    inputs.push_back(accents);
    CertificateHolderRecord chinese =
        holder(QStringLiteral("北京建设集团"), QStringLiteral("88 Grant Ave"), QStringLiteral("San Francisco"),
               QStringLiteral("CA"), QStringLiteral("94108"));
    chinese.email = QStringLiteral("coi@beijing.example");
    chinese.delivery = DeliveryPreference::Print;
    inputs.push_back(chinese);
    CertificateHolderRecord canada =
        holder(QStringLiteral("Ville de Montréal"), QStringLiteral("275 rue Notre-Dame Est"),
               QStringLiteral("Montréal"), QStringLiteral("QC"), QStringLiteral("H2Y 1C6"));
    canada.country = QStringLiteral("CA");
    inputs.push_back(canada);
    for (const CertificateHolderRecord& h : inputs) {
        auto id = service.create(h);
        INFO((id.ok() ? QString() : id.error().message).toStdString());
        REQUIRE(id.ok());
    }

    auto exported = service.exportCsv(source);
    REQUIRE(exported.ok());
    CHECK(exported->startsWith("\xEF\xBB\xBF"));
    CHECK(exported->contains("name,address1,address2,city,state,postal_code,country,email,delivery,"
                             "receives_renewals,require_ai,require_wos,require_pnc,min_EachOccurrence,"
                             "min_GeneralAggregate,min_ELEachAccident\r\n"));

    const qint64 copy = a.master(QStringLiteral("Copy"));
    auto report = a.import(copy, QStringLiteral("export.csv"), *exported);
    REQUIRE(report.ok());
    INFO(problems(*report).toStdString());
    CHECK(report->refused.empty());
    CHECK(report->addedIds.size() == inputs.size());

    auto before = a.holdersByName(source);
    auto after = a.holdersByName(copy);
    REQUIRE(before.size() == inputs.size());
    REQUIRE(after.size() == before.size());
    for (const auto& [name, b] : before) {
        INFO(name.toStdString());
        REQUIRE(after.count(name) == 1);
        const CertificateHolderRecord& c = after[name];
        CHECK(c.address1 == b.address1);
        CHECK(c.address2 == b.address2);
        CHECK(c.city == b.city);
        CHECK(c.state == b.state);
        CHECK(c.postalCode == b.postalCode);
        CHECK(c.country == b.country);
        CHECK(c.email == b.email);
        CHECK(c.delivery == b.delivery);
        CHECK(c.receivesRenewals == b.receivesRenewals);
        CHECK(c.requirements == b.requirements);
        CHECK(c.requireAdditionalInsured == b.requireAdditionalInsured);
        CHECK(c.requireWaiverOfSubrogation == b.requireWaiverOfSubrogation);
        CHECK(c.requirePrimaryNonContributory == b.requirePrimaryNonContributory);
    }
    auto again = service.exportCsv(copy);
    REQUIRE(again.ok());
    CHECK(*again == *exported);

    // Importing the same file twice adds nobody twice.
    auto twice = a.import(copy, QStringLiteral("export.csv"), *exported);
    REQUIRE(twice.ok());
    CHECK(twice->addedIds.empty());
    CHECK(twice->refused.size() == inputs.size());
}

TEST_CASE("holders csv: thousands of random mutations of a valid file never crash and keep the database consistent")
{
    Agency a;
    const qint64 masterId = a.master();
    const QByteArray valid = "\xEF\xBB\xBF"
                             "name,address1,address2,city,state,postal_code,country,email,delivery,require_ai,"
                             "min_EachOccurrence\r\n"
                             "\"Harbor, LLC\",1 Pier Rd,\"Suite 2\r\nAttn \"\"COI\"\"\",Boston,MA,02110,US,a@b.example,"
                             "both,yes,\"$1,000,000\"\r\n"
                             "Ville de Montréal,275 rue Notre-Dame Est,,Montréal,QC,H2Y 1C6,CA,,print,no,\r\n"
                             "\r\n"
                             "Lakeview Mall,9 Lake Dr,,Tampa,FL,33602,,,,,500K\r\n"
                             "北京建设集团,88 Grant Ave,,San Francisco,CA,94108,US,c@d.example,email,,2M\r\n";
    // Bytes a CSV reader finds hardest: separators, quotes, line ends, NUL, broken UTF-8.
    const QByteArray nasty = QByteArray(",\"\r\n\0\xC3\xA9\xFF\xEF\xBB\xBF;\t ", 14);
    std::mt19937 rng(20261123);
    auto pick = [&](int n) { return n <= 0 ? 0 : std::uniform_int_distribution<int>(0, n - 1)(rng); };
    const QRegularExpression lineRef(QStringLiteral("line (\\d+)"));

    const int iterations = 3000;
    int imported = 0;
    int refusedFiles = 0;
    for (int i = 0; i < iterations; ++i) {
        QByteArray bytes = valid;
        const int mutations = 1 + pick(4);
        for (int m = 0; m < mutations; ++m) {
            const int at = pick(int(bytes.size()) + 1);
            switch (pick(6)) {
            case 0: // insert a hard byte
                bytes.insert(at, nasty[pick(int(nasty.size()))]);
                break;
            case 1: // insert any byte
                bytes.insert(at, char(pick(256)));
                break;
            case 2: // delete a run
                bytes.remove(at, 1 + pick(8));
                break;
            case 3: // overwrite one byte
                if (at < bytes.size())
                    bytes[at] = nasty[pick(int(nasty.size()))];
                break;
            case 4: // duplicate a slice (repeated rows and fields)
                bytes.insert(at, bytes.mid(pick(int(bytes.size())), 1 + pick(60)));
                break;
            default: // cut the file short
                bytes.truncate(at);
                break;
            }
        }
        INFO("iteration " << i << ": " << bytes.toHex().toStdString());
        const qint64 holdersBefore = holderCount(a.t);
        const qint64 activitiesBefore = importActivities(a.t);
        auto report = CertificateHolderService(a.t.manager).importCsv(masterId, bytes, QStringLiteral("fuzz.csv"));
        const int lines = lineCount(bytes);
        if (!report.ok()) {
            ++refusedFiles;
            CHECK(report.error().code == ErrorCode::Validation);
            CHECK(report.error().message.startsWith(QStringLiteral("fuzz.csv")));
            auto refs = lineRef.globalMatch(report.error().message);
            while (refs.hasNext()) {
                const int line = refs.next().captured(1).toInt();
                CHECK(line >= 1);
                CHECK(line <= lines);
            }
            CHECK(holderCount(a.t) == holdersBefore);
            CHECK(importActivities(a.t) == activitiesBefore);
            continue;
        }
        ++imported;
        CHECK(int(report->addedIds.size() + report->refused.size()) == report->rowCount);
        int previous = 0;
        for (const HolderImportProblem& p : report->refused) {
            CHECK(p.line > previous); // each row once, in file order
            CHECK(p.line >= 2);       // line 1 at the earliest is the header
            CHECK(p.line <= lines);
            CHECK_FALSE(p.message.isEmpty());
            previous = p.line;
        }
        CHECK(holderCount(a.t) - holdersBefore == qint64(report->addedIds.size()));
        CHECK(importActivities(a.t) - activitiesBefore == (report->addedIds.empty() ? 0 : 1));
        // Start each file from an empty master, so every row may land (rather than count as a duplicate).
        QSqlQuery clear = a.t.db->query();
        REQUIRE(clear.exec(QStringLiteral("DELETE FROM certificate_holders")));
    }
    CHECK(scalar(a.t, QStringLiteral("SELECT count(*) FROM holder_requirements r WHERE NOT EXISTS "
                                     "(SELECT 1 FROM certificate_holders h WHERE h.id = r.holder_id)")) == 0);
    // The mutations must exercise both outcomes, or the test proves little.
    CHECK(imported > iterations / 10);
    CHECK(refusedFiles > iterations / 10);
}
