// The certificate of liability insurance: data snapshot, renderer, and what a PDF reader gets out of it.
#include "CatchCompat.h"
#include "CertificateData.h"
#include "CertificateLayout.h"
#include "CertificateRenderer.h"
#include "LimitCodes.h"
#include "TestConfig.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <ctime>
#include <iostream>
#include <poppler-qt6.h>

using namespace agencydesk;

namespace {

CertificateLimit lim(const char* label, qint64 amount)
{
    return {QString::fromUtf8(label), amount};
}

CertificateData demoCertificate()
{
    CertificateData d;
    d.date = QDate(2026, 11, 23);
    d.certificateNumber = QStringLiteral("COI-2026-000417");
    d.revisionNumber = QStringLiteral("REV-3");
    d.producer = {QStringLiteral("Harbor Point Insurance Agency"),
                  QStringLiteral("1200 Commerce Street"),
                  QStringLiteral("Suite 400"),
                  QStringLiteral("Portland"),
                  QStringLiteral("OR"),
                  QStringLiteral("97204"),
                  QStringLiteral("Dana Whitfield"),
                  QStringLiteral("(503) 555-0142"),
                  QStringLiteral("(503) 555-0143"),
                  QStringLiteral("certs@harborpoint.example")};
    d.insured = {QStringLiteral("Cascade Ridge Builders LLC"),
                 QStringLiteral("88 Timberline Road"),
                 QStringLiteral("Unit 7"),
                 QStringLiteral("Bend"),
                 QStringLiteral("OR"),
                 QStringLiteral("97701")};
    d.insurers = {{QStringLiteral("A"), QStringLiteral("Northwest Mutual Casualty Company"), QStringLiteral("23787")},
                  {QStringLiteral("B"), QStringLiteral("Evergreen Auto Insurance Co"), QStringLiteral("10421")},
                  {QStringLiteral("C"), QStringLiteral("Summit Excess & Surplus Lines"), QStringLiteral("38059")},
                  {QStringLiteral("D"), QStringLiteral("SAIF Workers Compensation Fund"), QStringLiteral("36196")},
                  {QStringLiteral("E"), QStringLiteral("Pacific Inland Marine Insurers"), QStringLiteral("41297")},
                  {QStringLiteral("F"), QStringLiteral("Columbia Specialty Insurance"), QStringLiteral("19445")}};

    CertificateCoverage gl;
    gl.line = LineOfBusiness::GeneralLiability;
    gl.insurerLetter = QStringLiteral("A");
    gl.indicators.aggregateAppliesPer = QStringLiteral("project");
    gl.otherCoverage1 = QStringLiteral("Contractual liability");
    gl.otherCoverage2 = QStringLiteral("Stop gap");
    gl.additionalInsured = true;
    gl.subrogationWaived = true;
    gl.policyNumber = QStringLiteral("CGL-4471-2026");
    gl.effective = QDate(2026, 3, 1);
    gl.expiration = QDate(2027, 3, 1);
    gl.limits = {lim("EACH OCCURRENCE", 1'000'000),       lim("DAMAGE TO RENTED PREMISES (Ea occurrence)", 300'000),
                 lim("MED EXP (Any one person)", 15'000), lim("PERSONAL & ADV INJURY", 1'100'000),
                 lim("GENERAL AGGREGATE", 2'000'000),     lim("PRODUCTS - COMP/OP AGG", 2'200'000),
                 lim("EMPLOYEE BENEFITS", 500'000)};

    CertificateCoverage au;
    au.line = LineOfBusiness::Auto;
    au.insurerLetter = QStringLiteral("B");
    au.indicators.anyAuto = true;
    au.indicators.hiredAutosOnly = true;
    au.indicators.nonOwnedAutosOnly = true;
    au.otherCoverage1 = QStringLiteral("Garage");
    au.otherCoverage2 = QStringLiteral("Trailers");
    au.additionalInsured = true;
    au.subrogationWaived = false;
    au.policyNumber = QStringLiteral("BA-88120-26");
    au.effective = QDate(2026, 4, 15);
    au.expiration = QDate(2027, 4, 15);
    au.limits = {lim("COMBINED SINGLE LIMIT (Ea accident)", 1'000'001), lim("BODILY INJURY (Per person)", 250'000),
                 lim("BODILY INJURY (Per accident)", 500'000), lim("PROPERTY DAMAGE (Per accident)", 100'000),
                 lim("UNINSURED MOTORIST", 75'000)};

    CertificateCoverage um;
    um.line = LineOfBusiness::Umbrella;
    um.insurerLetter = QStringLiteral("C");
    um.indicators.claimsMade = true;
    um.indicators.deductibleOrRetention = QStringLiteral("retention");
    um.deductibleOrRetentionAmount = 10'000;
    um.additionalInsured = false;
    um.subrogationWaived = true;
    um.policyNumber = QStringLiteral("XS-55-0091");
    um.effective = QDate(2026, 3, 2);
    um.expiration = QDate(2027, 3, 2);
    um.limits = {lim("EACH OCCURRENCE", 5'000'000), lim("AGGREGATE", 5'000'002), lim("FOLLOW FORM", 4'000'000)};

    CertificateCoverage wc;
    wc.line = LineOfBusiness::WorkersComp;
    wc.insurerLetter = QStringLiteral("D");
    wc.indicators.wcStatutory = true;
    wc.indicators.wcPersonsExcluded = false;
    wc.subrogationWaived = true;
    wc.policyNumber = QStringLiteral("WC-1029384");
    wc.effective = QDate(2026, 1, 1);
    wc.expiration = QDate(2027, 1, 1);
    wc.limits = {lim("E.L. EACH ACCIDENT", 1'000'003), lim("E.L. DISEASE - EA EMPLOYEE", 1'000'004),
                 lim("E.L. DISEASE - POLICY LIMIT", 1'000'005)};

    CertificateCoverage ot;
    ot.line = LineOfBusiness::Other;
    ot.insurerLetter = QStringLiteral("E");
    ot.indicators.otherDescription = QStringLiteral("Contractors equipment");
    ot.additionalInsured = false;
    ot.subrogationWaived = false;
    ot.policyNumber = QStringLiteral("IM-7731");
    ot.effective = QDate(2026, 5, 5);
    ot.expiration = QDate(2027, 5, 5);
    ot.limits = {lim("Leased equipment", 250'000), lim("Scheduled equipment", 400'000), lim("Deductible", 2'500)};

    d.coverages = {gl, au, um, wc, ot};
    d.description = QStringLiteral(
        "Project: Riverside Library expansion, 455 Water Avenue, Bend, OR. The certificate holder is included as "
        "additional insured on a primary and non-contributory basis with respect to general liability and auto "
        "liability when required by written contract. Waiver of subrogation applies in favor of the certificate "
        "holder where permitted by law.");
    d.holder = {QStringLiteral("City of Bend Facilities Department"),
                QStringLiteral("710 NW Wall Street"),
                QStringLiteral("Attn: Risk Management"),
                QStringLiteral("Vancouver"),
                QStringLiteral("BC"),
                QStringLiteral("V6B 1A1"),
                QStringLiteral("Canada")};
    d.authorizedRepresentative = QStringLiteral("Dana Whitfield");
    return d;
}

std::unique_ptr<Poppler::Document> load(const QByteArray& pdf)
{
    auto doc = Poppler::Document::loadFromData(pdf);
    REQUIRE(doc);
    REQUIRE_FALSE(doc->isLocked());
    return doc;
}

QString nfkc(const QString& s)
{
    return s.normalized(QString::NormalizationForm_KC);
}

QString pageText(Poppler::Document& doc, int page)
{
    auto p = doc.page(page);
    REQUIRE(p);
    return nfkc(p->text(QRectF()));
}

struct Word
{
    QString text;
    QRectF box;
};

std::vector<Word> words(Poppler::Document& doc, int page)
{
    auto p = doc.page(page);
    REQUIRE(p);
    std::vector<Word> out;
    for (const auto& b : p->textList())
        out.push_back({nfkc(b->text()), b->boundingBox()});
    return out;
}

/// The words whose centre lies in rect, in reading order, joined with spaces.
QString textIn(const std::vector<Word>& ws, const QRectF& rect)
{
    QStringList out;
    for (const Word& w : ws) {
        if (rect.contains(w.box.center()))
            out << w.text;
    }
    return out.join(QLatin1Char(' '));
}

QString writeTemp(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    return path;
}

struct ToolRun
{
    int exitCode = -1;
    QString out;
};

ToolRun run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}

QByteArray render(const CertificateData& d)
{
    auto pdf = CertificateRenderer::renderPdf(d);
    REQUIRE(pdf.ok());
    return pdf.value();
}

QByteArray stripVolatile(QByteArray pdf)
{
    QString s = QString::fromLatin1(pdf);
    s.replace(QRegularExpression(QStringLiteral("/CreationDate \\([^)]*\\)")), QStringLiteral("/CreationDate ()"));
    s.replace(QRegularExpression(QStringLiteral("/ID \\[[^\\]]*\\]")), QStringLiteral("/ID []"));
    return s.toLatin1();
}

} // namespace

TEST_CASE("certificates: Every field of a full certificate is in the text a PDF reader extracts", "[certificates]")
{
    const CertificateData d = demoCertificate();
    auto doc = load(render(d));
    REQUIRE(doc->numPages() == 1);
    const QString text = pageText(*doc, 0);
    const std::vector<Word> ws = words(*doc, 0);
    const CertificateLayout& layout = CertificateLayout::certificate();
    const auto in = [&](const char* field) { return textIn(ws, layout.rect(QString::fromLatin1(field))); };

    QStringList expected = {QStringLiteral("CERTIFICATE OF LIABILITY INSURANCE"), QStringLiteral("11/23/2026"),
                            d.certificateNumber, d.revisionNumber};
    const auto& p = d.producer;
    expected << p.name << p.address1 << p.address2 << QStringLiteral("Portland, OR 97204") << p.contact << p.phone
             << p.fax << p.email;
    const auto& i = d.insured;
    expected << i.name << i.address1 << i.address2 << QStringLiteral("Bend, OR 97701");
    for (const auto& ins : d.insurers)
        expected << ins.name << ins.naic;
    for (const auto& c : d.coverages) {
        expected << c.policyNumber << d.formatDate(c.effective) << d.formatDate(c.expiration);
        for (const auto& l : c.limits)
            expected << formatAmount(l.amount);
    }
    expected << QStringLiteral("Contractual liability") << QStringLiteral("Stop gap") << QStringLiteral("Garage")
             << QStringLiteral("Trailers") << QStringLiteral("Contractors equipment") << QStringLiteral("$10,000")
             << QStringLiteral("EMPLOYEE BENEFITS") << QStringLiteral("UNINSURED MOTORIST")
             << QStringLiteral("Leased equipment");
    expected << QStringLiteral("Riverside Library expansion") << QStringLiteral("Riverside Library");
    const auto& h = d.holder;
    expected << h.name << h.address1 << h.address2 << QStringLiteral("Vancouver, BC V6B 1A1") << h.country;
    expected << d.authorizedRepresentative << QStringLiteral("CERTIFICATE HOLDER") << QStringLiteral("CANCELLATION")
             << QStringLiteral("AUTHORIZED REPRESENTATIVE") << QStringLiteral("AgencyDesk form AD-25");
    for (const QString& e : expected) {
        INFO(e.toStdString());
        CHECK(text.contains(e));
    }

    // Values land in their own columns.
    CHECK(in("gl.ltr") == QLatin1String("A"));
    CHECK(in("auto.ltr") == QLatin1String("B"));
    CHECK(in("umbrella.ltr") == QLatin1String("C"));
    CHECK(in("wc.ltr") == QLatin1String("D"));
    CHECK(in("other.ltr") == QLatin1String("E"));
    CHECK(in("gl.addl") == QLatin1String("Y"));
    CHECK(in("gl.subr") == QLatin1String("Y"));
    CHECK(in("auto.addl") == QLatin1String("Y"));
    CHECK(in("auto.subr") == QLatin1String("N"));
    CHECK(in("umbrella.addl") == QLatin1String("N"));
    CHECK(in("umbrella.subr") == QLatin1String("Y"));
    CHECK(in("wc.subr") == QLatin1String("Y"));
    CHECK(in("wc.personsExcluded") == QLatin1String("N"));
    CHECK(in("other.addl") == QLatin1String("N"));
    CHECK(in("other.subr") == QLatin1String("N"));
    CHECK(in("gl.policy") == QLatin1String("CGL-4471-2026"));
    CHECK(in("wc.policy") == QLatin1String("WC-1029384"));
    CHECK(in("gl.eff") == QLatin1String("03/01/2026"));
    CHECK(in("gl.exp") == QLatin1String("03/01/2027"));
    CHECK(in("gl.limit.0") == QLatin1String("$1,000,000"));
    CHECK(in("gl.limit.4") == QLatin1String("$2,000,000"));
    CHECK(in("auto.limit.0") == QLatin1String("$1,000,001"));
    CHECK(in("umbrella.limit.1") == QLatin1String("$5,000,002"));
    CHECK(in("wc.limit.0") == QLatin1String("$1,000,003"));
    CHECK(in("wc.limit.2") == QLatin1String("$1,000,005"));
    CHECK(in("other.limit.2") == QLatin1String("$2,500"));
    CHECK(in("insurer.D.naic") == QLatin1String("36196"));
    CHECK(in("certificateNumber") == d.certificateNumber);
    CHECK(in("revisionNumber") == d.revisionNumber);

    // Check boxes follow the indicators.
    CHECK(CertificateRenderer::isChecked(d, QStringLiteral("gl.check.occurrence")));
    CHECK_FALSE(CertificateRenderer::isChecked(d, QStringLiteral("gl.check.claimsMade")));
    CHECK(CertificateRenderer::isChecked(d, QStringLiteral("gl.check.project")));
    CHECK_FALSE(CertificateRenderer::isChecked(d, QStringLiteral("gl.check.policy")));
    CHECK(CertificateRenderer::isChecked(d, QStringLiteral("auto.check.anyAuto")));
    CHECK_FALSE(CertificateRenderer::isChecked(d, QStringLiteral("auto.check.owned")));
    CHECK(CertificateRenderer::isChecked(d, QStringLiteral("umbrella.check.claimsMade")));
    CHECK(CertificateRenderer::isChecked(d, QStringLiteral("umbrella.check.retention")));
    CHECK(CertificateRenderer::isChecked(d, QStringLiteral("wc.check.statutory")));
    auto* info = doc.get();
    CHECK(info->info(QStringLiteral("Creator")) == QLatin1String("AgencyDesk"));
    CHECK(info->info(QStringLiteral("Title")).contains(d.certificateNumber));
}

TEST_CASE("certificates: The certificate PDF is valid, embeds its fonts and is one Letter page", "[certificates]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QByteArray pdf = render(demoCertificate());
    const QString path = writeTemp(dir, QStringLiteral("certificate.pdf"), pdf);

    const ToolRun check = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
    INFO(check.out.toStdString());
    CHECK(check.exitCode == 0);

    const ToolRun fonts = run(QStringLiteral("pdffonts"), {path});
    INFO(fonts.out.toStdString());
    REQUIRE(fonts.exitCode == 0);
    const QStringList lines = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() >= 3);
    // Columns from the dashes line: name, type, encoding, emb, ...
    const QString header = lines[0];
    const qsizetype emb = header.indexOf(QLatin1String("emb"));
    REQUIRE(emb > 0);
    for (int i = 2; i < lines.size(); ++i)
        CHECK(lines[i].mid(emb, 3).trimmed() == QLatin1String("yes"));

    auto doc = load(pdf);
    REQUIRE(doc->numPages() == 1);
    const QSizeF size = doc->page(0)->pageSizeF();
    CHECK(size.width() == Approx(612).margin(0.5));
    CHECK(size.height() == Approx(792).margin(0.5));
}

TEST_CASE("certificates: A description that does not fit continues on the additional remarks schedule",
          "[certificates]")
{
    CertificateData d = demoCertificate();
    QStringList paragraphs;
    for (int i = 1; i <= 40; ++i)
        paragraphs << QStringLiteral("Location %1: %2 Industrial Parkway, Bend, OR - vehicles and equipment on site, "
                                     "additional insured per written contract number K-%3.")
                          .arg(i)
                          .arg(100 + i)
                          .arg(9000 + i);
    d.description = paragraphs.join(QLatin1Char('\n'));
    auto doc = load(render(d));
    REQUIRE(doc->numPages() == 2);
    const QString one = pageText(*doc, 0);
    const QString two = pageText(*doc, 1);
    CHECK(one.contains(QLatin1String("See Additional Remarks Schedule (page 2)")));
    CHECK(one.contains(QLatin1String("Location 1:")));
    CHECK_FALSE(one.contains(QLatin1String("Location 40:")));
    CHECK(two.contains(QLatin1String("ADDITIONAL REMARKS SCHEDULE")));
    CHECK(two.contains(d.certificateNumber));
    CHECK(two.contains(d.insured.name));
    CHECK(two.contains(QLatin1String("Location 40:")));
    CHECK(two.contains(QLatin1String("K-9040.")));
    CHECK(one.contains(QLatin1String("Page 1 of 2")));
    CHECK(two.contains(QLatin1String("Page 2 of 2")));
    // Both pages keep every word inside a field of their layout.
    const std::pair<int, const CertificateLayout*> pages[] = {{0, &CertificateLayout::certificate()},
                                                              {1, &CertificateLayout::remarks()}};
    for (const auto& [page, layout] : pages) {
        for (const Word& w : words(*doc, page)) {
            bool found = false;
            for (const auto& f : layout->fields())
                found = found || f.rect.adjusted(-0.75, -0.75, 0.75, 0.75).contains(w.box);
            INFO("page " << page << ": " << w.text.toStdString());
            CHECK(found);
        }
    }
    // Every location is on one page or the other.
    for (int i = 1; i <= 40; ++i) {
        const QString loc = QStringLiteral("K-%1.").arg(9000 + i);
        INFO(loc.toStdString());
        CHECK((one.contains(loc) || two.contains(loc)));
    }
}

namespace {

CertificateData extremeCertificate()
{
    CertificateData d = demoCertificate();
    const QString longName =
        QStringLiteral("Zenobia Quarterhorse-Vandermeer Consolidated Heavy Civil Engineering Earthmoving Demolition "
                       "Environmental Remediation Paving Excavation Landscaping Snow Removal and Sitework Holdings "
                       "Group of Central Oregon LLC");
    REQUIRE(longName.size() >= 200);
    d.insured.name = longName.left(200);
    d.insured.address1 =
        QStringLiteral("Building 14, Gate 3, 123456 Northeast Extraordinarily Long Boulevard Name Here");
    d.insured.address2 = QStringLiteral("Attention: Accounts Payable and Certificates of Insurance Compliance Desk");
    d.insured.city = QStringLiteral("Rancho Santa Margarita de los Altos");
    d.producer.name = QStringLiteral("Extraordinarily Long Named Insurance Agency and Brokerage Services Incorporated");
    d.producer.email = QStringLiteral("certificates.of.insurance.department@extraordinarily-long-agency.example");
    d.holder.name = QStringLiteral("Metropolitan Regional Transportation and Infrastructure Development Authority "
                                   "Procurement, Contracts and Insurance Compliance Office");
    d.holder.address1 = QStringLiteral("Building 99, Dock 4, 987654 Southwest Remarkably Lengthy Parkway Name There");
    d.holder.address2 = QStringLiteral("Care of: Vendor Onboarding, Certificates and Endorsements Review Team");
    for (auto& ins : d.insurers)
        ins.name =
            QStringLiteral("The Extraordinarily Long Named Mutual Fire and Casualty Insurance Company of America");
    for (auto& c : d.coverages) {
        c.policyNumber = QStringLiteral("POLNUM-%1-ABCDEFGHIJKLMNOPQRSTUVWXYZ0123").arg(lineKey(c.line).toUpper());
        c.policyNumber = c.policyNumber.left(40);
        for (auto& l : c.limits)
            l.amount = 999'999'999;
    }
    d.certificateNumber = QStringLiteral("CERT-0000000000000000000000000000000000001");
    return d;
}

} // namespace

TEST_CASE("certificates: Extreme inputs stay inside their boxes", "[certificates]")
{
    const CertificateData d = extremeCertificate();
    auto doc = load(render(d));
    REQUIRE(doc->numPages() == 1);
    const std::vector<Word> ws = words(*doc, 0);
    REQUIRE(ws.size() > 100);
    const CertificateLayout& layout = CertificateLayout::certificate();
    const qreal tol = 0.75;
    const auto inside = [&](const QRectF& box, const QRectF& field) {
        return field.adjusted(-tol, -tol, tol, tol).contains(box);
    };
    // Every word lies inside some field's rectangle.
    for (const Word& w : ws) {
        bool found = false;
        for (const auto& f : layout.fields())
            found = found || inside(w.box, f.rect);
        INFO(w.text.toStdString() << " at " << w.box.x() << "," << w.box.y() << " " << w.box.width() << "x"
                                  << w.box.height());
        CHECK(found);
    }
    // Known strings lie inside the field they belong to.
    const auto wordsOf = [&](const QString& needle) {
        std::vector<Word> out;
        for (const Word& w : ws) {
            if (w.text.contains(needle))
                out.push_back(w);
        }
        return out;
    };
    const auto expectIn = [&](const QString& needle, const QString& field) {
        const auto found = wordsOf(needle);
        INFO(needle.toStdString() << " in " << field.toStdString());
        CHECK_FALSE(found.empty());
        for (const Word& w : found)
            CHECK(inside(w.box, layout.rect(field)));
    };
    expectIn(QStringLiteral("Zenobia"), QStringLiteral("insured"));
    expectIn(QStringLiteral("Margarita"), QStringLiteral("insured"));
    expectIn(QStringLiteral("Brokerage"), QStringLiteral("producer"));
    expectIn(QStringLiteral("Payable"), QStringLiteral("insured"));
    for (const QString& s : CertificateLayout::sections()) {
        expectIn(
            QStringLiteral("POLNUM-%1")
                .arg(s == QLatin1String("umbrella") ? QStringLiteral("UMBRELLA") : lineKey(*lineFromKey(s)).toUpper()),
            s + QLatin1String(".policy"));
    }
    expectIn(QStringLiteral("Metropolitan"), QStringLiteral("holder"));
    for (const QString& s : CertificateLayout::sections()) {
        for (int slot = 0; slot < CertificateLayout::limitSlots(s); ++slot) {
            const QString field = QStringLiteral("%1.limit.%2").arg(s).arg(slot);
            INFO(field.toStdString());
            CHECK(textIn(ws, layout.rect(field)) == QLatin1String("$999,999,999"));
        }
    }
}

TEST_CASE("certificates: Accented, Polish and Chinese names come back as text", "[certificates]")
{
    CertificateData d = demoCertificate();
    d.insured.name = QStringLiteral("Café Müller Straße GmbH");
    d.insured.city = QStringLiteral("Łódź");
    d.holder.name = QStringLiteral("Zażółć gęślą jaźń Sp. z o.o.");
    d.holder.city = QStringLiteral("北京");
    d.insurers[5].name = QStringLiteral("中国人民保险公司");
    const QByteArray pdf = render(d);
    auto doc = load(pdf);
    const QString text = pageText(*doc, 0);
    // The Chinese glyphs come from a fallback font: it is embedded too.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const ToolRun fonts = run(QStringLiteral("pdffonts"), {writeTemp(dir, QStringLiteral("intl.pdf"), pdf)});
    INFO(fonts.out.toStdString());
    REQUIRE(fonts.exitCode == 0);
    const QStringList fontLines = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const qsizetype emb = fontLines.value(0).indexOf(QLatin1String("emb"));
    REQUIRE(emb > 0);
    CHECK(fontLines.size() >= 4); // header, dashes, DejaVu Sans and a CJK font
    for (int i = 2; i < fontLines.size(); ++i)
        CHECK(fontLines[i].mid(emb, 3).trimmed() == QLatin1String("yes"));
    for (const QString& s :
         {QStringLiteral("Café Müller Straße GmbH"), QStringLiteral("Łódź"), QStringLiteral("Zażółć gęślą jaźń"),
          QStringLiteral("北京"), QStringLiteral("中国人民保险公司")}) {
        INFO(s.toStdString());
        CHECK(text.contains(s.normalized(QString::NormalizationForm_KC)));
    }
}

TEST_CASE("certificates: The same certificate gives the same PDF bytes", "[certificates]")
{
    const CertificateData d = demoCertificate();
    const QByteArray a = render(d);
    const QByteArray b = render(d);
    CHECK(stripVolatile(a) == stripVolatile(b));
    CertificateData other = d;
    other.revisionNumber = QStringLiteral("REV-4");
    CHECK(stripVolatile(render(other)) != stripVolatile(a));
}

TEST_CASE("certificates: Certificate data survives a JSON round trip", "[certificates]")
{
    CertificateData d = demoCertificate();
    d.dateFormat = QStringLiteral("dd/MM/yyyy");
    d.paperSize = CertificatePaperSize::A4;
    const QByteArray json = QJsonDocument(d.toJson()).toJson();
    const CertificateData back = CertificateData::fromJson(QJsonDocument::fromJson(json).object());
    CHECK(back == d);
    CHECK(back.coverages.size() == 5);
    CHECK(back.coverages[2].indicators.deductibleOrRetention == QLatin1String("retention"));
    CHECK(QJsonDocument(back.toJson()).toJson() == json);
    // A default certificate round-trips too.
    const CertificateData empty;
    CHECK(CertificateData::fromJson(empty.toJson()) == empty);
}

TEST_CASE("certificates: A certificate row from a policy puts limits in the form's order", "[certificates]")
{
    Policy p;
    p.number = QStringLiteral("GL-1");
    p.line = LineOfBusiness::GeneralLiability;
    p.indicators.additionalInsuredEndorsement = true;
    p.coverages = {{QStringLiteral("GeneralAggregate"), 2'000'000}, {QStringLiteral("EachOccurrence"), 1'000'000}};
    const CertificateCoverage row = CertificateCoverage::fromPolicy(p, QStringLiteral("A"));
    REQUIRE(row.limits.size() == 6);
    CHECK(row.limits[0].amount == 1'000'000);
    CHECK(row.limits[4].amount == 2'000'000);
    CHECK(row.limits[1].amount == 0);
    CHECK(row.additionalInsured);
    CHECK_FALSE(row.subrogationWaived);
}

TEST_CASE("certificates: A preview paints each page on an image", "[certificates]")
{
    CertificateData d = demoCertificate();
    d.description = QString(QStringLiteral("Long remarks line for the schedule. ")).repeated(300);
    QImage image(612, 792, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    CHECK(CertificateRenderer::pageCount(painter, d, image.rect()) == 2);
    CertificateRenderer::paintPage(painter, d, image.rect(), 1);
    painter.end();
    // Something was drawn, and nothing on the white margin.
    CHECK(image.pixel(306, 60) != qRgb(255, 255, 255));
    CHECK(image.pixel(5, 5) == qRgb(255, 255, 255));
}

TEST_CASE("certificates: Other paper sizes keep the form on the page", "[certificates]")
{
    for (auto size : {CertificatePaperSize::A4, CertificatePaperSize::Legal}) {
        CertificateData d = demoCertificate();
        d.paperSize = size;
        auto doc = load(render(d));
        REQUIRE(doc->numPages() == 1);
        const QSizeF page = doc->page(0)->pageSizeF();
        CHECK(page.width() == Approx(size == CertificatePaperSize::A4 ? 595 : 612).margin(1));
        CHECK(pageText(*doc, 0).contains(d.insured.name));
    }
}

TEST_CASE("certificates: Certificate screenshots for review", "[certificates][screenshot]")
{
    const QString dirPath = QStringLiteral(AGENCYDESK_SCREENSHOT_DIR);
    REQUIRE(QDir().mkpath(dirPath));
    CertificateData overflow = demoCertificate();
    QStringList paragraphs;
    for (int i = 1; i <= 30; ++i)
        paragraphs << QStringLiteral("Location %1: %2 Industrial Parkway, Bend, OR - vehicles and equipment on site.")
                          .arg(i)
                          .arg(100 + i);
    overflow.description = paragraphs.join(QLatin1Char('\n'));
    CertificateData intl = demoCertificate();
    intl.insured.name = QStringLiteral("Café Müller Straße GmbH");
    intl.insured.city = QStringLiteral("Łódź");
    intl.holder.name = QStringLiteral("Zażółć gęślą jaźń Sp. z o.o.");
    intl.holder.city = QStringLiteral("北京");
    CertificateData a4 = demoCertificate();
    a4.paperSize = CertificatePaperSize::A4;
    a4.dateFormat = QStringLiteral("dd/MM/yyyy");
    const std::pair<const char*, CertificateData> shots[] = {
        {"certificate-demo", demoCertificate()},       {"certificate-overflow", overflow},
        {"certificate-extreme", extremeCertificate()}, {"certificate-intl", intl},
        {"certificate-blank", CertificateData()},      {"certificate-a4", a4}};
    for (const auto& [name, data] : shots) {
        const QString pdfPath = dirPath + QLatin1Char('/') + QLatin1String(name) + QLatin1String(".pdf");
        QFile f(pdfPath);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(render(data));
        f.close();
        const ToolRun r =
            run(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"),
                                             pdfPath, dirPath + QLatin1Char('/') + QLatin1String(name)});
        INFO(r.out.toStdString());
        CHECK(r.exitCode == 0);
    }
}

TEST_CASE("certificates: Certificate rendering speed and size", "[.bench]")
{
    const CertificateData d = demoCertificate();
    (void)render(d); // warm up fonts
    const int n = 200;
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    qsizetype bytes = 0;
    for (int i = 0; i < n; ++i)
        bytes = render(d).size();
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6 / n;
    const double cpuMs = 1000.0 * static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC / n;
    std::cout << "certificate render: " << ms << " ms wall, " << cpuMs << " ms CPU per certificate, " << bytes
              << " bytes" << std::endl;
    CHECK(bytes > 0);
}
