#pragma once

#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>

#include <concepts>
#include <optional>
#include <vector>

namespace agencydesk {

class JsonArrayText;

/// A JSON object written straight to compact text: byte for byte what QJsonDocument::toJson(Compact) writes for
/// the same QJsonObject (keys sorted, the same escapes), without building one. The download import writes three
/// such objects a policy, and QJsonObject's allocations were a tenth of its time (docs/BENCHMARKS.md).
class JsonObjectText
{
public:
    JsonObjectText& add(QLatin1StringView key, const QString& value);
    JsonObjectText& add(QLatin1StringView key, bool value);
    template <std::integral T>
    requires(!std::same_as<T, bool>) JsonObjectText& add(QLatin1StringView key, T value)
    {
        return addRaw(key, QString::number(static_cast<qint64>(value)));
    }
    /// null when empty.
    JsonObjectText& add(QLatin1StringView key, const std::optional<qint64>& value);
    JsonObjectText& add(QLatin1StringView key, const JsonObjectText& object);
    JsonObjectText& add(QLatin1StringView key, const JsonArrayText& array);
    JsonObjectText& add(QLatin1StringView key, const char*) = delete; // would become a bool
    JsonObjectText& addNull(QLatin1StringView key);

    QString text() const;
    /// For the callers that want the object itself (one parse of the text).
    QJsonObject toObject() const;

private:
    JsonObjectText& addRaw(QLatin1StringView key, QString json);

    struct Member
    {
        QLatin1StringView key;
        QString json;
    };
    std::vector<Member> m_members;
};

class JsonArrayText
{
public:
    JsonArrayText& append(const JsonObjectText& object);
    QString text() const;

private:
    QString m_json;
};

/// `text` as a JSON string, quotes included, escaped as QJsonDocument escapes it.
void appendJsonString(QString& out, const QString& text);

} // namespace agencydesk
