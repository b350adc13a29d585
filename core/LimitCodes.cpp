#include "LimitCodes.h"

#include <QLocale>

namespace agencydesk {

const std::vector<LimitCode>& limitCodes()
{
    using L = LineOfBusiness;
    static const std::vector<LimitCode> codes = {
        {QStringLiteral("EachOccurrence"), QStringLiteral("Each occurrence"), L::GeneralLiability},
        {QStringLiteral("DamageToRentedPremises"), QStringLiteral("Damage to rented premises (ea occurrence)"),
         L::GeneralLiability},
        {QStringLiteral("MedicalExpense"), QStringLiteral("Med exp (any one person)"), L::GeneralLiability},
        {QStringLiteral("PersonalAdvertisingInjury"), QStringLiteral("Personal & adv injury"), L::GeneralLiability},
        {QStringLiteral("GeneralAggregate"), QStringLiteral("General aggregate"), L::GeneralLiability},
        {QStringLiteral("ProductsCompletedOpsAggregate"), QStringLiteral("Products - comp/op agg"),
         L::GeneralLiability},
        {QStringLiteral("CombinedSingleLimit"), QStringLiteral("Combined single limit (ea accident)"), L::Auto},
        {QStringLiteral("BodilyInjuryPerPerson"), QStringLiteral("Bodily injury (per person)"), L::Auto},
        {QStringLiteral("BodilyInjuryPerAccident"), QStringLiteral("Bodily injury (per accident)"), L::Auto},
        {QStringLiteral("PropertyDamage"), QStringLiteral("Property damage (per accident)"), L::Auto},
        {QStringLiteral("UmbrellaEachOccurrence"), QStringLiteral("Each occurrence"), L::Umbrella},
        {QStringLiteral("UmbrellaAggregate"), QStringLiteral("Aggregate"), L::Umbrella},
        {QStringLiteral("Retention"), QStringLiteral("Deductible / retention"), L::Umbrella},
        {QStringLiteral("ELEachAccident"), QStringLiteral("E.L. each accident"), L::WorkersComp},
        {QStringLiteral("ELDiseaseEachEmployee"), QStringLiteral("E.L. disease - ea employee"), L::WorkersComp},
        {QStringLiteral("ELDiseasePolicyLimit"), QStringLiteral("E.L. disease - policy limit"), L::WorkersComp},
        {QStringLiteral("BuildingLimit"), QStringLiteral("Building"), L::Property},
        {QStringLiteral("BusinessPersonalProperty"), QStringLiteral("Business personal property"), L::Property},
        {QStringLiteral("BusinessIncome"), QStringLiteral("Business income"), L::Property},
        {QStringLiteral("PropertyDeductible"), QStringLiteral("Deductible"), L::Property},
        {QStringLiteral("OtherLimit1"), QStringLiteral("Limit"), L::Other},
        {QStringLiteral("OtherLimit2"), QStringLiteral("Second limit"), L::Other},
        {QStringLiteral("OtherDeductible"), QStringLiteral("Deductible"), L::Other},
    };
    return codes;
}

std::vector<LimitCode> limitCodesFor(LineOfBusiness line)
{
    std::vector<LimitCode> out;
    for (const LimitCode& c : limitCodes()) {
        if (c.line == line)
            out.push_back(c);
    }
    return out;
}

const LimitCode* findLimitCode(const QString& code)
{
    for (const LimitCode& c : limitCodes()) {
        if (c.code.compare(code.trimmed(), Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

Result<qint64> parseAmount(const QString& text)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char('$')).remove(QLatin1Char(',')).remove(QLatin1Char(' '));
    qint64 multiplier = 1;
    if (t.endsWith(QLatin1Char('M'), Qt::CaseInsensitive)) {
        multiplier = 1'000'000;
        t.chop(1);
    } else if (t.endsWith(QLatin1Char('K'), Qt::CaseInsensitive)) {
        multiplier = 1'000;
        t.chop(1);
    }
    bool ok = false;
    const double value = t.toDouble(&ok);
    if (t.isEmpty() || !ok || value < 0 || value * multiplier > 1e15)
        return validationError(
            QStringLiteral("\"%1\" is not an amount (use whole dollars, e.g. 1,000,000).").arg(text));
    const double dollars = value * multiplier;
    if (dollars != static_cast<double>(static_cast<qint64>(dollars)))
        return validationError(QStringLiteral("\"%1\" is not a whole number of dollars.").arg(text));
    return static_cast<qint64>(dollars);
}

QString formatAmount(qint64 dollars)
{
    return QLatin1Char('$') + QLocale(QLocale::English, QLocale::UnitedStates).toString(dollars);
}

} // namespace agencydesk
