#include "CertificateBenchmark.h"

#include "AgencyService.h"
#include "CertificateData.h"
#include "CertificateHolderService.h"
#include "CertificateMasterService.h"
#include "CertificateRenderer.h"
#include "CertificateService.h"
#include "Csv.h"
#include "Database.h"
#include "InsuredService.h"
#include "PolicyService.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <ctime>

namespace agencydesk::bench {

namespace {

CertificateLimit lim(const char* label, qint64 amount)
{
    return {QString::fromUtf8(label), amount};
}

QString str(const char* text)
{
    return QString::fromUtf8(text);
}

/// renderPdf's steps timed apart (same calls, same order), to show where a certificate's time goes.
bool renderSplit(const CertificateData& data, double* setupMs, double* paintMs, double* endMs)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QElapsedTimer t;
    t.start();
    QPdfWriter writer(&buffer);
    writer.setPageSize(CertificateRenderer::pageSize(data.paperSize));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("AgencyDesk"));
    writer.setTitle(QStringLiteral("Certificate of liability insurance %1").arg(data.certificateNumber));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    *setupMs = msSince(t);
    t.restart();
    CertificateRenderer::paint(painter, data, QRectF(0, 0, writer.width(), writer.height()));
    *paintMs = msSince(t);
    t.restart();
    painter.end(); // QPdfEngine writes the page, then subsets, embeds and compresses the fonts
    *endMs = msSince(t);
    return !bytes.isEmpty();
}

template <typename T> bool ok(const Result<T>& r, const QString& what)
{
    if (!r)
        fail(QStringLiteral("%1: %2").arg(what, r.error().message));
    return r.ok();
}

} // namespace

QJsonObject CertificateRenderFigures::toJson() const
{
    return {{QStringLiteral("count"), count},
            {QStringLiteral("wallMs"), perCertificate.toJson()},
            {QStringLiteral("cpuMsEach"), cpuMsEach},
            {QStringLiteral("perSecond"), perSecond},
            {QStringLiteral("largestPdfBytes"), largestBytes},
            {QStringLiteral("splitSetupMs"), setupMs.toJson()},
            {QStringLiteral("splitPaintMs"), paintMs.toJson()},
            {QStringLiteral("splitEndMs"), endMs.toJson()}};
}

QJsonObject CertificateIssueFigures::toJson() const
{
    return {{QStringLiteral("holders"), holders},
            {QStringLiteral("setupMs"), setupMs},
            {QStringLiteral("holdersImportMs"), holdersMs},
            {QStringLiteral("totalSeconds"), totalSeconds},
            {QStringLiteral("perCertificateMs"), perCertificate.toJson()},
            {QStringLiteral("cpuMsEach"), cpuMsEach},
            {QStringLiteral("databaseBytes"), databaseBytes}};
}

CertificateData CertificateBenchmark::fullyFilled(int serial)
{
    CertificateData d;
    d.date = QDate(2026, 11, 23);
    d.certificateNumber = QStringLiteral("COI-2026-%1").arg(serial, 6, 10, QLatin1Char('0'));
    d.revisionNumber = QStringLiteral("REV-3");
    d.producer = {str("Harbor Point Insurance Agency"),
                  str("1200 Commerce Street"),
                  str("Suite 400"),
                  str("Portland"),
                  str("OR"),
                  str("97204"),
                  str("Dana Whitfield"),
                  str("(503) 555-0142"),
                  str("(503) 555-0143"),
                  str("certs@harborpoint.example")};
    d.insured = {str("Cascade Ridge Builders LLC"),
                 str("88 Timberline Road"),
                 str("Unit 7"),
                 str("Bend"),
                 str("OR"),
                 str("97701")};
    d.insurers = {{str("A"), str("Northwest Mutual Casualty Company"), str("23787")},
                  {str("B"), str("Evergreen Auto Insurance Co"), str("10421")},
                  {str("C"), str("Summit Excess & Surplus Lines"), str("38059")},
                  {str("D"), str("SAIF Workers Compensation Fund"), str("36196")},
                  {str("E"), str("Pacific Inland Marine Insurers"), str("41297")},
                  {str("F"), str("Columbia Specialty Insurance"), str("19445")}};

    CertificateCoverage gl;
    gl.line = LineOfBusiness::GeneralLiability;
    gl.insurerLetter = str("A");
    gl.indicators.aggregateAppliesPer = str("project");
    gl.otherCoverage1 = str("Contractual liability");
    gl.otherCoverage2 = str("Stop gap");
    gl.additionalInsured = true;
    gl.subrogationWaived = true;
    gl.policyNumber = str("CGL-4471-2026");
    gl.effective = QDate(2026, 3, 1);
    gl.expiration = QDate(2027, 3, 1);
    gl.limits = {lim("EACH OCCURRENCE", 1'000'000),       lim("DAMAGE TO RENTED PREMISES (Ea occurrence)", 300'000),
                 lim("MED EXP (Any one person)", 15'000), lim("PERSONAL & ADV INJURY", 1'000'000),
                 lim("GENERAL AGGREGATE", 2'000'000),     lim("PRODUCTS - COMP/OP AGG", 2'000'000),
                 lim("EMPLOYEE BENEFITS", 500'000)};

    CertificateCoverage au;
    au.line = LineOfBusiness::Auto;
    au.insurerLetter = str("B");
    au.indicators.anyAuto = true;
    au.indicators.hiredAutosOnly = true;
    au.indicators.nonOwnedAutosOnly = true;
    au.otherCoverage1 = str("Garage");
    au.otherCoverage2 = str("Trailers");
    au.additionalInsured = true;
    au.policyNumber = str("BA-88120-26");
    au.effective = QDate(2026, 4, 15);
    au.expiration = QDate(2027, 4, 15);
    au.limits = {lim("COMBINED SINGLE LIMIT (Ea accident)", 1'000'000), lim("BODILY INJURY (Per person)", 250'000),
                 lim("BODILY INJURY (Per accident)", 500'000), lim("PROPERTY DAMAGE (Per accident)", 100'000),
                 lim("UNINSURED MOTORIST", 75'000)};

    CertificateCoverage um;
    um.line = LineOfBusiness::Umbrella;
    um.insurerLetter = str("C");
    um.indicators.claimsMade = true;
    um.indicators.deductibleOrRetention = str("retention");
    um.deductibleOrRetentionAmount = 10'000;
    um.subrogationWaived = true;
    um.policyNumber = str("XS-55-0091");
    um.effective = QDate(2026, 3, 2);
    um.expiration = QDate(2027, 3, 2);
    um.limits = {lim("EACH OCCURRENCE", 5'000'000), lim("AGGREGATE", 5'000'000), lim("FOLLOW FORM", 4'000'000)};

    CertificateCoverage wc;
    wc.line = LineOfBusiness::WorkersComp;
    wc.insurerLetter = str("D");
    wc.indicators.wcStatutory = true;
    wc.subrogationWaived = true;
    wc.policyNumber = str("WC-1029384");
    wc.effective = QDate(2026, 1, 1);
    wc.expiration = QDate(2027, 1, 1);
    wc.limits = {lim("E.L. EACH ACCIDENT", 1'000'000), lim("E.L. DISEASE - EA EMPLOYEE", 1'000'000),
                 lim("E.L. DISEASE - POLICY LIMIT", 1'000'000)};

    CertificateCoverage ot;
    ot.line = LineOfBusiness::Other;
    ot.insurerLetter = str("E");
    ot.indicators.otherDescription = str("Contractors equipment");
    ot.policyNumber = str("IM-7731");
    ot.effective = QDate(2026, 5, 5);
    ot.expiration = QDate(2027, 5, 5);
    ot.limits = {lim("Leased equipment", 250'000), lim("Scheduled equipment", 400'000), lim("Deductible", 2'500)};

    d.coverages = {gl, au, um, wc, ot};
    d.description =
        str("Project: Riverside Library expansion, 455 Water Avenue, Bend, OR. The certificate holder is included as "
            "additional insured on a primary and non-contributory basis with respect to general liability and auto "
            "liability when required by written contract. Waiver of subrogation applies in favor of the "
            "certificate holder where permitted by law.");
    d.holder = {str("City of Bend Facilities Department"),
                str("710 NW Wall Street"),
                str("Attn: Risk Management"),
                str("Bend"),
                str("OR"),
                str("97703"),
                str("US")};
    d.authorizedRepresentative = str("Dana Whitfield");
    return d;
}

std::optional<CertificateRenderFigures> CertificateBenchmark::measureRender(int count)
{
    for (int i = 0; i < 3; ++i) { // warm-up: font database, glyph caches
        if (!ok(CertificateRenderer::renderPdf(fullyFilled(0)), QStringLiteral("renderPdf (warm-up)")))
            return std::nullopt;
    }
    CertificateRenderFigures f;
    f.count = count;
    std::vector<double> wall;
    wall.reserve(static_cast<std::size_t>(count));
    QElapsedTimer loop;
    loop.start();
    const std::clock_t cpuStart = std::clock();
    for (int i = 1; i <= count; ++i) {
        const CertificateData data = fullyFilled(i);
        QElapsedTimer t;
        t.start();
        Result<QByteArray> pdf = CertificateRenderer::renderPdf(data);
        wall.push_back(msSince(t));
        if (!ok(pdf, QStringLiteral("renderPdf")))
            return std::nullopt;
        f.largestBytes = std::max(f.largestBytes, qint64(pdf->size()));
    }
    const double loopMs = msSince(loop);
    f.cpuMsEach = 1000.0 * static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC / count;
    f.perSecond = count / (loopMs / 1000.0);
    f.perCertificate = statsOf(wall);

    // Where the time goes, over the same data (a separate loop so the split's timers do not count above).
    std::vector<double> setup, paint, end;
    for (int i = 1; i <= std::min(count, 200); ++i) {
        double s = 0, p = 0, e = 0;
        if (!renderSplit(fullyFilled(i), &s, &p, &e)) {
            fail(QStringLiteral("the split render produced no PDF"));
            return std::nullopt;
        }
        setup.push_back(s);
        paint.push_back(p);
        end.push_back(e);
    }
    f.setupMs = statsOf(setup);
    f.paintMs = statsOf(paint);
    f.endMs = statsOf(end);
    return f;
}

std::optional<CertificateIssueFigures> CertificateBenchmark::measureIssue(int holders)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        fail(QStringLiteral("cannot create a temporary folder"));
        return std::nullopt;
    }
    CertificateIssueFigures f;
    f.holders = holders;
    const QString path = dir.filePath(QStringLiteral("certificates.agencydesk"));
    QElapsedTimer t;
    t.start();
    Result<std::shared_ptr<Database>> db = Database::open(path);
    if (!ok(db, QStringLiteral("Database::open")))
        return std::nullopt;
    AgencyProfile profile;
    profile.name = str("Harbor Point Insurance Agency");
    profile.address1 = str("1200 Commerce Street");
    profile.city = str("Portland");
    profile.state = str("OR");
    profile.postalCode = str("97204");
    profile.phone = str("(503) 555-0142");
    profile.email = str("certs@harborpoint.example");
    Result<Session> session =
        AgencyService::initialize(*db, profile, str("bench"), str("Bench Manager"), str("bench-pass-2026"));
    if (!ok(session, QStringLiteral("AgencyService::initialize")))
        return std::nullopt;
    Insured insured;
    insured.name = str("Cascade Ridge Builders LLC");
    insured.address1 = str("88 Timberline Road");
    insured.city = str("Bend");
    insured.state = str("OR");
    insured.postalCode = str("97701");
    Result<qint64> insuredId = InsuredService(*session).create(insured);
    if (!ok(insuredId, QStringLiteral("InsuredService::create")))
        return std::nullopt;
    struct Line
    {
        LineOfBusiness line;
        const char* number;
        const char* carrier;
        std::vector<std::pair<QString, qint64>> limits;
    };
    const std::vector<Line> lines = {
        {LineOfBusiness::GeneralLiability,
         "CGL-4471-2026",
         "Northwest Mutual Casualty Company",
         {{str("EachOccurrence"), 1'000'000}, {str("GeneralAggregate"), 2'000'000}}},
        {LineOfBusiness::Auto, "BA-88120-26", "Evergreen Auto Insurance Co", {{str("CombinedSingleLimit"), 1'000'000}}},
        {LineOfBusiness::Umbrella,
         "XS-55-0091",
         "Summit Excess & Surplus Lines",
         {{str("UmbrellaEachOccurrence"), 5'000'000}, {str("UmbrellaAggregate"), 5'000'000}}},
        {LineOfBusiness::WorkersComp,
         "WC-1029384",
         "SAIF Workers Compensation Fund",
         {{str("ELEachAccident"), 1'000'000}}},
    };
    CertificateMaster master;
    master.insuredId = *insuredId;
    master.name = str("Standard certificate");
    master.description = fullyFilled(0).description;
    for (const Line& l : lines) {
        Policy p;
        p.insuredId = *insuredId;
        p.number = str(l.number);
        p.line = l.line;
        p.carrierName = str(l.carrier);
        p.effective = QDate::currentDate().addDays(-30);
        p.expiration = QDate::currentDate().addDays(335);
        for (const auto& [code, amount] : l.limits)
            p.coverages.push_back({code, amount});
        Result<qint64> policyId = PolicyService(*session).create(p);
        if (!ok(policyId, QStringLiteral("PolicyService::create")))
            return std::nullopt;
        MasterPolicy mp;
        mp.policyId = *policyId;
        mp.additionalInsured = l.line != LineOfBusiness::WorkersComp;
        mp.subrogationWaived = true;
        master.policies.push_back(mp);
    }
    Result<qint64> masterId = CertificateMasterService(*session).create(master);
    if (!ok(masterId, QStringLiteral("CertificateMasterService::create")))
        return std::nullopt;
    f.setupMs = msSince(t);

    // The holders in one transaction: a CSV import, as an agency would load a contractor's list of owners.
    QString csv = QStringLiteral("name,address1,address2,city,state,postal_code,email,min_EachOccurrence\r\n");
    for (int i = 1; i <= holders; ++i)
        csv += csvLine({QStringLiteral("Project Owner %1 LLC").arg(i, 4, 10, QLatin1Char('0')),
                        QStringLiteral("%1 Harbor Blvd").arg(100 + i), str("Attn: Risk Management"), str("Boston"),
                        str("MA"), QStringLiteral("02%1").arg(100 + i % 900, 3, 10, QLatin1Char('0')),
                        QStringLiteral("owner%1@example.com").arg(i), str("1M")});
    t.restart();
    Result<HolderImportReport> imported =
        CertificateHolderService(*session).importCsv(*masterId, csv.toUtf8(), str("bench-holders.csv"));
    f.holdersMs = msSince(t);
    if (!ok(imported, QStringLiteral("importCsv")))
        return std::nullopt;
    if (int(imported->addedIds.size()) != holders) {
        fail(QStringLiteral("importCsv added %1 of %2 holders; first problem: %3")
                 .arg(imported->addedIds.size())
                 .arg(holders)
                 .arg(imported->refused.empty() ? QString() : imported->refused.front().message));
        return std::nullopt;
    }

    CertificateService service(*session);
    std::vector<double> each;
    each.reserve(static_cast<std::size_t>(holders));
    QElapsedTimer total;
    total.start();
    const std::clock_t cpuStart = std::clock();
    for (const qint64 holderId : imported->addedIds) {
        QElapsedTimer one;
        one.start();
        Result<IssuedCertificate> issued = service.issue(*masterId, holderId);
        each.push_back(msSince(one));
        if (!ok(issued, QStringLiteral("CertificateService::issue")))
            return std::nullopt;
    }
    f.totalSeconds = msSince(total) / 1000.0;
    f.cpuMsEach = 1000.0 * static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC / holders;
    f.perCertificate = statsOf(each);
    f.databaseBytes = fileSize(path) + fileSize(path + QStringLiteral("-wal"));
    return f;
}

} // namespace agencydesk::bench
