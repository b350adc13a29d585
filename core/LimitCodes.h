#pragma once

#include "Policy.h"
#include "Result.h"

#include <QString>

#include <vector>

namespace agencydesk {

/// A limit the certificate form knows, named after the form (EachOccurrence, ELEachAccident, ...).
struct LimitCode
{
    QString code;
    QString label;
    LineOfBusiness line;
};

const std::vector<LimitCode>& limitCodes();
std::vector<LimitCode> limitCodesFor(LineOfBusiness line);
QString limitLabelTr(const LimitCode& code);         ///< the label in the interface language (label is English)
const LimitCode* findLimitCode(const QString& code); ///< case-insensitive; nullptr when unknown

/// Parses "$1,000,000", "1,000,000", "1000000" or "1M"/"500K" into whole dollars.
Result<qint64> parseAmount(const QString& text);
/// "$1,000,000"
QString formatAmount(qint64 dollars);

} // namespace agencydesk
