#pragma once

#include "Insured.h"
#include "Result.h"
#include "Session.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <vector>

namespace agencydesk {

/// The Insureds list's sort keys; each has an index so a page of 100,000 rows sorts in SQL.
enum class InsuredSort
{
    Name,
    Dba,
    City,
    PostalCode,
    Email,
    Status
};

struct InsuredListQuery
{
    InsuredSort sort = InsuredSort::Name;
    bool descending = false;
    int statusFilter = 0; ///< 0 all, 1 active only, 2 inactive only
};

class InsuredService
{
    Q_DECLARE_TR_FUNCTIONS(InsuredService)

public:
    explicit InsuredService(const Session& session) : m_session(session) {}

    Result<qint64> create(const Insured& insured);
    /// The same inside a caller's open transaction (the caller has checked its Operation).
    Result<qint64> createInTransaction(Insured& insured, const QString& summary = {});
    /// Saves \a insured if nobody saved it since insured.rowVersion was read; otherwise a Conflict
    /// that names who changed it and when.
    Status update(const Insured& insured);
    Status setActive(qint64 id, bool active);
    Result<Insured> get(qint64 id) const;

    Result<int> count(const InsuredListQuery& query) const;
    Result<std::vector<Insured>> page(const InsuredListQuery& query, int offset, int limit) const;

    /// Checks and normalises (trims, upper-cases codes) the fields; the message names each bad field.
    static Status validate(Insured& insured);
    static QJsonObject toJson(const Insured& insured);

private:
    Status conflictOrMissing(qint64 id) const;
    const Session& m_session;
};

} // namespace agencydesk
