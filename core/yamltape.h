#pragma once

// Private to core's reader (and core tests): a parsed YAML document for the
// walk over a session file.

#include <yaml-cpp/emitterstyle.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/node/node.h>
#include <yaml-cpp/node/type.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tandem::yamlwalk {

// One YAML document as yaml-cpp's parser reports it (YAML::Parser's events),
// recorded flat: an entry per node in document order, a collection's
// contents right after it, the scalars' text side by side in one string.
//
// It holds what YAML::Load would build from the same text (the same nodes
// with the same types, tags, styles, text and marks: the fuzzer and
// tests/core compare them), without the tree: YAML::Load allocates each
// node, its reference and its data on their own and links them with shared
// pointers, which costs about a quarter of the parse to build, more to walk
// and some 100 ms to free for a file of 10,000 notes. A tape is a few
// vectors.
class YamlTape {
public:
    using Index = std::uint32_t;

    // Parses the first document of text as YAML::Load does, and throws what
    // it throws (YAML::ParserException, YAML::DeepRecursion). A text with no
    // document gives an empty tape. Aliases are refused with a
    // YAML::ParserException: the reader's pre-scan refuses them first.
    static YamlTape parse(std::string_view text);

    bool empty() const { return m_entries.empty(); }
    // The document's root is entry 0 of a tape that is not empty.
    YAML::NodeType::value type(Index node) const {
        return static_cast<YAML::NodeType::value>(m_entries[node].type);
    }
    // The text of a scalar; empty for any other node.
    std::string_view scalar(Index node) const {
        const Entry& entry = m_entries[node];
        if (entry.type != YAML::NodeType::Scalar)
            return {};
        return std::string_view(m_text).substr(entry.offset, entry.size);
    }
    const std::string& tag(Index node) const { return m_tags[m_entries[node].tag]; }
    YAML::EmitterStyle::value style(Index node) const {
        return static_cast<YAML::EmitterStyle::value>(m_entries[node].style);
    }
    YAML::Mark mark(Index node) const;
    // The items of a sequence or the entries of a mapping; 0 for others.
    std::size_t size(Index node) const {
        const Entry& entry = m_entries[node];
        return entry.type == YAML::NodeType::Sequence || entry.type == YAML::NodeType::Map
                   ? entry.size
                   : 0;
    }
    // The entry after a node and all it contains: its next sibling, or the
    // end of its parent.
    Index after(Index node) const { return m_entries[node].after; }
    // The node and what it contains as a YAML::Node of its own, for what the
    // session keeps as the file has it (unknown keys). Recursive: the walk
    // checks the depth first.
    YAML::Node toNode(Index node) const;

private:
    class Recorder;

    struct Entry {
        std::uint8_t type = YAML::NodeType::Null;         // a YAML::NodeType::value
        std::uint8_t style = YAML::EmitterStyle::Default; // a YAML::EmitterStyle::value
        std::uint32_t tag = 0;                            // into m_tags
        int pos = 0;                                      // the mark
        int line = 0;
        int column = 0;
        Index after = 0;
        std::uint32_t size = 0;   // items, entries, or the scalar's bytes
        std::uint32_t offset = 0; // of the scalar's bytes in m_text
    };

    std::vector<Entry> m_entries;
    std::string m_text;
    // "", "?" (a plain scalar or a collection) and "!" (a quoted scalar)
    // first, then any other tag the document names.
    std::vector<std::string> m_tags{"", "?", "!"};
};

} // namespace tandem::yamlwalk
