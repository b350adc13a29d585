#include "Policy.h"

#include <QCoreApplication>

namespace agencydesk {

using namespace Qt::StringLiterals;

QString lineKey(LineOfBusiness line)
{
    switch (line) {
    case LineOfBusiness::GeneralLiability:
        return QStringLiteral("gl");
    case LineOfBusiness::Auto:
        return QStringLiteral("auto");
    case LineOfBusiness::Umbrella:
        return QStringLiteral("umbrella");
    case LineOfBusiness::WorkersComp:
        return QStringLiteral("wc");
    case LineOfBusiness::Property:
        return QStringLiteral("property");
    case LineOfBusiness::Other:
        return QStringLiteral("other");
    }
    return {};
}

QString lineDisplayName(LineOfBusiness line)
{
    switch (line) {
    case LineOfBusiness::GeneralLiability:
        return QStringLiteral(QT_TRANSLATE_NOOP("Policy", "General liability"));
    case LineOfBusiness::Auto:
        return QStringLiteral(QT_TRANSLATE_NOOP("Policy", "Automobile liability"));
    case LineOfBusiness::Umbrella:
        return QStringLiteral(QT_TRANSLATE_NOOP("Policy", "Umbrella / excess"));
    case LineOfBusiness::WorkersComp:
        return QStringLiteral(QT_TRANSLATE_NOOP("Policy", "Workers comp & employers' liability"));
    case LineOfBusiness::Property:
        return QStringLiteral(QT_TRANSLATE_NOOP("Policy", "Property"));
    case LineOfBusiness::Other:
        return QStringLiteral(QT_TRANSLATE_NOOP("Policy", "Other"));
    }
    return {};
}

QString lineDisplayNameTr(LineOfBusiness line)
{
    return QCoreApplication::translate("Policy", lineDisplayName(line).toUtf8().constData());
}

std::optional<LineOfBusiness> lineFromKey(const QString& key)
{
    for (LineOfBusiness line : allLines()) {
        if (lineKey(line) == key.trimmed().toLower())
            return line;
    }
    return std::nullopt;
}

std::vector<LineOfBusiness> allLines()
{
    return {LineOfBusiness::GeneralLiability, LineOfBusiness::Auto,     LineOfBusiness::Umbrella,
            LineOfBusiness::WorkersComp,      LineOfBusiness::Property, LineOfBusiness::Other};
}

QString policyStatusDisplayName(PolicyStatus status)
{
    switch (status) {
    case PolicyStatus::InForce:
        return QStringLiteral(QT_TRANSLATE_NOOP("Policy", "In force"));
    case PolicyStatus::Future:
        return QStringLiteral(QT_TRANSLATE_NOOP("Policy", "Future"));
    case PolicyStatus::Expired:
        return QStringLiteral(QT_TRANSLATE_NOOP("Policy", "Expired"));
    case PolicyStatus::Cancelled:
        return QStringLiteral(QT_TRANSLATE_NOOP("Policy", "Cancelled"));
    }
    return {};
}

PolicyStatus Policy::status(const QDate& today) const
{
    if (cancelled)
        return PolicyStatus::Cancelled;
    if (today < effective)
        return PolicyStatus::Future;
    if (today >= expiration)
        return PolicyStatus::Expired;
    return PolicyStatus::InForce;
}

std::optional<qint64> Policy::limit(const QString& code) const
{
    for (const Coverage& c : coverages) {
        if (c.limitCode == code)
            return c.amount;
    }
    return std::nullopt;
}

JsonObjectText PolicyIndicators::toJsonText() const
{
    JsonObjectText json;
    json.add("claimsMade"_L1, claimsMade);
    json.add("aggregateAppliesPer"_L1, aggregateAppliesPer);
    json.add("anyAuto"_L1, anyAuto);
    json.add("ownedAutosOnly"_L1, ownedAutosOnly);
    json.add("scheduledAutos"_L1, scheduledAutos);
    json.add("hiredAutosOnly"_L1, hiredAutosOnly);
    json.add("nonOwnedAutosOnly"_L1, nonOwnedAutosOnly);
    json.add("excess"_L1, excess);
    json.add("deductibleOrRetention"_L1, deductibleOrRetention);
    json.add("wcStatutory"_L1, wcStatutory);
    json.add("wcPersonsExcluded"_L1, wcPersonsExcluded);
    json.add("additionalInsuredEndorsement"_L1, additionalInsuredEndorsement);
    json.add("waiverOfSubrogationEndorsement"_L1, waiverOfSubrogationEndorsement);
    json.add("primaryNonContributory"_L1, primaryNonContributory);
    json.add("otherDescription"_L1, otherDescription);
    return json;
}

PolicyIndicators PolicyIndicators::fromJson(const QJsonObject& json)
{
    PolicyIndicators i;
    auto flag = [&json](const char* key, bool fallback) { return json.value(QLatin1String(key)).toBool(fallback); };
    i.claimsMade = flag("claimsMade", false);
    i.aggregateAppliesPer = json.value(QLatin1String("aggregateAppliesPer")).toString(QStringLiteral("policy"));
    i.anyAuto = flag("anyAuto", false);
    i.ownedAutosOnly = flag("ownedAutosOnly", false);
    i.scheduledAutos = flag("scheduledAutos", false);
    i.hiredAutosOnly = flag("hiredAutosOnly", false);
    i.nonOwnedAutosOnly = flag("nonOwnedAutosOnly", false);
    i.excess = flag("excess", false);
    i.deductibleOrRetention = json.value(QLatin1String("deductibleOrRetention")).toString();
    i.wcStatutory = flag("wcStatutory", true);
    i.wcPersonsExcluded = flag("wcPersonsExcluded", false);
    i.additionalInsuredEndorsement = flag("additionalInsuredEndorsement", false);
    i.waiverOfSubrogationEndorsement = flag("waiverOfSubrogationEndorsement", false);
    i.primaryNonContributory = flag("primaryNonContributory", false);
    i.otherDescription = json.value(QLatin1String("otherDescription")).toString();
    return i;
}

QString policyStatusDisplayNameTr(PolicyStatus status)
{
    return QCoreApplication::translate("Policy", policyStatusDisplayName(status).toUtf8().constData());
}

} // namespace agencydesk
