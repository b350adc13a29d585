#include "DocumentService.h"

#include "ActivityService.h"
#include "Database.h"
#include "DocumentTypeService.h"
#include "InsuredService.h"
#include "PolicyService.h"
#include "Validation.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlQuery>
#include <QVariant>

namespace agencydesk {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT d.id, d.insured_id, i.name, d.policy_id, p.number, d.kind, d.email_document_id, d.file_name, d.doc_type, "
    "d.issue_date, d.purpose, d.shared, d.shared_at, d.repaired, b.page_count, b.size, b.sha256, d.added_by_name, "
    "d.added_at, d.row_version FROM documents d JOIN document_blobs b ON b.id = d.blob_id "
    "JOIN insureds i ON i.id = d.insured_id LEFT JOIN policies p ON p.id = d.policy_id ");

Document readDocument(const QSqlQuery& q)
{
    Document d;
    d.id = q.value(0).toLongLong();
    d.insuredId = q.value(1).toLongLong();
    d.insuredName = q.value(2).toString();
    if (!q.value(3).isNull())
        d.policyId = q.value(3).toLongLong();
    d.policyNumber = q.value(4).toString();
    d.kind = q.value(5).toString();
    if (!q.value(6).isNull())
        d.emailDocumentId = q.value(6).toLongLong();
    d.fileName = q.value(7).toString();
    d.type = q.value(8).toString();
    d.issueDate = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    d.purpose = q.value(10).toString();
    d.shared = q.value(11).toBool();
    d.sharedAt = q.value(12).toString();
    d.repaired = q.value(13).toBool();
    d.pageCount = q.value(14).toInt();
    d.size = q.value(15).toLongLong();
    d.sha256 = q.value(16).toString();
    d.addedByName = q.value(17).toString();
    d.addedAt = q.value(18).toString();
    d.rowVersion = q.value(19).toInt();
    return d;
}

Result<std::vector<Document>> selectDocuments(const Database& db, const QString& where, const QVariantList& binds)
{
    QSqlQuery q = db.query();
    q.setForwardOnly(true);
    q.prepare(kSelect + where);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s.error();
    std::vector<Document> out;
    while (q.next())
        out.push_back(readDocument(q));
    return out;
}

Error staleDocument(const Document& d)
{
    return {ErrorCode::Conflict,
            DocumentService::tr("Document %1 was changed by someone else since it was shown; reload and try again.")
                .arg(d.fileName)};
}

} // namespace

Result<DocumentMetadata> DocumentService::checkMetadata(const DocumentMetadata& input, const QString& fileName) const
{
    if (Status s = authorize(m_session, Operation::DocumentAdd); !s)
        return s.error();
    auto fail = [&fileName](const QString& why) {
        return validationError(QStringLiteral("%1: %2").arg(fileName, why));
    };
    DocumentMetadata m = input;
    Result<Insured> insured = InsuredService(m_session).get(m.insuredId);
    if (!insured)
        return fail(tr("there is no insured with ID %1").arg(m.insuredId));
    if (m.policyId) {
        Result<Policy> policy = PolicyService(m_session).get(*m.policyId);
        if (!policy)
            return fail(tr("there is no policy with ID %1").arg(*m.policyId));
        if (policy->insuredId != m.insuredId)
            return fail(tr("policy %1 is not %2's").arg(policy->number, insured->name));
    }
    Result<QString> type = DocumentTypeService(m_session).resolve(m.type);
    if (!type)
        return fail(type.error().message);
    m.type = *type;
    if (!m.issueDate.isValid())
        return fail(tr("the issue date is missing or not a date (YYYY-MM-DD)"));
    if (m.issueDate.year() < 1900 || m.issueDate > QDate::currentDate().addYears(5))
        return fail(tr("the issue date %1 is not plausible").arg(m.issueDate.toString(Qt::ISODate)));
    m.purpose = cleanText(m.purpose);
    if (m.purpose.size() > 500)
        return fail(tr("the business purpose is longer than 500 characters"));
    return m;
}

Result<DocumentAddOutcome> DocumentService::add(const DocumentFile& file)
{
    const QString name = QFileInfo(file.path).fileName();
    Result<DocumentMetadata> meta = checkMetadata(file.metadata, name);
    if (!meta)
        return meta.error();
    Result<qint64> limit = DocumentTypeService(m_session).sizeLimitBytes();
    if (!limit)
        return limit.error();
    Result<PreparedFile> prepared = DocumentFileReader::read(file.path, *limit);
    if (!prepared)
        return prepared.error();
    return store(*prepared, *meta);
}

Result<DocumentAddOutcome> DocumentService::addBytes(const QString& fileName, const QByteArray& bytes,
                                                     const DocumentMetadata& metadata)
{
    Result<DocumentMetadata> meta = checkMetadata(metadata, fileName);
    if (!meta)
        return meta.error();
    Result<qint64> limit = DocumentTypeService(m_session).sizeLimitBytes();
    if (!limit)
        return limit.error();
    Result<PreparedFile> prepared = DocumentFileReader::fromBytes(fileName, bytes, *limit);
    if (!prepared)
        return prepared.error();
    return store(*prepared, *meta);
}

Result<qint64> DocumentService::storeBlob(const PreparedDocument& doc)
{
    const Database& db = m_session.database();
    QSqlQuery find = db.query();
    find.prepare(QStringLiteral("SELECT id FROM document_blobs WHERE sha256 = ?"));
    find.addBindValue(doc.sha256);
    if (Status s = exec(find); !s)
        return s.error();
    if (find.next())
        return find.value(0).toLongLong();
    QSqlQuery insert = db.query();
    insert.prepare(QStringLiteral("INSERT INTO document_blobs(sha256, bytes, size, page_count, thumbnail, text) "
                                  "VALUES (?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(doc.sha256);
    insert.addBindValue(doc.bytes);
    insert.addBindValue(doc.bytes.size());
    insert.addBindValue(doc.pageCount);
    insert.addBindValue(doc.thumbnailPng.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : doc.thumbnailPng);
    insert.addBindValue(cleanText(doc.text).isEmpty() ? QStringLiteral("") : doc.text);
    if (Status s = exec(insert); !s)
        return s.error();
    return insert.lastInsertId().toLongLong();
}

Result<DocumentAddOutcome> DocumentService::store(const PreparedFile& file, const DocumentMetadata& input)
{
    Result<DocumentMetadata> meta = checkMetadata(input, file.fileName);
    if (!meta)
        return meta.error();
    if (file.documents.empty())
        return validationError(tr("%1: nothing to add").arg(file.fileName));
    Transaction tx(m_session.database());
    if (Status s = tx.begin(); !s)
        return s.error();
    Result<DocumentAddOutcome> outcome = storeInTransaction(file, *meta);
    if (!outcome)
        return outcome;
    if (Status s = tx.commit(); !s)
        return s.error();
    return outcome;
}

Result<DocumentAddOutcome> DocumentService::storeInTransaction(const PreparedFile& file, const DocumentMetadata& input)
{
    Result<DocumentMetadata> meta = checkMetadata(input, file.fileName);
    if (!meta)
        return meta.error();
    if (file.documents.empty())
        return validationError(tr("%1: nothing to add").arg(file.fileName));
    const Database& db = m_session.database();
    DocumentAddOutcome outcome;
    outcome.fileName = file.fileName;
    outcome.notes = file.notes;
    std::optional<qint64> emailId;
    const QString now = nowUtc();
    for (const PreparedDocument& doc : file.documents) {
        Result<qint64> blob = storeBlob(doc);
        if (!blob)
            return blob.error();
        QSqlQuery same = db.query();
        same.prepare(
            QStringLiteral("SELECT id, file_name FROM documents WHERE insured_id = ? AND blob_id = ? LIMIT 1"));
        same.addBindValue(meta->insuredId);
        same.addBindValue(*blob);
        if (Status s = exec(same); !s)
            return s.error();
        if (same.next())
            outcome.notes << tr("%1: the same content is already this insured's document %2 (%3)")
                                 .arg(doc.fileName, same.value(0).toString(), same.value(1).toString());
        QSqlQuery q = db.query();
        q.prepare(
            QStringLiteral("INSERT INTO documents(insured_id, policy_id, blob_id, kind, email_document_id, "
                           "file_name, doc_type, issue_date, purpose, repaired, added_by, added_by_name, added_at, "
                           "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(meta->insuredId);
        q.addBindValue(meta->policyId ? QVariant(*meta->policyId) : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(*blob);
        q.addBindValue(doc.kind);
        q.addBindValue(emailId ? QVariant(*emailId) : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(cleanText(doc.fileName));
        q.addBindValue(meta->type);
        q.addBindValue(meta->issueDate.toString(Qt::ISODate));
        q.addBindValue(meta->purpose);
        q.addBindValue(!doc.repairNote.isEmpty());
        q.addBindValue(m_session.user.id > 0 ? QVariant(m_session.user.id) : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(cleanText(m_session.user.userName));
        q.addBindValue(now);
        q.addBindValue(now);
        if (Status s = exec(q); !s)
            return s.error();
        const qint64 id = q.lastInsertId().toLongLong();
        if (doc.kind == QLatin1String("email"))
            emailId = id;
        outcome.documentIds.push_back(id);
        QJsonObject details{{QStringLiteral("fileName"), doc.fileName},
                            {QStringLiteral("type"), meta->type},
                            {QStringLiteral("issueDate"), meta->issueDate.toString(Qt::ISODate)},
                            {QStringLiteral("sha256"), doc.sha256},
                            {QStringLiteral("pages"), doc.pageCount}};
        if (!doc.repairNote.isEmpty())
            details.insert(QStringLiteral("repair"), doc.repairNote);
        const QString summary =
            doc.kind == QLatin1String("email")
                ? QStringLiteral("Added email %1").arg(doc.fileName)
                : QStringLiteral("Added document %1 (%2, %3 pages)").arg(doc.fileName, meta->type).arg(doc.pageCount);
        if (Status s = recordActivity(m_session, QStringLiteral("document"), id, meta->insuredId,
                                      QStringLiteral("created"), summary, details);
            !s)
            return s.error();
    }
    return outcome;
}

Result<Document> DocumentService::get(qint64 id) const
{
    Result<std::vector<Document>> rows = selectDocuments(m_session.database(), QStringLiteral("WHERE d.id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->empty())
        return Error{ErrorCode::NotFound, tr("There is no document with ID %1.").arg(id)};
    return rows->front();
}

Result<std::vector<Document>> DocumentService::forInsured(qint64 insuredId) const
{
    return selectDocuments(m_session.database(), QStringLiteral("WHERE d.insured_id = ? ORDER BY d.id DESC"),
                           {insuredId});
}

Result<std::vector<Document>> DocumentService::all(const QString& filter, int limit) const
{
    const QString f = cleanText(filter);
    if (f.isEmpty())
        return selectDocuments(m_session.database(), QStringLiteral("ORDER BY d.id DESC LIMIT ?"), {limit});
    const QString like = QLatin1Char('%') + f + QLatin1Char('%');
    return selectDocuments(m_session.database(),
                           QStringLiteral("WHERE d.file_name LIKE ? OR d.doc_type LIKE ? OR d.purpose LIKE ? OR i.name "
                                          "LIKE ? ORDER BY d.id DESC LIMIT ?"),
                           {like, like, like, like, limit});
}

Result<QByteArray> DocumentService::content(qint64 id) const
{
    QSqlQuery q = m_session.database().query();
    q.prepare(
        QStringLiteral("SELECT b.bytes FROM documents d JOIN document_blobs b ON b.id = d.blob_id WHERE d.id = ?"));
    q.addBindValue(id);
    if (Status s = exec(q); !s)
        return s.error();
    if (!q.next())
        return Error{ErrorCode::NotFound, tr("There is no document with ID %1.").arg(id)};
    return q.value(0).toByteArray();
}

Result<QByteArray> DocumentService::thumbnail(qint64 id) const
{
    QSqlQuery q = m_session.database().query();
    q.prepare(QStringLiteral("SELECT b.thumbnail FROM documents d JOIN document_blobs b ON b.id = d.blob_id "
                             "WHERE d.id = ?"));
    q.addBindValue(id);
    if (Status s = exec(q); !s)
        return s.error();
    if (!q.next())
        return Error{ErrorCode::NotFound, tr("There is no document with ID %1.").arg(id)};
    return q.value(0).toByteArray();
}

Status DocumentService::saveCopy(qint64 id, const QString& path) const
{
    Result<QByteArray> bytes = content(id);
    if (!bytes)
        return bytes.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return validationError(tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (file.write(*bytes) != bytes->size() || !file.commit())
        return validationError(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Status DocumentService::setPolicy(qint64 id, std::optional<qint64> policyId, std::optional<int> rowVersion)
{
    if (Status s = authorize(m_session, Operation::DocumentEdit); !s)
        return s;
    const Database& db = m_session.database();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    Result<Document> d = get(id);
    if (!d)
        return d.error();
    if (rowVersion && *rowVersion != d->rowVersion)
        return staleDocument(*d);
    QString number;
    if (policyId) {
        Result<Policy> p = PolicyService(m_session).get(*policyId);
        if (!p)
            return p.error();
        if (p->insuredId != d->insuredId)
            return validationError(tr("Policy %1 is not %2's, so document %3 cannot be attached to it.")
                                       .arg(p->number, d->insuredName, d->fileName));
        number = p->number;
    }
    if (d->policyId == policyId)
        return {};
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("UPDATE documents SET policy_id = ?, updated_at = ?, row_version = row_version + 1 "
                             "WHERE id = ? AND row_version = ?"));
    q.addBindValue(policyId ? QVariant(*policyId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(nowUtc());
    q.addBindValue(id);
    q.addBindValue(d->rowVersion);
    if (Status s = exec(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return staleDocument(*d);
    const QString summary =
        policyId ? QStringLiteral("Attached document %1 to policy %2").arg(d->fileName, number)
                 : QStringLiteral("Detached document %1 from policy %2").arg(d->fileName, d->policyNumber);
    if (Status s = recordActivity(m_session, QStringLiteral("document"), id, d->insuredId,
                                  policyId ? QStringLiteral("attached") : QStringLiteral("detached"), summary,
                                  jsonChanges(QJsonObject{{QStringLiteral("policy"), d->policyNumber}},
                                              QJsonObject{{QStringLiteral("policy"), number}}));
        !s)
        return s;
    return tx.commit();
}

Status DocumentService::remove(qint64 id)
{
    if (Status s = authorize(m_session, Operation::DocumentDelete); !s)
        return s;
    const Database& db = m_session.database();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    Result<Document> d = get(id);
    if (!d)
        return d.error();
    QSqlQuery blob = db.query();
    blob.prepare(QStringLiteral("SELECT blob_id FROM documents WHERE id = ?"));
    blob.addBindValue(id);
    if (Status s = exec(blob); !s)
        return s;
    blob.next();
    const qint64 blobId = blob.value(0).toLongLong();
    // An email's attachments stay (they are documents of their own); they just no longer point at it.
    for (const QString& sql :
         {QStringLiteral("UPDATE documents SET email_document_id = NULL WHERE email_document_id = ?"),
          QStringLiteral("DELETE FROM documents WHERE id = ?")}) {
        QSqlQuery q = db.query();
        q.prepare(sql);
        q.addBindValue(id);
        if (Status s = exec(q); !s)
            return s;
    }
    QSqlQuery orphan = db.query();
    orphan.prepare(QStringLiteral("DELETE FROM document_blobs WHERE id = ? AND NOT EXISTS "
                                  "(SELECT 1 FROM documents WHERE blob_id = ?)"));
    orphan.addBindValue(blobId);
    orphan.addBindValue(blobId);
    if (Status s = exec(orphan); !s)
        return s;
    if (Status s = recordActivity(m_session, QStringLiteral("document"), id, d->insuredId, QStringLiteral("deleted"),
                                  QStringLiteral("Deleted document %1 (%2)").arg(d->fileName, d->type), toJson(*d));
        !s)
        return s;
    return tx.commit();
}

QString DocumentService::matchQuery(const QString& words)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList terms;
    for (const QString& word : words.normalized(QString::NormalizationForm_KC).split(separators, Qt::SkipEmptyParts))
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    return terms.join(QLatin1Char(' '));
}

Result<std::vector<DocumentSearchHit>> DocumentService::search(const QString& words, int limit) const
{
    const QString match = matchQuery(words);
    if (match.isEmpty())
        return std::vector<DocumentSearchHit>{};
    QSqlQuery q = m_session.database().query();
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT d.id, d.insured_id, i.name, d.file_name, d.doc_type, "
                             "snippet(document_text, 0, '[', ']', '...', 12) FROM document_text t "
                             "JOIN documents d ON d.blob_id = t.rowid JOIN insureds i ON i.id = d.insured_id "
                             "WHERE document_text MATCH ? ORDER BY t.rank, d.id DESC LIMIT ?"));
    q.addBindValue(match);
    q.addBindValue(limit);
    if (Status s = exec(q); !s)
        return s.error();
    std::vector<DocumentSearchHit> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString(), q.value(5).toString().simplified()});
    return out;
}

QJsonObject DocumentService::toJson(const Document& d)
{
    QJsonObject o{{QStringLiteral("id"), d.id},
                  {QStringLiteral("insuredId"), d.insuredId},
                  {QStringLiteral("insured"), d.insuredName},
                  {QStringLiteral("kind"), d.kind},
                  {QStringLiteral("fileName"), d.fileName},
                  {QStringLiteral("type"), d.type},
                  {QStringLiteral("issueDate"), d.issueDate.toString(Qt::ISODate)},
                  {QStringLiteral("purpose"), d.purpose},
                  {QStringLiteral("shared"), d.shared},
                  {QStringLiteral("pages"), d.pageCount},
                  {QStringLiteral("size"), d.size},
                  {QStringLiteral("sha256"), d.sha256},
                  {QStringLiteral("repaired"), d.repaired},
                  {QStringLiteral("addedBy"), d.addedByName},
                  {QStringLiteral("addedAt"), d.addedAt}};
    o.insert(QStringLiteral("policyId"), d.policyId ? QJsonValue(*d.policyId) : QJsonValue());
    o.insert(QStringLiteral("policy"), d.policyNumber);
    o.insert(QStringLiteral("emailDocumentId"), d.emailDocumentId ? QJsonValue(*d.emailDocumentId) : QJsonValue());
    return o;
}

} // namespace agencydesk
