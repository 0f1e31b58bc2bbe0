#pragma once

#include "model.h"
#include "sessionparser.h"
#include "utf8text.h"
#include "yamltape.h"

#include <QHash>
#include <QString>

#include <yaml-cpp/yaml.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

// Small tools for walking a parsed YAML document safely: lines for messages, type
// names, refusals (thrown as SessionParseError), cheap checks on raw scalar
// bytes, and mapping iteration that refuses duplicate keys.
namespace tandem::yamlwalk {

using Key = std::string_view;

// A read-only handle on one node of a parsed document (a YamlTape), for
// the walk: what it needs and nothing more. A default NodeRef reads as null,
// as the root of a text with no document does.
class NodeRef {
public:
    NodeRef() = default;
    // The root of a tape.
    static NodeRef of(const YamlTape& tape) { return tape.empty() ? NodeRef() : NodeRef(&tape, 0); }

    YAML::NodeType::value Type() const {
        return m_tape ? m_tape->type(m_index) : YAML::NodeType::Null;
    }
    bool IsNull() const { return Type() == YAML::NodeType::Null; }
    bool IsScalar() const { return Type() == YAML::NodeType::Scalar; }
    bool IsSequence() const { return Type() == YAML::NodeType::Sequence; }
    bool IsMap() const { return Type() == YAML::NodeType::Map; }
    // The text of a scalar; empty for any other node. Valid as long as the
    // tape.
    std::string_view Scalar() const {
        return m_tape ? m_tape->scalar(m_index) : std::string_view();
    }
    YAML::Mark Mark() const { return m_tape ? m_tape->mark(m_index) : YAML::Mark::null_mark(); }
    std::size_t size() const { return m_tape ? m_tape->size(m_index) : 0; }
    // A copy of the node as a YAML::Node of its own, to keep what the
    // session does not read (unknown keys).
    YAML::Node copy() const {
        return m_tape ? m_tape->toNode(m_index) : YAML::Node(YAML::NodeType::Null);
    }

    // The items of a sequence, in order: for (NodeRef item : node.items()).
    class ItemIterator {
    public:
        ItemIterator(const YamlTape* tape, YamlTape::Index index)
            : m_tape(tape)
            , m_index(index) {}
        NodeRef operator*() const { return NodeRef(m_tape, m_index); }
        ItemIterator& operator++() {
            m_index = m_tape->after(m_index);
            return *this;
        }
        bool operator!=(const ItemIterator& other) const { return m_index != other.m_index; }

    private:
        const YamlTape* m_tape;
        YamlTape::Index m_index;
    };
    struct Items {
        ItemIterator start;
        ItemIterator stop;
        ItemIterator begin() const { return start; }
        ItemIterator end() const { return stop; }
    };
    Items items() const {
        if (!IsSequence())
            return Items{ItemIterator(m_tape, 0), ItemIterator(m_tape, 0)};
        return Items{ItemIterator(m_tape, m_index + 1),
                     ItemIterator(m_tape, m_tape->after(m_index))};
    }
    // The last item of a non-empty sequence.
    NodeRef lastItem() const {
        NodeRef last;
        for (NodeRef item : items())
            last = item;
        return last;
    }

    // Calls f(key, value) for each entry of a mapping, in file order.
    template <typename F> void forEachPair(F&& f) const {
        if (!IsMap())
            return;
        const YamlTape::Index end = m_tape->after(m_index);
        for (YamlTape::Index key = m_index + 1; key < end;) {
            const YamlTape::Index value = m_tape->after(key);
            f(NodeRef(m_tape, key), NodeRef(m_tape, value));
            key = m_tape->after(value);
        }
    }

private:
    NodeRef(const YamlTape* tape, YamlTape::Index index)
        : m_tape(tape)
        , m_index(index) {}

    const YamlTape* m_tape = nullptr;
    YamlTape::Index m_index = 0;
};

// yaml-cpp marks an empty (null) value at the next token, often lines further
// down, so lineOf() reports an empty value at the line of the key being read,
// which forEachEntry() records. One walk runs at a time per thread.
void setKeyLine(int line);
// 1-based line of a node, 0 when unknown.
int lineOf(NodeRef node);

[[noreturn]] void refuse(int line, const QString& message);
[[noreturn]] void refuse(NodeRef node, const QString& message);
// "a mapping", "a list", "text" or "empty", for messages.
QString describe(NodeRef node);
// Refuses with: "field" must be <expected>, not <what it is>.
[[noreturn]] void wrongType(NodeRef node, Key field, const char* expected);
// Refuses a key that occurs twice in one mapping.
[[noreturn]] void duplicateKey(int line, Key name, int firstLine);
QString quoted(const QString& text);
// Text from the file (UTF-8) as a QString, a leading U+FEFF kept.
inline QString textOf(std::string_view bytes) {
    return utf8Text(bytes);
}

// The rules of tandem::isValidId() and tandem::isValidColor(), on raw bytes
// and without regular expressions: they run for every element of files with
// 100,000 of them.
bool isValidIdBytes(std::string_view id);
bool isValidColorBytes(std::string_view color);
std::optional<LinkKind> linkKindFromBytes(std::string_view key);

// A hash of raw bytes for tables keyed by text from the file. qHash() on
// bytes costs some 200 ns per short key on some x86 processors (its AES
// path); this costs a few. seed should be random per process (as
// QHashSeed::globalSeed() is), so that a crafted file cannot pick colliding
// keys.
inline std::size_t hashBytes(std::string_view bytes, std::size_t seed) {
    constexpr std::uint64_t m1 = 0x9E3779B97F4A7C15ULL;
    constexpr std::uint64_t m2 = 0xBF58476D1CE4E5B9ULL;
    std::uint64_t h = (std::uint64_t(seed) ^ (bytes.size() * m1)) * m2;
    const char* p = bytes.data();
    std::size_t n = bytes.size();
    while (n >= 8) {
        std::uint64_t word;
        std::memcpy(&word, p, 8);
        h = (h ^ word) * m1;
        h ^= h >> 29;
        p += 8;
        n -= 8;
    }
    if (n > 0) {
        std::uint64_t word = 0;
        std::memcpy(&word, p, n);
        h = (h ^ word) * m1;
        h ^= h >> 29;
    }
    h *= m2;
    h ^= h >> 32;
    return static_cast<std::size_t>(h);
}

// The keys met in one mapping, to refuse a key that occurs twice (yaml-cpp
// keeps both).
class KeySet {
public:
    // Refuses name if it was added before.
    void add(Key name, int line) {
        if (m_seenCount < Few) {
            for (std::size_t i = 0; i < m_seenCount; ++i) {
                if (m_seen[i].first == name)
                    duplicateKey(line, name, m_seen[i].second);
            }
            m_seen[m_seenCount++] = {name, line};
            return;
        }
        if (m_many.empty())
            m_many.insert(m_seen.begin(), m_seen.end());
        const auto [where, inserted] = m_many.emplace(name, line);
        if (!inserted)
            duplicateKey(line, name, where->second);
    }

private:
    // Most mappings have a handful of keys: compare them on the stack, and
    // hash only once a mapping grows large.
    static constexpr std::size_t Few = 16;
    std::array<std::pair<Key, int>, Few> m_seen;
    std::size_t m_seenCount = 0;
    std::unordered_map<Key, int> m_many;
};

// The name of a key met in a mapping, refusing a key that is not text or
// is already in keys; adds it to keys, and sets the key line (lineOf()).
inline Key enter(NodeRef key, KeySet& keys) {
    if (!key.IsScalar())
        refuse(key, QStringLiteral("a key must be text, not %1").arg(describe(key)));
    const Key name = key.Scalar();
    const int line = lineOf(key);
    keys.add(name, line);
    setKeyLine(line);
    return name;
}

// Calls f(name, keyNode, valueNode) for each entry of a mapping, refusing
// keys that are not text and keys already in keys. The names stay valid as
// long as the tree.
template <typename F> void forEachEntry(NodeRef map, KeySet& keys, F&& f) {
    map.forEachPair([&](NodeRef key, NodeRef value) { f(enter(key, keys), key, value); });
}

// The same for one mapping on its own.
template <typename F> void forEachEntry(NodeRef map, F&& f) {
    KeySet keys;
    forEachEntry(map, keys, std::forward<F>(f));
}

// Part of a top-level list (links, snapshots): all of it in a file read
// whole. In a file read in pieces, the items one piece holds, less its last
// one where that is the next piece's first (ParsedPiece::nextLine).
struct ListPart {
    NodeRef list;
    bool dropLast = false;
};

// Checks that the parts are lists (or, for a list that is all in one part,
// empty); returns how many items they hold.
inline std::size_t countItems(std::span<const ListPart> parts, Key field, const char* expected) {
    std::size_t count = 0;
    for (const ListPart& part : parts) {
        if (!part.list.IsSequence())
            wrongType(part.list, field, expected);
        if (part.dropLast && part.list.size() == 0)
            refuse(part.list, QStringLiteral("a piece of the file ends with no item"));
        count += part.list.size() - (part.dropLast ? 1 : 0);
    }
    return count;
}

// Calls f(item) for each item of the parts, in order.
template <typename F> void forEachItem(std::span<const ListPart> parts, F&& f) {
    for (const ListPart& part : parts) {
        std::size_t left = part.list.size() - (part.dropLast ? 1 : 0);
        for (NodeRef item : part.list.items()) {
            if (left-- == 0)
                break;
            f(item);
        }
    }
}

inline bool isEmptyList(std::span<const ListPart> parts) {
    return parts.empty() || (parts.size() == 1 && parts.front().list.IsNull());
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
