#include "DatabaseMaintenance.h"

#include "Database.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace agencydesk {

Result<QStringList> DatabaseMaintenance::check(const Database& db)
{
    QStringList problems;
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("PRAGMA integrity_check"));
    if (Status s = exec(q); !s)
        return s.error();
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    QSqlQuery fk = db.query();
    fk.prepare(QStringLiteral("PRAGMA foreign_key_check"));
    if (Status s = exec(fk); !s)
        return s.error();
    while (fk.next())
        problems << QStringLiteral("row %1 of %2 refers to a missing row of %3")
                        .arg(fk.value(1).toString(), fk.value(0).toString(), fk.value(2).toString());
    QSqlQuery fts = db.query();
    for (const char* table : {"insured_search", "policy_search"}) {
        if (!fts.exec(QStringLiteral("INSERT INTO %1(%1, rank) VALUES ('integrity-check', 1)")
                          .arg(QString::fromLatin1(table))))
            problems << QStringLiteral("search index %1 is out of step: %2")
                            .arg(QString::fromLatin1(table), fts.lastError().databaseText());
    }
    return problems;
}

Result<QStringList> DatabaseMaintenance::quickCheck(const Database& db)
{
    QStringList problems;
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("PRAGMA quick_check"));
    if (Status s = exec(q); !s)
        return QStringList{s.error().message};
    while (q.next()) {
        if (q.value(0).toString() != QLatin1String("ok"))
            problems << q.value(0).toString();
    }
    return problems;
}

Status DatabaseMaintenance::backup(const Database& db, const QString& targetPath)
{
    const QFileInfo target(targetPath);
    if (target.exists())
        return Error{
            ErrorCode::Conflict,
            tr("%1 already exists; choose a new file name for the backup.").arg(QDir::toNativeSeparators(targetPath))};
    if (!target.dir().exists())
        return Error{ErrorCode::NotFound,
                     tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(target.absolutePath()))};
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target.absoluteFilePath());
    if (Status s = exec(q); !s) {
        QFile::remove(target.absoluteFilePath()); // never leave half a backup behind
        return Error{s.error().code,
                     tr("Backup to %1 failed: %2").arg(QDir::toNativeSeparators(targetPath), s.error().message)};
    }
    return {};
}

} // namespace agencydesk
