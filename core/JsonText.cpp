#include "JsonText.h"

#include <QJsonDocument>

#include <algorithm>

namespace agencydesk {

namespace {

QChar hexDigit(uint value)
{
    return QLatin1Char(static_cast<char>(value < 10 ? '0' + value : 'a' + value - 10));
}

void appendUnicodeEscape(QString& out, char16_t u)
{
    out += QLatin1String("\\u");
    for (int shift = 12; shift >= 0; shift -= 4)
        out += hexDigit((u >> shift) & 0xf);
}

} // namespace

void appendJsonString(QString& out, const QString& text)
{
    out.reserve(out.size() + text.size() + 2);
    out += QLatin1Char('"');
    const QChar* const begin = text.constData();
    const qsizetype size = text.size();
    qsizetype plainFrom = 0; // characters written as they are go in one append a run
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t u = begin[i].unicode();
        const bool pair = QChar::isHighSurrogate(u) && i + 1 < size && QChar::isLowSurrogate(begin[i + 1].unicode());
        if (pair) {
            ++i;
            continue;
        }
        if (u >= 0x20 && u != u'"' && u != u'\\' && !QChar::isSurrogate(u))
            continue;
        out.append(begin + plainFrom, i - plainFrom);
        plainFrom = i + 1;
        switch (u) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\b':
            out += QLatin1String("\\b");
            break;
        case u'\f':
            out += QLatin1String("\\f");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        default:
            // Other control characters, and a lone half of a surrogate pair (QJsonDocument escapes it rather
            // than write bad UTF-8).
            appendUnicodeEscape(out, u);
        }
    }
    out.append(begin + plainFrom, size - plainFrom);
    out += QLatin1Char('"');
}

JsonObjectText& JsonObjectText::addRaw(QLatin1StringView key, QString json)
{
    m_members.push_back({key, std::move(json)});
    return *this;
}

JsonObjectText& JsonObjectText::add(QLatin1StringView key, const QString& value)
{
    QString json;
    appendJsonString(json, value);
    return addRaw(key, std::move(json));
}

JsonObjectText& JsonObjectText::add(QLatin1StringView key, bool value)
{
    return addRaw(key, value ? QStringLiteral("true") : QStringLiteral("false"));
}

JsonObjectText& JsonObjectText::add(QLatin1StringView key, const std::optional<qint64>& value)
{
    return value ? add(key, *value) : addNull(key);
}

JsonObjectText& JsonObjectText::add(QLatin1StringView key, const JsonObjectText& object)
{
    return addRaw(key, object.text());
}

JsonObjectText& JsonObjectText::add(QLatin1StringView key, const JsonArrayText& array)
{
    return addRaw(key, array.text());
}

JsonObjectText& JsonObjectText::addNull(QLatin1StringView key)
{
    return addRaw(key, QStringLiteral("null"));
}

QString JsonObjectText::text() const
{
    // QJsonObject keeps its keys sorted, and a key given twice keeps its last value.
    std::vector<const Member*> sorted;
    sorted.reserve(m_members.size());
    qsizetype size = 2;
    for (const Member& m : m_members) {
        sorted.push_back(&m);
        size += m.key.size() + m.json.size() + 4;
    }
    std::stable_sort(sorted.begin(), sorted.end(), [](const Member* a, const Member* b) { return a->key < b->key; });
    QString out;
    out.reserve(size);
    out += QLatin1Char('{');
    for (size_t i = 0; i < sorted.size(); ++i) {
        if (i + 1 < sorted.size() && sorted[i + 1]->key == sorted[i]->key)
            continue;
        if (out.size() > 1)
            out += QLatin1Char(',');
        out += QLatin1Char('"');
        out += sorted[i]->key; // keys are our own identifiers: nothing to escape
        out += QLatin1String("\":");
        out += sorted[i]->json;
    }
    out += QLatin1Char('}');
    return out;
}

QJsonObject JsonObjectText::toObject() const
{
    return QJsonDocument::fromJson(text().toUtf8()).object();
}

JsonArrayText& JsonArrayText::append(const JsonObjectText& object)
{
    m_json += m_json.isEmpty() ? QLatin1Char('[') : QLatin1Char(',');
    m_json += object.text();
    return *this;
}

QString JsonArrayText::text() const
{
    return m_json.isEmpty() ? QStringLiteral("[]") : m_json + QLatin1Char(']');
}

} // namespace agencydesk
