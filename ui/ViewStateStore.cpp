#include "ViewStateStore.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>

namespace agencydesk {

namespace {

QHeaderView* headerOf(QAbstractItemView* view)
{
    if (auto* table = qobject_cast<QTableView*>(view))
        return table->horizontalHeader();
    if (auto* tree = qobject_cast<QTreeView*>(view))
        return tree->header();
    return nullptr;
}

} // namespace

ViewStateStore::ViewStateStore(const QString& userName)
    : m_prefix(QStringLiteral("viewState/%1/").arg(userName.isEmpty() ? QStringLiteral("_") : userName))
{}

void ViewStateStore::save(const QWidget* window) const
{
    QSettings settings;
    const QString base = m_prefix + window->objectName() + QLatin1Char('/');
    settings.setValue(base + QStringLiteral("geometry"), window->saveGeometry());
    if (auto* main = qobject_cast<const QMainWindow*>(window))
        settings.setValue(base + QStringLiteral("windowState"), main->saveState());
    for (const QSplitter* splitter : window->findChildren<QSplitter*>()) {
        if (!splitter->objectName().isEmpty())
            settings.setValue(base + QStringLiteral("splitter/") + splitter->objectName(), splitter->saveState());
    }
    for (QAbstractItemView* view : window->findChildren<QAbstractItemView*>()) {
        QHeaderView* header = headerOf(view);
        if (header && !view->objectName().isEmpty() && header->count() > 0)
            settings.setValue(base + QStringLiteral("header/") + view->objectName(), header->saveState());
    }
}

void ViewStateStore::restore(QWidget* window) const
{
    const QSettings settings;
    const QString base = m_prefix + window->objectName() + QLatin1Char('/');
    if (const QByteArray geometry = settings.value(base + QStringLiteral("geometry")).toByteArray();
        !geometry.isEmpty())
        window->restoreGeometry(geometry);
    if (auto* main = qobject_cast<QMainWindow*>(window))
        main->restoreState(settings.value(base + QStringLiteral("windowState")).toByteArray());
    for (QSplitter* splitter : window->findChildren<QSplitter*>()) {
        if (!splitter->objectName().isEmpty())
            splitter->restoreState(
                settings.value(base + QStringLiteral("splitter/") + splitter->objectName()).toByteArray());
    }
    for (QAbstractItemView* view : window->findChildren<QAbstractItemView*>()) {
        QHeaderView* header = headerOf(view);
        if (!header || view->objectName().isEmpty())
            continue;
        const QByteArray state = settings.value(base + QStringLiteral("header/") + view->objectName()).toByteArray();
        if (state.isEmpty() || !header->restoreState(state))
            continue;
        // The header remembers the sort indicator; the model has to be sorted to match it.
        auto* table = qobject_cast<QTableView*>(view);
        auto* tree = qobject_cast<QTreeView*>(view);
        const bool sorting = (table && table->isSortingEnabled()) || (tree && tree->isSortingEnabled());
        if (sorting && header->sortIndicatorSection() >= 0 && view->model())
            view->model()->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
}

} // namespace agencydesk
