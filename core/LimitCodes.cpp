#include "LimitCodes.h"

#include <QCoreApplication>
#include <QLocale>

namespace agencydesk {

const std::vector<LimitCode>& limitCodes()
{
    using L = LineOfBusiness;
    static const std::vector<LimitCode> codes = {
        {QStringLiteral("EachOccurrence"), QStringLiteral(QT_TRANSLATE_NOOP("LimitCode", "Each occurrence")),
         L::GeneralLiability},
        {QStringLiteral("DamageToRentedPremises"),
         QStringLiteral(QT_TRANSLATE_NOOP("LimitCode", "Damage to rented premises (ea occurrence)")),
         L::GeneralLiability},
        {QStringLiteral("MedicalExpense"), QStringLiteral(QT_TRANSLATE_NOOP("LimitCode", "Med exp (any one person)")),
         L::GeneralLiability},
        {QStringLiteral("PersonalAdvertisingInjury"),
         QStringLiteral(QT_TRANSLATE_NOOP("LimitCode", "Personal & adv injury")), L::GeneralLiability},
        {QStringLiteral("GeneralAggregate"), QStringLiteral(QT_TRANSLATE_NOOP("LimitCode", "General aggregate")),
         L::GeneralLiability},
        {QStringLiteral("ProductsCompletedOpsAggregate"),
         QStringLiteral(QT_TRANSLATE_NOOP("LimitCode", "Products - comp/op agg")), L::GeneralLiability},
        {QStringLiteral("CombinedSingleLimit"),
         QStringLiteral(QT_TRANSLATE_NOOP("LimitCode", "Combined single limit (ea accident)")), L::Auto},
        {QStringLiteral("BodilyInjuryPerPerson"),
         QStringLiteral(QT_TRANSLATE_NOOP("LimitCode", "Bodily injury (per person)")), L::Auto},
        {QStringLiteral("BodilyInjuryPerAccident"),
         QStringLiteral(QT_TRANSLATE_NOOP("LimitCode", "Bodily injury (per accident)")), L::Auto},
        {QStringLiteral("PropertyDamage"),
         QStringLiteral(QT_TRANSLATE_NOOP("LimitCode", "Property damage (per accident)")), L::Auto},
        {QStringLiteral("UmbrellaEachOccurrence"), QStringLiteral(QT_TRANSLATE_NOOP("LimitCode", "Each occurrence")),
         L::Umbrella},
        {QStringLiteral("UmbrellaAggregate"), QStringLiteral(QT_TRANSLATE_NOOP("LimitCode", "Aggregate")), L::Umbrella},
        {QStringLiteral("Retention"), QStringLiteral(QT_TRANSLATE_NOOP("LimitCode", "Deductible / retention")),
         L::Umbrella},
        {QStringLiteral("ELEachAccident"), QStringLiteral(QT_TRANSLATE_NOOP("LimitCode", "E.L. each accident")),
         L::WorkersComp},
        {QStringLiteral("ELDiseaseEachEmployee"),
         QStringLiteral(QT_TRANSLATE_NOOP("LimitCode", "E.L. disease - ea employee")), L::WorkersComp},
        {QStringLiteral("ELDiseasePolicyLimit"),
         QStringLiteral(QT_TRANSLATE_NOOP("LimitCode", "E.L. disease - policy limit")), L::WorkersComp},
        {QStringLiteral("BuildingLimit"), QStringLiteral(QT_TRANSLATE_NOOP("LimitCode", "Building")), L::Property},
        {QStringLiteral("BusinessPersonalProperty"),
         QStringLiteral(QT_TRANSLATE_NOOP("LimitCode", "Business personal property")), L::Property},
        {QStringLiteral("BusinessIncome"), QStringLiteral(QT_TRANSLATE_NOOP("LimitCode", "Business income")),
         L::Property},
        {QStringLiteral("PropertyDeductible"), QStringLiteral(QT_TRANSLATE_NOOP("LimitCode", "Deductible")),
         L::Property},
        {QStringLiteral("OtherLimit1"), QStringLiteral(QT_TRANSLATE_NOOP("LimitCode", "Limit")), L::Other},
        {QStringLiteral("OtherLimit2"), QStringLiteral(QT_TRANSLATE_NOOP("LimitCode", "Second limit")), L::Other},
        {QStringLiteral("OtherDeductible"), QStringLiteral(QT_TRANSLATE_NOOP("LimitCode", "Deductible")), L::Other},
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

QString limitLabelTr(const LimitCode& code)
{
    return QCoreApplication::translate("LimitCode", code.label.toUtf8().constData());
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
            QCoreApplication::translate("LimitCode", "\"%1\" is not an amount (use whole dollars, e.g. 1,000,000).")
                .arg(text));
    const double dollars = value * multiplier;
    if (dollars != static_cast<double>(static_cast<qint64>(dollars)))
        return validationError(
            QCoreApplication::translate("LimitCode", "\"%1\" is not a whole number of dollars.").arg(text));
    return static_cast<qint64>(dollars);
}

QString formatAmount(qint64 dollars)
{
    return QLatin1Char('$') + QLocale(QLocale::English, QLocale::UnitedStates).toString(dollars);
}

} // namespace agencydesk
