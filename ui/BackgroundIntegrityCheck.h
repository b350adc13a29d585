#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

namespace agencydesk {

class Database;

/// Runs PRAGMA quick_check on its own connection in a worker thread: the check a large database
/// skips at open (it reads every page) still runs, without holding up the first rows.
class BackgroundIntegrityCheck : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundIntegrityCheck(std::shared_ptr<Database> db, QObject* parent = nullptr);
    ~BackgroundIntegrityCheck() override;

    void start();

signals:
    /// problems is empty when the file is healthy.
    void finished(const QStringList& problems);

private:
    std::shared_ptr<Database> m_db;
    QThread* m_thread = nullptr;
};

} // namespace agencydesk
