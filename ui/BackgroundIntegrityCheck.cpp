#include "BackgroundIntegrityCheck.h"

#include "Database.h"
#include "DatabaseMaintenance.h"

#include <QMetaObject>
#include <QPointer>
#include <QThread>

namespace agencydesk {

BackgroundIntegrityCheck::BackgroundIntegrityCheck(std::shared_ptr<Database> db, QObject* parent)
    : QObject(parent), m_db(std::move(db))
{}

BackgroundIntegrityCheck::~BackgroundIntegrityCheck()
{
    if (m_thread) {
        m_thread->wait(); // the check must not outlive the window that shows its result
        delete m_thread;
    }
}

void BackgroundIntegrityCheck::start()
{
    const QString path = m_db->path();
    const bool shared = m_db->isShared();
    QPointer<BackgroundIntegrityCheck> self(this);
    m_thread = QThread::create([path, shared, self] {
        QStringList problems;
        {
            // Each thread opens its own connection.
            OpenOptions options;
            options.create = false;
            options.integrityCheck = false;
            options.shared = shared ? 1 : 0;
            auto db = Database::open(path, options);
            if (!db) {
                problems << db.error().message;
            } else {
                auto result = DatabaseMaintenance::quickCheck(*db.value());
                problems = result ? *result : QStringList{result.error().message};
            }
        }
        if (self)
            QMetaObject::invokeMethod(
                self,
                [self, problems] {
                    if (self)
                        emit self->finished(problems);
                },
                Qt::QueuedConnection);
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace agencydesk
