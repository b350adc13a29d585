// Certificate masters, holders, compliance and issued certificates, through the core services.
#include "ActivityService.h"
#include "CatchCompat.h"
#include "CertificateHolderService.h"
#include "CertificateMasterService.h"
#include "CertificateService.h"
#include "InsuredService.h"
#include "PolicyService.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <poppler-qt6.h>
#if defined(Q_OS_LINUX) || defined(Q_OS_MACOS)
#include <sys/resource.h>
#endif

using namespace agencydesk;

namespace {

QString pdfText(const QByteArray& pdf)
{
    auto doc = Poppler::Document::loadFromData(pdf);
    REQUIRE(doc);
    QString text;
    for (int i = 0; i < doc->numPages(); ++i)
        text += doc->page(i)->text(QRectF()) + QLatin1Char('\n');
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

qint64 count(const test::TestDatabase& t, const QString& table)
{
    QSqlQuery q = t.db->query();
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM ") + table));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

struct Book
{
    test::TestDatabase t;
    qint64 insuredId = 0;
    qint64 glId = 0;
    qint64 wcId = 0;

    Book(qint64 eachOccurrence = 1000000, bool aiEndorsed = true, int expiresInDays = 200)
    {
        Insured i;
        i.name = QStringLiteral("Granite HVAC Corp.");
        i.address1 = QStringLiteral("12 Elm St");
        i.city = QStringLiteral("Portland");
        i.state = QStringLiteral("ME");
        i.postalCode = QStringLiteral("04101");
        insuredId = *InsuredService(t.manager).create(i);
        Policy gl;
        gl.insuredId = insuredId;
        gl.number = QStringLiteral("GLP-7781234");
        gl.line = LineOfBusiness::GeneralLiability;
        gl.carrierName = QStringLiteral("Acme Casualty Company");
        gl.effective = QDate::currentDate().addDays(-30);
        gl.expiration = QDate::currentDate().addDays(expiresInDays);
        gl.indicators.additionalInsuredEndorsement = aiEndorsed;
        gl.coverages = {{QStringLiteral("EachOccurrence"), eachOccurrence},
                        {QStringLiteral("GeneralAggregate"), 2000000}};
        auto g = PolicyService(t.manager).create(gl);
        REQUIRE(g.ok());
        glId = *g;
        Policy wc;
        wc.insuredId = insuredId;
        wc.number = QStringLiteral("WCX-5550001");
        wc.line = LineOfBusiness::WorkersComp;
        wc.carrierName = QStringLiteral("Erie Insurance Exchange");
        wc.effective = QDate::currentDate().addDays(-30);
        wc.expiration = QDate::currentDate().addDays(335);
        wc.coverages = {{QStringLiteral("ELEachAccident"), 500000}};
        auto w = PolicyService(t.manager).create(wc);
        REQUIRE(w.ok());
        wcId = *w;
    }

    qint64 master()
    {
        CertificateMaster m;
        m.insuredId = insuredId;
        m.name = QStringLiteral("Standard certificate");
        m.description = QStringLiteral("HVAC installation and service.");
        m.policies = {MasterPolicy{}, MasterPolicy{}};
        m.policies[0].policyId = glId;
        m.policies[1].policyId = wcId;
        auto id = CertificateMasterService(t.manager).create(m);
        INFO((id.ok() ? QString() : id.error().message).toStdString());
        REQUIRE(id.ok());
        return *id;
    }

    CertificateHolderRecord holderInput(qint64 masterId)
    {
        CertificateHolderRecord h;
        h.masterId = masterId;
        h.name = QStringLiteral("Bayside Property Group");
        h.address1 = QStringLiteral("400 Harbor Blvd");
        h.city = QStringLiteral("Boston");
        h.state = QStringLiteral("MA");
        h.postalCode = QStringLiteral("02110");
        return h;
    }

    qint64 holder(qint64 masterId, std::vector<HolderRequirement> requirements = {}, bool requireAi = false)
    {
        CertificateHolderRecord h = holderInput(masterId);
        h.requirements = std::move(requirements);
        h.requireAdditionalInsured = requireAi;
        auto id = CertificateHolderService(t.manager).create(h);
        INFO((id.ok() ? QString() : id.error().message).toStdString());
        REQUIRE(id.ok());
        return *id;
    }
};

} // namespace

TEST_CASE("certificates: a master assigns insurer letters by carrier")
{
    Book b;
    const qint64 masterId = b.master();
    auto m = CertificateMasterService(b.t.manager).get(masterId);
    REQUIRE(m.ok());
    REQUIRE(m->policies.size() == 2);
    QSet<QString> letters;
    for (const MasterPolicy& p : m->policies)
        letters.insert(p.insurerLetter);
    CHECK(letters == QSet<QString>{QStringLiteral("A"), QStringLiteral("B")});
    CHECK(ActivityService(b.t.manager).forEntity(QStringLiteral("certificate_master"), masterId)->size() == 1);
}

TEST_CASE("certificates: issue stores a PDF with the holder, the policy numbers and the certificate number")
{
    Book b;
    const qint64 masterId = b.master();
    const qint64 holderId = b.holder(masterId, {{QStringLiteral("EachOccurrence"), 1000000}}, true);
    CertificateService service(b.t.manager);
    auto issued = service.issue(masterId, holderId);
    INFO((issued.ok() ? QString() : issued.error().message).toStdString());
    REQUIRE(issued.ok());
    CHECK(issued->revision == 1);
    CHECK(issued->number.startsWith(QStringLiteral("COI-%1-").arg(QDate::currentDate().year())));
    CHECK(issued->number.endsWith(QStringLiteral("000001")));
    const QString text = pdfText(issued->pdf);
    CHECK(text.contains(QStringLiteral("Bayside Property Group")));
    CHECK(text.contains(QStringLiteral("GLP-7781234")));
    CHECK(text.contains(QStringLiteral("WCX-5550001")));
    CHECK(text.contains(issued->number));

    auto reprint = service.reprint(issued->number);
    REQUIRE(reprint.ok());
    CHECK(*reprint == issued->pdf);

    auto stored = service.get(issued->number);
    REQUIRE(stored.ok());
    const CertificateData snapshot =
        CertificateData::fromJson(QJsonDocument::fromJson(stored->snapshot.toUtf8()).object());
    CHECK(snapshot.certificateNumber == issued->number);
    CHECK(snapshot.holder.name == QStringLiteral("Bayside Property Group"));
    CHECK(snapshot.coverages.size() == 2);
    CHECK(ActivityService(b.t.manager).forEntity(QStringLiteral("certificate"), issued->id)->size() == 1);
    CHECK(service.forInsured(b.insuredId)->size() == 1);
    CHECK(service.forHolder(holderId)->size() == 1);
}

TEST_CASE("certificates: reissuing makes revision 2, supersedes revision 1 and numbers stay unique")
{
    Book b;
    const qint64 masterId = b.master();
    const qint64 holderId = b.holder(masterId);
    CertificateService service(b.t.manager);
    auto first = service.issue(masterId, holderId);
    REQUIRE(first.ok());
    auto second = service.issue(masterId, holderId);
    REQUIRE(second.ok());
    CHECK(second->revision == 2);
    CHECK(second->number != first->number);
    auto old = service.get(first->number);
    REQUIRE(old.ok());
    REQUIRE(old->supersededBy);
    CHECK(*old->supersededBy == second->id);
    CHECK_FALSE(service.get(second->number)->supersededBy);
    CHECK(*service.reprint(first->number) == first->pdf);

    // Another holder starts at revision 1 with a new number.
    CertificateHolderRecord other = b.holderInput(masterId);
    other.name = QStringLiteral("Second Holder LLC");
    const qint64 otherId = *CertificateHolderService(b.t.manager).create(other);
    auto third = service.issue(masterId, otherId);
    REQUIRE(third.ok());
    CHECK(third->revision == 1);
    QSet<QString> numbers{first->number, second->number, third->number};
    CHECK(numbers.size() == 3);
    CHECK(count(b.t, QStringLiteral("certificates")) == 3);
}

TEST_CASE("certificates: numbers continue the year's sequence, in a database from before the counter and past 999,999")
{
    Book b;
    const qint64 masterId = b.master();
    const qint64 holderId = b.holder(masterId);
    CertificateService service(b.t.manager);
    const QString prefix = QStringLiteral("COI-%1-").arg(QDate::currentDate().year());
    REQUIRE(service.issue(masterId, holderId).ok());
    CHECK(service.issue(masterId, holderId)->number == prefix + QStringLiteral("000002"));

    // A database issued before the sequence was kept in settings: the next number follows the highest issued.
    QSqlQuery q = b.t.db->query();
    REQUIRE(q.exec(QStringLiteral("DELETE FROM settings WHERE key LIKE 'certificate.sequence.%'")));
    CHECK(service.issue(masterId, holderId)->number == prefix + QStringLiteral("000003"));

    // Past 999,999 the number only grows wider; it never repeats.
    REQUIRE(q.exec(QStringLiteral("UPDATE settings SET value = '999999' WHERE key LIKE 'certificate.sequence.%'")));
    REQUIRE(q.numRowsAffected() == 1);
    CHECK(service.issue(masterId, holderId)->number == prefix + QStringLiteral("1000000"));
    auto next = service.issue(masterId, holderId);
    REQUIRE(next.ok());
    CHECK(next->number == prefix + QStringLiteral("1000001"));
    CHECK(count(b.t, QStringLiteral("certificates")) == 5);
}

TEST_CASE("certificates: a master refuses two policies for one row of the form, since one would be missing")
{
    Book b;
    const qint64 masterId = b.master();
    const auto addPolicy = [&](const QString& number, LineOfBusiness line) {
        Policy p;
        p.insuredId = b.insuredId;
        p.number = number;
        p.line = line;
        p.carrierName = QStringLiteral("Acme Casualty Company");
        p.effective = QDate::currentDate().addDays(-10);
        p.expiration = QDate::currentDate().addDays(355);
        auto id = PolicyService(b.t.manager).create(p);
        REQUIRE(id.ok());
        return *id;
    };
    const qint64 secondGl = addPolicy(QStringLiteral("GLX-2"), LineOfBusiness::GeneralLiability);
    CertificateMasterService masters(b.t.manager);
    CertificateMaster m = *masters.get(masterId);
    m.policies.push_back(MasterPolicy{});
    m.policies.back().policyId = secondGl;
    auto refused = masters.update(m);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Validation);
    CHECK(refused.error().message.contains(QStringLiteral("GLP-7781234")));
    CHECK(refused.error().message.contains(QStringLiteral("GLX-2")));
    CHECK(refused.error().message.contains(QStringLiteral("General liability")));
    CHECK(masters.get(masterId)->policies.size() == 2);

    // Property shares the "Other" row with other lines.
    CertificateMaster n;
    n.insuredId = b.insuredId;
    n.name = QStringLiteral("Property and equipment");
    n.policies = {MasterPolicy{}, MasterPolicy{}};
    n.policies[0].policyId = addPolicy(QStringLiteral("PR-1"), LineOfBusiness::Property);
    n.policies[1].policyId = addPolicy(QStringLiteral("IM-1"), LineOfBusiness::Other);
    auto other = masters.create(n);
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().message.contains(QStringLiteral("Other row")));
    CHECK(masters.forInsured(b.insuredId)->size() == 1);

    // Swapping the policy of a row in one save is fine.
    m.policies.pop_back();
    for (MasterPolicy& mp : m.policies) {
        if (mp.policyId == b.glId)
            mp.policyId = secondGl;
    }
    m.rowVersion = masters.get(masterId)->rowVersion;
    REQUIRE(masters.update(m).ok());
    QStringList numbers;
    const CertificateMaster saved = *masters.get(masterId);
    for (const MasterPolicy& mp : saved.policies)
        numbers << mp.policyNumber;
    numbers.sort();
    CHECK(numbers == QStringList{QStringLiteral("GLX-2"), QStringLiteral("WCX-5550001")});
}

TEST_CASE("certificates: compliance names each unmet requirement")
{
    Book b(500000, false, 20);
    const qint64 masterId = b.master();
    CertificateHolderRecord h = b.holderInput(masterId);
    h.requirements = {{QStringLiteral("EachOccurrence"), 1000000}, {QStringLiteral("GeneralAggregate"), 2000000}};
    h.requireAdditionalInsured = true;
    const qint64 holderId = *CertificateHolderService(b.t.manager).create(h);
    auto report = ComplianceService(b.t.manager).check(holderId, QDate::currentDate());
    REQUIRE(report.ok());
    CHECK_FALSE(report->compliant());
    const QString reasons = report->reasons().join(QLatin1Char('|'));
    INFO(reasons.toStdString());
    CHECK(reasons.contains(QStringLiteral("Each occurrence $500,000 is below the required $1,000,000")));
    CHECK_FALSE(reasons.contains(QStringLiteral("General aggregate")));
    CHECK(reasons.contains(QStringLiteral("policy GLP-7781234 has no additional insured endorsement")));
    CHECK(reasons.contains(QStringLiteral("Policy GLP-7781234 expires on")));
    CHECK(reasons.contains(QStringLiteral("within 30 days")));
    CHECK(report->reasons().size() == 3);

    // A compliant book: every item met.
    Book good;
    const qint64 goodMaster = good.master();
    const qint64 goodHolder = good.holder(goodMaster, {{QStringLiteral("EachOccurrence"), 1000000}}, true);
    auto ok = ComplianceService(good.t.manager).check(goodHolder, QDate::currentDate());
    REQUIRE(ok.ok());
    CHECK(ok->compliant());
    // Not in force on a date after expiration.
    auto later = ComplianceService(good.t.manager).check(goodHolder, QDate::currentDate().addYears(2));
    REQUIRE(later.ok());
    CHECK(later->reasons().join(QLatin1Char(' ')).contains(QStringLiteral("is not in force on")));
}

TEST_CASE("certificates: a non-compliant holder is refused without force and issued with force and an override row")
{
    Book b(500000);
    const qint64 masterId = b.master();
    const qint64 holderId = b.holder(masterId, {{QStringLiteral("EachOccurrence"), 1000000}});
    CertificateService service(b.t.manager);
    const qint64 activitiesBefore = count(b.t, QStringLiteral("activities"));
    auto refused = service.issue(masterId, holderId, false);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Validation);
    CHECK(
        refused.error().message.contains(QStringLiteral("Each occurrence $500,000 is below the required $1,000,000")));
    CHECK(count(b.t, QStringLiteral("certificates")) == 0);
    CHECK(count(b.t, QStringLiteral("activities")) == activitiesBefore);

    auto forced = service.issue(masterId, holderId, true);
    REQUIRE(forced.ok());
    CHECK(forced->forced);
    auto rows = ActivityService(b.t.manager).forEntity(QStringLiteral("certificate"), forced->id);
    REQUIRE(rows.ok());
    bool override = false;
    for (const Activity& a : *rows)
        override = override || (a.action == QStringLiteral("override") && a.summary.contains(QStringLiteral("below")));
    CHECK(override);
}

TEST_CASE("certificates: bad input is refused and nothing is stored")
{
    Book b;
    const qint64 activitiesBefore = count(b.t, QStringLiteral("activities"));
    CertificateMaster empty;
    empty.insuredId = b.insuredId;
    empty.name = QStringLiteral("No policies");
    auto noPolicies = CertificateMasterService(b.t.manager).create(empty);
    REQUIRE_FALSE(noPolicies.ok());
    CHECK(noPolicies.error().code == ErrorCode::Validation);
    CHECK(noPolicies.error().message.contains(QStringLiteral("at least one policy")));
    CHECK(count(b.t, QStringLiteral("certificate_masters")) == 0);

    const qint64 masterId = b.master();
    const qint64 afterMaster = count(b.t, QStringLiteral("activities"));
    CHECK(afterMaster == activitiesBefore + 1);
    CertificateHolderService holders(b.t.manager);
    CertificateHolderRecord noName = b.holderInput(masterId);
    noName.name = QStringLiteral("  ");
    auto r1 = holders.create(noName);
    REQUIRE_FALSE(r1.ok());
    CHECK(r1.error().message.contains(QStringLiteral("name is required")));
    CertificateHolderRecord noAddress = b.holderInput(masterId);
    noAddress.address1.clear();
    auto r2 = holders.create(noAddress);
    REQUIRE_FALSE(r2.ok());
    CHECK(r2.error().message.contains(QStringLiteral("address")));
    CertificateHolderRecord badPostal = b.holderInput(masterId);
    badPostal.country = QStringLiteral("CA");
    badPostal.state = QStringLiteral("BC");
    badPostal.postalCode = QStringLiteral("02110");
    auto r3 = holders.create(badPostal);
    REQUIRE_FALSE(r3.ok());
    CHECK(r3.error().message.contains(QStringLiteral("not a Canadian postal code")));
    CertificateHolderRecord badCode = b.holderInput(masterId);
    badCode.requirements = {{QStringLiteral("EachOccurence"), 1000000}};
    auto r4 = holders.create(badCode);
    REQUIRE_FALSE(r4.ok());
    CHECK(r4.error().code == ErrorCode::Validation);
    CHECK(r4.error().message.contains(QStringLiteral("\"EachOccurence\" is not a limit code")));
    CHECK(count(b.t, QStringLiteral("certificate_holders")) == 0);
    CHECK(count(b.t, QStringLiteral("holder_requirements")) == 0);
    CHECK(count(b.t, QStringLiteral("activities")) == afterMaster);
}

TEST_CASE("certificates: masters edit and delete, holders edit and remove, issued records stay")
{
    Book b;
    const qint64 masterId = b.master();
    CertificateMasterService masters(b.t.manager);
    CertificateMaster m = *masters.get(masterId);
    m.name = QStringLiteral("Renamed");
    m.policies[0].insurerLetter = QStringLiteral("F");
    m.policies[1].insurerLetter.clear();
    REQUIRE(masters.update(m).ok());
    CertificateMaster saved = *masters.get(masterId);
    CHECK(saved.name == QStringLiteral("Renamed"));
    CHECK(saved.rowVersion == 2);
    CHECK(masters.update(m).error().code == ErrorCode::Conflict); // stale row version

    const qint64 holderId = b.holder(masterId);
    CertificateHolderService holders(b.t.manager);
    CertificateHolderRecord h = *holders.get(holderId);
    h.requirements = {{QStringLiteral("eachoccurrence"), 250000}};
    REQUIRE(holders.update(h).ok());
    CHECK(holders.get(holderId)->requirements ==
          std::vector<HolderRequirement>{{QStringLiteral("EachOccurrence"), 250000}});

    REQUIRE(CertificateService(b.t.manager).issue(masterId, holderId).ok());
    CHECK(holders.remove(holderId).error().code == ErrorCode::Conflict);
    CHECK(masters.remove(masterId).error().code == ErrorCode::Conflict);

    const qint64 spare = b.master();
    REQUIRE(masters.remove(spare).ok());
    CHECK(masters.get(spare).error().code == ErrorCode::NotFound);
}

TEST_CASE("certificates: a delivery is logged with who and how")
{
    Book b;
    const qint64 masterId = b.master();
    const qint64 holderId = b.holder(masterId);
    CertificateService service(b.t.manager);
    auto issued = service.issue(masterId, holderId);
    REQUIRE(issued.ok());
    auto d = service.recordDelivery(issued->id, DeliveryMethod::Saved, QStringLiteral("/tmp/coi.pdf"));
    REQUIRE(d.ok());
    QSqlQuery q = b.t.db->query();
    REQUIRE(q.exec(QStringLiteral("SELECT how, detail, user_name FROM certificate_deliveries")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("saved"));
    CHECK(q.value(1).toString() == QStringLiteral("/tmp/coi.pdf"));
    CHECK(q.value(2).toString() == b.t.manager.user.userName);
    CHECK(service.recordDelivery(99999, DeliveryMethod::Printed).error().code == ErrorCode::NotFound);
}

namespace {

/// The saved deliveries of certificate \a id, as "how|detail".
QStringList deliveries(const test::TestDatabase& t, qint64 id)
{
    QSqlQuery q = t.db->query();
    q.prepare(QStringLiteral("SELECT how, detail FROM certificate_deliveries WHERE certificate_id = ? ORDER BY id"));
    q.addBindValue(id);
    REQUIRE(q.exec());
    QStringList out;
    while (q.next())
        out << q.value(0).toString() + QLatin1Char('|') + q.value(1).toString();
    return out;
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("certificates: save a copy writes the stored bytes and logs a saved delivery with the path")
{
    Book b;
    const qint64 masterId = b.master();
    const qint64 holderId = b.holder(masterId);
    CertificateService service(b.t.manager);
    auto issued = service.issue(masterId, holderId);
    REQUIRE(issued.ok());
    const QString path = b.t.dir.filePath(QStringLiteral("copy.pdf"));
    auto saved = service.saveCopy(issued->number, path);
    INFO((saved.ok() ? QString() : saved.error().message).toStdString());
    REQUIRE(saved.ok());
    CHECK(fileBytes(path) == issued->pdf);
    CHECK(deliveries(b.t, issued->id) == QStringList{QStringLiteral("saved|") + QDir::toNativeSeparators(path)});
    auto listed = service.get(issued->number);
    REQUIRE(listed.ok());
    CHECK(listed->deliveries.saved == 1);
    CHECK(listed->deliveries.printed == 0);
    CHECK(listed->deliveries.lastHow == QStringLiteral("saved"));
    CHECK(listed->deliveries.lastDetail == QDir::toNativeSeparators(path));
    CHECK(listed->deliveries.lastBy == b.t.manager.user.userName);

    // Saving over an existing file replaces it completely; the count and the latest delivery follow.
    REQUIRE(service.recordDelivery(issued->id, DeliveryMethod::Printed, QStringLiteral("Front desk")).ok());
    REQUIRE(service.saveCopy(issued->number, path).ok());
    CHECK(fileBytes(path) == issued->pdf);
    auto again = service.forHolder(holderId);
    REQUIRE(again.ok());
    REQUIRE(again->size() == 1);
    CHECK(again->front().deliveries.saved == 2);
    CHECK(again->front().deliveries.printed == 1);
    CHECK(again->front().deliveries.lastHow == QStringLiteral("saved"));

    // The view-only role may not log a delivery, so it gets no copy either.
    const QString viewOnlyPath = b.t.dir.filePath(QStringLiteral("view-only.pdf"));
    auto refused = CertificateService(b.t.as(Role::PayrollAdvisor)).saveCopy(issued->number, viewOnlyPath);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Permission);
    CHECK_FALSE(QFileInfo::exists(viewOnlyPath));
    CHECK(service.saveCopy(QStringLiteral("COI-1999-000404"), viewOnlyPath).error().code == ErrorCode::NotFound);
    CHECK(deliveries(b.t, issued->id).size() == 3);
}

TEST_CASE("certificates: a copy that cannot be written names the path and the reason and logs no delivery")
{
    Book b;
    const qint64 masterId = b.master();
    const qint64 holderId = b.holder(masterId);
    CertificateService service(b.t.manager);
    auto issued = service.issue(masterId, holderId);
    REQUIRE(issued.ok());
    const qint64 activitiesBefore = count(b.t, QStringLiteral("activities"));

    // Tests run as root in CI, where chmod stops nothing: a "folder" that is a regular file stops everyone.
    const QString plainFile = b.t.dir.filePath(QStringLiteral("not-a-folder.txt"));
    {
        QFile f(plainFile);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("x");
    }
    const QString underFile = plainFile + QStringLiteral("/coi.pdf");
    auto blocked = service.saveCopy(issued->number, underFile);
    REQUIRE_FALSE(blocked.ok());
    INFO(blocked.error().message.toStdString());
    CHECK(blocked.error().message.contains(QDir::toNativeSeparators(underFile)));
    CHECK(blocked.error().message.contains(QStringLiteral("is a file, not a folder")));
    CHECK(blocked.error().message.contains(QStringLiteral("Nothing was saved")));

    const QString missing = b.t.dir.filePath(QStringLiteral("no-such-folder/coi.pdf"));
    auto noFolder = service.saveCopy(issued->number, missing);
    REQUIRE_FALSE(noFolder.ok());
    CHECK(noFolder.error().code == ErrorCode::Validation);
    CHECK(noFolder.error().message.contains(QDir::toNativeSeparators(missing)));
    CHECK(noFolder.error().message.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(missing));

    CHECK(deliveries(b.t, issued->id).isEmpty());
    CHECK(count(b.t, QStringLiteral("activities")) == activitiesBefore);
}

#if defined(Q_OS_LINUX) || defined(Q_OS_MACOS)
TEST_CASE("certificates: a disk that refuses the write mid-file leaves no file and no delivery")
{
    Book b;
    const qint64 masterId = b.master();
    const qint64 holderId = b.holder(masterId);
    CertificateService service(b.t.manager);
    auto issued = service.issue(masterId, holderId);
    REQUIRE(issued.ok());
    REQUIRE(issued->pdf.size() > 8192);
    QTemporaryDir out;
    REQUIRE(out.isValid());
    const QString path = out.filePath(QStringLiteral("coi.pdf"));

    // A real write failure from the kernel: a 4 KB file-size limit (RLIMIT_FSIZE) makes write() fail with EFBIG
    // after the first 4 KB, as a full disk fails with ENOSPC. Only saveCopy runs under the limit (the database
    // is only read before the write fails); SIGXFSZ is ignored so the process gets the error instead of dying.
    struct rlimit before;
    REQUIRE(getrlimit(RLIMIT_FSIZE, &before) == 0);
    struct rlimit tiny = before;
    tiny.rlim_cur = 4096;
    auto* previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    REQUIRE(setrlimit(RLIMIT_FSIZE, &tiny) == 0);
    auto full = service.saveCopy(issued->number, path);
    REQUIRE(setrlimit(RLIMIT_FSIZE, &before) == 0);
    std::signal(SIGXFSZ, previousHandler);

    REQUIRE_FALSE(full.ok());
    INFO(full.error().message.toStdString());
    CHECK(full.error().message.contains(QDir::toNativeSeparators(path)));
    CHECK(full.error().message.contains(QString::fromLocal8Bit(std::strerror(EFBIG))));
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).isEmpty()); // no temporary file left behind
    CHECK(deliveries(b.t, issued->id).isEmpty());

    // With the limit lifted the same call works: the failure was the disk, not the certificate.
    REQUIRE(service.saveCopy(issued->number, path).ok());
    CHECK(fileBytes(path) == issued->pdf);
}
#endif
