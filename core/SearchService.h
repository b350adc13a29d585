#pragma once

#include "Result.h"
#include "Session.h"

#include <QString>

#include <vector>

namespace agencydesk {

/// One line of the super search's drop-down.
struct SearchHit
{
    qint64 insuredId = 0;
    QString name;
    QString dba;
    QString city;
    QString state;
    QString email;
    bool active = true;
    QString matchedField; ///< name | dba | email | policy
    QString matchedText;  ///< the policy number or email that matched, for the drop-down
};

/// The super search: any part of the name or DBA, a policy number, or an email, as the CSR types.
/// Three characters and more use the trigram FTS5 index; one or two use the name/number indexes as prefixes.
class SearchService
{
public:
    explicit SearchService(const Session& session) : m_session(session) {}

    Result<std::vector<SearchHit>> search(const QString& text, int limit = 25) const;
    /// The same question answered by a LIKE '%q%' scan: for the benchmark's comparison only.
    Result<std::vector<qint64>> naiveScan(const QString& text, int limit = 25) const;

private:
    const Session& m_session;
};

} // namespace agencydesk
