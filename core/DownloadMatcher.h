#pragma once

#include "PolicyDownload.h"
#include "Result.h"
#include "Session.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace agencydesk {

/// An insured that may be the one a download names, with why.
struct InsuredSuggestion
{
    qint64 insuredId = 0;
    QString name;
    QString address;     ///< "48 Willow St, Portland OR 97205"
    int score = 0;       ///< 0..100
    QStringList reasons; ///< "same name once Chris = Christopher", "same postal code", ...
};

/// Finds the insured a download belongs to: exactly (automatic attach) or as ranked suggestions.
class DownloadMatcher
{
    Q_DECLARE_TR_FUNCTIONS(DownloadMatcher)

public:
    explicit DownloadMatcher(const Session& session) : m_session(session) {}

    /// The one insured whose normalised full name, first address line and postal code all equal the download's
    /// (case, punctuation and spacing ignored; nothing else); none when no insured or several match.
    Result<std::optional<qint64>> exactMatch(const DownloadParty& party) const;
    /// Insureds ranked by score (ties by name): nickname pairs, Inc/Incorporated-style and St/Street-style
    /// abbreviations, transposed first and last names, same postal code, same phone, same email.
    Result<std::vector<InsuredSuggestion>> suggest(const DownloadParty& party, int limit = 10) const;

    /// Lower case, punctuation dropped, spaces collapsed: "Bluewater Fabrication, Inc." -> "bluewater fabrication inc".
    static QString normalized(const QString& text);
    /// normalized(text) == normalizedText, without writing normalized(text) out.
    static bool normalizesTo(const QString& text, const QString& normalizedText);
    static QString normalizedPostal(const QString& postalCode); ///< upper case, no spaces or dashes

private:
    const Session& m_session;
};

} // namespace agencydesk
