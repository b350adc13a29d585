#include "CertificateData.h"

#include "AgencyService.h"
#include "Insured.h"
#include "LimitCodes.h"

#include <QJsonArray>

namespace agencydesk {

namespace {

struct Slot
{
    const char* code;
    const char* label;
};

// The limit lines of each grid section, in the order the form prints them.
std::vector<Slot> slotsFor(LineOfBusiness line)
{
    switch (line) {
    case LineOfBusiness::GeneralLiability:
        return {{"EachOccurrence", "EACH OCCURRENCE"},
                {"DamageToRentedPremises", "DAMAGE TO RENTED PREMISES (Ea occurrence)"},
                {"MedicalExpense", "MED EXP (Any one person)"},
                {"PersonalAdvertisingInjury", "PERSONAL & ADV INJURY"},
                {"GeneralAggregate", "GENERAL AGGREGATE"},
                {"ProductsCompletedOpsAggregate", "PRODUCTS - COMP/OP AGG"}};
    case LineOfBusiness::Auto:
        return {{"CombinedSingleLimit", "COMBINED SINGLE LIMIT (Ea accident)"},
                {"BodilyInjuryPerPerson", "BODILY INJURY (Per person)"},
                {"BodilyInjuryPerAccident", "BODILY INJURY (Per accident)"},
                {"PropertyDamage", "PROPERTY DAMAGE (Per accident)"}};
    case LineOfBusiness::Umbrella:
        return {{"UmbrellaEachOccurrence", "EACH OCCURRENCE"}, {"UmbrellaAggregate", "AGGREGATE"}};
    case LineOfBusiness::WorkersComp:
        return {{"ELEachAccident", "E.L. EACH ACCIDENT"},
                {"ELDiseaseEachEmployee", "E.L. DISEASE - EA EMPLOYEE"},
                {"ELDiseasePolicyLimit", "E.L. DISEASE - POLICY LIMIT"}};
    case LineOfBusiness::Property:
    case LineOfBusiness::Other:
        break;
    }
    return {};
}

QString dateToJson(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate dateFromJson(const QJsonValue& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

QStringList certificateLimitLabels(LineOfBusiness line)
{
    QStringList out;
    for (const Slot& slot : slotsFor(line))
        out << QString::fromLatin1(slot.label);
    return out;
}

QString paperSizeKey(CertificatePaperSize size)
{
    switch (size) {
    case CertificatePaperSize::A4:
        return QStringLiteral("a4");
    case CertificatePaperSize::Legal:
        return QStringLiteral("legal");
    case CertificatePaperSize::Letter:
        break;
    }
    return QStringLiteral("letter");
}

CertificatePaperSize paperSizeFromKey(const QString& key)
{
    if (key.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
        return CertificatePaperSize::A4;
    if (key.compare(QLatin1String("legal"), Qt::CaseInsensitive) == 0)
        return CertificatePaperSize::Legal;
    return CertificatePaperSize::Letter;
}

CertificateCoverage CertificateCoverage::fromPolicy(const Policy& policy, const QString& insurerLetter)
{
    CertificateCoverage row;
    row.line = policy.line == LineOfBusiness::Property ? LineOfBusiness::Other : policy.line;
    row.insurerLetter = insurerLetter;
    row.indicators = policy.indicators;
    if (policy.line == LineOfBusiness::Property && row.indicators.otherDescription.isEmpty())
        row.indicators.otherDescription = lineDisplayName(LineOfBusiness::Property);
    row.additionalInsured = policy.indicators.additionalInsuredEndorsement;
    row.subrogationWaived = policy.indicators.waiverOfSubrogationEndorsement;
    row.policyNumber = policy.number;
    row.effective = policy.effective;
    row.expiration = policy.expiration;
    const std::vector<Slot> formSlots = slotsFor(row.line);
    if (!formSlots.empty()) {
        for (const Slot& slot : formSlots) {
            const auto amount = policy.limit(QString::fromLatin1(slot.code));
            row.limits.push_back({QString::fromLatin1(slot.label), amount.value_or(0)});
        }
        if (row.line == LineOfBusiness::Umbrella)
            row.deductibleOrRetentionAmount = policy.limit(QStringLiteral("Retention")).value_or(0);
    } else {
        for (const Coverage& c : policy.coverages) {
            const LimitCode* code = findLimitCode(c.limitCode);
            row.limits.push_back({code ? code->label : c.limitCode, c.amount});
        }
    }
    return row;
}

QJsonObject CertificateCoverage::toJson() const
{
    QJsonArray limitArray;
    for (const CertificateLimit& l : limits)
        limitArray.append(QJsonObject{{QStringLiteral("label"), l.label}, {QStringLiteral("amount"), l.amount}});
    return QJsonObject{
        {QStringLiteral("line"), lineKey(line)},
        {QStringLiteral("insurerLetter"), insurerLetter},
        {QStringLiteral("indicators"), indicators.toJson()},
        {QStringLiteral("otherCoverage1"), otherCoverage1},
        {QStringLiteral("otherCoverage2"), otherCoverage2},
        {QStringLiteral("aggregateOther"), aggregateOther},
        {QStringLiteral("deductibleOrRetentionAmount"), deductibleOrRetentionAmount},
        {QStringLiteral("additionalInsured"), additionalInsured},
        {QStringLiteral("subrogationWaived"), subrogationWaived},
        {QStringLiteral("policyNumber"), policyNumber},
        {QStringLiteral("effective"), dateToJson(effective)},
        {QStringLiteral("expiration"), dateToJson(expiration)},
        {QStringLiteral("limits"), limitArray},
    };
}

CertificateCoverage CertificateCoverage::fromJson(const QJsonObject& json)
{
    CertificateCoverage row;
    row.line = lineFromKey(json.value(QStringLiteral("line")).toString()).value_or(LineOfBusiness::Other);
    row.insurerLetter = json.value(QStringLiteral("insurerLetter")).toString();
    row.indicators = PolicyIndicators::fromJson(json.value(QStringLiteral("indicators")).toObject());
    row.otherCoverage1 = json.value(QStringLiteral("otherCoverage1")).toString();
    row.otherCoverage2 = json.value(QStringLiteral("otherCoverage2")).toString();
    row.aggregateOther = json.value(QStringLiteral("aggregateOther")).toString();
    row.deductibleOrRetentionAmount = json.value(QStringLiteral("deductibleOrRetentionAmount")).toInteger();
    row.additionalInsured = json.value(QStringLiteral("additionalInsured")).toBool();
    row.subrogationWaived = json.value(QStringLiteral("subrogationWaived")).toBool();
    row.policyNumber = json.value(QStringLiteral("policyNumber")).toString();
    row.effective = dateFromJson(json.value(QStringLiteral("effective")));
    row.expiration = dateFromJson(json.value(QStringLiteral("expiration")));
    const QJsonArray limitArray = json.value(QStringLiteral("limits")).toArray();
    for (const QJsonValue& v : limitArray) {
        const QJsonObject o = v.toObject();
        row.limits.push_back(
            {o.value(QStringLiteral("label")).toString(), o.value(QStringLiteral("amount")).toInteger()});
    }
    return row;
}

CertificateProducer CertificateProducer::fromProfile(const AgencyProfile& p)
{
    return {p.name, p.address1, p.address2, p.city, p.state, p.postalCode, p.contact, p.phone, p.fax, p.email};
}

CertificateInsured CertificateInsured::fromInsured(const Insured& i)
{
    return {i.name, i.address1, i.address2, i.city, i.state, i.postalCode};
}

const CertificateCoverage* CertificateData::coverage(LineOfBusiness line) const
{
    for (const CertificateCoverage& c : coverages) {
        if (c.line == line)
            return &c;
    }
    return nullptr;
}

const CertificateInsurer* CertificateData::insurer(const QString& letter) const
{
    for (const CertificateInsurer& i : insurers) {
        if (i.letter.compare(letter, Qt::CaseInsensitive) == 0)
            return &i;
    }
    return nullptr;
}

QString CertificateData::formatDate(const QDate& d) const
{
    if (!d.isValid())
        return QString();
    return d.toString(dateFormat.isEmpty() ? QStringLiteral("MM/dd/yyyy") : dateFormat);
}

QJsonObject CertificateData::toJson() const
{
    QJsonArray insurerArray;
    for (const CertificateInsurer& i : insurers)
        insurerArray.append(QJsonObject{
            {QStringLiteral("letter"), i.letter}, {QStringLiteral("name"), i.name}, {QStringLiteral("naic"), i.naic}});
    QJsonArray coverageArray;
    for (const CertificateCoverage& c : coverages)
        coverageArray.append(c.toJson());
    const QJsonObject producerJson{
        {QStringLiteral("name"), producer.name},         {QStringLiteral("address1"), producer.address1},
        {QStringLiteral("address2"), producer.address2}, {QStringLiteral("city"), producer.city},
        {QStringLiteral("state"), producer.state},       {QStringLiteral("postalCode"), producer.postalCode},
        {QStringLiteral("contact"), producer.contact},   {QStringLiteral("phone"), producer.phone},
        {QStringLiteral("fax"), producer.fax},           {QStringLiteral("email"), producer.email},
    };
    const QJsonObject insuredJson{
        {QStringLiteral("name"), insured.name},         {QStringLiteral("address1"), insured.address1},
        {QStringLiteral("address2"), insured.address2}, {QStringLiteral("city"), insured.city},
        {QStringLiteral("state"), insured.state},       {QStringLiteral("postalCode"), insured.postalCode},
    };
    const QJsonObject holderJson{
        {QStringLiteral("name"), holder.name},         {QStringLiteral("address1"), holder.address1},
        {QStringLiteral("address2"), holder.address2}, {QStringLiteral("city"), holder.city},
        {QStringLiteral("state"), holder.state},       {QStringLiteral("postalCode"), holder.postalCode},
        {QStringLiteral("country"), holder.country},
    };
    return QJsonObject{
        {QStringLiteral("version"), 1},
        {QStringLiteral("date"), dateToJson(date)},
        {QStringLiteral("certificateNumber"), certificateNumber},
        {QStringLiteral("revisionNumber"), revisionNumber},
        {QStringLiteral("producer"), producerJson},
        {QStringLiteral("insured"), insuredJson},
        {QStringLiteral("insurers"), insurerArray},
        {QStringLiteral("coverages"), coverageArray},
        {QStringLiteral("description"), description},
        {QStringLiteral("holder"), holderJson},
        {QStringLiteral("authorizedRepresentative"), authorizedRepresentative},
        {QStringLiteral("dateFormat"), dateFormat},
        {QStringLiteral("paperSize"), paperSizeKey(paperSize)},
    };
}

CertificateData CertificateData::fromJson(const QJsonObject& json)
{
    const auto str = [](const QJsonObject& o, const char* key) { return o.value(QLatin1String(key)).toString(); };
    CertificateData d;
    d.date = dateFromJson(json.value(QStringLiteral("date")));
    d.certificateNumber = str(json, "certificateNumber");
    d.revisionNumber = str(json, "revisionNumber");
    const QJsonObject p = json.value(QStringLiteral("producer")).toObject();
    d.producer = {str(p, "name"),       str(p, "address1"), str(p, "address2"), str(p, "city"), str(p, "state"),
                  str(p, "postalCode"), str(p, "contact"),  str(p, "phone"),    str(p, "fax"),  str(p, "email")};
    const QJsonObject i = json.value(QStringLiteral("insured")).toObject();
    d.insured = {str(i, "name"), str(i, "address1"), str(i, "address2"),
                 str(i, "city"), str(i, "state"),    str(i, "postalCode")};
    for (const QJsonValue& v : json.value(QStringLiteral("insurers")).toArray()) {
        const QJsonObject o = v.toObject();
        d.insurers.push_back({str(o, "letter"), str(o, "name"), str(o, "naic")});
    }
    for (const QJsonValue& v : json.value(QStringLiteral("coverages")).toArray())
        d.coverages.push_back(CertificateCoverage::fromJson(v.toObject()));
    d.description = str(json, "description");
    const QJsonObject h = json.value(QStringLiteral("holder")).toObject();
    d.holder = {str(h, "name"),  str(h, "address1"),   str(h, "address2"), str(h, "city"),
                str(h, "state"), str(h, "postalCode"), str(h, "country")};
    d.authorizedRepresentative = str(json, "authorizedRepresentative");
    if (json.contains(QStringLiteral("dateFormat")))
        d.dateFormat = str(json, "dateFormat");
    d.paperSize = paperSizeFromKey(str(json, "paperSize"));
    return d;
}

} // namespace agencydesk
