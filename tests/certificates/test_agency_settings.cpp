// The agency's certificate settings (paper size, date format, compliance warning days), from the profile
// through issuing and compliance, read back from the PDF with Poppler.
#include "ActivityService.h"
#include "AgencyService.h"
#include "CatchCompat.h"
#include "CertificateHolderService.h"
#include "CertificateMasterService.h"
#include "CertificateService.h"
#include "InsuredService.h"
#include "PolicyService.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QVariant>

#include <poppler-qt6.h>

using namespace agencydesk;

namespace {

// Day 31 cannot be read as a month: the printed order of day and month is unambiguous.
const QDate kEffective(QDate::currentDate().year() - 1, 12, 31);

struct Book
{
    test::TestDatabase t;
    qint64 policyId = 0;
    qint64 masterId = 0;
    qint64 holderId = 0;

    explicit Book(const QDate& expiration = kEffective.addYears(2))
    {
        Insured i;
        i.name = QStringLiteral("Lakeshore Masonry Inc.");
        const qint64 insuredId = *InsuredService(t.manager).create(i);
        Policy gl;
        gl.insuredId = insuredId;
        gl.number = QStringLiteral("GLM-2040608");
        gl.line = LineOfBusiness::GeneralLiability;
        gl.carrierName = QStringLiteral("Acme Casualty Company");
        gl.effective = kEffective;
        gl.expiration = expiration;
        gl.coverages = {{QStringLiteral("EachOccurrence"), 1000000}};
        policyId = *PolicyService(t.manager).create(gl);
        CertificateMaster m;
        m.insuredId = insuredId;
        m.name = QStringLiteral("Standard");
        m.policies = {MasterPolicy{}};
        m.policies[0].policyId = policyId;
        masterId = *CertificateMasterService(t.manager).create(m);
        CertificateHolderRecord h;
        h.masterId = masterId;
        h.name = QStringLiteral("Bayside Property Group");
        h.address1 = QStringLiteral("400 Harbor Blvd");
        h.city = QStringLiteral("Boston");
        h.state = QStringLiteral("MA");
        h.postalCode = QStringLiteral("02110");
        holderId = *CertificateHolderService(t.manager).create(h);
    }

    void setProfile(const std::function<void(AgencyProfile&)>& change)
    {
        AgencyProfile p = *AgencyService(t.manager).profile();
        change(p);
        const Status s = AgencyService(t.manager).update(p);
        INFO((s ? QString() : s.error().message).toStdString());
        REQUIRE(s.ok());
    }

    QByteArray issue()
    {
        auto issued = CertificateService(t.manager).issue(masterId, holderId, true);
        INFO((issued.ok() ? QString() : issued.error().message).toStdString());
        REQUIRE(issued.ok());
        return issued->pdf;
    }

    qint64 scalar(const QString& sql) const
    {
        QSqlQuery q = t.db->query();
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
};

std::unique_ptr<Poppler::Document> load(const QByteArray& pdf)
{
    auto doc = Poppler::Document::loadFromData(pdf);
    REQUIRE(doc);
    REQUIRE(doc->numPages() >= 1);
    return doc;
}

QString pdfText(const QByteArray& pdf)
{
    auto doc = load(pdf);
    QString text;
    for (int i = 0; i < doc->numPages(); ++i)
        text += doc->page(i)->text(QRectF()) + QLatin1Char('\n');
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

QSizeF pageSize(const QByteArray& pdf)
{
    return load(pdf)->page(0)->pageSizeF();
}

} // namespace

TEST_CASE("agency settings: a new agency prints on Letter with MM/dd/yyyy and warns 30 days ahead")
{
    Book b;
    const AgencyProfile p = *AgencyService(b.t.manager).profile();
    CHECK(p.paperSize == CertificatePaperSize::Letter);
    CHECK(p.certificateDateFormat == QStringLiteral("MM/dd/yyyy"));
    CHECK(p.complianceWarningDays == 30);
    const QByteArray pdf = b.issue();
    const QSizeF size = pageSize(pdf);
    CHECK(size.width() == Approx(612).margin(0.5));
    CHECK(size.height() == Approx(792).margin(0.5));
    CHECK(pdfText(pdf).contains(kEffective.toString(QStringLiteral("MM/dd/yyyy"))));
}

TEST_CASE("agency settings: A4 and Legal reach the issued PDF's page size")
{
    Book b;
    b.setProfile([](AgencyProfile& p) { p.paperSize = CertificatePaperSize::A4; });
    QSizeF size = pageSize(b.issue());
    CHECK(size.width() == Approx(595).margin(0.5));
    CHECK(size.height() == Approx(842).margin(0.5));

    b.setProfile([](AgencyProfile& p) { p.paperSize = CertificatePaperSize::Legal; });
    size = pageSize(b.issue());
    CHECK(size.width() == Approx(612).margin(0.5));
    CHECK(size.height() == Approx(1008).margin(0.5));
    CHECK(AgencyService(b.t.manager).profile()->paperSize == CertificatePaperSize::Legal);
}

TEST_CASE("agency settings: the certificate date format is used for every date on the certificate")
{
    Book b;
    b.setProfile([](AgencyProfile& p) { p.certificateDateFormat = QStringLiteral("dd/MM/yyyy"); });
    QString text = pdfText(b.issue());
    INFO(text.toStdString());
    CHECK(text.contains(kEffective.toString(QStringLiteral("dd/MM/yyyy")))); // 31/12/...
    CHECK_FALSE(text.contains(kEffective.toString(QStringLiteral("MM/dd/yyyy"))));
    CHECK(text.contains(QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy"))));

    // Typed in capitals, as people write it: stored as the matching format.
    b.setProfile([](AgencyProfile& p) { p.certificateDateFormat = QStringLiteral("YYYY-MM-DD"); });
    CHECK(AgencyService(b.t.manager).profile()->certificateDateFormat == QStringLiteral("yyyy-MM-dd"));
    text = pdfText(b.issue());
    CHECK(text.contains(kEffective.toString(Qt::ISODate)));
}

TEST_CASE("agency settings: compliance flags policies expiring within the agency's warning days")
{
    Book b(QDate::currentDate().addDays(45));
    ComplianceService compliance(b.t.manager);
    auto report = compliance.check(b.holderId);
    REQUIRE(report.ok());
    CHECK(report->compliant()); // 45 days out, default warning 30 days

    b.setProfile([](AgencyProfile& p) { p.complianceWarningDays = 60; });
    report = compliance.check(b.holderId);
    REQUIRE(report.ok());
    CHECK_FALSE(report->compliant());
    const QString reasons = report->reasons().join(QLatin1Char(' '));
    CHECK(reasons.contains(QStringLiteral("Policy GLM-2040608 expires on")));
    CHECK(reasons.contains(QStringLiteral("within 60 days")));
    // Issuing without force is refused for the same reason.
    auto refused = CertificateService(b.t.manager).issue(b.masterId, b.holderId);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("within 60 days")));

    // 0: only policies not in force are flagged; the last day in force still passes.
    b.setProfile([](AgencyProfile& p) { p.complianceWarningDays = 0; });
    report = compliance.check(b.holderId, QDate::currentDate().addDays(44));
    REQUIRE(report.ok());
    CHECK(report->compliant());
}

TEST_CASE("agency settings: bad values are refused with a clear message and nothing is stored")
{
    Book b;
    const AgencyProfile before = *AgencyService(b.t.manager).profile();
    const qint64 activities = b.scalar(QStringLiteral("SELECT count(*) FROM activities"));
    struct Case
    {
        std::function<void(AgencyProfile&)> change;
        QString message;
    };
    const Case cases[] = {
        {[](AgencyProfile& p) { p.certificateDateFormat = QStringLiteral("dd.MM.yyyy"); },
         QStringLiteral("Certificate date format \"dd.MM.yyyy\" is not one of MM/dd/yyyy, dd/MM/yyyy, yyyy-MM-dd.")},
        {[](AgencyProfile& p) { p.certificateDateFormat.clear(); },
         QStringLiteral("Certificate date format \"\" is not one of")},
        {[](AgencyProfile& p) { p.complianceWarningDays = 400; },
         QStringLiteral("Compliance warning days must be 0 to 365, not 400.")},
        {[](AgencyProfile& p) { p.complianceWarningDays = -1; },
         QStringLiteral("Compliance warning days must be 0 to 365, not -1.")},
    };
    for (const Case& c : cases) {
        AgencyProfile p = before;
        p.paperSize = CertificatePaperSize::A4; // a good change next to the bad one is not stored either
        c.change(p);
        const Status s = AgencyService(b.t.manager).update(p);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == ErrorCode::Validation);
        CHECK(s.error().message.contains(c.message));
    }
    const AgencyProfile after = *AgencyService(b.t.manager).profile();
    CHECK(after.rowVersion == before.rowVersion);
    CHECK(after.paperSize == CertificatePaperSize::Letter);
    CHECK(after.certificateDateFormat == QStringLiteral("MM/dd/yyyy"));
    CHECK(after.complianceWarningDays == 30);
    CHECK(b.scalar(QStringLiteral("SELECT count(*) FROM activities")) == activities);
    // The database refuses what the service would: a value written around the service does not get in.
    QSqlQuery raw = b.t.db->query();
    CHECK_FALSE(raw.exec(QStringLiteral("UPDATE agency SET paper_size = 'b5'")));
    CHECK_FALSE(raw.exec(QStringLiteral("UPDATE agency SET compliance_warning_days = 366")));
}

TEST_CASE("agency settings: a change is one activity row naming the settings changed")
{
    Book b;
    b.setProfile([](AgencyProfile& p) {
        p.paperSize = CertificatePaperSize::A4;
        p.complianceWarningDays = 45;
    });
    auto rows = ActivityService(b.t.manager).forEntity(QStringLiteral("agency"), 1);
    REQUIRE(rows.ok());
    REQUIRE_FALSE(rows->empty());
    const Activity& last = rows->front();
    INFO(last.summary.toStdString());
    CHECK(last.summary.contains(QStringLiteral("paperSize")));
    CHECK(last.summary.contains(QStringLiteral("complianceWarningDays")));
    CHECK_FALSE(last.summary.contains(QStringLiteral("certificateDateFormat")));
}
