// The text the import stores, written by hand for speed, must be exactly what Qt writes: JsonObjectText what
// QJsonDocument writes for the same object, isoDate what QDate::toString(Qt::ISODate) gives. Qt's own output is
// the expected output here.
#include "CatchCompat.h"
#include "JsonText.h"
#include "Session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <limits>

using namespace agencydesk;

namespace {

QString randomText(QRandomGenerator& rng)
{
    // ASCII with every control character, quotes and backslashes, accents, CJK, emoji (surrogate pairs) and
    // lone halves of pairs, which QJsonDocument escapes.
    static const char16_t specials[] = {u'"',   u'\\',  u'/',   u'\b',  u'\f',  u'\n',  u'\r',
                                        u'\t',  0x01,   0x1f,   0x7f,   0xe9,   0xa0,   0x2028,
                                        0x4e2d, 0xfeff, 0xfffd, 0xd800, 0xdbff, 0xdc00, 0xdfff};
    QString s;
    const int length = rng.bounded(0, 24);
    for (int i = 0; i < length; ++i) {
        switch (rng.bounded(4)) {
        case 0:
            s += QChar(specials[rng.bounded(int(std::size(specials)))]);
            break;
        case 1:
            s += QChar::fromUcs4(char32_t(0x1f600 + rng.bounded(40)));
            break;
        case 2:
            s += QChar(char16_t(rng.bounded(0, 0x20)));
            break;
        default:
            s += QChar(char16_t(rng.bounded(0x20, 0x7f)));
        }
    }
    return s;
}

const QLatin1StringView kKeys[] = {QLatin1StringView("name"),   QLatin1StringView("address1"),
                                   QLatin1StringView("a"),      QLatin1StringView("zeta"),
                                   QLatin1StringView("Zeta"),   QLatin1StringView("limit"),
                                   QLatin1StringView("limits"), QLatin1StringView("premiumCents"),
                                   QLatin1StringView("_x"),     QLatin1StringView("policy2")};

/// One random object built twice: as text by JsonObjectText, as a QJsonObject for Qt to write.
void randomObject(QRandomGenerator& rng, int depth, JsonObjectText& text, QJsonObject& object)
{
    const int members = rng.bounded(0, 8);
    for (int i = 0; i < members; ++i) {
        const QLatin1StringView key = kKeys[rng.bounded(int(std::size(kKeys)))];
        switch (rng.bounded(depth > 0 ? 7 : 5)) {
        case 0: {
            const QString s = randomText(rng);
            text.add(key, s);
            object.insert(key, s);
            break;
        }
        case 1: {
            const qint64 extremes[] = {0,
                                       -1,
                                       std::numeric_limits<qint64>::max(),
                                       std::numeric_limits<qint64>::min(),
                                       100000000,
                                       static_cast<qint64>(rng.generate64())};
            const qint64 n = extremes[rng.bounded(int(std::size(extremes)))];
            text.add(key, n);
            object.insert(key, n);
            break;
        }
        case 2: {
            const bool b = rng.bounded(2) == 1;
            text.add(key, b);
            object.insert(key, b);
            break;
        }
        case 3: {
            const std::optional<qint64> amount =
                rng.bounded(2) ? std::optional<qint64>(rng.bounded(0, 5000000)) : std::nullopt;
            text.add(key, amount);
            object.insert(key, amount ? QJsonValue(*amount) : QJsonValue());
            break;
        }
        case 4:
            text.addNull(key);
            object.insert(key, QJsonValue());
            break;
        case 5: {
            JsonObjectText childText;
            QJsonObject child;
            randomObject(rng, depth - 1, childText, child);
            text.add(key, childText);
            object.insert(key, child);
            break;
        }
        default: {
            JsonArrayText arrayText;
            QJsonArray array;
            for (int n = rng.bounded(0, 3); n > 0; --n) {
                JsonObjectText childText;
                QJsonObject child;
                randomObject(rng, depth - 1, childText, child);
                arrayText.append(childText);
                array.append(child);
            }
            text.add(key, arrayText);
            object.insert(key, array);
        }
        }
    }
}

} // namespace

TEST_CASE("JsonObjectText writes the bytes QJsonDocument writes for the same object", "[json]")
{
    QRandomGenerator rng(20261207);
    for (int i = 0; i < 3000; ++i) {
        JsonObjectText text;
        QJsonObject object;
        randomObject(rng, 2, text, object);
        const QByteArray expected = QJsonDocument(object).toJson(QJsonDocument::Compact);
        INFO(expected.toStdString());
        REQUIRE(text.text().toUtf8() == expected);
    }
}

TEST_CASE("JsonObjectText keeps a key's last value, as QJsonObject does", "[json]")
{
    JsonObjectText text;
    text.add(QLatin1StringView("b"), qint64(1))
        .add(QLatin1StringView("a"), true)
        .add(QLatin1StringView("b"), QStringLiteral("two"));
    REQUIRE(text.text() == QStringLiteral(R"({"a":true,"b":"two"})"));
    REQUIRE(text.toObject() == QJsonObject{{QStringLiteral("a"), true}, {QStringLiteral("b"), QStringLiteral("two")}});
}

TEST_CASE("isoDate writes what QDate::toString(Qt::ISODate) writes, a null text for no date", "[json]")
{
    QRandomGenerator rng(42);
    std::vector<QDate> dates{QDate(),
                             QDate(0, 1, 1),
                             QDate(1, 1, 1),
                             QDate(999, 12, 31),
                             QDate(9999, 12, 31),
                             QDate(10000, 1, 1),
                             QDate(-1, 6, 15),
                             QDate(2028, 2, 29)};
    for (int i = 0; i < 5000; ++i)
        dates.push_back(QDate(1, 1, 1).addDays(rng.bounded(0, 3660000)));
    for (const QDate& d : dates) {
        const QString expected = d.toString(Qt::ISODate);
        INFO(expected.toStdString());
        CHECK(isoDate(d) == expected);
        CHECK(isoDate(d).isNull() == expected.isNull()); // a null QString would be bound as SQL NULL
    }
}
