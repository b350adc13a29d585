#include "ChangeWatcher.h"

#include "Database.h"

namespace agencydesk {

ChangeWatcher::ChangeWatcher(std::shared_ptr<Database> db, int intervalMs, QObject* parent)
    : QObject(parent), m_db(std::move(db))
{
    m_lastVersion = m_db->dataVersion();
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
    m_timer.start();
}

void ChangeWatcher::poll()
{
    const qint64 version = m_db->dataVersion();
    if (version >= 0 && version != m_lastVersion) {
        m_lastVersion = version;
        emit databaseChanged();
    }
}

} // namespace agencydesk
