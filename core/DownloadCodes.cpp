#include "DownloadCodes.h"

#include <QHash>

namespace agencydesk::downloadcodes {

namespace {

QString stripCsio(const QString& code)
{
    QString c = code.trimmed().toUpper();
    if (c.startsWith(QLatin1String("CSIO:")))
        c.remove(0, 5);
    return c;
}

// CSIO coverage codes that differ from ACORD's, as the ACORD code we map.
const QHash<QString, QString>& csioCoverageAliases()
{
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("TPBI"), QStringLiteral("CSL")},    // third-party liability (auto)
        {QStringLiteral("TPPD"), QStringLiteral("PD")},     // third-party property damage
        {QStringLiteral("CONT"), QStringLiteral("PP")},     // contents
        {QStringLiteral("CGLOC"), QStringLiteral("EAOCC")}, // CGL each occurrence
        {QStringLiteral("CGLAG"), QStringLiteral("GENAG")}, // CGL aggregate
        {QStringLiteral("UMBOC"), QStringLiteral("EAOCC")}, // umbrella each occurrence
        {QStringLiteral("UMBAG"), QStringLiteral("AGG")},   {QStringLiteral("BLDNG"), QStringLiteral("BLDG")},
    };
    return aliases;
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

} // namespace

LineOfBusiness lineFor(const QString& lobCode)
{
    using L = LineOfBusiness;
    static const QHash<QString, L> lines = {
        {QStringLiteral("CGL"), L::GeneralLiability},
        {QStringLiteral("GL"), L::GeneralLiability},
        {QStringLiteral("LIAB"), L::GeneralLiability},
        {QStringLiteral("AUTOB"), L::Auto},
        {QStringLiteral("AUTOP"), L::Auto},
        {QStringLiteral("AUTO"), L::Auto},
        {QStringLiteral("CAUTO"), L::Auto},
        {QStringLiteral("UMBRC"), L::Umbrella},
        {QStringLiteral("UMBRP"), L::Umbrella},
        {QStringLiteral("UMBR"), L::Umbrella},
        {QStringLiteral("EXLIA"), L::Umbrella},
        {QStringLiteral("WORK"), L::WorkersComp},
        {QStringLiteral("WCOM"), L::WorkersComp},
        {QStringLiteral("WCMA"), L::WorkersComp},
        {QStringLiteral("PROPC"), L::Property},
        {QStringLiteral("PROP"), L::Property},
        {QStringLiteral("CFIRE"), L::Property},
        {QStringLiteral("HOME"), L::Property},
        {QStringLiteral("DFIRE"), L::Property},
        {QStringLiteral("BOP"), L::Property},
        {QStringLiteral("HABIT"), L::Property},
        {QStringLiteral("TENANT"), L::Property},
        {QStringLiteral("CONDO"), L::Property},
    };
    return lines.value(stripCsio(lobCode), L::Other);
}

QString otherLineDescription(const QString& lobCode)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("INMRC"), QStringLiteral("Inland marine")},
        {QStringLiteral("INMRP"), QStringLiteral("Inland marine")},
        {QStringLiteral("INMAR"), QStringLiteral("Inland marine")},
        {QStringLiteral("BOAT"), QStringLiteral("Watercraft")},
        {QStringLiteral("CRIME"), QStringLiteral("Crime")},
        {QStringLiteral("EO"), QStringLiteral("Errors & omissions")},
        {QStringLiteral("CYBER"), QStringLiteral("Cyber liability")},
    };
    const QString code = stripCsio(lobCode);
    return names.value(code, code);
}

QString limitCodeFor(LineOfBusiness line, const QString& coverageCode, const QString& appliesToIn)
{
    QString code = coverageCode.trimmed().toUpper();
    if (code.startsWith(QLatin1String("CSIO:")))
        code = csioCoverageAliases().value(code.mid(5), code.mid(5));
    const QString appliesTo = appliesToIn.trimmed().toUpper();
    auto is = [&code](std::initializer_list<const char*> names) {
        for (const char* n : names) {
            if (code == QLatin1String(n))
                return true;
        }
        return false;
    };
    switch (line) {
    case LineOfBusiness::GeneralLiability:
        if (is({"EAOCC", "OCCUR"}))
            return QStringLiteral("EachOccurrence");
        if (is({"GENAG", "AGG"}))
            return QStringLiteral("GeneralAggregate");
        if (is({"PRDCO"}))
            return QStringLiteral("ProductsCompletedOpsAggregate");
        if (is({"PIADV"}))
            return QStringLiteral("PersonalAdvertisingInjury");
        if (is({"MEDEX", "MEDPM"}))
            return QStringLiteral("MedicalExpense");
        if (is({"FIRDM", "DMGRP"}))
            return QStringLiteral("DamageToRentedPremises");
        return {};
    case LineOfBusiness::Auto:
        if (is({"CSL"}))
            return QStringLiteral("CombinedSingleLimit");
        if (is({"BI"}))
            return appliesTo.startsWith(QLatin1String("PERACC")) || appliesTo == QLatin1String("EACHACCIDENT")
                       ? QStringLiteral("BodilyInjuryPerAccident")
                       : QStringLiteral("BodilyInjuryPerPerson");
        if (is({"BIPP"}))
            return QStringLiteral("BodilyInjuryPerPerson");
        if (is({"BIPA"}))
            return QStringLiteral("BodilyInjuryPerAccident");
        if (is({"PD"}))
            return QStringLiteral("PropertyDamage");
        return {};
    case LineOfBusiness::Umbrella:
        if (is({"EAOCC", "UMBRL", "OCCUR"}))
            return QStringLiteral("UmbrellaEachOccurrence");
        if (is({"AGG", "GENAG"}))
            return QStringLiteral("UmbrellaAggregate");
        if (is({"RETEN", "SIR"}))
            return QStringLiteral("Retention");
        return {};
    case LineOfBusiness::WorkersComp:
        if (is({"EL", "WCEL", "EMPL"})) {
            if (appliesTo.contains(QLatin1String("EMP")))
                return QStringLiteral("ELDiseaseEachEmployee");
            if (appliesTo.contains(QLatin1String("POL")))
                return QStringLiteral("ELDiseasePolicyLimit");
            return QStringLiteral("ELEachAccident");
        }
        return {};
    case LineOfBusiness::Property:
        if (is({"BLDG", "DWELL"}))
            return QStringLiteral("BuildingLimit");
        if (is({"BPP", "PP"}))
            return QStringLiteral("BusinessPersonalProperty");
        if (is({"BI", "BUSIN", "EE"}))
            return QStringLiteral("BusinessIncome");
        return {};
    case LineOfBusiness::Other:
        return {};
    }
    return {};
}

void assignLimitCodes(PolicyDownload& download)
{
    int otherLimits = 0;
    for (DownloadCoverage& c : download.coverages) {
        const int slash = c.sourceCode.indexOf(QLatin1Char('/'));
        const QString code = slash < 0 ? c.sourceCode : c.sourceCode.left(slash);
        const QString appliesTo = slash < 0 ? QString() : c.sourceCode.mid(slash + 1);
        if (download.line == LineOfBusiness::Other) {
            if (c.limit && otherLimits < 2)
                c.limitCode = ++otherLimits == 1 ? QStringLiteral("OtherLimit1") : QStringLiteral("OtherLimit2");
            continue;
        }
        c.limitCode = limitCodeFor(download.line, code, appliesTo);
    }
}

QString interestKind(const QString& codeIn)
{
    const QString code = stripCsio(codeIn);
    if (code == QLatin1String("MORTG") || code == QLatin1String("MORT") || code == QLatin1String("LIEN"))
        return QStringLiteral("mortgagee");
    if (code == QLatin1String("LOSSP") || code == QLatin1String("LP"))
        return QStringLiteral("loss-payee");
    if (code == QLatin1String("ADDIN") || code == QLatin1String("AI"))
        return QStringLiteral("additional-insured");
    return QStringLiteral("other");
}

QDate parseDate(const QString& textIn)
{
    // By hand: QDate::fromString with a format runs Qt's general date-time parser, a twentieth of the XML import.
    const QString text = textIn.trimmed();
    const bool iso = text.size() == 10;
    if (!iso && text.size() != 8)
        return {};
    if (iso && (text[4] != QLatin1Char('-') || text[7] != QLatin1Char('-')))
        return {};
    int value[3] = {0, 0, 0};
    int field = 0;
    int digits = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (iso && (i == 4 || i == 7))
            continue;
        const QChar c = text[i];
        if (!isAsciiDigit(c))
            return {};
        value[field] = value[field] * 10 + (c.unicode() - '0');
        if (++digits == (field == 0 ? 4 : 2)) {
            ++field;
            digits = 0;
        }
    }
    const QDate date(value[0], value[1], value[2]);
    return date.isValid() ? date : QDate();
}

std::optional<qint64> parseDecimalCents(const QString& textIn)
{
    const QString text = textIn.trimmed();
    qsizetype i = 0;
    bool negative = false;
    if (i < text.size() && text[i] == QLatin1Char('-')) {
        negative = true;
        ++i;
    }
    qint64 whole = 0;
    int digits = 0;
    for (; i < text.size() && isAsciiDigit(text[i]); ++i, ++digits) {
        if (digits >= 13) // over ten trillion: not an amount anyone insures
            return std::nullopt;
        whole = whole * 10 + (text[i].unicode() - '0');
    }
    if (digits == 0)
        return std::nullopt;
    qint64 cents = 0;
    if (i < text.size() && text[i] == QLatin1Char('.')) {
        ++i;
        int decimals = 0;
        for (; i < text.size() && isAsciiDigit(text[i]); ++i, ++decimals) {
            if (decimals >= 2)
                return std::nullopt;
            cents = cents * 10 + (text[i].unicode() - '0');
        }
        if (decimals == 0)
            return std::nullopt;
        if (decimals == 1)
            cents *= 10;
    }
    if (i != text.size())
        return std::nullopt;
    const qint64 value = whole * 100 + cents;
    return negative ? -value : value;
}

std::optional<qint64> parseImpliedCents(const QString& text)
{
    if (text.size() < 2)
        return std::nullopt;
    const QChar sign = text.back();
    if (sign != QLatin1Char('+') && sign != QLatin1Char('-'))
        return std::nullopt;
    qint64 value = 0;
    const qsizetype digits = text.size() - 1;
    if (digits > 15)
        return std::nullopt;
    for (qsizetype i = 0; i < digits; ++i) {
        if (!isAsciiDigit(text[i]))
            return std::nullopt;
        value = value * 10 + (text[i].unicode() - '0');
    }
    return sign == QLatin1Char('-') ? -value : value;
}

} // namespace agencydesk::downloadcodes
