#include "ActivityService.h"
#include "CatchCompat.h"
#include "CertificateMasterService.h"
#include "DownloadImportService.h"
#include "DownloadMatcher.h"
#include "DownloadTestData.h"
#include "InsuredService.h"
#include "PolicyService.h"
#include "SearchService.h"
#include "TestSupport.h"
#include "UnattachedDownloadService.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

using namespace agencydesk;
using namespace agencydesk::test;

namespace {

DownloadImportSummary importFiles(const Session& s, const QStringList& files)
{
    Result<DownloadImportSummary> summary = DownloadImportService(s).importPaths(files);
    REQUIRE(summary.ok());
    INFO(summary->toText().toStdString());
    return *summary;
}

DownloadImportSummary importSamples(const Session& s, std::initializer_list<const char*> names)
{
    QStringList files;
    for (const char* n : names)
        files << downloadSample(n);
    return importFiles(s, files);
}

qint64 scalar(const TestDatabase& t, const QString& sql)
{
    QSqlQuery q = t.db->query();
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

/// Everything an import may write, to prove a second import (or a refused file) wrote nothing.
QString fingerprint(const TestDatabase& t)
{
    QSqlQuery q = t.db->query();
    q.exec(QStringLiteral("SELECT (SELECT count(*) FROM policies) || '/' || (SELECT group_concat(row_version) FROM "
                          "policies) || '/' || (SELECT count(*) FROM coverages) || '/' || (SELECT count(*) FROM "
                          "activities) || '/' || (SELECT count(*) FROM policy_downloads) || '/' || (SELECT count(*) "
                          "FROM carriers) || '/' || (SELECT count(*) FROM insureds)"));
    q.next();
    return q.value(0).toString();
}

Policy policyByNumber(const TestDatabase& t, const char* number, const char* effective = nullptr)
{
    QSqlQuery q = t.db->query();
    q.prepare(QStringLiteral("SELECT id FROM policies WHERE number = ? AND (? IS NULL OR effective_date = ?)"));
    q.addBindValue(QLatin1String(number));
    q.addBindValue(effective ? QVariant(QLatin1String(effective)) : QVariant());
    q.addBindValue(effective ? QVariant(QLatin1String(effective)) : QVariant());
    REQUIRE(q.exec());
    REQUIRE(q.next());
    Result<Policy> p = PolicyService(t.manager).get(q.value(0).toLongLong());
    REQUIRE(p.ok());
    return *p;
}

qint64 addInsured(const Session& s, const QString& name, const QString& address1, const QString& postal,
                  const QString& state = QStringLiteral("FL"), const QString& phone = {}, const QString& email = {})
{
    Insured i;
    i.name = name;
    i.address1 = address1;
    i.city = QStringLiteral("Somewhere");
    i.state = state;
    i.postalCode = postal;
    i.phone = phone;
    i.email = email;
    Result<qint64> id = InsuredService(s).create(i);
    INFO((id.ok() ? QString() : id.error().message).toStdString());
    REQUIRE(id.ok());
    return *id;
}

} // namespace

TEST_CASE("Import: every format and line lands as policies with their limits, no insured yet means unattached")
{
    TestDatabase t;
    const DownloadImportSummary summary =
        importSamples(t.manager, {"acord-commercial-new.xml", "acord-personal-new.xml", "csio-personal.xml",
                                  "csio-commercial.xml", "al3-new.al3"});
    CHECK(summary.failed() == 0);
    CHECK(summary.count(&DownloadFileOutcome::unattached) == 6 + 3 + 2 + 1 + 7);
    CHECK(summary.count(&DownloadFileOutcome::imported) == 0);
    CHECK(scalar(t, QStringLiteral("SELECT count(*) FROM policies WHERE insured_id IS NULL")) == 19);
    CHECK(scalar(t, QStringLiteral("SELECT count(DISTINCT line) FROM policies")) == 6); // every line we model

    const Policy gl = policyByNumber(t, "GL-4410021");
    CHECK(gl.line == LineOfBusiness::GeneralLiability);
    CHECK(gl.carrierName == QLatin1String("Keystone Mutual"));
    CHECK(gl.carrierNaic == QLatin1String("99101"));
    CHECK(gl.limit(QStringLiteral("EachOccurrence")) == 1'000'000);
    CHECK(gl.limit(QStringLiteral("DamageToRentedPremises")) == 300'000);
    CHECK(gl.premiumCents == 425000);
    CHECK(gl.indicators.additionalInsuredEndorsement); // the download names an additional insured
    CHECK(policyByNumber(t, "IM-3001266").indicators.otherDescription == QLatin1String("Inland marine"));
    CHECK(policyByNumber(t, "QA-7720145").limit(QStringLiteral("CombinedSingleLimit")) == 2'000'000);
    CHECK(policyByNumber(t, "RM-WC-1003").limit(QStringLiteral("ELDiseasePolicyLimit")) == 1'000'000);
    CHECK(policyByNumber(t, "UM-2200417").indicators.deductibleOrRetention == QLatin1String("retention"));

    // The Unattached downloads list shows each with the insured the download named.
    Result<std::vector<UnattachedDownload>> list = UnattachedDownloadService(t.manager).list();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 19);
    CHECK(list->front().download.insured.name == QLatin1String("Bluewater Fabrication Inc"));
    CHECK(list->front().policy.number == QLatin1String("GL-4410021"));
}

TEST_CASE("Import: the connection gets its own page cache and memory map back afterwards")
{
    // The import enlarges both for its scope; the window's connection lives on and must not keep them.
    TestDatabase t;
    const auto setting = [&t](const char* pragma) {
        return scalar(t, QStringLiteral("PRAGMA %1").arg(QLatin1String(pragma)));
    };
    const qint64 cache = setting("cache_size");
    const qint64 mmap = setting("mmap_size");
    importSamples(t.manager, {"acord-commercial-new.xml"});
    CHECK(setting("cache_size") == cache);
    CHECK(setting("mmap_size") == mmap);
}

TEST_CASE("Import: re-importing the same downloads changes nothing")
{
    TestDatabase t;
    const QStringList all = {downloadSample("acord-commercial-new.xml"), downloadSample("acord-change.xml"),
                             downloadSample("acord-renewal.xml"),        downloadSample("al3-new.al3"),
                             downloadSample("al3-transactions.al3"),     downloadSample("csio-personal.xml")};
    importFiles(t.manager, all);
    const QString before = fingerprint(t);
    const DownloadImportSummary again = importFiles(t.manager, all);
    CHECK(again.failed() == 0);
    CHECK(again.count(&DownloadFileOutcome::imported) == 0);
    CHECK(again.count(&DownloadFileOutcome::updated) == 0);
    CHECK(again.count(&DownloadFileOutcome::unattached) == 0);
    CHECK(again.count(&DownloadFileOutcome::unchanged) == 6 + 1 + 1 + 7 + 5 + 2);
    CHECK(fingerprint(t) == before);
}

TEST_CASE("Import: an exact name + address + postal code match attaches, anything less waits unattached")
{
    TestDatabase t;
    // Same name once case and punctuation are ignored, same address and ZIP: attached automatically.
    const qint64 bluewater = addInsured(t.manager, QStringLiteral("BLUEWATER FABRICATION, INC."),
                                        QStringLiteral("1200 Quarry Rd."), QStringLiteral("33602"));
    // "St" vs the download's "Street": close, but not exact, so a person decides.
    addInsured(t.manager, QStringLiteral("Christopher Lane"), QStringLiteral("48 Willow St"), QStringLiteral("97205"),
               QStringLiteral("OR"));
    const DownloadImportSummary summary =
        importSamples(t.manager, {"acord-commercial-new.xml", "acord-personal-new.xml"});
    CHECK(summary.count(&DownloadFileOutcome::imported) == 6);
    CHECK(summary.count(&DownloadFileOutcome::unattached) == 3);
    CHECK(policyByNumber(t, "CP-5530019").insuredId == bluewater);
    CHECK_FALSE(policyByNumber(t, "PA-118822").insuredId.has_value());
    // A CSR finds the attached policy by its number in the super search.
    Result<std::vector<SearchHit>> hits = SearchService(t.manager).search(QStringLiteral("5530019"));
    REQUIRE(hits.ok());
    REQUIRE_FALSE(hits->empty());
    CHECK(hits->front().insuredId == bluewater);
    CHECK(hits->front().matchedText == QStringLiteral("CP-5530019"));

    // The activity trail of the insured tells where each policy came from.
    Result<std::vector<Activity>> trail = ActivityService(t.manager).forInsured(bluewater);
    REQUIRE(trail.ok());
    bool found = false;
    for (const Activity& a : *trail)
        found = found || a.summary.startsWith(QLatin1String("Downloaded new business: Property policy CP-5530019"));
    CHECK(found);
}

TEST_CASE("Import: a renewal creates the next term linked to the prior one, on the same insured")
{
    TestDatabase t;
    const qint64 bluewater = addInsured(t.manager, QStringLiteral("Bluewater Fabrication Inc"),
                                        QStringLiteral("1200 Quarry Rd"), QStringLiteral("33602"));
    importSamples(t.manager, {"acord-commercial-new.xml"});
    // The insured moves: the renewal no longer matches by address, but its carrier + number is theirs.
    Insured moved = *InsuredService(t.manager).get(bluewater);
    moved.address1 = QStringLiteral("9 New Yard Way");
    REQUIRE(InsuredService(t.manager).update(moved).ok());

    const DownloadImportSummary summary = importSamples(t.manager, {"acord-renewal.xml"});
    CHECK(summary.count(&DownloadFileOutcome::imported) == 1);
    const Policy first = policyByNumber(t, "GL-4410021", "2026-01-01");
    const Policy renewal = policyByNumber(t, "GL-4410021", "2027-01-01");
    CHECK(renewal.id != first.id);
    CHECK(renewal.priorPolicyId == first.id);
    CHECK(renewal.insuredId == bluewater);
    CHECK(renewal.expiration == QDate(2028, 1, 1));
    CHECK(renewal.premiumCents == 447500);
    CHECK_FALSE(first.priorPolicyId.has_value());

    // AL3 renewal (RWL) of an unattached policy: linked, and unattached like its prior term.
    importSamples(t.manager, {"al3-new.al3", "al3-transactions.al3"});
    const Policy al3First = policyByNumber(t, "RM-GL-1001", "2026-02-01");
    const Policy al3Renewal = policyByNumber(t, "RM-GL-1001", "2027-02-01");
    CHECK(al3Renewal.priorPolicyId == al3First.id);
    CHECK_FALSE(al3Renewal.insuredId.has_value());
}

TEST_CASE("Import: a cancellation marks the term cancelled with its date, a reinstatement puts it back")
{
    TestDatabase t;
    importSamples(t.manager, {"acord-commercial-new.xml"});
    DownloadImportSummary summary = importSamples(t.manager, {"acord-cancel.xml"});
    CHECK(summary.count(&DownloadFileOutcome::updated) == 1);
    Policy gl = policyByNumber(t, "GL-4410021");
    CHECK(gl.cancelled);
    CHECK(gl.cancelledAt == QLatin1String("2026-09-30"));
    CHECK(gl.status(QDate(2026, 10, 1)) == PolicyStatus::Cancelled);

    summary = importSamples(t.manager, {"acord-reinstate.xml"});
    CHECK(summary.count(&DownloadFileOutcome::updated) == 1);
    gl = policyByNumber(t, "GL-4410021");
    CHECK_FALSE(gl.cancelled);
    CHECK(gl.cancelledAt.isEmpty());

    // AL3: XLC then REI for the workers comp policy, in one file.
    importSamples(t.manager, {"al3-new.al3", "al3-transactions.al3"});
    const Policy wc = policyByNumber(t, "RM-WC-1003");
    CHECK_FALSE(wc.cancelled);
    Result<std::vector<Activity>> history = ActivityService(t.manager).forEntity(QStringLiteral("policy"), wc.id);
    REQUIRE(history.ok());
    QStringList actions;
    for (const Activity& a : *history)
        actions << a.action;
    CHECK(actions.contains(QLatin1String("cancelled")));
    CHECK(actions.contains(QLatin1String("reinstated")));
}

TEST_CASE("Import: a change updates the term and its activity row lists what changed")
{
    TestDatabase t;
    importSamples(t.manager, {"acord-commercial-new.xml"});
    const Policy before = policyByNumber(t, "GL-4410021");
    const DownloadImportSummary summary = importSamples(t.manager, {"acord-change.xml"});
    CHECK(summary.count(&DownloadFileOutcome::updated) == 1);
    const Policy after = policyByNumber(t, "GL-4410021");
    CHECK(after.id == before.id);
    CHECK(after.limit(QStringLiteral("EachOccurrence")) == 2'000'000);
    CHECK(after.limit(QStringLiteral("GeneralAggregate")) == 4'000'000);
    CHECK(after.premiumCents == 469000);
    Result<std::vector<Activity>> history = ActivityService(t.manager).forEntity(QStringLiteral("policy"), after.id);
    REQUIRE(history.ok());
    const Activity& change = history->front(); // newest first
    CHECK(change.action == QLatin1String("updated"));
    CHECK(change.summary.startsWith(QLatin1String("Downloaded change (acord-change.xml) changed policy GL-4410021")));
    CHECK(change.summary.contains(QLatin1String("limits")));
    CHECK(change.summary.contains(QLatin1String("premiumCents")));
    CHECK(change.details.contains(QLatin1String("limits")));
    CHECK(change.details.value(QLatin1String("premiumCents")).toObject().value(QLatin1String("to")).toInt() == 469000);

    // AL3 PCH and END change the auto and property terms.
    importSamples(t.manager, {"al3-new.al3", "al3-transactions.al3"});
    CHECK(policyByNumber(t, "RM-CA-1002").limit(QStringLiteral("CombinedSingleLimit")) == 2'000'000);
    CHECK(policyByNumber(t, "RM-CP-1005").limit(QStringLiteral("BuildingLimit")) == 950'000);
}

TEST_CASE("Import: a file the import refuses leaves nothing of itself, other files still import")
{
    TestDatabase t;
    importSamples(t.manager, {"acord-commercial-new.xml"});
    const QString before = fingerprint(t);
    QTemporaryDir dir;
    // A new policy, then a second term of GL-4410021 that overlaps the stored one: the file is refused whole.
    QByteArray bytes = readSample("acord-renewal.xml");
    bytes.replace("<EffectiveDt>2027-01-01", "<EffectiveDt>2026-06-01");
    bytes.replace("<ExpirationDt>2028-01-01", "<ExpirationDt>2027-06-01");
    QByteArray extra = readSample("acord-renewal.xml");
    const qsizetype start = extra.indexOf("<GeneralLiabilityPolicyRenewRq>");
    const qsizetype end = extra.indexOf("</GeneralLiabilityPolicyRenewRq>") + 32;
    QByteArray message = extra.mid(start, end - start);
    message.replace("GL-4410021", "GL-NEW-77");
    bytes.insert(bytes.indexOf("<GeneralLiabilityPolicyRenewRq>"), message + "\n    ");
    const QString bad = dir.filePath(QStringLiteral("overlap.xml"));
    QFile f(bad);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();

    const DownloadImportSummary summary = importFiles(
        t.manager, {bad, dir.filePath(QStringLiteral("missing.al3")), downloadSample("csio-commercial.xml")});
    REQUIRE(summary.failed() == 2);
    CHECK(summary.count(&DownloadFileOutcome::unattached) == 1); // the CSIO file still imported
    QString overlap;
    for (const DownloadFileOutcome& o : summary.files) {
        if (o.file == bad)
            overlap = o.error->toString();
    }
    CHECK(overlap.startsWith(bad + QStringLiteral(", line")));
    CHECK(overlap.contains(QLatin1String("policy GL-4410021: Policy number GL-4410021 already exists for Keystone "
                                         "Mutual")));
    CHECK(summary.toText().contains(QLatin1String("missing.al3: the file or folder does not exist")));
    CHECK(scalar(t, QStringLiteral("SELECT count(*) FROM policies WHERE number = 'GL-NEW-77'")) == 0);
    CHECK(scalar(t, QStringLiteral("SELECT count(*) FROM policies WHERE number = 'BC-CGL-20931'")) == 1);
    Q_UNUSED(before);
}

TEST_CASE("Suggestions rank insureds with a score and the reason")
{
    TestDatabase t;
    const qint64 chris = addInsured(t.manager, QStringLiteral("Chris Lane"), QStringLiteral("48 Willow St"),
                                    QStringLiteral("97205"), QStringLiteral("OR"));
    const qint64 transposed = addInsured(t.manager, QStringLiteral("Lane Christopher"), QStringLiteral("7 Elm Ave"),
                                         QStringLiteral("97210"), QStringLiteral("OR"));
    const qint64 samePhone =
        addInsured(t.manager, QStringLiteral("C. L. Holdings"), QStringLiteral("1 Main"), QStringLiteral("10001"),
                   QStringLiteral("NY"), QStringLiteral("(503) 555-0199"));
    const qint64 sameEmail =
        addInsured(t.manager, QStringLiteral("Lane Family Trust"), QStringLiteral("PO Box 9"), QStringLiteral("98101"),
                   QStringLiteral("WA"), {}, QStringLiteral("Chris.Lane@example.net"));
    const qint64 neighbour =
        addInsured(t.manager, QStringLiteral("Willow Street Bakery"), QStringLiteral("50 Willow Street"),
                   QStringLiteral("97205"), QStringLiteral("OR"));
    addInsured(t.manager, QStringLiteral("Unrelated Roofing"), QStringLiteral("3 Pine Rd"), QStringLiteral("33602"));
    importSamples(t.manager, {"acord-personal-new.xml"});
    const Policy autoPolicy = policyByNumber(t, "PA-118822");
    REQUIRE_FALSE(autoPolicy.insuredId.has_value());

    Result<std::vector<InsuredSuggestion>> suggestions = UnattachedDownloadService(t.manager).suggest(autoPolicy.id);
    REQUIRE(suggestions.ok());
    REQUIRE(suggestions->size() == 5);
    const InsuredSuggestion& best = suggestions->at(0);
    CHECK(best.insuredId == chris);
    CHECK(best.reasons == QStringList{QStringLiteral("same name once Christopher = Chris"),
                                      QStringLiteral("same address once Street = St"),
                                      QStringLiteral("same postal code")});
    CHECK(best.score == 45 + 22 + 10);
    auto find = [&](qint64 id) -> const InsuredSuggestion& {
        for (const InsuredSuggestion& s : *suggestions) {
            if (s.insuredId == id)
                return s;
        }
        FAIL("not suggested: " << id);
        return suggestions->front();
    };
    CHECK(find(transposed).reasons.contains(QStringLiteral("first and last names transposed")));
    CHECK(find(samePhone).reasons == QStringList{QStringLiteral("same phone")});
    CHECK(find(sameEmail).reasons.contains(QStringLiteral("same email")));
    CHECK(find(neighbour).reasons == QStringList{QStringLiteral("same postal code")});
    for (size_t i = 1; i < suggestions->size(); ++i)
        CHECK(suggestions->at(i - 1).score >= suggestions->at(i).score);

    // Business words: Inc = Incorporated.
    const qint64 incorporated = addInsured(t.manager, QStringLiteral("Bluewater Fabrication Incorporated"),
                                           QStringLiteral("1200 Quarry Road"), QStringLiteral("33602"));
    importSamples(t.manager, {"acord-commercial-new.xml"});
    suggestions = UnattachedDownloadService(t.manager).suggest(policyByNumber(t, "GL-4410021").id);
    REQUIRE(suggestions.ok());
    REQUIRE_FALSE(suggestions->empty());
    CHECK(suggestions->front().insuredId == incorporated);
    CHECK(suggestions->front().reasons.first() == QLatin1String("same name once Inc = Incorporated"));
    CHECK(suggestions->front().reasons.at(1) == QLatin1String("same address once Rd = Road"));
}

TEST_CASE("Attach, create the insured from the download, and un-attach: each an activity row")
{
    TestDatabase t;
    const Session processor = t.as(Role::DataProcessor);
    importSamples(processor, {"acord-personal-new.xml", "acord-commercial-new.xml", "acord-renewal.xml"});
    UnattachedDownloadService service(processor);
    const qint64 lane = addInsured(t.manager, QStringLiteral("Chris Lane"), QStringLiteral("48 Willow St"),
                                   QStringLiteral("97205"), QStringLiteral("OR"));

    const Policy autoPolicy = policyByNumber(t, "PA-118822");
    REQUIRE(service.attach(autoPolicy.id, lane).ok());
    CHECK(policyByNumber(t, "PA-118822").insuredId == lane);
    Result<std::vector<Activity>> trail = ActivityService(t.manager).forInsured(lane);
    REQUIRE(trail.ok());
    CHECK(trail->front().action == QLatin1String("attached"));
    CHECK(trail->front().summary ==
          QLatin1String("Attached downloaded Automobile liability policy PA-118822 (Cascade Auto Insurance) to Chris "
                        "Lane; the download named \"Christopher Lane\""));
    CHECK_FALSE(service.attach(autoPolicy.id, lane).ok()); // no longer unattached

    // Create the insured from the download: both terms of GL-4410021 (renewal linked) go with it.
    const Policy gl = policyByNumber(t, "GL-4410021", "2026-01-01");
    Result<qint64> created = service.createInsured(gl.id);
    REQUIRE(created.ok());
    const Insured bluewater = *InsuredService(t.manager).get(*created);
    CHECK(bluewater.name == QLatin1String("Bluewater Fabrication Inc"));
    CHECK(bluewater.address1 == QLatin1String("1200 Quarry Rd"));
    CHECK(bluewater.postalCode == QLatin1String("33602"));
    CHECK(bluewater.email == QLatin1String("office@bluewater-fab.example"));
    CHECK(policyByNumber(t, "GL-4410021", "2027-01-01").insuredId == *created);
    CHECK_FALSE(policyByNumber(t, "CA-7781300").insuredId.has_value()); // other policies still wait

    // Un-attach: back to the list, with an activity row on the insured it left.
    REQUIRE(service.unattach(autoPolicy.id).ok());
    CHECK_FALSE(policyByNumber(t, "PA-118822").insuredId.has_value());
    trail = ActivityService(t.manager).forInsured(lane);
    CHECK(trail->front().action == QLatin1String("unattached"));
    CHECK(trail->front().summary.contains(QLatin1String("back in Unattached downloads")));
    CHECK(service.get(autoPolicy.id).ok());

    // A policy a certificate master holds stays: the CSR is told which master to take it off first.
    const Policy renewed = policyByNumber(t, "GL-4410021", "2027-01-01");
    CertificateMaster m;
    m.insuredId = *created;
    m.name = QStringLiteral("Standard");
    m.policies.push_back({});
    m.policies.back().policyId = renewed.id;
    REQUIRE(CertificateMasterService(t.manager).create(m).ok());
    const Status held = service.unattach(renewed.id);
    REQUIRE_FALSE(held.ok());
    CHECK(held.error().message.contains(QLatin1String("Standard")));
    CHECK(policyByNumber(t, "GL-4410021", "2027-01-01").insuredId == *created);

    // A policy keyed in by hand can be un-attached too; the list then shows the insured it left.
    Policy manual;
    manual.insuredId = lane;
    manual.number = QStringLiteral("HAND-1");
    manual.line = LineOfBusiness::Other;
    manual.carrierName = QStringLiteral("Keystone Mutual");
    manual.effective = QDate(2026, 1, 1);
    manual.expiration = QDate(2027, 1, 1);
    const qint64 manualId = *PolicyService(t.manager).create(manual);
    REQUIRE(service.unattach(manualId).ok());
    Result<UnattachedDownload> back = service.get(manualId);
    REQUIRE(back.ok());
    CHECK(back->download.insured.name == QLatin1String("Chris Lane"));
    CHECK(back->download.format == QLatin1String("manual"));
    CHECK_FALSE(service.unattach(manualId).ok());
}

TEST_CASE("Create insured from a download with an address the insured rules refuse: nothing is stored")
{
    TestDatabase t;
    QTemporaryDir dir;
    QByteArray bytes = readSample("acord-renewal.xml");
    bytes.replace("<PostalCode>33602</PostalCode>", "<PostalCode>3360</PostalCode>");
    const QString file = dir.filePath(QStringLiteral("bad-zip.xml"));
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    importFiles(t.manager, {file});
    const Policy gl = policyByNumber(t, "GL-4410021");
    const QString before = fingerprint(t);
    Result<qint64> created = UnattachedDownloadService(t.manager).createInsured(gl.id);
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().message.startsWith(QLatin1String("The download's insured cannot be added as it is:")));
    CHECK(created.error().message.contains(QLatin1String("3360")));
    CHECK(fingerprint(t) == before);
}

TEST_CASE("The exact match's comparison agrees with comparing the normalised texts")
{
    // normalizesTo compares while it walks; normalized() written out is the reference.
    const QStringList texts{QStringLiteral("Bluewater Fabrication, Inc."),
                            QStringLiteral("BLUEWATER FABRICATION INC"),
                            QStringLiteral("bluewater  fabrication-inc"),
                            QStringLiteral("Bluewater Fabrication"),
                            QStringLiteral("Geneviève O'Brien"),
                            QStringLiteral("Genevieve OBrien"),
                            QStringLiteral("ＦＵＬＬ Width"),
                            QStringLiteral("full width"),
                            QStringLiteral(" ,- "),
                            QString(),
                            QStringLiteral("1200 Quarry Rd."),
                            QStringLiteral("1200 quarry rd"),
                            QStringLiteral("A & B"),
                            QStringLiteral("a&b")};
    for (const QString& a : texts) {
        for (const QString& b : texts) {
            INFO(a.toStdString() << " / " << b.toStdString());
            CHECK(DownloadMatcher::normalizesTo(a, DownloadMatcher::normalized(b)) ==
                  (DownloadMatcher::normalized(a) == DownloadMatcher::normalized(b)));
        }
    }
    CHECK(DownloadMatcher::normalizesTo(QStringLiteral("Geneviève O'Brien"), QStringLiteral("genevieve obrien")));
    CHECK_FALSE(
        DownloadMatcher::normalizesTo(QStringLiteral("Bluewater Fab"), QStringLiteral("bluewater fabrication")));
}
