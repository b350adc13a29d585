#pragma once

// The Insureds list's first screen and what it costs: a fresh open to the first rows, the warm list (count,
// first rows, last row, re-sort), and the list in a table view. With the ui library it measures
// InsuredListModel itself; without it, the InsuredService calls the model would make.

#include "Session.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace agencydesk {
class Database;
#ifdef AGENCYDESK_BENCH_LIST_MODEL
class InsuredListModel;
#endif
} // namespace agencydesk

namespace agencydesk::bench {

// The list's first screen: rowCount and the first 50 rows' cells (model), or count + the first page.
struct ListTimes
{
    double countMs = 0, firstRowsMs = 0, lastPageMs = 0, sortCityMs = 0;
    int rows = 0;
};

class ListBenchmark
{
public:
    /// What the figures measure, for the report: the model, or the service calls standing in for it.
    static QString listVia();

    /// The list needs a user but not a login: logging in is timed apart.
    static Session managerSession(const std::shared_ptr<Database>& db);

    /// One first screen on a fresh connection, closed again: the open and the list's first rows.
    static void firstScreen(const QString& path, int insureds, bool integrityCheck, double* openMsOut,
                            double* firstMsOut);

#ifdef AGENCYDESK_BENCH_LIST_MODEL
    /// The warm list through the model: first rows (timed from before the open), the last row, a re-sort by City.
    static ListTimes measure(InsuredListModel& model, const QElapsedTimer& firstRowsTimer, int insureds);

    /// The list in a table view, scrolled a few pages and to the end: what the view's painting adds to RSS.
    static void measureTableView(InsuredListModel& model, QJsonObject& memory);
#else
    /// The warm list through InsuredService: count + first page (timed from before the open), last page, by City.
    static ListTimes measure(const Session& listSession, const QElapsedTimer& firstRowsTimer, int insureds);
#endif
};

} // namespace agencydesk::bench
