#include "Policy.h"

#include <QCoreApplication>

namespace agencydesk {

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

QJsonObject PolicyIndicators::toJson() const
{
    return QJsonObject{
        {QStringLiteral("claimsMade"), claimsMade},
        {QStringLiteral("aggregateAppliesPer"), aggregateAppliesPer},
        {QStringLiteral("anyAuto"), anyAuto},
        {QStringLiteral("ownedAutosOnly"), ownedAutosOnly},
        {QStringLiteral("scheduledAutos"), scheduledAutos},
        {QStringLiteral("hiredAutosOnly"), hiredAutosOnly},
        {QStringLiteral("nonOwnedAutosOnly"), nonOwnedAutosOnly},
        {QStringLiteral("excess"), excess},
        {QStringLiteral("deductibleOrRetention"), deductibleOrRetention},
        {QStringLiteral("wcStatutory"), wcStatutory},
        {QStringLiteral("wcPersonsExcluded"), wcPersonsExcluded},
        {QStringLiteral("additionalInsuredEndorsement"), additionalInsuredEndorsement},
        {QStringLiteral("waiverOfSubrogationEndorsement"), waiverOfSubrogationEndorsement},
        {QStringLiteral("primaryNonContributory"), primaryNonContributory},
        {QStringLiteral("otherDescription"), otherDescription},
    };
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
