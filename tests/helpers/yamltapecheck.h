#pragma once

// Checks the reader's YamlTape against yaml-cpp's own tree (YAML::Load) of the
// same text: the tests and the session loader's fuzzer use it, so that the
// walk over a tape reads what it read over the tree.

#include "yamltape.h"

#include <yaml-cpp/yaml.h>

#include <sstream>
#include <string>
#include <string_view>

namespace tandem::tapecheck {

namespace detail {

inline std::string markText(const YAML::Mark& mark) {
    return std::to_string(mark.line) + ":" + std::to_string(mark.column) + " (byte " +
           std::to_string(mark.pos) + ")";
}

// "" when the tape's node and the tree's node are the same, with all they
// hold; otherwise where and how they differ.
inline std::string difference(const yamlwalk::YamlTape& tape, yamlwalk::YamlTape::Index index,
                              const YAML::Node& node) {
    const std::string at = " at " + markText(node.Mark());
    if (tape.type(index) != node.Type())
        return "type " + std::to_string(tape.type(index)) + " instead of " +
               std::to_string(node.Type()) + at;
    const YAML::Mark mark = tape.mark(index);
    if (mark.line != node.Mark().line || mark.column != node.Mark().column ||
        mark.pos != node.Mark().pos)
        return "mark " + markText(mark) + " instead of" + at;
    if (tape.tag(index) != node.Tag())
        return "tag \"" + tape.tag(index) + "\" instead of \"" + node.Tag() + "\"" + at;
    if (node.IsScalar() && tape.scalar(index) != node.Scalar())
        return "text \"" + std::string(tape.scalar(index)) + "\" instead of \"" + node.Scalar() +
               "\"" + at;
    if (!node.IsSequence() && !node.IsMap())
        return {};
    if (tape.style(index) != node.Style())
        return "another style" + at;
    if (tape.size(index) != node.size())
        return std::to_string(tape.size(index)) + " entries instead of " +
               std::to_string(node.size()) + at;
    yamlwalk::YamlTape::Index child = index + 1;
    for (auto it = node.begin(); it != node.end(); ++it) {
        if (node.IsSequence()) {
            if (std::string why = difference(tape, child, *it); !why.empty())
                return why;
            child = tape.after(child);
            continue;
        }
        const auto& entry = *it;
        if (std::string why = difference(tape, child, entry.first); !why.empty())
            return "key: " + why;
        child = tape.after(child);
        if (std::string why = difference(tape, child, entry.second); !why.empty())
            return why;
        child = tape.after(child);
    }
    if (child != tape.after(index))
        return "the tape holds more" + at;
    return {};
}

} // namespace detail

// "" when YamlTape::parse and YAML::Load agree on text: the same nodes, or
// the same error at the same place; otherwise what differs. Only for text
// without aliases (the reader's pre-scan refuses them before either parses).
inline std::string compareWithYamlCpp(std::string_view text) {
    yamlwalk::YamlTape tape;
    std::string tapeError;
    try {
        tape = yamlwalk::YamlTape::parse(text);
    } catch (const YAML::Exception& e) {
        tapeError = e.what();
    }
    YAML::Node tree;
    std::string treeError;
    try {
        tree = YAML::Load(std::string(text));
    } catch (const YAML::Exception& e) {
        treeError = e.what();
    }
    if (tapeError != treeError)
        return "the tape's error \"" + tapeError + "\", the tree's \"" + treeError + "\"";
    if (!tapeError.empty())
        return {};
    if (tape.empty())
        return tree.IsNull() && tree.Mark().is_null() ? std::string() : "an empty tape";
    if (std::string why = detail::difference(tape, 0, tree); !why.empty())
        return why;
    // What the session keeps of unknown keys is a copy made from the tape:
    // it must write out as the tree does.
    std::ostringstream fromTape;
    std::ostringstream fromTree;
    fromTape << tape.toNode(0);
    fromTree << tree;
    if (fromTape.str() != fromTree.str())
        return "the copy writes\n" + fromTape.str() + "\ninstead of\n" + fromTree.str();
    return {};
}

} // namespace tandem::tapecheck
