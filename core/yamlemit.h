#pragma once

#include "model.h"

#include <QByteArray>
#include <QString>

#include <yaml-cpp/emitter.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tandem {

// How a string goes into the file so that every YAML reader, 1.1 or 1.2,
// yaml-cpp or PyYAML, reads back exactly the same string.
enum class TextStyle {
    Plain,        // unambiguous text: written as is
    DoubleQuoted, // anything a reader could take for a bool, number, null,
                  // date, indicator or comment, or that has odd whitespace
    Literal,      // multi-line text ending in one line break: "|"
    LiteralStrip, // multi-line text with no final line break: "|-"
};

// inFlow: inside [a, b], where commas and brackets end a plain scalar.
// allowLiteral: false for keys and flow items, which cannot be block scalars.
TextStyle textStyleFor(std::string_view utf8, bool inFlow, bool allowLiteral);

// A YAML::Emitter that writes UTF-8 (not \u escapes) and chooses a safe style
// for every string. yaml-cpp 0.7 cannot write the strip chomping indicator
// "|-", so LiteralStrip scalars are emitted as "|" and the '-' is inserted at
// the recorded offsets when the text is taken out with finish().
class YamlTextEmitter {
public:
    YamlTextEmitter();

    YAML::Emitter& raw() { return m_emitter; }

    void key(const char* name);
    // A string value in block context (literal style allowed).
    void text(const QString& value);
    void text(const std::string& utf8);
    // A list of strings, written flow style: [a, "yes", b].
    void flowTexts(const QStringList& values);
    // Unknown keys kept from the file, after the known keys of a mapping.
    void extras(const ExtraFields& extra);
    // A note's votes, flow style with names sorted: {Ada: 2, "yes": 1}.
    void votes(const Votes& votes);
    // Any node read from a file: plain scalars stay plain (a number stays a
    // number), quoted ones stay strings, tags and flow/block style are kept.
    void node(const YAML::Node& value, bool inFlow = false, bool isKey = false);

    // The finished document, newline-terminated.
    QByteArray finish();

private:
    void scalar(const std::string& utf8, bool inFlow, bool isKey);

    YAML::Emitter m_emitter;
    std::vector<std::size_t> m_stripAt; // offsets of '|' headers that need a '-'
};

} // namespace tandem
