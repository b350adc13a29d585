#include "DemoData.h"

#include "ActivityService.h"
#include "AgencyService.h"
#include "CertificateHolderService.h"
#include "CertificateMasterService.h"
#include "CertificateService.h"
#include "Database.h"
#include "DemoRequests.h"
#include "LimitCodes.h"
#include "Policy.h"
#include "PolicyService.h"
#include "UserService.h"

#include <QCoreApplication>
#include <QDate>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <array>

namespace agencydesk {

namespace {

struct Place
{
    const char* city;
    const char* state;
    const char* postalPrefix; ///< US: 3 digits; CA: the forward sortation area
    const char* country;
};

constexpr std::array kPlaces = {
    Place{"Springfield", "IL", "627", "US"}, Place{"Columbus", "OH", "432", "US"},
    Place{"Austin", "TX", "787", "US"},      Place{"Denver", "CO", "802", "US"},
    Place{"Portland", "OR", "972", "US"},    Place{"Raleigh", "NC", "276", "US"},
    Place{"Tampa", "FL", "336", "US"},       Place{"Madison", "WI", "537", "US"},
    Place{"Phoenix", "AZ", "850", "US"},     Place{"Albany", "NY", "122", "US"},
    Place{"Nashville", "TN", "372", "US"},   Place{"Boise", "ID", "837", "US"},
    Place{"Toronto", "ON", "M5V", "CA"},     Place{"Ottawa", "ON", "K1P", "CA"},
    Place{"Vancouver", "BC", "V6B", "CA"},   Place{"Calgary", "AB", "T2P", "CA"},
    Place{"Montréal", "QC", "H3B", "CA"},    Place{"Halifax", "NS", "B3H", "CA"},
};

constexpr std::array kFirstNames = {"Christopher", "Maria",  "James",   "Aisha",  "Robert", "Linda",    "Miguel",
                                    "Sophie",      "Daniel", "Priya",   "Thomas", "Emily",  "Jean-Luc", "Zoë",
                                    "William",     "Olivia", "Mohamed", "Grace",  "Wei",    "Hannah",   "Lukas"};
constexpr std::array kLastNames = {"Smith",    "Johnson", "Garcia",  "Nguyen", "Brown",    "Tremblay", "Martin",
                                   "Anderson", "Patel",   "Roy",     "Wilson", "Kowalski", "Chen",     "Müller",
                                   "Thompson", "Gagnon",  "O'Brien", "Lopez",  "Walker",   "Bouchard", "Schmidt"};
constexpr std::array kBusinessWords = {"Harbor",   "Summit",    "Cedar",     "Granite",  "Prairie",
                                       "Maple",    "Riverbend", "Northern",  "Eastside", "Bluebird",
                                       "Ironwood", "Lakeshore", "Pioneer",   "Keystone", "Silverline",
                                       "Oakridge", "Copper",    "Evergreen", "Redstone", "Westfield"};
constexpr std::array kTrades = {"Roofing",     "Plumbing",  "Electric", "Landscaping", "Bakery",   "Construction",
                                "Auto Repair", "Dental",    "Trucking", "Cleaning",    "Catering", "HVAC",
                                "Painting",    "Logistics", "Flooring", "Brewing",     "Fitness",  "Consulting"};
constexpr std::array kSuffixes = {"LLC", "Inc.", "Ltd.", "Co.", "Corp.", "& Sons"};
constexpr std::array kStreets = {"Main St",      "Oak Ave",      "Maple Dr",   "King St W",  "Industrial Pkwy",
                                 "Elm St",       "Cedar Ln",     "Market St",  "Queen St E", "Commerce Blvd",
                                 "Riverside Dr", "Highland Ave", "Station Rd", "Park Ave",   "Lakeview Rd"};

struct DemoCarrier
{
    const char* name;
    const char* naic;
    const char* prefix;
};

constexpr std::array kCarriers = {
    DemoCarrier{"Travelers Property Casualty Company of America", "25674", "TRV"},
    DemoCarrier{"Hartford Fire Insurance Company", "19682", "HFD"},
    DemoCarrier{"Zurich American Insurance Company", "16535", "ZUR"},
    DemoCarrier{"Liberty Mutual Fire Insurance Company", "23035", "LMF"},
    DemoCarrier{"Cincinnati Insurance Company", "10677", "CIN"},
    DemoCarrier{"Erie Insurance Exchange", "26271", "ERI"},
    DemoCarrier{"State Auto Property & Casualty", "25127", "SAP"},
    DemoCarrier{"Intact Insurance Company", "", "INT"},
    DemoCarrier{"Aviva Insurance Company of Canada", "", "AVC"},
};

struct DemoHolder
{
    const char* name;
    const char* address1;
    const char* address2;
    const char* city;
    const char* state;
    const char* postalCode;
    const char* email;
    DeliveryPreference delivery;
    std::array<std::pair<const char*, qint64>, 2> requirements; ///< limit code (empty: none), minimum
    bool requireAdditionalInsured;
    bool requireWaiverOfSubrogation;
};

constexpr std::array kDemoHolders = {
    DemoHolder{"Turner Construction Company",
               "375 Hudson Street",
               "Risk Management, 6th Floor",
               "New York",
               "NY",
               "10014",
               "coi@turner-construction.example",
               DeliveryPreference::Email,
               {{{"EachOccurrence", 1'000'000}, {"GeneralAggregate", 2'000'000}}},
               true,
               true},
    DemoHolder{"Brookfield Property Management LLC",
               "250 Vesey Street",
               "",
               "New York",
               "NY",
               "10281",
               "certificates@brookfield-pm.example",
               DeliveryPreference::Both,
               {{{"EachOccurrence", 2'000'000}, {"", 0}}},
               true,
               false},
    DemoHolder{"City of Columbus, Department of Public Service",
               "111 N Front Street",
               "Attn: Contract Compliance",
               "Columbus",
               "OH",
               "43215",
               "",
               DeliveryPreference::Print,
               {{{"CombinedSingleLimit", 1'000'000}, {"ELEachAccident", 500'000}}},
               false,
               false},
};

struct DemoUser
{
    const char* userName;
    const char* fullName;
    Role role;
};

constexpr std::array kDemoUsers = {
    DemoUser{"maria", "Maria Alvarez", Role::Manager},
    DemoUser{"dan", "Dan Okafor", Role::DataProcessor},
    DemoUser{"cora", "Cora Lindqvist", Role::CertificateSpecialist},
    DemoUser{"paul", "Paul Becker", Role::PayrollAdvisor},
};

template <typename Array> QString pick(QRandomGenerator& rng, const Array& array)
{
    return QString::fromUtf8(array[rng.bounded(static_cast<int>(array.size()))]);
}

QString postalCode(QRandomGenerator& rng, const Place& place)
{
    if (QLatin1String(place.country) == QLatin1String("US"))
        return QString::fromLatin1(place.postalPrefix) +
               QStringLiteral("%1").arg(rng.bounded(100), 2, 10, QLatin1Char('0'));
    static const char letters[] = "ABCEGHJKLMNPRSTVWXYZ";
    auto letter = [&rng]() { return QLatin1Char(letters[rng.bounded(20)]); };
    return QString::fromLatin1(place.postalPrefix) + QLatin1Char(' ') + QString::number(rng.bounded(10)) + letter() +
           QString::number(rng.bounded(10));
}

std::vector<Coverage> demoCoverages(LineOfBusiness line, QRandomGenerator& rng)
{
    const qint64 million = 1'000'000;
    const qint64 big = rng.bounded(3) == 0 ? 2 * million : million;
    switch (line) {
    case LineOfBusiness::GeneralLiability:
        return {
            {QStringLiteral("EachOccurrence"), big},       {QStringLiteral("DamageToRentedPremises"), 100'000},
            {QStringLiteral("MedicalExpense"), 5'000},     {QStringLiteral("PersonalAdvertisingInjury"), big},
            {QStringLiteral("GeneralAggregate"), 2 * big}, {QStringLiteral("ProductsCompletedOpsAggregate"), 2 * big}};
    case LineOfBusiness::Auto:
        return {{QStringLiteral("CombinedSingleLimit"), big}};
    case LineOfBusiness::Umbrella:
        return {{QStringLiteral("UmbrellaEachOccurrence"), 5 * million},
                {QStringLiteral("UmbrellaAggregate"), 5 * million},
                {QStringLiteral("Retention"), 10'000}};
    case LineOfBusiness::WorkersComp:
        return {{QStringLiteral("ELEachAccident"), 500'000},
                {QStringLiteral("ELDiseaseEachEmployee"), 500'000},
                {QStringLiteral("ELDiseasePolicyLimit"), 500'000}};
    case LineOfBusiness::Property:
        return {{QStringLiteral("BuildingLimit"), 250'000 * (1 + rng.bounded(8))},
                {QStringLiteral("BusinessPersonalProperty"), 50'000 * (1 + rng.bounded(6))},
                {QStringLiteral("PropertyDeductible"), 2'500}};
    case LineOfBusiness::Other:
        return {{QStringLiteral("OtherLimit1"), 1'000'000}, {QStringLiteral("OtherDeductible"), 5'000}};
    }
    return {};
}

PolicyIndicators demoIndicators(LineOfBusiness line, QRandomGenerator& rng)
{
    PolicyIndicators i;
    i.additionalInsuredEndorsement = line != LineOfBusiness::WorkersComp && rng.bounded(3) != 0;
    i.waiverOfSubrogationEndorsement = rng.bounded(2) == 0;
    i.primaryNonContributory = line == LineOfBusiness::GeneralLiability && rng.bounded(2) == 0;
    switch (line) {
    case LineOfBusiness::GeneralLiability:
        i.claimsMade = rng.bounded(10) == 0;
        i.aggregateAppliesPer = rng.bounded(4) == 0 ? QStringLiteral("project") : QStringLiteral("policy");
        break;
    case LineOfBusiness::Auto:
        if (rng.bounded(2) == 0)
            i.anyAuto = true;
        else
            i.scheduledAutos = i.hiredAutosOnly = i.nonOwnedAutosOnly = true;
        break;
    case LineOfBusiness::Umbrella:
        i.excess = rng.bounded(4) == 0;
        i.deductibleOrRetention = QStringLiteral("retention");
        break;
    case LineOfBusiness::WorkersComp:
        i.wcStatutory = true;
        i.wcPersonsExcluded = rng.bounded(5) == 0;
        break;
    case LineOfBusiness::Other:
        i.otherDescription = QStringLiteral("Professional liability");
        break;
    case LineOfBusiness::Property:
        break;
    }
    return i;
}

QString demoDescription(const QString& insuredName)
{
    return QStringLiteral("Operations of %1 at jobsites and premises of the certificate holder. The certificate "
                          "holder is included as additional insured on the general liability policy where required "
                          "by written contract, on a primary and non-contributory basis; waiver of subrogation "
                          "applies where required by written contract and permitted by law.")
        .arg(insuredName);
}

} // namespace

Result<Session> DemoData::createDemoDatabase(const std::shared_ptr<Database>& db, int insureds,
                                             const Progress& progress)
{
    AgencyProfile agency;
    agency.name = QStringLiteral("Northwind Insurance Agency");
    agency.address1 = QStringLiteral("400 Commerce Blvd, Suite 210");
    agency.city = QStringLiteral("Columbus");
    agency.state = QStringLiteral("OH");
    agency.postalCode = QStringLiteral("43215");
    agency.phone = QStringLiteral("(614) 555-0142");
    agency.fax = QStringLiteral("(614) 555-0143");
    agency.email = QStringLiteral("certificates@northwind-agency.example");
    agency.contact = QStringLiteral("Maria Alvarez");
    const DemoUser& manager = kDemoUsers[0];
    Result<Session> session = AgencyService::initialize(db, agency, QString::fromUtf8(manager.userName),
                                                        QString::fromUtf8(manager.fullName), demoPassword());
    if (!session)
        return session;
    if (Status s = seed(*session, insureds, progress); !s)
        return s.error();
    if (Status s = seedCertificates(*session); !s)
        return s.error();
    if (Status s = DemoRequests::seed(*session); !s)
        return s.error();
    return session;
}

Status DemoData::seed(const Session& session, int insuredCount, const Progress& progress, quint32 seedValue)
{
    if (Status s = authorize(session, Operation::DemoSeed); !s)
        return s;
    if (insuredCount < 0 || insuredCount > 5'000'000)
        return validationError(QStringLiteral("The number of demo insureds must be between 0 and 5,000,000."));
    const Database& db = session.database();
    QRandomGenerator rng(seedValue);

    // Carriers and users first, in one short transaction.
    std::vector<std::pair<qint64, QString>> carrierIds;
    {
        Transaction tx(db);
        if (Status s = tx.begin(); !s)
            return s;
        for (const DemoCarrier& c : kCarriers) {
            QSqlQuery q = db.query();
            q.prepare(QStringLiteral("INSERT INTO carriers(name, naic) VALUES (?, ?) ON CONFLICT(name) DO NOTHING"));
            q.addBindValue(QString::fromUtf8(c.name));
            q.addBindValue(QString::fromUtf8(c.naic));
            if (Status s = exec(q); !s)
                return s;
            QSqlQuery id = db.query();
            id.prepare(QStringLiteral("SELECT id FROM carriers WHERE name = ?"));
            id.addBindValue(QString::fromUtf8(c.name));
            if (Status s = exec(id); !s)
                return s;
            id.next();
            carrierIds.emplace_back(id.value(0).toLongLong(), QString::fromUtf8(c.prefix));
        }
        for (const DemoUser& u : kDemoUsers) {
            QSqlQuery exists = db.query();
            exists.prepare(QStringLiteral("SELECT 1 FROM users WHERE user_name = ?"));
            exists.addBindValue(QString::fromUtf8(u.userName));
            if (Status s = exec(exists); !s)
                return s;
            if (exists.next())
                continue;
            Result<qint64> id =
                insertUser(db, QString::fromUtf8(u.userName), QString::fromUtf8(u.fullName), u.role, demoPassword());
            if (!id)
                return id.error();
        }
        if (Status s = tx.commit(); !s)
            return s;
    }

    // Policy numbers must be unique per carrier; continue after what is there.
    QSqlQuery maxId = db.query();
    maxId.exec(QStringLiteral("SELECT COALESCE(max(id), 0) FROM policies"));
    maxId.next();
    qint64 policySerial = maxId.value(0).toLongLong() + 100000;
    maxId.finish(); // an unfinished read would pin the WAL and stop checkpoints during generation

    const QDate today = QDate::currentDate();
    const QString now = nowUtc();
    const QVariant userId = session.user.id > 0 ? QVariant(session.user.id) : QVariant();
    constexpr int kBatch = 5000;
    int done = 0;
    while (done < insuredCount) {
        const int batchEnd = std::min(insuredCount, done + kBatch);
        Transaction tx(db);
        if (Status s = tx.begin(); !s)
            return s;
        QSqlQuery insured = db.query();
        insured.prepare(QStringLiteral(
            "INSERT INTO insureds(name, dba, address1, city, state, postal_code, country, phone, email, status, "
            "automation_eligible, portal_enrolled, portal_user_name, created_at, updated_at, updated_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery policy = db.query();
        policy.prepare(QStringLiteral(
            "INSERT INTO policies(insured_id, number, line, carrier_id, effective_date, expiration_date, status, "
            "cancelled_at, premium_cents, indicators, created_at, updated_at, updated_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery coverage = db.query();
        coverage.prepare(QStringLiteral("INSERT INTO coverages(policy_id, limit_code, amount) VALUES (?, ?, ?)"));
        QSqlQuery search = db.query(); // no trigger indexes a new policy's number (migration 14)
        search.prepare(QStringLiteral("INSERT INTO policy_search(rowid, number) VALUES (?, ?)"));

        qint64 batchFirstId = 0;
        for (int n = done; n < batchEnd; ++n) {
            const Place& place = kPlaces[rng.bounded(static_cast<int>(kPlaces.size()))];
            const bool commercial = rng.bounded(100) < 65;
            const QString last = pick(rng, kLastNames);
            QString name, dba;
            if (commercial) {
                name = rng.bounded(2) == 0 ? pick(rng, kBusinessWords) + QLatin1Char(' ') + pick(rng, kTrades)
                                           : last + QLatin1Char(' ') + pick(rng, kTrades);
                name += QLatin1Char(' ') + pick(rng, kSuffixes);
                if (rng.bounded(4) == 0)
                    dba = pick(rng, kBusinessWords) + QLatin1Char(' ') + pick(rng, kTrades);
            } else {
                name = pick(rng, kFirstNames) + QLatin1Char(' ') + last;
            }
            const QString country = QString::fromLatin1(place.country);
            const QString domain = commercial
                                       ? name.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral(".example")
                                       : QStringLiteral("mail.example");
            QString local = name.section(QLatin1Char(' '), 0, 1).toLower();
            local.replace(QLatin1Char(' '), QLatin1Char('.')).remove(QLatin1Char('\''));
            const QString email =
                rng.bounded(10) < 8 ? QStringLiteral("%1%2@%3").arg(local).arg(n).arg(domain) : QString();
            const bool active = rng.bounded(100) >= 6;
            const bool enrolled = !email.isEmpty() && rng.bounded(3) == 0;
            const QString phone =
                country == QLatin1String("US")
                    ? QStringLiteral("(555) %1-%2").arg(rng.bounded(200, 999)).arg(rng.bounded(1000, 9999))
                    : QStringLiteral("(416) 555-%1").arg(rng.bounded(1000, 9999));
            for (const QVariant& v : QVariantList{
                     name, dba, QStringLiteral("%1 %2").arg(rng.bounded(1, 9999)).arg(pick(rng, kStreets)),
                     QString::fromUtf8(place.city), QString::fromLatin1(place.state), postalCode(rng, place), country,
                     phone, email, active ? QStringLiteral("active") : QStringLiteral("inactive"), rng.bounded(5) != 0,
                     enrolled, enrolled ? local + QString::number(n) : QString(), now, now})
                insured.addBindValue(
                    v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(QStringLiteral("")) : v);
            insured.addBindValue(userId);
            if (Status s = exec(insured); !s)
                return s;
            const qint64 insuredId = insured.lastInsertId().toLongLong();
            if (batchFirstId == 0)
                batchFirstId = insuredId;

            // 2.5 policies on average; commercial books carry more lines.
            const int policyCount = commercial ? 2 + rng.bounded(3) : 1 + rng.bounded(3);
            QList<LineOfBusiness> lines =
                commercial
                    ? QList<LineOfBusiness>{LineOfBusiness::GeneralLiability, LineOfBusiness::Auto,
                                            LineOfBusiness::WorkersComp,      LineOfBusiness::Umbrella,
                                            LineOfBusiness::Property,         LineOfBusiness::Other}
                    : QList<LineOfBusiness>{LineOfBusiness::Auto, LineOfBusiness::Property, LineOfBusiness::Umbrella};
            for (int k = 0; k < policyCount && !lines.isEmpty(); ++k) {
                const LineOfBusiness line = lines.takeAt(k == 0 ? 0 : rng.bounded(static_cast<int>(lines.size())));
                const auto& [carrierId, prefix] = carrierIds[rng.bounded(static_cast<int>(carrierIds.size()))];
                // Most terms are current; about one in eight has expired, one in twenty is cancelled.
                const int roll = rng.bounded(100);
                const QDate effective =
                    roll < 12 ? today.addDays(-365 - rng.bounded(20, 300)) : today.addDays(-rng.bounded(1, 360));
                const QDate expiration = effective.addYears(1);
                const bool cancelled = roll >= 12 && roll < 17;
                const QString number = QStringLiteral("%1-%2-%3")
                                           .arg(prefix, lineKey(line).toUpper().left(2))
                                           .arg(++policySerial, 7, 10, QLatin1Char('0'));
                policy.addBindValue(insuredId);
                policy.addBindValue(number);
                policy.addBindValue(lineKey(line));
                policy.addBindValue(carrierId);
                policy.addBindValue(effective.toString(Qt::ISODate));
                policy.addBindValue(expiration.toString(Qt::ISODate));
                policy.addBindValue(cancelled ? QStringLiteral("cancelled") : QStringLiteral("active"));
                policy.addBindValue(cancelled ? QVariant(now) : QVariant());
                policy.addBindValue(static_cast<qint64>(rng.bounded(800, 40000)) * 100);
                policy.addBindValue(demoIndicators(line, rng).toJsonText().text());
                policy.addBindValue(now);
                policy.addBindValue(now);
                policy.addBindValue(userId);
                if (Status s = exec(policy); !s)
                    return s;
                const qint64 policyId = policy.lastInsertId().toLongLong();
                search.addBindValue(policyId);
                search.addBindValue(number);
                if (Status s = exec(search); !s)
                    return s;
                for (const Coverage& c : demoCoverages(line, rng)) {
                    coverage.addBindValue(policyId);
                    coverage.addBindValue(c.limitCode);
                    coverage.addBindValue(c.amount);
                    if (Status s = exec(coverage); !s)
                        return s;
                }
            }
        }
        // The enrolled demo insureds get their portal accounts: invited (no password yet; Reset and notify sends a
        // code), every fifth one locked. No password hashes here: 600,000 PBKDF2 rounds each would slow the seed.
        QSqlQuery portal = db.query();
        portal.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO portal_accounts(insured_id, user_name, email, status, created_at, updated_at) "
            "SELECT i.id, i.portal_user_name, i.email, CASE WHEN i.id % 5 = 0 THEN 'locked' ELSE 'invited' END, ?, ? "
            "FROM insureds i WHERE i.id >= ? AND i.portal_enrolled = 1 AND i.portal_user_name <> '' AND NOT EXISTS "
            "(SELECT 1 FROM portal_accounts a WHERE a.insured_id = i.id)"));
        portal.addBindValue(now);
        portal.addBindValue(now);
        portal.addBindValue(batchFirstId);
        if (Status s = exec(portal); !s)
            return s;
        if (progress && !progress(batchEnd, insuredCount))
            return Error{ErrorCode::Validation, QStringLiteral("Cancelled.")};
        if (Status s = recordActivity(session, QStringLiteral("database"), 0, std::nullopt, QStringLiteral("demo-seed"),
                                      QStringLiteral("Loaded demo insureds %1 to %2").arg(done + 1).arg(batchEnd));
            !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
        done = batchEnd;
    }
    return {};
}

Status DemoData::seedCertificates(const Session& session, int insureds)
{
    if (Status s = authorize(session, Operation::DemoSeed); !s)
        return s;
    // Commercial insureds (an LLC, Inc., ... in the name) with general liability in force, oldest first.
    QSqlQuery q = session.database().query();
    q.prepare(QStringLiteral(
        "SELECT DISTINCT i.id, i.name FROM insureds i JOIN policies p ON p.insured_id = i.id "
        "WHERE p.line = 'gl' AND p.status = 'active' AND p.effective_date <= ? AND p.expiration_date > ? "
        "AND i.status = 'active' AND NOT EXISTS (SELECT 1 FROM certificate_masters m WHERE m.insured_id = i.id) "
        "ORDER BY i.id LIMIT ?"));
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    q.addBindValue(today);
    q.addBindValue(today);
    q.addBindValue(insureds);
    if (Status s = exec(q); !s)
        return s;
    std::vector<std::pair<qint64, QString>> chosen;
    while (q.next())
        chosen.emplace_back(q.value(0).toLongLong(), q.value(1).toString());
    q.finish();

    // Rendering needs fonts, so certificates are issued only in an application that has them.
    const bool canRender = qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr;
    CertificateMasterService masters(session);
    CertificateHolderService holders(session);
    CertificateService certificates(session);
    int issued = 0;
    for (const auto& [insuredId, insuredName] : chosen) {
        Result<std::vector<Policy>> policies = PolicyService(session).forInsured(insuredId);
        if (!policies)
            return policies.error();
        CertificateMaster master;
        master.insuredId = insuredId;
        master.name = QStringLiteral("Standard liability certificate");
        master.description = demoDescription(insuredName);
        // Lines in force first, so a lapsed policy only takes a row its line has no renewal for.
        std::vector<Policy> ordered = *policies;
        std::stable_sort(ordered.begin(), ordered.end(), [](const Policy& a, const Policy& b) {
            return (a.status(QDate::currentDate()) == PolicyStatus::InForce) >
                   (b.status(QDate::currentDate()) == PolicyStatus::InForce);
        });
        QSet<int> linesTaken; // one policy per row of the form
        for (const Policy& p : ordered) {
            // Lines in force, plus a line that lapsed (business lost) so the demo shows how a master flags it.
            if (p.line == LineOfBusiness::Property || p.cancelled || linesTaken.contains(int(p.line)))
                continue;
            linesTaken.insert(int(p.line));
            MasterPolicy mp;
            mp.policyId = p.id;
            mp.additionalInsured = p.indicators.additionalInsuredEndorsement;
            mp.subrogationWaived = p.indicators.waiverOfSubrogationEndorsement;
            master.policies.push_back(mp);
        }
        Result<qint64> masterId = masters.create(master);
        if (!masterId)
            return masterId.error();
        std::vector<qint64> holderIds;
        for (const DemoHolder& d : kDemoHolders) {
            CertificateHolderRecord h;
            h.masterId = *masterId;
            h.name = QString::fromUtf8(d.name);
            h.address1 = QString::fromUtf8(d.address1);
            h.address2 = QString::fromUtf8(d.address2);
            h.city = QString::fromUtf8(d.city);
            h.state = QString::fromUtf8(d.state);
            h.postalCode = QString::fromUtf8(d.postalCode);
            h.email = QString::fromUtf8(d.email);
            h.delivery = d.delivery;
            h.receivesRenewals = d.delivery != DeliveryPreference::Print;
            for (const auto& [code, minimum] : d.requirements) {
                if (*code)
                    h.requirements.push_back({QString::fromUtf8(code), minimum});
            }
            h.requireAdditionalInsured = d.requireAdditionalInsured;
            h.requireWaiverOfSubrogation = d.requireWaiverOfSubrogation;
            Result<qint64> holderId = holders.create(h);
            if (!holderId)
                return holderId.error();
            holderIds.push_back(*holderId);
        }
        if (!canRender || issued >= 6)
            continue;
        // The first compliant holder gets a certificate (issued twice on the first master: revision 2).
        for (qint64 holderId : holderIds) {
            Result<IssuedCertificate> c = certificates.issue(*masterId, holderId);
            if (!c)
                continue; // requirements not met: the demo leaves the override to the CSR
            ++issued;
            if (issued == 1 && !certificates.issue(*masterId, holderId))
                return validationError(QStringLiteral("The demo certificate could not be revised."));
            break;
        }
    }
    return {};
}

} // namespace agencydesk
