#include "yamlemit.h"

#include "extrafields_p.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <array>
#include <string>

namespace tandem {

namespace {

bool equalsIgnoringCase(std::string_view text, std::string_view lower) {
    if (text.size() != lower.size())
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        if (c != lower[i])
            return false;
    }
    return true;
}

// Words that YAML 1.1 (PyYAML) or 1.2 resolve to bool or null when plain.
bool isSpecialWord(std::string_view text) {
    static constexpr std::array<std::string_view, 11> words{
        "y", "n", "yes", "no", "true", "false", "on", "off", "null", "~", "<<"};
    return std::any_of(words.begin(), words.end(),
                       [text](std::string_view word) { return equalsIgnoringCase(text, word); }) ||
           text == "=";
}

// Anything starting like a number and made only of characters that occur in
// YAML 1.1 ints, floats, sexagesimals and timestamps ("012", "0x1F", ".inf",
// "1_000", "12:30", "2026-11-26 10:00:00 -5") may be resolved as non-text.
bool looksNumeric(std::string_view text) {
    const char first = text.front();
    if (!((first >= '0' && first <= '9') || first == '+' || first == '.' || first == '-'))
        return false;
    static constexpr std::string_view numberChars = "0123456789_.:+- eExXoObBaAcCdDfFtTzZiInN";
    return text.find_first_not_of(numberChars) == std::string_view::npos;
}

// Characters that need double quotes wherever they are: controls, tabs and
// the code points PyYAML takes for line breaks (NEL, U+2028, U+2029) or BOM.
bool hasAwkwardCharacters(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c < 0x20 && c != '\n') || c == 0x7f)
            return true;
        if (c == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) <= 0x9f)
            return true;
        if (c == 0xe2 && text.substr(i + 1, 2) == "\x80\xa8")
            return true;
        if (c == 0xe2 && text.substr(i + 1, 2) == "\x80\xa9")
            return true;
        if (c == 0xef && text.substr(i + 1, 2) == "\xbb\xbf")
            return true;
    }
    return false;
}

// yaml-cpp writes DEL and the line and paragraph separators raw even inside
// double quotes; YAML forbids the first and PyYAML reads the others as line
// breaks. Such rare strings are written with every non-ASCII character
// escaped instead.
bool needsAsciiEscapes(std::string_view text) {
    return text.find('\x7f') != std::string_view::npos ||
           text.find("\xe2\x80\xa8") != std::string_view::npos ||
           text.find("\xe2\x80\xa9") != std::string_view::npos;
}

TextStyle multiLineStyle(std::string_view text, bool allowLiteral) {
    if (!allowLiteral)
        return TextStyle::DoubleQuoted;
    std::size_t trailing = 0;
    while (trailing < text.size() && text[text.size() - 1 - trailing] == '\n')
        ++trailing;
    // "|" keeps one final line break and "|-" none; more would need "|+",
    // which round trips badly through editors that trim blank lines.
    if (trailing > 1 || trailing == text.size())
        return TextStyle::DoubleQuoted;
    const std::string_view body = text.substr(0, text.size() - trailing);
    // A first line that is empty or starts with a space would need an
    // indentation indicator; trailing spaces get eaten by editors.
    if (body.front() == '\n' || body.front() == ' ')
        return TextStyle::DoubleQuoted;
    if (body.back() == ' ' || body.find(" \n") != std::string_view::npos)
        return TextStyle::DoubleQuoted;
    return trailing == 1 ? TextStyle::Literal : TextStyle::LiteralStrip;
}

} // namespace

TextStyle textStyleFor(std::string_view text, bool inFlow, bool allowLiteral) {
    if (text.empty() || hasAwkwardCharacters(text))
        return TextStyle::DoubleQuoted;
    if (text.find('\n') != std::string_view::npos)
        return multiLineStyle(text, allowLiteral && !inFlow);
    if (text.front() == ' ' || text.back() == ' ')
        return TextStyle::DoubleQuoted;
    static constexpr std::string_view indicators = "-?:,[]{}#&*!|>'\"%@`";
    if (indicators.find(text.front()) != std::string_view::npos)
        return TextStyle::DoubleQuoted;
    if (text.back() == ':' || text.find(": ") != std::string_view::npos ||
        text.find(" #") != std::string_view::npos)
        return TextStyle::DoubleQuoted;
    if (inFlow && text.find_first_of(",[]{}:#") != std::string_view::npos)
        return TextStyle::DoubleQuoted;
    if (isSpecialWord(text) || looksNumeric(text))
        return TextStyle::DoubleQuoted;
    return TextStyle::Plain;
}

YamlTextEmitter::YamlTextEmitter() {
    m_emitter.SetOutputCharset(YAML::EmitNonAscii);
    m_emitter.SetIndent(2);
}

void YamlTextEmitter::key(const char* name) {
    m_emitter << YAML::Key << name << YAML::Value;
}

void YamlTextEmitter::text(const QString& value) {
    scalar(value.toStdString(), false, false);
}

void YamlTextEmitter::text(const std::string& utf8) {
    scalar(utf8, false, false);
}

void YamlTextEmitter::flowTexts(const QStringList& values) {
    m_emitter << YAML::Flow << YAML::BeginSeq;
    for (const QString& value : values)
        scalar(value.toStdString(), true, false);
    m_emitter << YAML::EndSeq;
}

void YamlTextEmitter::extras(const ExtraFields& extra) {
    for (const auto& [name, value] : extraEntries(extra)) {
        m_emitter << YAML::Key;
        scalar(name, false, true);
        m_emitter << YAML::Value;
        node(value);
    }
}

void YamlTextEmitter::votes(const Votes& votes) {
    m_emitter << YAML::Flow << YAML::BeginMap;
    for (auto it = votes.constBegin(); it != votes.constEnd(); ++it) {
        m_emitter << YAML::Key;
        scalar(it.key().toStdString(), true, true);
        // A plain number, so that every reader reads back a count.
        m_emitter << YAML::Value << std::to_string(it.value());
    }
    m_emitter << YAML::EndMap;
}

void YamlTextEmitter::scalar(const std::string& utf8, bool inFlow, bool isKey) {
    switch (textStyleFor(utf8, inFlow, !isKey)) {
    case TextStyle::Plain:
        m_emitter << utf8;
        break;
    case TextStyle::DoubleQuoted:
        if (needsAsciiEscapes(utf8))
            m_emitter << YAML::EscapeNonAscii; // for this string only
        m_emitter << YAML::DoubleQuoted << utf8;
        break;
    case TextStyle::Literal:
        m_emitter << YAML::Literal << utf8;
        break;
    case TextStyle::LiteralStrip: {
        const std::size_t before = m_emitter.size();
        m_emitter << YAML::Literal << utf8;
        // Find the header yaml-cpp just wrote; only ": ", "- " and line
        // breaks can stand between the previous output and it.
        const std::string_view written(m_emitter.c_str(), m_emitter.size());
        const std::size_t bar = written.find('|', before);
        if (bar != std::string_view::npos &&
            written.substr(before, bar - before).find_first_not_of(" :-\n") ==
                std::string_view::npos &&
            bar + 1 < written.size() && written[bar + 1] == '\n')
            m_stripAt.push_back(bar + 1);
        break;
    }
    }
}

void YamlTextEmitter::node(const YAML::Node& value, bool inFlow, bool isKey) {
    const std::string& tag = value.Tag();
    const bool explicitTag = !tag.empty() && tag != "?" && tag != "!";
    switch (value.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        m_emitter << YAML::Null;
        return;
    case YAML::NodeType::Scalar:
        if (explicitTag)
            m_emitter << YAML::VerbatimTag(tag);
        if (tag == "?" && value.Scalar().find('\n') == std::string::npos)
            m_emitter << value.Scalar(); // plain in the file: let it mean what it meant
        else
            scalar(value.Scalar(), inFlow, isKey);
        return;
    case YAML::NodeType::Sequence: {
        if (explicitTag)
            m_emitter << YAML::VerbatimTag(tag);
        const bool flow = inFlow || value.size() == 0 || value.Style() == YAML::EmitterStyle::Flow;
        if (flow)
            m_emitter << YAML::Flow;
        m_emitter << YAML::BeginSeq;
        for (const YAML::Node& item : value)
            node(item, flow);
        m_emitter << YAML::EndSeq;
        return;
    }
    case YAML::NodeType::Map: {
        if (explicitTag)
            m_emitter << YAML::VerbatimTag(tag);
        const bool flow = inFlow || value.size() == 0 || value.Style() == YAML::EmitterStyle::Flow;
        if (flow)
            m_emitter << YAML::Flow;
        m_emitter << YAML::BeginMap;
        for (auto it = value.begin(); it != value.end(); ++it) {
            m_emitter << YAML::Key;
            node(it->first, flow, true);
            m_emitter << YAML::Value;
            node(it->second, flow);
        }
        m_emitter << YAML::EndMap;
        return;
    }
    }
}

QByteArray YamlTextEmitter::finish() {
    QByteArray out;
    out.reserve(static_cast<qsizetype>(m_emitter.size() + m_stripAt.size() + 1));
    std::size_t from = 0;
    const char* data = m_emitter.c_str();
    for (std::size_t at : m_stripAt) {
        out.append(data + from, static_cast<qsizetype>(at - from));
        out.append('-');
        from = at;
    }
    out.append(data + from, static_cast<qsizetype>(m_emitter.size() - from));
    out.append('\n');
    return out;
}

} // namespace tandem
