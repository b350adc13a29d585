#pragma once

#include <QString>

namespace agencydesk {

/// "12345" or "12345-6789" for US; "A1A 1A1" for CA (a missing space is accepted and added).
bool isValidPostalCode(const QString& country, const QString& postalCode);
QString normalizedPostalCode(const QString& country, const QString& postalCode);
/// Two-letter state (US, incl. DC and territories) or province/territory (CA) code.
bool isValidRegion(const QString& country, const QString& region);
/// Trimmed, inner whitespace collapsed, and never null (a null QString binds as SQL NULL).
QString cleanText(const QString& text);
bool isPlausibleEmail(const QString& email);
/// Any CR or LF: never allowed in single-line fields (names, emails) that may end up in mail headers.
bool containsLineBreak(const QString& text);

} // namespace agencydesk
