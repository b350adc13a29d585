#include "AcordXmlParser.h"
#include "Al3Parser.h"
#include "CatchCompat.h"
#include "DownloadCodes.h"
#include "DownloadReader.h"
#include "DownloadTestData.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace agencydesk;
using namespace agencydesk::test;

namespace {

DownloadParse parseBytes(const QByteArray& bytes, const QString& name = QStringLiteral("sample"))
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return DownloadReader::parseDevice(buffer, name);
}

const PolicyDownload& byNumber(const DownloadParse& parse, const char* number)
{
    for (const PolicyDownload& d : parse.policies) {
        if (d.policyNumber == QLatin1String(number))
            return d;
    }
    FAIL("no policy " << number);
    return parse.policies.front();
}

std::optional<qint64> limitOf(const PolicyDownload& d, const char* code)
{
    for (const Coverage& c : d.limits()) {
        if (c.limitCode == QLatin1String(code))
            return c.amount;
    }
    return std::nullopt;
}

QString errorOf(const DownloadParse& parse)
{
    REQUIRE_FALSE(parse.ok());
    return parse.error->toString();
}

} // namespace

TEST_CASE("ACORD XML: commercial new business for every commercial line")
{
    const DownloadParse parse = DownloadReader::parseFile(downloadSample("acord-commercial-new.xml"));
    INFO((parse.ok() ? QString() : parse.error->toString()).toStdString());
    REQUIRE(parse.ok());
    REQUIRE(parse.policies.size() == 6);

    const PolicyDownload& gl = byNumber(parse, "GL-4410021");
    CHECK(gl.format == QLatin1String("acord-xml"));
    CHECK(gl.transaction == DownloadTransaction::NewBusiness);
    CHECK(gl.line == LineOfBusiness::GeneralLiability);
    CHECK(gl.insured.name == QLatin1String("Bluewater Fabrication Inc"));
    CHECK(gl.insured.address1 == QLatin1String("1200 Quarry Rd"));
    CHECK(gl.insured.postalCode == QLatin1String("33602"));
    CHECK(gl.insured.phone == QLatin1String("+1-813-555-0142"));
    CHECK(gl.insured.email == QLatin1String("office@bluewater-fab.example"));
    CHECK(gl.carrierNaic == QLatin1String("99101"));
    CHECK(gl.carrierName == QLatin1String("Keystone Mutual"));
    CHECK(gl.effective == QDate(2026, 1, 1));
    CHECK(gl.expiration == QDate(2027, 1, 1));
    CHECK(gl.premiumCents == 425000);
    CHECK(limitOf(gl, "EachOccurrence") == 1'000'000);
    CHECK(limitOf(gl, "GeneralAggregate") == 2'000'000);
    CHECK(limitOf(gl, "ProductsCompletedOpsAggregate") == 2'000'000);
    CHECK(limitOf(gl, "PersonalAdvertisingInjury") == 1'000'000);
    CHECK(limitOf(gl, "MedicalExpense") == 10'000);
    CHECK(limitOf(gl, "DamageToRentedPremises") == 300'000);
    REQUIRE(gl.interests.size() == 1);
    CHECK(gl.interests[0].kind == QLatin1String("additional-insured"));
    CHECK(gl.interests[0].party.name == QLatin1String("Gulfport Terminal Authority"));
    CHECK(gl.sourceLine == 7);

    const PolicyDownload& autoPolicy = byNumber(parse, "CA-7781300");
    CHECK(autoPolicy.line == LineOfBusiness::Auto);
    CHECK(autoPolicy.premiumCents == 612050);
    CHECK(limitOf(autoPolicy, "CombinedSingleLimit") == 1'000'000);

    const PolicyDownload& wc = byNumber(parse, "WC-0099812");
    CHECK(wc.line == LineOfBusiness::WorkersComp);
    CHECK(limitOf(wc, "ELEachAccident") == 500'000);
    CHECK(limitOf(wc, "ELDiseaseEachEmployee") == 500'000);
    CHECK(limitOf(wc, "ELDiseasePolicyLimit") == 500'000);

    const PolicyDownload& umbrella = byNumber(parse, "UM-2200417");
    CHECK(umbrella.line == LineOfBusiness::Umbrella);
    CHECK_FALSE(umbrella.premiumCents.has_value());
    CHECK(limitOf(umbrella, "UmbrellaEachOccurrence") == 5'000'000);
    CHECK(limitOf(umbrella, "UmbrellaAggregate") == 5'000'000);
    CHECK(limitOf(umbrella, "Retention") == 10'000);

    const PolicyDownload& property = byNumber(parse, "CP-5530019");
    CHECK(property.line == LineOfBusiness::Property);
    CHECK(property.carrierName == QLatin1String("Cypress Fire & Marine"));
    CHECK(limitOf(property, "BuildingLimit") == 1'500'000);
    CHECK(limitOf(property, "BusinessPersonalProperty") == 400'000);
    CHECK(limitOf(property, "BusinessIncome") == 250'000);
    CHECK(limitOf(property, "PropertyDeductible") == 5'000);
    REQUIRE(property.interests.size() == 2);
    CHECK(property.interests[0].kind == QLatin1String("mortgagee"));
    CHECK(property.interests[0].reference == QLatin1String("LN-88120"));
    CHECK(property.interests[1].kind == QLatin1String("loss-payee"));

    const PolicyDownload& marine = byNumber(parse, "IM-3001266");
    CHECK(marine.line == LineOfBusiness::Other);
    CHECK(downloadcodes::otherLineDescription(marine.sourceLob) == QLatin1String("Inland marine"));
    CHECK(limitOf(marine, "OtherLimit1") == 250'000);
    CHECK(limitOf(marine, "OtherDeductible") == 2'500);
}

TEST_CASE("ACORD XML: personal lines as a response (InsuranceSvcRs)")
{
    const DownloadParse parse = DownloadReader::parseFile(downloadSample("acord-personal-new.xml"));
    REQUIRE(parse.ok());
    REQUIRE(parse.policies.size() == 3);
    const PolicyDownload& autoPolicy = byNumber(parse, "PA-118822");
    CHECK(autoPolicy.insured.name == QLatin1String("Christopher Lane"));
    CHECK(autoPolicy.insured.givenName == QLatin1String("Christopher"));
    CHECK(autoPolicy.insured.surname == QLatin1String("Lane"));
    CHECK(autoPolicy.line == LineOfBusiness::Auto);
    CHECK(limitOf(autoPolicy, "BodilyInjuryPerPerson") == 250'000);
    CHECK(limitOf(autoPolicy, "BodilyInjuryPerAccident") == 500'000);
    CHECK(limitOf(autoPolicy, "PropertyDamage") == 100'000);
    REQUIRE(autoPolicy.interests.size() == 1);
    CHECK(autoPolicy.interests[0].kind == QLatin1String("loss-payee"));
    const PolicyDownload& home = byNumber(parse, "HO-3390017");
    CHECK(home.line == LineOfBusiness::Property);
    CHECK(limitOf(home, "BuildingLimit") == 450'000);
    CHECK(limitOf(home, "BusinessPersonalProperty") == 225'000);
    CHECK(limitOf(home, "PropertyDeductible") == 1'000);
    const PolicyDownload& umbrella = byNumber(parse, "PU-100442");
    CHECK(umbrella.line == LineOfBusiness::Umbrella);
    CHECK(limitOf(umbrella, "UmbrellaEachOccurrence") == 1'000'000);
}

TEST_CASE("ACORD XML: renewal, change, cancellation and reinstatement messages")
{
    struct Case
    {
        const char* file;
        DownloadTransaction transaction;
        QDate effective;
        QDate transactionDate;
    };
    for (const Case& c :
         {Case{"acord-renewal.xml", DownloadTransaction::Renewal, {2027, 1, 1}, {2027, 1, 1}},
          Case{"acord-change.xml", DownloadTransaction::Change, {2026, 1, 1}, {2026, 6, 1}},
          Case{"acord-cancel.xml", DownloadTransaction::Cancellation, {2026, 1, 1}, {2026, 9, 30}},
          Case{"acord-reinstate.xml", DownloadTransaction::Reinstatement, {2026, 1, 1}, {2026, 10, 15}}}) {
        INFO(c.file);
        const DownloadParse parse = DownloadReader::parseFile(downloadSample(c.file));
        REQUIRE(parse.ok());
        REQUIRE(parse.policies.size() == 1);
        CHECK(parse.policies[0].transaction == c.transaction);
        CHECK(parse.policies[0].effective == c.effective);
        CHECK(parse.policies[0].transactionDate == c.transactionDate);
        CHECK(parse.policies[0].policyNumber == QLatin1String("GL-4410021"));
    }
}

TEST_CASE("CSIO XML: the CSIO namespace and csio: codes map to our lines and limits")
{
    const DownloadParse personal = DownloadReader::parseFile(downloadSample("csio-personal.xml"));
    REQUIRE(personal.ok());
    REQUIRE(personal.policies.size() == 2);
    const PolicyDownload& autoPolicy = byNumber(personal, "QA-7720145");
    CHECK(autoPolicy.format == QLatin1String("csio-xml"));
    CHECK(autoPolicy.line == LineOfBusiness::Auto);
    CHECK(autoPolicy.insured.name == QStringLiteral("Genevi\u00e8ve Tremblay"));
    CHECK(autoPolicy.insured.postalCode == QLatin1String("H2Y 2A1"));
    CHECK(autoPolicy.insured.country == QLatin1String("CA"));
    CHECK(autoPolicy.carrierNaic.isEmpty());
    CHECK(autoPolicy.carrierName == QLatin1String("Laurentian General"));
    CHECK(limitOf(autoPolicy, "CombinedSingleLimit") == 2'000'000);
    CHECK(autoPolicy.limits().size() == 1); // csio:AB (accident benefits) is not a limit we model
    const PolicyDownload& home = byNumber(personal, "QH-5510098");
    CHECK(home.line == LineOfBusiness::Property);
    CHECK(limitOf(home, "BuildingLimit") == 600'000);
    CHECK(limitOf(home, "BusinessPersonalProperty") == 300'000);
    REQUIRE(home.interests.size() == 1);
    CHECK(home.interests[0].kind == QLatin1String("mortgagee"));

    const DownloadParse commercial = DownloadReader::parseFile(downloadSample("csio-commercial.xml"));
    REQUIRE(commercial.ok());
    REQUIRE(commercial.policies.size() == 1);
    const PolicyDownload& gl = commercial.policies[0];
    CHECK(gl.format == QLatin1String("csio-xml"));
    CHECK(gl.transaction == DownloadTransaction::Renewal);
    CHECK(gl.line == LineOfBusiness::GeneralLiability);
    CHECK(limitOf(gl, "EachOccurrence") == 2'000'000);
    CHECK(limitOf(gl, "GeneralAggregate") == 5'000'000);
}

TEST_CASE("AL3: new business for every line, one record per line")
{
    const DownloadParse parse = DownloadReader::parseFile(downloadSample("al3-new.al3"));
    INFO((parse.ok() ? QString() : parse.error->toString()).toStdString());
    REQUIRE(parse.ok());
    REQUIRE(parse.policies.size() == 7);
    const PolicyDownload& gl = byNumber(parse, "RM-GL-1001");
    CHECK(gl.format == QLatin1String("al3"));
    CHECK(gl.sourceOffset == 30); // after the 28-byte 1MHG record and its CR LF
    CHECK(gl.transaction == DownloadTransaction::NewBusiness);
    CHECK(gl.line == LineOfBusiness::GeneralLiability);
    CHECK(gl.insured.name == QLatin1String("Ridgeline Masonry Co"));
    CHECK(gl.insured.city == QLatin1String("Boise"));
    CHECK(gl.insured.email == QLatin1String("books@ridgeline-masonry.example"));
    CHECK(gl.carrierNaic == QLatin1String("99505"));
    CHECK(gl.effective == QDate(2026, 2, 1));
    CHECK(gl.expiration == QDate(2027, 2, 1));
    CHECK(gl.premiumCents == 318000);
    CHECK(limitOf(gl, "EachOccurrence") == 1'000'000);
    CHECK(limitOf(gl, "MedicalExpense") == 5'000);
    REQUIRE(gl.interests.size() == 1);
    CHECK(gl.interests[0].kind == QLatin1String("additional-insured"));
    CHECK(limitOf(byNumber(parse, "RM-CA-1002"), "CombinedSingleLimit") == 1'000'000);
    CHECK(byNumber(parse, "RM-CA-1002").premiumCents == 455012);
    CHECK(limitOf(byNumber(parse, "RM-WC-1003"), "ELDiseaseEachEmployee") == 1'000'000);
    CHECK(limitOf(byNumber(parse, "RM-WC-1003"), "ELDiseasePolicyLimit") == 1'000'000);
    CHECK(limitOf(byNumber(parse, "RM-UM-1004"), "Retention") == 10'000);
    CHECK(limitOf(byNumber(parse, "RM-CP-1005"), "BuildingLimit") == 900'000);
    CHECK(byNumber(parse, "RM-CP-1005").interests[0].reference == QLatin1String("LN-7731"));
    CHECK(byNumber(parse, "RM-IM-1006").line == LineOfBusiness::Other);
    CHECK(limitOf(byNumber(parse, "RM-IM-1006"), "OtherLimit1") == 180'000);
    const PolicyDownload& home = byNumber(parse, "WO-HO-2001");
    CHECK(home.insured.name == QLatin1String("William Okafor"));
    CHECK(home.insured.givenName == QLatin1String("William"));
    CHECK(home.line == LineOfBusiness::Property);
}

TEST_CASE("AL3: renewal, change (PCH and END), cancellation and reinstatement, records back to back")
{
    const DownloadParse parse = DownloadReader::parseFile(downloadSample("al3-transactions.al3"));
    INFO((parse.ok() ? QString() : parse.error->toString()).toStdString());
    REQUIRE(parse.ok());
    REQUIRE(parse.policies.size() == 5);
    CHECK(parse.policies[0].transaction == DownloadTransaction::Renewal);
    CHECK(parse.policies[0].effective == QDate(2027, 2, 1));
    CHECK(parse.policies[1].transaction == DownloadTransaction::Change);
    CHECK(parse.policies[1].transactionDate == QDate(2026, 6, 15));
    CHECK(parse.policies[2].transaction == DownloadTransaction::Change);
    CHECK(parse.policies[3].transaction == DownloadTransaction::Cancellation);
    CHECK(parse.policies[3].transactionDate == QDate(2026, 8, 31));
    CHECK(parse.policies[4].transaction == DownloadTransaction::Reinstatement);
}

TEST_CASE("Amounts and dates: implied decimals with a trailing sign, ISO and AL3 dates")
{
    CHECK(downloadcodes::parseImpliedCents(QStringLiteral("00000012345+")) == 12345);
    CHECK(downloadcodes::parseImpliedCents(QStringLiteral("00000012345-")) == -12345);
    CHECK_FALSE(downloadcodes::parseImpliedCents(QStringLiteral("0000001234 +")).has_value());
    CHECK_FALSE(downloadcodes::parseImpliedCents(QStringLiteral("000000123451")).has_value());
    CHECK(downloadcodes::parseDecimalCents(QStringLiteral("1250.5")) == 125050);
    CHECK_FALSE(downloadcodes::parseDecimalCents(QStringLiteral("1,250")).has_value());
    CHECK_FALSE(downloadcodes::parseDecimalCents(QStringLiteral("12.345")).has_value());
    CHECK(downloadcodes::parseDate(QStringLiteral("20260229")) == QDate());
    CHECK(downloadcodes::parseDate(QStringLiteral("20280229")) == QDate(2028, 2, 29));
    CHECK(downloadcodes::parseDate(QStringLiteral(" 2026-12-07 ")) == QDate(2026, 12, 7));
    CHECK(downloadcodes::parseDate(QStringLiteral("2026/12/07")) == QDate());
    CHECK(downloadcodes::parseDate(QStringLiteral("2026-1207")) == QDate());
}

TEST_CASE("Dates are read as Qt's own date parser reads YYYY-MM-DD and YYYYMMDD")
{
    // parseDate is written by hand for speed; Qt's format parser is the reference for the dates it reads.
    QRandomGenerator rng(7);
    const QString alphabet = QStringLiteral("0123456789012345678901234567890123456789-+ x");
    for (int i = 0; i < 20000; ++i) {
        const bool iso = rng.bounded(2) == 1;
        QString text = QDate(rng.bounded(1, 9999), 1, 1)
                           .addDays(rng.bounded(0, 366))
                           .toString(iso ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("yyyyMMdd"));
        for (int n = rng.bounded(0, 3); n > 0; --n) // damage a few characters
            text[rng.bounded(int(text.size()))] = alphabet[rng.bounded(int(alphabet.size()))];
        // Qt's parser also takes signs and short fields ("2026-07--1"); a carrier's date never has them.
        static const QRegularExpression wellFormed(QStringLiteral(R"(^\s*(\d{4}-\d{2}-\d{2}|\d{8})\s*$)"));
        const QDate expected =
            wellFormed.match(text).hasMatch()
                ? QDate::fromString(text.trimmed(), iso ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("yyyyMMdd"))
                : QDate();
        INFO(text.toStdString());
        CHECK(downloadcodes::parseDate(text) == expected);
    }
}

TEST_CASE("Bad XML: each error names the file, the line and the reason")
{
    const QByteArray good = readSample("acord-renewal.xml");

    SECTION("malformed")
    {
        QByteArray bad = good;
        bad.replace("</PolicyNumber>", "</PolicyNumbr>");
        const QString e = errorOf(parseBytes(bad, QStringLiteral("renewal.xml")));
        CHECK(e.startsWith(QLatin1String("renewal.xml, line 13")));
        CHECK(e.contains(QLatin1String("not well-formed XML")));
    }
    SECTION("truncated")
    {
        const QString e = errorOf(parseBytes(good.left(good.size() / 2), QStringLiteral("renewal.xml")));
        CHECK(e.contains(QLatin1String("renewal.xml, line")));
    }
    SECTION("unknown namespace")
    {
        QByteArray bad = good;
        bad.replace("http://www.ACORD.org/standards/PC_Surety/ACORD1/xml/", "urn:example:not-acord");
        const QString e = errorOf(parseBytes(bad, QStringLiteral("renewal.xml")));
        CHECK(e.contains(QLatin1String("line 3")));
        CHECK(e.contains(QLatin1String("unknown namespace \"urn:example:not-acord\"")));
    }
    SECTION("unknown message")
    {
        QByteArray bad = good;
        bad.replace("GeneralLiabilityPolicyRenewRq", "GeneralLiabilityPolicyQuoteInqRq");
        const QString e = errorOf(parseBytes(bad, QStringLiteral("renewal.xml")));
        CHECK(e.contains(QLatin1String("line 5")));
        CHECK(e.contains(QLatin1String("unknown message <GeneralLiabilityPolicyQuoteInqRq>")));
    }
    SECTION("bad date")
    {
        QByteArray bad = good;
        bad.replace("<EffectiveDt>2027-01-01", "<EffectiveDt>2027-13-01");
        const QString e = errorOf(parseBytes(bad, QStringLiteral("renewal.xml")));
        CHECK(e.contains(QLatin1String("line 17")));
        CHECK(e.contains(QLatin1String("EffectiveDt \"2027-13-01\" is not a date")));
    }
    SECTION("bad amount")
    {
        QByteArray bad = good;
        bad.replace("<Amt>1000000</Amt>", "<Amt>1,000,000</Amt>");
        const QString e = errorOf(parseBytes(bad, QStringLiteral("renewal.xml")));
        CHECK(e.contains(QLatin1String("EAOCC limit \"1,000,000\" is not an amount")));
    }
    SECTION("a DTD (entity expansion) is refused")
    {
        QByteArray bad = good;
        bad.replace("<ACORD ", "<!DOCTYPE ACORD [<!ENTITY a \"aaaaaaaaaa\">]>\n<ACORD ");
        CHECK(errorOf(parseBytes(bad)).contains(QLatin1String("DTD")));
    }
    SECTION("missing policy number")
    {
        QByteArray bad = good;
        bad.replace("<PolicyNumber>GL-4410021</PolicyNumber>", "");
        CHECK(errorOf(parseBytes(bad)).contains(QLatin1String("PolicyNumber is missing")));
    }
    SECTION("a cancellation without its date")
    {
        QByteArray bad = readSample("acord-cancel.xml");
        bad.replace("<TransactionEffectiveDt>2026-09-30</TransactionEffectiveDt>", "");
        CHECK(errorOf(parseBytes(bad)).contains(QLatin1String("cancellation needs its TransactionEffectiveDt")));
    }
}

TEST_CASE("Bad AL3: truncated records, wrong lengths, bad dates and amounts name the byte offset")
{
    const QByteArray good = readSample("al3-new.al3");

    SECTION("truncated record")
    {
        const QString e = errorOf(parseBytes(good.left(100), QStringLiteral("new.al3")));
        CHECK(e.contains(QLatin1String("new.al3, line 3 (byte 58)")));
        CHECK(e.contains(QLatin1String("record 5BIS: truncated: its header says 220 bytes, the file ends after 42")));
    }
    SECTION("wrong record length")
    {
        QByteArray bad = good;
        bad.replace("5BIS220001C", "5BIS230001C");
        const QString e = errorOf(parseBytes(bad, QStringLiteral("new.al3")));
        CHECK(e.contains(QLatin1String("byte 58")));
        CHECK(e.contains(QLatin1String("wrong record length")));
    }
    SECTION("bad date")
    {
        QByteArray bad = good;
        bad.replace("99505Sawtooth Casualty             20260201", "99505Sawtooth Casualty             20261301");
        const QString e = errorOf(parseBytes(bad, QStringLiteral("new.al3")));
        CHECK(e.contains(QLatin1String("record 5BPI: effective date \"20261301\" is not a date (YYYYMMDD)")));
        CHECK(e.contains(QLatin1String("line 4 (byte 280)")));
    }
    SECTION("bad amount")
    {
        QByteArray bad = good;
        bad.replace("00100000000+", "0010000000X+");
        CHECK(errorOf(parseBytes(bad)).contains(QLatin1String("limit \"0010000000X+\" is not an amount")));
    }
    SECTION("no trailer")
    {
        const qsizetype trailer = good.indexOf("3MTG");
        CHECK(errorOf(parseBytes(good.left(trailer))).contains(QLatin1String("without the 3MTG trailer")));
    }
    SECTION("unknown transaction type")
    {
        QByteArray bad = good;
        bad.replace("2TRG026001NBSCGL", "2TRG026001XYZCGL");
        CHECK(errorOf(parseBytes(bad)).contains(QLatin1String("unknown transaction type \"XYZ\"")));
    }
    SECTION("garbage instead of a group code")
    {
        QByteArray bad = good;
        bad[30] = 'x';
        CHECK(errorOf(parseBytes(bad)).contains(QLatin1String("is not a group code")));
    }
}

TEST_CASE("Files: empty, blank, unknown, missing and over the size limit")
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.xml"));
    QFile(empty).open(QIODevice::WriteOnly);
    CHECK(errorOf(DownloadReader::parseFile(empty)) == empty + QStringLiteral(": the file is empty"));

    CHECK(errorOf(parseBytes("   \n\n", QStringLiteral("blank.al3"))).contains(QLatin1String("only blank space")));
    CHECK(errorOf(parseBytes("%PDF-1.7", QStringLiteral("x.pdf"))).contains(QLatin1String("not an ACORD XML")));
    CHECK(errorOf(DownloadReader::parseFile(dir.filePath(QStringLiteral("gone.xml"))))
              .contains(QLatin1String("does not exist")));

    // A 200 MB file, sparse: refused by its size before a byte is read.
    const QString huge = dir.filePath(QStringLiteral("huge.al3"));
    {
        QFile f(huge);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(200LL * 1024 * 1024));
    }
    CHECK(errorOf(DownloadReader::parseFile(huge)) ==
          huge + QStringLiteral(": the file is 200.0 MB; downloads over 32.0 MB are refused"));
}
