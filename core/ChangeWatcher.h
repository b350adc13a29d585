#pragma once

#include <QObject>
#include <QTimer>

#include <memory>

namespace agencydesk {

class Database;

/// Notices commits made by other connections and processes (PRAGMA data_version) and says so,
/// so every open window refreshes within about a second on a shared database.
class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ChangeWatcher(std::shared_ptr<Database> db, int intervalMs = 1000, QObject* parent = nullptr);

    void poll();

signals:
    void databaseChanged();

private:
    std::shared_ptr<Database> m_db;
    QTimer m_timer;
    qint64 m_lastVersion = -1;
};

} // namespace agencydesk
