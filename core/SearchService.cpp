#include "SearchService.h"

#include "Database.h"
#include "DocumentService.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace agencydesk {

namespace {

// FTS5 phrase syntax: the whole text as one quoted phrase, quotes doubled.
QString ftsPhrase(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

struct Candidate
{
    int rank = 9;
    QString policyNumber;
    QString documentName; ///< a document whose text holds the words
};

} // namespace

Result<std::vector<SearchHit>> SearchService::search(const QString& input, int limit) const
{
    const QString text = input.simplified();
    if (text.isEmpty())
        return std::vector<SearchHit>{};
    const Database& db = m_session.database();
    QHash<qint64, Candidate> candidates;
    auto consider = [&candidates](qint64 id, int rank, const QString& policy = {}, const QString& document = {}) {
        Candidate& c = candidates[id];
        if (c.documentName.isEmpty() && !document.isEmpty())
            c.documentName = document;
        if (rank < c.rank) {
            c.rank = rank;
            if (!policy.isEmpty())
                c.policyNumber = policy;
        }
    };
    const QString upper = text + QChar(0xFFFF);

    // 1. Names that start with the text: the best answers, in alphabetical order.
    QSqlQuery prefix = db.query();
    prefix.setForwardOnly(true);
    prefix.prepare(QStringLiteral("SELECT id FROM insureds WHERE name >= ? COLLATE NOCASE AND name < ? COLLATE NOCASE "
                                  "ORDER BY name COLLATE NOCASE LIMIT ?"));
    prefix.addBindValue(text);
    prefix.addBindValue(upper);
    prefix.addBindValue(limit);
    if (Status s = exec(prefix); !s)
        return s.error();
    while (prefix.next())
        consider(prefix.value(0).toLongLong(), 0);

    // 2. Policy numbers that start with the text.
    QSqlQuery policyPrefix = db.query();
    policyPrefix.setForwardOnly(true);
    policyPrefix.prepare(QStringLiteral("SELECT insured_id, number FROM policies WHERE number >= ? COLLATE NOCASE AND "
                                        "number < ? COLLATE NOCASE AND insured_id IS NOT NULL LIMIT ?"));
    policyPrefix.addBindValue(text);
    policyPrefix.addBindValue(upper);
    policyPrefix.addBindValue(limit);
    if (Status s = exec(policyPrefix); !s)
        return s.error();
    while (policyPrefix.next())
        consider(policyPrefix.value(0).toLongLong(), 1, policyPrefix.value(1).toString());

    // 3. Any part of the name, DBA, email or policy number (trigram index: three characters and more).
    if (text.size() >= 3) {
        QSqlQuery fts = db.query();
        fts.setForwardOnly(true);
        fts.prepare(QStringLiteral("SELECT rowid FROM insured_search WHERE insured_search MATCH ? LIMIT ?"));
        fts.addBindValue(ftsPhrase(text));
        fts.addBindValue(limit * 8);
        if (Status s = exec(fts); !s)
            return s.error();
        while (fts.next())
            consider(fts.value(0).toLongLong(), 3);

        QSqlQuery ftsPolicy = db.query();
        ftsPolicy.setForwardOnly(true);
        ftsPolicy.prepare(QStringLiteral("SELECT p.insured_id, p.number FROM policy_search s JOIN policies p ON "
                                         "p.id = s.rowid WHERE policy_search MATCH ? AND p.insured_id IS NOT NULL "
                                         "LIMIT ?"));
        ftsPolicy.addBindValue(ftsPhrase(text));
        ftsPolicy.addBindValue(limit);
        if (Status s = exec(ftsPolicy); !s)
            return s.error();
        while (ftsPolicy.next())
            consider(ftsPolicy.value(0).toLongLong(), 4, ftsPolicy.value(1).toString());

        // 5. Words inside a document (word index, each word also as a prefix): its insured, named by the file.
        // Ranked last, so only asked when the book itself has not filled the list: a document hit could not make
        // it, and a common word's prefix over 100,000 documents is the slowest query of all.
        const QString match =
            static_cast<int>(candidates.size()) < limit ? DocumentService::matchQuery(text) : QString();
        if (!match.isEmpty()) {
            QSqlQuery docs = db.query();
            docs.setForwardOnly(true);
            docs.prepare(QStringLiteral("SELECT d.insured_id, d.file_name FROM document_text t JOIN documents d ON "
                                        "d.blob_id = t.rowid WHERE document_text MATCH ? LIMIT ?"));
            docs.addBindValue(match);
            docs.addBindValue(limit);
            if (Status s = exec(docs); !s)
                return s.error();
            while (docs.next())
                consider(docs.value(0).toLongLong(), 5, {}, docs.value(1).toString());
        }
    }
    if (candidates.isEmpty())
        return std::vector<SearchHit>{};

    QStringList ids;
    for (auto it = candidates.cbegin(); it != candidates.cend(); ++it)
        ids << QString::number(it.key());
    QSqlQuery rows = db.query();
    rows.setForwardOnly(true);
    // ids are integers we produced, so joining them into the statement is safe.
    rows.prepare(QStringLiteral("SELECT id, name, dba, city, state, email, status FROM insureds WHERE id IN (%1)")
                     .arg(ids.join(QLatin1Char(','))));
    if (Status s = exec(rows); !s)
        return s.error();
    std::vector<std::pair<int, SearchHit>> ranked;
    while (rows.next()) {
        SearchHit hit;
        hit.insuredId = rows.value(0).toLongLong();
        hit.name = rows.value(1).toString();
        hit.dba = rows.value(2).toString();
        hit.city = rows.value(3).toString();
        hit.state = rows.value(4).toString();
        hit.email = rows.value(5).toString();
        hit.active = rows.value(6).toString() == QLatin1String("active");
        const Candidate& c = candidates.value(hit.insuredId);
        int rank = c.rank;
        if (hit.name.contains(text, Qt::CaseInsensitive)) {
            hit.matchedField = QStringLiteral("name");
            // A word of the name starting with the text ranks just after a name prefix.
            if (rank > 0 && (hit.name.contains(QLatin1Char(' ') + text, Qt::CaseInsensitive)))
                rank = 2;
        } else if (hit.dba.contains(text, Qt::CaseInsensitive)) {
            hit.matchedField = QStringLiteral("dba");
            hit.matchedText = hit.dba;
        } else if (hit.email.contains(text, Qt::CaseInsensitive)) {
            hit.matchedField = QStringLiteral("email");
            hit.matchedText = hit.email;
        } else if (!c.policyNumber.isEmpty()) {
            hit.matchedField = QStringLiteral("policy");
            hit.matchedText = c.policyNumber;
        } else if (!c.documentName.isEmpty()) {
            hit.matchedField = QStringLiteral("document");
            hit.matchedText = c.documentName;
        } else {
            continue; // an FTS hit whose text changed since; not a match any more
        }
        ranked.emplace_back(rank, std::move(hit));
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        if (a.first != b.first)
            return a.first < b.first;
        const int byName = a.second.name.compare(b.second.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.second.insuredId < b.second.insuredId;
    });
    std::vector<SearchHit> out;
    for (auto& [rank, hit] : ranked) {
        if (static_cast<int>(out.size()) >= limit)
            break;
        out.push_back(std::move(hit));
    }
    return out;
}

Result<std::vector<qint64>> SearchService::naiveScan(const QString& input, int limit) const
{
    const QString pattern = QLatin1Char('%') + input.simplified() + QLatin1Char('%');
    QSqlQuery q = m_session.database().query();
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT i.id FROM insureds i LEFT JOIN policies p ON p.insured_id = i.id "
                             "WHERE i.name LIKE ? OR i.dba LIKE ? OR i.email LIKE ? OR p.number LIKE ? LIMIT ?"));
    for (int i = 0; i < 4; ++i)
        q.addBindValue(pattern);
    q.addBindValue(limit);
    if (Status s = exec(q); !s)
        return s.error();
    std::vector<qint64> out;
    while (q.next())
        out.push_back(q.value(0).toLongLong());
    return out;
}

} // namespace agencydesk
