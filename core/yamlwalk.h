#pragma once

#include "model.h"
#include "sessionparser.h"

#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <yaml-cpp/yaml.h>

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

// Small tools for walking a parsed YAML tree safely: lines for messages, type
// names, refusals (thrown as SessionParseError), cheap checks on raw scalar
// bytes, and mapping iteration that refuses duplicate keys.
namespace tandem::yamlwalk {

using Key = std::string_view;

inline QByteArrayView view(const std::string& bytes) {
    return QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

// yaml-cpp marks an empty (null) value at the next token, often lines further
// down, so lineOf() reports an empty value at the line of the key being read,
// which forEachEntry() records. One walk runs at a time per thread.
void setKeyLine(int line);
// 1-based line of a node, 0 when unknown.
int lineOf(const YAML::Node& node);

[[noreturn]] void refuse(int line, const QString& message);
[[noreturn]] void refuse(const YAML::Node& node, const QString& message);
// "a mapping", "a list", "text" or "empty", for messages.
QString describe(const YAML::Node& node);
// Refuses with: "field" must be <expected>, not <what it is>.
[[noreturn]] void wrongType(const YAML::Node& node, Key field, const char* expected);
QString quoted(const QString& text);

// The rules of tandem::isValidId() and tandem::isValidColor(), on raw bytes
// and without regular expressions: they run for every element of files with
// 100,000 of them.
bool isValidIdBytes(const std::string& id);
bool isValidColorBytes(const std::string& color);
std::optional<LinkKind> linkKindFromBytes(const std::string& key);

// Calls f(name, keyNode, valueNode) for each entry of a mapping, refusing
// keys that are not text and keys that occur twice (yaml-cpp keeps both).
template <typename F> void forEachEntry(const YAML::Node& map, F&& f) {
    // Most mappings have a handful of keys: compare them on the stack, and
    // hash only once a mapping grows large.
    constexpr std::size_t Few = 16;
    std::array<std::pair<Key, int>, Few> seen;
    std::size_t seenCount = 0;
    std::unordered_map<Key, int> many;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const auto& entry = *it; // operator-> would hand out a dangling proxy
        const YAML::Node& key = entry.first;
        if (!key.IsScalar())
            refuse(key, QStringLiteral("a key must be text, not %1").arg(describe(key)));
        const std::string& name = key.Scalar();
        const int line = lineOf(key);
        int firstLine = -1;
        if (seenCount < Few) {
            for (std::size_t i = 0; i < seenCount; ++i) {
                if (seen[i].first == name)
                    firstLine = seen[i].second;
            }
            seen[seenCount++] = {name, line};
        } else {
            if (many.empty())
                many.insert(seen.begin(), seen.end());
            const auto [where, inserted] = many.emplace(name, line);
            if (!inserted)
                firstLine = where->second;
        }
        if (firstLine >= 0)
            refuse(line, QStringLiteral("duplicate key \"%1\" (first on line %2)")
                             .arg(QString::fromStdString(name))
                             .arg(firstLine));
        setKeyLine(line);
        f(Key(name), key, entry.second);
    }
}

// Inserts key unless present, with one hash lookup; returns the value that
// was already there, if any.
template <typename K, typename Value>
std::optional<Value> insertNew(QHash<K, Value>& hash, const K& key, Value value) {
    const qsizetype before = hash.size();
    Value& slot = hash[key];
    if (hash.size() == before)
        return slot;
    slot = value;
    return std::nullopt;
}

} // namespace tandem::yamlwalk
