#pragma once

#include "JsonText.h"
#include "Result.h"
#include "Session.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace agencydesk {

/// One row of the Notes & activities trail: an audit entry written by a service, or a CSR's note.
struct Activity
{
    qint64 id = 0;
    QString at;
    QString userName;
    QString kind; ///< audit | note
    QString entityType;
    qint64 entityId = 0;
    std::optional<qint64> insuredId;
    QString action;  ///< created, updated, cancelled, deactivated, note, ...
    QString summary; ///< one line a CSR reads
    QJsonObject details;
};

/// Writes the audit row of a mutation; called inside the mutation's transaction.
Status recordActivity(const Session& session, const QString& entityType, qint64 entityId,
                      std::optional<qint64> insuredId, const QString& action, const QString& summary,
                      const QJsonObject& details = {});
Status recordActivity(const Session& session, const QString& entityType, qint64 entityId,
                      std::optional<qint64> insuredId, const QString& action, const QString& summary,
                      const JsonObjectText& details);

/// Field-by-field before/after of two JSON objects, for the audit row's details.
QJsonObject jsonChanges(const QJsonObject& before, const QJsonObject& after);

class ActivityService
{
    Q_DECLARE_TR_FUNCTIONS(ActivityService)

public:
    explicit ActivityService(const Session& session) : m_session(session) {}

    Result<qint64> addNote(qint64 insuredId, const QString& text);
    Result<std::vector<Activity>> forInsured(qint64 insuredId, int limit = 500) const;
    Result<std::vector<Activity>> forEntity(const QString& entityType, qint64 entityId, int limit = 500) const;
    Result<std::vector<Activity>> recent(int limit = 200) const;

private:
    Result<std::vector<Activity>> select(const QString& where, const QVariantList& binds, int limit) const;
    const Session& m_session;
};

} // namespace agencydesk
