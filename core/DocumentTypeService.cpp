#include "DocumentTypeService.h"

#include "ActivityService.h"
#include "Database.h"
#include "Validation.h"

#include <QSqlQuery>
#include <QVariant>

namespace agencydesk {

Result<QStringList> DocumentTypeService::types() const
{
    QSqlQuery q = m_session.database().query();
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT name FROM document_types WHERE active = 1 ORDER BY position, name"));
    if (Status s = exec(q); !s)
        return s.error();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<QString> DocumentTypeService::resolve(const QString& name) const
{
    Result<QStringList> list = types();
    if (!list)
        return list.error();
    const QString wanted = cleanText(name);
    for (const QString& type : *list) {
        if (type.compare(wanted, Qt::CaseInsensitive) == 0)
            return type;
    }
    if (wanted.isEmpty())
        return validationError(tr("Choose a document type (%1).").arg(list->join(QStringLiteral(", "))));
    return validationError(
        tr("\"%1\" is not a document type; the types are: %2.").arg(wanted, list->join(QStringLiteral(", "))));
}

Status DocumentTypeService::add(const QString& input)
{
    if (Status s = authorize(m_session, Operation::DocumentSettings); !s)
        return s;
    const QString name = cleanText(input);
    if (name.isEmpty() || name.size() > 60)
        return validationError(tr("A document type needs a name of 1 to 60 characters."));
    Transaction tx(m_session.database());
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q = m_session.database().query();
    // A removed type of the same name comes back (with its place) rather than failing the UNIQUE rule.
    q.prepare(QStringLiteral("INSERT INTO document_types(name, position) VALUES (?, "
                             "(SELECT COALESCE(MAX(position), 0) + 1 FROM document_types)) "
                             "ON CONFLICT(name) DO UPDATE SET active = 1 WHERE active = 0"));
    q.addBindValue(name);
    if (Status s = exec(q); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error{ErrorCode::Conflict, tr("The document type \"%1\" is already on the list.").arg(name)};
    if (Status s = recordActivity(m_session, QStringLiteral("document_type"), 0, std::nullopt,
                                  QStringLiteral("created"), QStringLiteral("Added document type %1").arg(name));
        !s)
        return s;
    return tx.commit();
}

Status DocumentTypeService::remove(const QString& input)
{
    if (Status s = authorize(m_session, Operation::DocumentSettings); !s)
        return s;
    Result<QString> name = resolve(input);
    if (!name)
        return name.error();
    Transaction tx(m_session.database());
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral("UPDATE document_types SET active = 0 WHERE name = ?"));
    q.addBindValue(*name);
    if (Status s = exec(q); !s)
        return s;
    if (Status s =
            recordActivity(m_session, QStringLiteral("document_type"), 0, std::nullopt, QStringLiteral("removed"),
                           QStringLiteral("Removed document type %1 from the list").arg(*name));
        !s)
        return s;
    return tx.commit();
}

Result<qint64> DocumentTypeService::sizeLimitBytes() const
{
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = 'documents.max_size_mb'"));
    if (Status s = exec(q); !s)
        return s.error();
    bool ok = false;
    const int mb = q.next() ? q.value(0).toString().toInt(&ok) : DefaultSizeLimitMb;
    return qint64(ok || mb == DefaultSizeLimitMb ? mb : DefaultSizeLimitMb) * 1024 * 1024;
}

Status DocumentTypeService::setSizeLimitMb(int megabytes)
{
    if (Status s = authorize(m_session, Operation::DocumentSettings); !s)
        return s;
    if (megabytes < 1 || megabytes > 1024)
        return validationError(tr("The document size limit must be 1 to 1024 MB (got %1).").arg(megabytes));
    Transaction tx(m_session.database());
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES ('documents.max_size_mb', ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(QString::number(megabytes));
    if (Status s = exec(q); !s)
        return s;
    if (Status s = recordActivity(m_session, QStringLiteral("settings"), 0, std::nullopt, QStringLiteral("updated"),
                                  QStringLiteral("Document size limit set to %1 MB").arg(megabytes));
        !s)
        return s;
    return tx.commit();
}

} // namespace agencydesk
