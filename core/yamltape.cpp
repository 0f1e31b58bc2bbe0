#include "yamltape.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>
#include <yaml-cpp/yaml.h>

#include <istream>
#include <streambuf>
#include <unordered_map>
#include <utility>

namespace tandem::yamlwalk {

namespace {

// Lets yaml-cpp read the bytes in place instead of copying them into a
// std::stringstream first.
class MemoryBuffer : public std::streambuf {
public:
    explicit MemoryBuffer(std::string_view bytes) {
        char* begin = const_cast<char*>(bytes.data()); // read-only use: only the get area
        setg(begin, begin, begin + bytes.size());
    }
};

} // namespace

// Writes the parser's events onto a tape, as yaml-cpp's NodeBuilder turns
// them into nodes: a null, a scalar, or a collection with what it holds.
class YamlTape::Recorder final : public YAML::EventHandler {
public:
    explicit Recorder(YamlTape& tape)
        : m_tape(tape) {}

    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t) override {
        add(YAML::NodeType::Null, mark, 0);
        closeLeaf();
    }
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
        throw YAML::ParserException(mark, "aliases are not read");
    }
    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                  const std::string& value) override {
        Entry& entry = add(YAML::NodeType::Scalar, mark, tagIndex(tag));
        entry.offset = static_cast<std::uint32_t>(m_tape.m_text.size());
        entry.size = static_cast<std::uint32_t>(value.size());
        m_tape.m_text.append(value);
        closeLeaf();
    }
    void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                         YAML::EmitterStyle::value style) override {
        open(YAML::NodeType::Sequence, mark, tag, style);
    }
    void OnSequenceEnd() override { close(1); }
    void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                    YAML::EmitterStyle::value style) override {
        open(YAML::NodeType::Map, mark, tag, style);
    }
    void OnMapEnd() override { close(2); }

private:
    Entry& add(YAML::NodeType::value type, const YAML::Mark& mark, std::uint32_t tag) {
        Entry& entry = m_tape.m_entries.emplace_back();
        entry.type = static_cast<std::uint8_t>(type);
        entry.tag = tag;
        entry.pos = mark.pos;
        entry.line = mark.line;
        entry.column = mark.column;
        entry.after = static_cast<Index>(m_tape.m_entries.size());
        return entry;
    }
    // A node is complete: one more child of the collection around it.
    void closeLeaf() {
        if (!m_open.empty())
            ++m_open.back().children;
    }
    void open(YAML::NodeType::value type, const YAML::Mark& mark, const std::string& tag,
              YAML::EmitterStyle::value style) {
        add(type, mark, tagIndex(tag)).style = static_cast<std::uint8_t>(style);
        m_open.push_back({static_cast<Index>(m_tape.m_entries.size() - 1), 0});
    }
    // childrenPerItem: 1 for a sequence, 2 (key and value) for a mapping.
    void close(std::uint32_t childrenPerItem) {
        const OpenCollection done = m_open.back();
        m_open.pop_back();
        Entry& entry = m_tape.m_entries[done.index];
        entry.size = done.children / childrenPerItem;
        entry.after = static_cast<Index>(m_tape.m_entries.size());
        closeLeaf();
    }
    std::uint32_t tagIndex(const std::string& tag) {
        if (tag.size() == 1 && tag[0] == '?')
            return 1;
        if (tag.size() == 1 && tag[0] == '!')
            return 2;
        if (tag.empty())
            return 0;
        const auto [where, added] =
            m_otherTags.try_emplace(tag, static_cast<std::uint32_t>(m_tape.m_tags.size()));
        if (added)
            m_tape.m_tags.push_back(tag);
        return where->second;
    }

    struct OpenCollection {
        Index index;
        std::uint32_t children;
    };
    YamlTape& m_tape;
    std::vector<OpenCollection> m_open;
    std::unordered_map<std::string, std::uint32_t> m_otherTags;
};

YamlTape YamlTape::parse(std::string_view text) {
    YamlTape tape;
    // About one node for every 12 bytes of a session file, and less text
    // in the scalars than in the file.
    tape.m_entries.reserve(text.size() / 12 + 16);
    tape.m_text.reserve(text.size() / 2);
    MemoryBuffer buffer(text);
    std::istream stream(&buffer);
    YAML::Parser parser(stream);
    Recorder recorder(tape);
    parser.HandleNextDocument(recorder); // only the first, as YAML::Load
    return tape;
}

YAML::Mark YamlTape::mark(Index node) const {
    const Entry& entry = m_entries[node];
    YAML::Mark mark;
    mark.pos = entry.pos;
    mark.line = entry.line;
    mark.column = entry.column;
    return mark;
}

YAML::Node YamlTape::toNode(Index node) const {
    switch (type(node)) {
    case YAML::NodeType::Scalar: {
        YAML::Node result{std::string(scalar(node))};
        result.SetTag(tag(node));
        return result;
    }
    case YAML::NodeType::Sequence: {
        YAML::Node result(YAML::NodeType::Sequence);
        result.SetTag(tag(node));
        result.SetStyle(style(node));
        for (Index item = node + 1; item < after(node); item = after(item))
            result.push_back(toNode(item));
        return result;
    }
    case YAML::NodeType::Map: {
        YAML::Node result(YAML::NodeType::Map);
        result.SetTag(tag(node));
        result.SetStyle(style(node));
        for (Index key = node + 1; key < after(node);) {
            const Index value = after(key);
            result.force_insert(toNode(key), toNode(value));
            key = after(value);
        }
        return result;
    }
    default:
        return YAML::Node(YAML::NodeType::Null);
    }
}

} // namespace tandem::yamlwalk
