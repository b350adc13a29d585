#pragma once

#include "Policy.h"
#include "PolicyDownload.h"

#include <QDate>
#include <QString>

#include <optional>

namespace agencydesk {

/// Carriers' codes (ACORD, CSIO's csio:-prefixed ones, AL3's) mapped to our lines and limit codes.
/// The tables are in DownloadCodes.cpp and docs/DOWNLOADS.md.
namespace downloadcodes {

/// A line-of-business code (AUTOB, CGL, HOME, csio:AUTO, ...); Other for a code we do not model.
LineOfBusiness lineFor(const QString& lobCode);
/// A readable name for a line we file under Other ("Inland marine"), for the policy's description.
QString otherLineDescription(const QString& lobCode);
/// Our limit code for a coverage code (and what the limit applies to) on \a line; empty when not modelled.
QString limitCodeFor(LineOfBusiness line, const QString& coverageCode, const QString& appliesTo);
/// Fills each coverage's limitCode; on the Other line the first two limits become OtherLimit1 and 2.
void assignLimitCodes(PolicyDownload& download);
/// mortgagee | loss-payee | additional-insured | other, from MORTG, LOSSP, ADDIN, csio:MORTG, ...
QString interestKind(const QString& code);

/// YYYY-MM-DD (XML) or YYYYMMDD (AL3); an invalid date when the text is not one.
QDate parseDate(const QString& text);
/// "1000000", "1250.50", "-3.5": cents; nullopt when the text is not a decimal amount.
std::optional<qint64> parseDecimalCents(const QString& text);
/// AL3: digits with two implied decimals and a trailing sign ("00000012345+" is 123.45): cents.
std::optional<qint64> parseImpliedCents(const QString& text);

} // namespace downloadcodes
} // namespace agencydesk
