#include "QuerySampler.h"

#include "BenchSystem.h"
#include "Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace agencydesk::bench {

QString kindName(Kind k)
{
    switch (k) {
    case Kind::NamePrefix:
        return QStringLiteral("name prefix");
    case Kind::NameMiddle:
        return QStringLiteral("name substring");
    case Kind::PolicyFull:
        return QStringLiteral("policy number");
    case Kind::PolicyPartial:
        return QStringLiteral("policy fragment");
    case Kind::EmailFull:
        return QStringLiteral("email");
    case Kind::EmailFragment:
        return QStringLiteral("email fragment");
    }
    return {};
}

QuerySampler::QuerySampler(const Database& db) : m_db(db), m_rng(20261123)
{
    m_minInsured = scalar(db, QStringLiteral("SELECT COALESCE(min(id), 0) FROM insureds")).toLongLong();
    m_maxInsured = scalar(db, QStringLiteral("SELECT COALESCE(max(id), 0) FROM insureds")).toLongLong();
    m_minPolicy = scalar(db, QStringLiteral("SELECT COALESCE(min(id), 0) FROM policies")).toLongLong();
    m_maxPolicy = scalar(db, QStringLiteral("SELECT COALESCE(max(id), 0) FROM policies")).toLongLong();
}

SearchCase QuerySampler::next()
{
    const int roll = static_cast<int>(m_rng.bounded(100));
    const Kind kind = roll < 30   ? Kind::NamePrefix
                      : roll < 50 ? Kind::NameMiddle
                      : roll < 62 ? Kind::PolicyFull
                      : roll < 75 ? Kind::PolicyPartial
                      : roll < 87 ? Kind::EmailFull
                                  : Kind::EmailFragment;
    for (int attempt = 0; attempt < 50; ++attempt) {
        if (std::optional<SearchCase> c = make(kind))
            return *c;
    }
    return make(Kind::NamePrefix).value_or(SearchCase{});
}

std::optional<SearchCase> QuerySampler::make(Kind kind)
{
    SearchCase c;
    c.kind = kind;
    switch (kind) {
    case Kind::NamePrefix: {
        const auto [id, name, email] = insured();
        if (name.isEmpty())
            return std::nullopt;
        c.text = name.left(pick(2, 6)).simplified();
        if (c.text.size() < 2)
            return std::nullopt;
        return c;
    }
    case Kind::NameMiddle: {
        const auto [id, name, email] = insured();
        if (name.size() < 6)
            return std::nullopt;
        const int start = pick(1, static_cast<int>(name.size()) - 4);
        c.text = name.mid(start, pick(3, 8)).simplified();
        if (c.text.size() < 3)
            return std::nullopt;
        return c;
    }
    case Kind::PolicyFull:
    case Kind::PolicyPartial: {
        const auto [insuredId, number] = policy();
        if (number.size() < 6)
            return std::nullopt;
        if (kind == Kind::PolicyFull) {
            c.text = number;
            c.expectedId = insuredId;
        } else if (m_rng.bounded(2) == 0) {
            c.text = number.left(pick(4, static_cast<int>(number.size()) - 2)); // "TRV-GL-00" as typed
        } else {
            c.text = number.right(pick(4, 7)); // the serial digits read off a certificate
        }
        return c;
    }
    case Kind::EmailFull:
    case Kind::EmailFragment: {
        const auto [id, name, email] = insured();
        if (email.size() < 6)
            return std::nullopt;
        if (kind == Kind::EmailFull) {
            c.text = email;
            c.expectedId = id;
        } else {
            const int length = pick(3, 8);
            c.text = email.mid(pick(0, static_cast<int>(email.size()) - length), length).simplified();
            if (c.text.size() < 3)
                return std::nullopt;
        }
        return c;
    }
    }
    return std::nullopt;
}

// A random id, then the first row at or after it: ids may have gaps, and this never scans the table.
std::tuple<qint64, QString, QString> QuerySampler::insured()
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT id, name, email FROM insureds WHERE id >= ? ORDER BY id LIMIT 1"));
    q.addBindValue(m_minInsured +
                   static_cast<qint64>(m_rng.bounded(static_cast<double>(m_maxInsured - m_minInsured + 1))));
    if (!q.exec() || !q.next())
        return {0, {}, {}};
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
}

std::pair<qint64, QString> QuerySampler::policy()
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT insured_id, number FROM policies WHERE id >= ? AND insured_id IS NOT NULL "
                             "ORDER BY id LIMIT 1"));
    q.addBindValue(m_minPolicy +
                   static_cast<qint64>(m_rng.bounded(static_cast<double>(m_maxPolicy - m_minPolicy + 1))));
    if (!q.exec() || !q.next())
        return {0, {}};
    return {q.value(0).toLongLong(), q.value(1).toString()};
}

} // namespace agencydesk::bench
