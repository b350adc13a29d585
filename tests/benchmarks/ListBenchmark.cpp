#include "ListBenchmark.h"

#include "BenchSystem.h"
#include "Database.h"
#include "InsuredService.h"

#include <QtGlobal>

#ifdef AGENCYDESK_BENCH_LIST_MODEL
#include "InsuredListModel.h"

#include <QCoreApplication>
#include <QScrollBar>
#include <QTableView>
#endif

#include <algorithm>
#include <vector>

namespace agencydesk::bench {

namespace {

#ifndef AGENCYDESK_BENCH_LIST_MODEL
/// The Insureds list without the ui library: what the model asks of InsuredService.
constexpr int kServicePage = 200;
#endif

#ifdef AGENCYDESK_BENCH_LIST_MODEL
/// Asks for every cell of count rows, as the view painting them would; returns how many were valid.
int readRows(QAbstractItemModel& model, int first, int count)
{
    int cells = 0;
    const int columns = model.columnCount();
    for (int r = first; r < std::min(model.rowCount(), first + count); ++r) {
        for (int c = 0; c < columns; ++c) {
            if (model.data(model.index(r, c), Qt::DisplayRole).isValid())
                ++cells;
        }
    }
    return cells;
}
#endif

} // namespace

QString ListBenchmark::listVia()
{
#ifdef AGENCYDESK_BENCH_LIST_MODEL
    return QStringLiteral("InsuredListModel");
#else
    return QStringLiteral("InsuredService::count + page(0, 200)");
#endif
}

Session ListBenchmark::managerSession(const std::shared_ptr<Database>& db)
{
    return Session{db, UserContext{1, QStringLiteral("maria"), QStringLiteral("Maria Alvarez"), Role::Manager}};
}

void ListBenchmark::firstScreen(const QString& path, int insureds, bool integrityCheck, double* openMsOut,
                                double* firstMsOut)
{
    QElapsedTimer t;
    t.start();
    OpenOptions options;
    options.create = false;
    options.integrityCheck = integrityCheck;
    Result<std::shared_ptr<Database>> opened = Database::open(path, options);
    *openMsOut = msSince(t);
    if (!opened) {
        fail(QStringLiteral("Database::open failed: %1").arg(opened.error().message));
        return;
    }
    const Session session = managerSession(*opened);
#ifdef AGENCYDESK_BENCH_LIST_MODEL
    InsuredListModel model(session, nullptr);
    const int cells = readRows(model, 0, 50);
    *firstMsOut = msSince(t);
    if (model.rowCount() < std::min(insureds, 50) || cells == 0)
        fail(QStringLiteral("the Insureds list shows %1 rows, %2 cells").arg(model.rowCount()).arg(cells));
#else
    Q_UNUSED(insureds);
    InsuredService service(session);
    Result<int> count = service.count({});
    Result<std::vector<Insured>> page = service.page({}, 0, kServicePage);
    *firstMsOut = msSince(t);
    if (!count || !page || page->empty())
        fail(QStringLiteral("the Insureds list failed"));
#endif
}

#ifdef AGENCYDESK_BENCH_LIST_MODEL
ListTimes ListBenchmark::measure(InsuredListModel& model, const QElapsedTimer& firstRowsTimer, int insureds)
{
    ListTimes list;
    {
        QElapsedTimer t;
        t.start();
        list.rows = model.rowCount();
        list.countMs = msSince(t);
        const int cells = readRows(model, 0, 50);
        list.firstRowsMs = msSince(firstRowsTimer);
        if (list.rows < std::min(insureds, 50) || cells == 0)
            fail(QStringLiteral("the Insureds list shows %1 rows, %2 cells").arg(list.rows).arg(cells));
    }
    {
        QElapsedTimer t;
        t.start();
        const int cells = readRows(model, std::max(0, model.rowCount() - 1), 1);
        list.lastPageMs = msSince(t);
        if (cells == 0)
            fail(QStringLiteral("the last row of the Insureds list is empty"));
    }
    int cityColumn = -1;
    for (int c = 0; c < model.columnCount(); ++c) {
        if (model.headerData(c, Qt::Horizontal, Qt::DisplayRole)
                .toString()
                .compare(QLatin1String("City"), Qt::CaseInsensitive) == 0)
            cityColumn = c;
    }
    if (cityColumn < 0) {
        fail(QStringLiteral("the Insureds list has no City column"));
    } else {
        QElapsedTimer t;
        t.start();
        model.sort(cityColumn, Qt::AscendingOrder);
        const int cells = readRows(model, 0, 50);
        list.sortCityMs = msSince(t);
        if (cells == 0)
            fail(QStringLiteral("the Insureds list is empty after sorting by City"));
        model.sort(0, Qt::AscendingOrder);
    }
    return list;
}
#else
ListTimes ListBenchmark::measure(const Session& listSession, const QElapsedTimer& firstRowsTimer, int insureds)
{
    ListTimes list;
    InsuredService service(listSession);
    QElapsedTimer t;
    t.start();
    Result<int> count = service.count({});
    list.countMs = msSince(t);
    Result<std::vector<Insured>> page = service.page({}, 0, kServicePage);
    list.firstRowsMs = msSince(firstRowsTimer);
    if (!count || !page || page->empty()) {
        fail(QStringLiteral("the Insureds list failed: %1")
                 .arg(!count ? count.error().message
                      : !page ? page.error().message
                              : QStringLiteral("no rows")));
    } else {
        list.rows = *count;
        if (list.rows != insureds)
            fail(QStringLiteral("the book holds %1 insureds, expected %2").arg(list.rows).arg(insureds));
    }
    t.restart();
    const int lastOffset = std::max(0, list.rows - kServicePage);
    Result<std::vector<Insured>> last = service.page({}, lastOffset, kServicePage);
    list.lastPageMs = msSince(t);
    if (!last || last->empty() || static_cast<int>(last->size()) != list.rows - lastOffset)
        fail(QStringLiteral("the last page of the Insureds list is wrong"));
    InsuredListQuery byCity;
    byCity.sort = InsuredSort::City;
    t.restart();
    Result<std::vector<Insured>> city = service.page(byCity, 0, kServicePage);
    list.sortCityMs = msSince(t);
    if (!city || city->empty())
        fail(QStringLiteral("sorting the Insureds list by City failed"));
    return list;
}
#endif

#ifdef AGENCYDESK_BENCH_LIST_MODEL
void ListBenchmark::measureTableView(InsuredListModel& model, QJsonObject& memory)
{
    QTableView view;
    view.setModel(&model);
    view.resize(1280, 800);
    view.show();
    QCoreApplication::processEvents();
    QElapsedTimer t;
    t.start();
    QScrollBar* bar = view.verticalScrollBar();
    for (int pageNo = 1; pageNo <= 5; ++pageNo) {
        bar->setValue(std::min(bar->maximum(), pageNo * bar->pageStep()));
        QCoreApplication::processEvents();
    }
    bar->setValue(bar->maximum());
    QCoreApplication::processEvents();
    memory.insert(QStringLiteral("tableViewScrollMs"), msSince(t));
    memory.insert(QStringLiteral("peakRssWithTableViewBytes"), peakRssBytes());
}
#endif

} // namespace agencydesk::bench
