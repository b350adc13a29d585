#include "DownloadMatcher.h"

#include "Database.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace agencydesk {

namespace {

struct Equivalence
{
    const char* canonical;
    const char* variants; ///< space-separated
};

// Each word maps to a canonical form; a pair that differs only here is a likely match, and the reason says so.
const QHash<QString, QString>& nameEquivalents()
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        static const Equivalence groups[] = {
            {"christopher", "chris kit"},
            {"william", "bill billy will willy liam"},
            {"robert", "bob bobby rob robbie bert"},
            {"richard", "rick ricky dick rich"},
            {"michael", "mike mikey mick"},
            {"james", "jim jimmy jamie"},
            {"john", "jack johnny"},
            {"joseph", "joe joey"},
            {"thomas", "tom tommy"},
            {"daniel", "dan danny"},
            {"david", "dave davey"},
            {"steven", "steve stephen"},
            {"anthony", "tony"},
            {"edward", "ed eddie ted ned"},
            {"charles", "charlie chuck"},
            {"andrew", "andy drew"},
            {"alexander", "alex sasha"},
            {"benjamin", "ben benny"},
            {"samuel", "sam sammy"},
            {"matthew", "matt"},
            {"nicholas", "nick nicky"},
            {"patrick", "pat paddy"},
            {"peter", "pete"},
            {"elizabeth", "liz beth betty eliza lisa"},
            {"katherine", "kate katie kathy catherine kathryn"},
            {"margaret", "maggie meg peggy"},
            {"jennifer", "jen jenny"},
            {"patricia", "patty trish"},
            {"susan", "sue susie"},
            {"deborah", "deb debbie"},
            {"rebecca", "becky"},
            {"victoria", "vicky tori"},
            // Business words
            {"incorporated", "inc"},
            {"limited", "ltd"},
            {"corporation", "corp"},
            {"company", "co"},
            {"and", "&"},
            {"brothers", "bros"},
            {"associates", "assoc"},
            {"international", "intl"},
        };
        for (const Equivalence& g : groups) {
            const QString canonical = QString::fromLatin1(g.canonical);
            m.insert(canonical, canonical);
            for (const QString& v : QString::fromLatin1(g.variants).split(QLatin1Char(' ')))
                m.insert(v, canonical);
        }
        return m;
    }();
    return map;
}

const QHash<QString, QString>& addressEquivalents()
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        static const Equivalence groups[] = {
            {"street", "st str"}, {"avenue", "ave av"}, {"road", "rd"},     {"drive", "dr"},     {"boulevard", "blvd"},
            {"lane", "ln"},       {"court", "ct"},      {"place", "pl"},    {"parkway", "pkwy"}, {"highway", "hwy"},
            {"suite", "ste"},     {"apartment", "apt"}, {"north", "n"},     {"south", "s"},      {"east", "e"},
            {"west", "w"},        {"circle", "cir"},    {"terrace", "ter"}, {"square", "sq"},    {"mount", "mt"},
        };
        for (const Equivalence& g : groups) {
            const QString canonical = QString::fromLatin1(g.canonical);
            m.insert(canonical, canonical);
            for (const QString& v : QString::fromLatin1(g.variants).split(QLatin1Char(' ')))
                m.insert(v, canonical);
        }
        return m;
    }();
    return map;
}

QStringList words(const QString& text)
{
    return DownloadMatcher::normalized(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

/// Compares two texts word by word under \a equivalents; notes "Chris = Christopher" for each word that
/// differs only by an equivalent. 2: identical, 1: equal once equivalents are applied, 0: different.
int compareWords(const QStringList& a, const QStringList& b, const QHash<QString, QString>& equivalents,
                 QStringList& notes)
{
    if (a.isEmpty() || a.size() != b.size())
        return 0;
    if (a == b)
        return 2;
    QStringList found;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i] == b[i])
            continue;
        const QString ca = equivalents.value(a[i], a[i]);
        const QString cb = equivalents.value(b[i], b[i]);
        if (ca != cb)
            return 0;
        QString left = a[i], right = b[i];
        left[0] = left[0].toUpper();
        right[0] = right[0].toUpper();
        found << QStringLiteral("%1 = %2").arg(left, right);
    }
    notes << found;
    return 1;
}

QString digits(const QString& phone)
{
    QString out;
    for (QChar c : phone) {
        if (c.unicode() >= '0' && c.unicode() <= '9')
            out += c;
    }
    return out.size() > 10 ? out.right(10) : out; // +1 country code
}

QString fullAddress(const QSqlQuery& q)
{
    QString tail = QStringList{q.value(3).toString(), q.value(4).toString(), q.value(5).toString()}
                       .join(QLatin1Char(' '))
                       .trimmed();
    QStringList parts{q.value(2).toString(), tail};
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

} // namespace

namespace {

/// Walks \a text as DownloadMatcher::normalized writes it, handing each character written to \a put; stops
/// when put returns false. One walk for writing and for comparing, so the two never differ.
template <class Put> bool walkNormalized(const QString& text, Put&& put)
{
    // Plain ASCII (nearly every name and address) is its own NFKD form: no Unicode work for it.
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    const QString source = ascii ? text : text.normalized(QString::NormalizationForm_KD);
    bool wroteAny = false;
    bool space = false;
    for (QChar c : source) {
        if (c.isLetterOrNumber() || c == QLatin1Char('&')) {
            if (space && wroteAny && !put(QChar(QLatin1Char(' '))))
                return false;
            space = false;
            wroteAny = true;
            if (!put(c.unicode() >= u'A' && c.unicode() <= u'Z' ? QChar(c.unicode() + 32) : c.toLower()))
                return false;
        } else if (c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char('-') || c == QLatin1Char('/')) {
            space = true;
        } else if (c.category() == QChar::Mark_NonSpacing) {
            continue; // accents: "Genevieve" matches "Geneviève"
        }
        // other punctuation (". ' ") is dropped without a space: "O'Brien" = "OBrien", "Inc." = "Inc"
    }
    return true;
}

} // namespace

QString DownloadMatcher::normalized(const QString& text)
{
    QString out;
    out.reserve(text.size());
    walkNormalized(text, [&out](QChar c) {
        out += c;
        return true;
    });
    return out;
}

bool DownloadMatcher::normalizesTo(const QString& text, const QString& normalizedText)
{
    // Compared as it is walked: a candidate that differs early (most of a postal code's insureds) costs nothing.
    qsizetype n = 0;
    const bool same =
        walkNormalized(text, [&](QChar c) { return n < normalizedText.size() && normalizedText[n++] == c; });
    return same && n == normalizedText.size();
}

QString DownloadMatcher::normalizedPostal(const QString& postalCode)
{
    QString out;
    for (QChar c : postalCode) {
        if (c.isLetterOrNumber())
            out += c.toUpper();
    }
    return out;
}

Result<std::optional<qint64>> DownloadMatcher::exactMatch(const DownloadParty& party) const
{
    const QString postal = normalizedPostal(party.postalCode);
    const QString name = normalized(party.name);
    const QString address = normalized(party.address1);
    if (postal.isEmpty() || name.isEmpty() || address.isEmpty())
        return std::optional<qint64>();
    // Stored postal codes are normalised by InsuredService ("A1A 1A1", "12345-6789"): try the forms a
    // download may differ in, each on the postal-code index.
    QStringList forms{party.postalCode.trimmed().toUpper(), postal};
    if (postal.size() == 6)
        forms << postal.left(3) + QLatin1Char(' ') + postal.mid(3);
    if (postal.size() == 9)
        forms << postal.left(5) + QLatin1Char('-') + postal.mid(5);
    forms.removeDuplicates();
    CachedQuery qCached = m_session.database().cachedQuery(
        QStringLiteral("SELECT id, name, address1 FROM insureds WHERE postal_code = ? COLLATE NOCASE"));
    QSqlQuery& q = *qCached;
    std::optional<qint64> found;
    for (const QString& form : forms) {
        q.addBindValue(form);
        if (Status s = exec(q); !s)
            return s.error();
        while (q.next()) {
            if (!normalizesTo(q.value(1).toString(), name) || !normalizesTo(q.value(2).toString(), address))
                continue;
            if (found && *found != q.value(0).toLongLong())
                return std::optional<qint64>(); // two insureds fit: a person must choose
            found = q.value(0).toLongLong();
        }
    }
    return found;
}

Result<std::vector<InsuredSuggestion>> DownloadMatcher::suggest(const DownloadParty& party, int limit) const
{
    const Database& db = m_session.database();
    QSet<qint64> candidates;
    auto collect = [&](const QString& sql, const QVariantList& binds) -> Status {
        QSqlQuery q = db.query();
        q.prepare(sql);
        for (const QVariant& v : binds)
            q.addBindValue(v);
        if (Status s = exec(q); !s)
            return s;
        while (q.next())
            candidates.insert(q.value(0).toLongLong());
        return {};
    };
    const QString postal = normalizedPostal(party.postalCode);
    if (!postal.isEmpty()) {
        QStringList forms{party.postalCode.trimmed().toUpper(), postal};
        if (postal.size() == 6)
            forms << postal.left(3) + QLatin1Char(' ') + postal.mid(3);
        forms.removeDuplicates();
        for (const QString& form : forms) {
            if (Status s = collect(QStringLiteral("SELECT id FROM insureds WHERE postal_code = ? COLLATE NOCASE "
                                                  "LIMIT 500"),
                                   {form});
                !s)
                return s.error();
        }
    }
    if (!party.email.trimmed().isEmpty()) {
        if (Status s = collect(QStringLiteral("SELECT id FROM insureds WHERE email = ? COLLATE NOCASE"),
                               {party.email.trimmed()});
            !s)
            return s.error();
    }
    const QString phone = digits(party.phone);
    if (phone.size() >= 7) {
        // No index on phone numbers (written every which way): a scan narrowed by the last four digits, then
        // the digits compared here. About 20 ms for 100,000 insureds, once per suggestion request.
        QSqlQuery q = db.query();
        q.prepare(QStringLiteral("SELECT id, phone FROM insureds WHERE phone LIKE ?"));
        q.addBindValue(QString(QLatin1Char('%') + phone.right(4)));
        if (Status s = exec(q); !s)
            return s.error();
        while (q.next()) {
            if (digits(q.value(1).toString()) == phone)
                candidates.insert(q.value(0).toLongLong());
        }
    }
    // Each name word of three letters or more through the trigram index (finds transposed names and
    // nicknames' surnames); the canonical forms of nicknames too.
    QStringList nameWords = words(party.name);
    for (const QString& w : QStringList(nameWords)) {
        const QString canonical = nameEquivalents().value(w);
        if (!canonical.isEmpty() && canonical != w)
            nameWords << canonical;
    }
    for (const QString& w : nameWords) {
        if (w.size() < 3 || nameEquivalents().value(w) == w) // skip "inc", "company": they match everyone
            continue;
        QString phrase = w;
        phrase.replace(QLatin1Char('"'), QString());
        if (Status s = collect(QStringLiteral("SELECT rowid FROM insured_search WHERE name MATCH ? LIMIT 200"),
                               {QVariant(QString(QLatin1Char('"') + phrase + QLatin1Char('"')))});
            !s)
            return s.error();
    }

    std::vector<InsuredSuggestion> out;
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT id, name, address1, city, state, postal_code, phone, email FROM insureds "
                             "WHERE id = ?"));
    const QStringList partyName = words(party.name);
    const QStringList partyAddress = words(party.address1);
    for (qint64 id : std::as_const(candidates)) {
        q.addBindValue(id);
        if (Status s = exec(q); !s)
            return s.error();
        if (!q.next())
            continue;
        InsuredSuggestion s;
        s.insuredId = id;
        s.name = q.value(1).toString();
        s.address = fullAddress(q);
        const QStringList name = words(s.name);
        QStringList notes;
        const int nameMatch = compareWords(partyName, name, nameEquivalents(), notes);
        if (nameMatch == 2) {
            s.score += 50;
            s.reasons << tr("same name");
        } else if (nameMatch == 1) {
            s.score += 45;
            s.reasons << tr("same name once %1").arg(notes.join(QStringLiteral(", ")));
        } else if (name.size() == 2 && partyName.size() == 2 &&
                   (compareWords(partyName, {name[1], name[0]}, nameEquivalents(), notes) > 0)) {
            s.score += 40;
            s.reasons << tr("first and last names transposed");
        } else {
            QStringList shared;
            for (const QString& w : partyName) {
                if (w.size() >= 3 && nameEquivalents().value(w) != w && name.contains(w))
                    shared << w;
            }
            if (!shared.isEmpty()) {
                s.score += std::min(30, 15 * static_cast<int>(shared.size()));
                s.reasons << tr("name shares \"%1\"").arg(shared.join(QStringLiteral("\", \"")));
            }
        }
        QStringList addressNotes;
        const int addressMatch =
            compareWords(partyAddress, words(q.value(2).toString()), addressEquivalents(), addressNotes);
        if (addressMatch == 2) {
            s.score += 25;
            s.reasons << tr("same address");
        } else if (addressMatch == 1) {
            s.score += 22;
            s.reasons << tr("same address once %1").arg(addressNotes.join(QStringLiteral(", ")));
        }
        if (!postal.isEmpty() && normalizedPostal(q.value(5).toString()) == postal) {
            s.score += 10;
            s.reasons << tr("same postal code");
        }
        if (phone.size() >= 7 && digits(q.value(6).toString()) == phone) {
            s.score += 20;
            s.reasons << tr("same phone");
        }
        if (!party.email.trimmed().isEmpty() &&
            q.value(7).toString().compare(party.email.trimmed(), Qt::CaseInsensitive) == 0) {
            s.score += 25;
            s.reasons << tr("same email");
        }
        s.score = std::min(s.score, 100);
        if (s.score > 0)
            out.push_back(std::move(s));
    }
    std::sort(out.begin(), out.end(), [](const InsuredSuggestion& a, const InsuredSuggestion& b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    if (static_cast<int>(out.size()) > limit)
        out.resize(static_cast<size_t>(limit));
    return out;
}

} // namespace agencydesk
