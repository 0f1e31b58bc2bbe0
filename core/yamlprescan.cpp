#include "yamlprescan.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <climits>
#include <vector>

namespace tandem {

namespace {

bool isBlank(char c) {
    return c == ' ' || c == '\t';
}

bool isFlowIndicator(char c) {
    return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
}

QString codePointName(char32_t codePoint) {
    return QStringLiteral("U+%1")
        .arg(static_cast<uint>(codePoint), 4, 16, QLatin1Char('0'))
        .toUpper();
}

// Bytes that checkEncoding() has to look at: everything but printable
// ASCII, tab, line feed and carriage return.
constexpr std::array<bool, 256> needsLook = [] {
    std::array<bool, 256> table{};
    for (int b = 0; b < 256; ++b)
        table[std::size_t(b)] = (b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b >= 0x7f;
    return table;
}();

// Validates UTF-8 and refuses characters YAML does not allow in a stream
// (C0 and C1 controls except tab, line feed, carriage return and NEL). yaml-cpp
// would read some of them as its own end-of-input marker.
std::optional<PrescanIssue> checkEncoding(std::string_view bytes) {
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    const std::size_t size = bytes.size();
    std::size_t i = 0;
    // Lines are counted only for a message: the common path skips plain
    // ASCII with one table look-up per byte.
    auto lineAt = [&](std::size_t at) {
        return 1 + static_cast<int>(
                       std::count(bytes.begin(), bytes.begin() + std::ptrdiff_t(at), '\n'));
    };
    auto notUtf8 = [&](std::size_t at) {
        return PrescanIssue{lineAt(at), QCoreApplication::translate(
                                            "LoadError", "not UTF-8 text (byte 0x%1 at offset %2)")
                                            .arg(data[at], 2, 16, QLatin1Char('0'))
                                            .arg(at)};
    };
    auto control = [&](char32_t codePoint) {
        return PrescanIssue{
            lineAt(i),
            QCoreApplication::translate("LoadError", "control character %1 is not allowed in YAML")
                .arg(codePointName(codePoint))};
    };
    if (size >= 2 && ((data[0] == 0xff && data[1] == 0xfe) || (data[0] == 0xfe && data[1] == 0xff)))
        return PrescanIssue{1, QCoreApplication::translate(
                                   "LoadError", "UTF-16 text, not UTF-8; save the file as UTF-8")};
    while (i < size) {
        while (i < size && !needsLook[data[i]])
            ++i;
        if (i == size)
            break;
        const unsigned char b = data[i];
        if (b < 0x80)
            return control(b); // a C0 control or DEL
        int continuation = 0;
        char32_t codePoint = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xbf;
        if (b >= 0xc2 && b <= 0xdf) {
            continuation = 1;
            codePoint = b & 0x1f;
        } else if (b >= 0xe0 && b <= 0xef) {
            continuation = 2;
            codePoint = b & 0x0f;
            if (b == 0xe0)
                low = 0xa0; // no overlong forms
            else if (b == 0xed)
                high = 0x9f; // no UTF-16 surrogates
        } else if (b >= 0xf0 && b <= 0xf4) {
            continuation = 3;
            codePoint = b & 0x07;
            if (b == 0xf0)
                low = 0x90;
            else if (b == 0xf4)
                high = 0x8f; // nothing above U+10FFFF
        } else {
            return notUtf8(i);
        }
        for (int k = 1; k <= continuation; ++k) {
            if (i + k >= size)
                return notUtf8(i);
            const unsigned char next = data[i + k];
            const unsigned char min = k == 1 ? low : 0x80;
            const unsigned char max = k == 1 ? high : 0xbf;
            if (next < min || next > max)
                return notUtf8(i);
            codePoint = (codePoint << 6) | (next & 0x3f);
        }
        if ((codePoint >= 0x80 && codePoint <= 0x9f && codePoint != 0x85) || codePoint == 0xfffe ||
            codePoint == 0xffff)
            return control(codePoint);
        i += continuation + 1;
    }
    return std::nullopt;
}

// What can end a plain scalar (see Prescanner::scanPlain()): ':' and '#'
// anywhere, flow indicators inside a flow collection.
constexpr unsigned char StopText = 1;
constexpr unsigned char StopFlow = 2;
constexpr std::array<unsigned char, 256> plainStops = [] {
    std::array<unsigned char, 256> table{};
    table[':'] = StopText;
    table['#'] = StopText;
    for (char c : {',', '[', ']', '{', '}'})
        table[static_cast<unsigned char>(c)] = StopFlow;
    return table;
}();

// The tokenizer behind prescanYaml(). It works line by line and keeps only
// the state that crosses lines: open quotes, block scalars, multi-line plain
// scalars, flow collections and the stack of indentation levels.
class Prescanner {
public:
    Prescanner(std::string_view text, int maxDepth)
        : m_text(text)
        , m_maxDepth(maxDepth) {}

    std::optional<PrescanIssue> run() {
        std::size_t start = 0;
        while (start <= m_text.size() && !m_issue) {
            std::size_t end = m_text.find('\n', start);
            if (end == std::string_view::npos)
                end = m_text.size();
            std::string_view line = m_text.substr(start, end - start);
            if (!line.empty() && line.back() == '\r')
                line.remove_suffix(1);
            ++m_line;
            scanLine(line);
            start = end + 1;
        }
        // yaml-cpp quietly takes an unclosed quote to run to the end of the
        // file; other YAML readers refuse it, and so do we.
        if (!m_issue && m_quote != Quote::None)
            m_issue = PrescanIssue{m_quoteLine, QCoreApplication::translate(
                                                    "LoadError", "quoted text opened here is never "
                                                                 "closed")};
        return m_issue;
    }

private:
    enum class Quote { None, Single, Double };

    void fail(const QString& message) {
        if (!m_issue)
            m_issue = PrescanIssue{m_line, message};
    }

    bool checkDepth(int lineExtra) {
        const int depth = static_cast<int>(m_indents.size()) + lineExtra + m_flowDepth;
        if (depth > m_maxDepth) {
            fail(QCoreApplication::translate(
                     "LoadError", "nesting deeper than %1 levels; a Tandem session needs far fewer")
                     .arg(m_maxDepth));
            return false;
        }
        return true;
    }

    void scanLine(std::string_view line) {
        std::size_t indent = 0;
        while (indent < line.size() && line[indent] == ' ')
            ++indent;
        std::size_t first = indent;
        while (first < line.size() && isBlank(line[first]))
            ++first;
        const bool blank = first == line.size();

        if (m_inBlockScalar) {
            if (blank || static_cast<long>(indent) > m_blockScalarParent)
                return; // content of a literal or folded scalar: any characters go
            m_inBlockScalar = false;
        }

        std::size_t pos = 0;
        if (m_quote != Quote::None) {
            pos = scanQuoted(line, 0);
            if (m_quote != Quote::None)
                return;
        } else {
            if (blank)
                return;
            if (line[first] == '#') {
                m_inPlain = false; // a comment line ends a multi-line plain scalar
                return;
            }
            if (m_inPlain) {
                // A more indented line continues the plain scalar, so an '&' or
                // '*' at its start is text, not an anchor.
                if (m_flowDepth > 0 || static_cast<long>(indent) > m_plainParent)
                    return;
                m_inPlain = false;
            }
            if (m_flowDepth == 0) {
                if (startsMarker(line, "---")) {
                    if (m_seenContent || m_documentEnded) {
                        fail(QCoreApplication::translate(
                            "LoadError", "more than one YAML document in the file"));
                        return;
                    }
                    m_indents.clear();
                    m_owner = -1;
                    m_expectNode = true;
                    pos = 3;
                } else if (startsMarker(line, "...")) {
                    m_documentEnded = true;
                    return;
                } else if (line[0] == '%' && !m_seenContent) {
                    return; // a directive such as %YAML 1.2
                } else {
                    if (m_documentEnded) {
                        fail(QCoreApplication::translate(
                            "LoadError", "more than one YAML document in the file"));
                        return;
                    }
                    const long column = static_cast<long>(indent);
                    while (!m_indents.empty() && m_indents.back() > column)
                        m_indents.pop_back();
                    if (m_indents.empty() || m_indents.back() < column)
                        m_indents.push_back(column);
                    if (!checkDepth(0))
                        return;
                    m_owner = column;
                    m_expectNode = true;
                    pos = indent;
                }
            }
        }
        scanTokens(line, pos);
    }

    static bool startsMarker(std::string_view line, std::string_view marker) {
        return line.substr(0, 3) == marker && (line.size() == 3 || isBlank(line[3]));
    }

    // Scans a quoted scalar from pos (at the opening quote, or inside it when
    // continuing from an earlier line) and returns the index after it.
    std::size_t scanQuoted(std::string_view line, std::size_t pos) {
        if (m_quote == Quote::None) {
            m_quote = line[pos] == '"' ? Quote::Double : Quote::Single;
            m_quoteLine = m_line;
            ++pos;
        }
        while (pos < line.size()) {
            const char c = line[pos];
            if (m_quote == Quote::Double) {
                if (c == '\\') {
                    pos += 2;
                    continue;
                }
                if (c == '"') {
                    m_quote = Quote::None;
                    m_expectNode = false;
                    return pos + 1;
                }
            } else if (c == '\'') {
                if (pos + 1 < line.size() && line[pos + 1] == '\'') {
                    pos += 2;
                    continue;
                }
                m_quote = Quote::None;
                m_expectNode = false;
                return pos + 1;
            }
            ++pos;
        }
        return line.size();
    }

    void scanTokens(std::string_view line, std::size_t pos) {
        int lineExtra = 0; // compact nesting on this line: "- - x", "? x"
        m_scalarStart = -1;
        while (pos < line.size() && !m_issue) {
            const char c = line[pos];
            if (isBlank(c)) {
                ++pos;
                continue;
            }
            if (c == '#')
                return; // a comment: we only ever stand after blanks or an indicator here
            m_seenContent = true;
            const bool flow = m_flowDepth > 0;
            const bool nextBlank = pos + 1 >= line.size() || isBlank(line[pos + 1]);
            if (m_expectNode) {
                if (c == '&') {
                    fail(QCoreApplication::translate(
                        "LoadError", "anchors (&) are not allowed in a Tandem session"));
                    return;
                }
                if (c == '*') {
                    fail(QCoreApplication::translate(
                        "LoadError", "aliases (*) are not allowed in a Tandem session"));
                    return;
                }
                if (c == '!') { // a tag; the node itself follows
                    while (pos < line.size() && !isBlank(line[pos]) &&
                           !(flow && isFlowIndicator(line[pos])))
                        ++pos;
                    continue;
                }
                if ((c == '|' || c == '>') && !flow) {
                    m_inBlockScalar = true;
                    m_blockScalarParent = m_owner;
                    return; // the rest of the line is the block scalar header
                }
            }
            if (c == '"' || c == '\'') {
                m_scalarStart = static_cast<long>(pos);
                pos = scanQuoted(line, pos);
                continue;
            }
            if (c == '[' || c == '{') {
                ++m_flowDepth;
                if (!checkDepth(lineExtra))
                    return;
                m_expectNode = true;
                ++pos;
                continue;
            }
            if (c == ']' || c == '}') {
                if (m_flowDepth > 0)
                    --m_flowDepth;
                m_expectNode = false;
                ++pos;
                continue;
            }
            if (c == ',' && flow) {
                m_expectNode = true;
                ++pos;
                continue;
            }
            if ((c == '-' || c == '?') && nextBlank && (m_expectNode || c == '?')) {
                if (!flow && c == '-')
                    m_owner = static_cast<long>(pos);
                ++lineExtra;
                if (!checkDepth(lineExtra))
                    return;
                m_expectNode = true;
                ++pos;
                continue;
            }
            if (c == ':' &&
                (nextBlank || (flow && (isFlowIndicator(line[pos + 1]) || !m_expectNode)))) {
                if (!flow) // the value of a quoted or explicit key belongs to that key
                    m_owner = m_scalarStart >= 0 ? m_scalarStart : static_cast<long>(pos);
                m_expectNode = true;
                ++pos;
                continue;
            }
            scanPlain(line, pos);
        }
    }

    // A plain (unquoted) scalar: it ends at ": ", " #", the end of the line
    // or, inside a flow collection, at a flow indicator. Most of a session
    // file is such text: one table look-up skips each byte that cannot end it.
    void scanPlain(std::string_view line, std::size_t& pos) {
        const bool flow = m_flowDepth > 0;
        const unsigned char stops = flow ? (StopText | StopFlow) : StopText;
        const std::size_t start = pos;
        while (pos < line.size()) {
            if (!(plainStops[static_cast<unsigned char>(line[pos])] & stops)) {
                ++pos;
                continue;
            }
            const char c = line[pos];
            if (c == ':') {
                const bool end = pos + 1 >= line.size() || isBlank(line[pos + 1]) ||
                                 (flow && isFlowIndicator(line[pos + 1]));
                if (end) {
                    if (!flow)
                        m_owner = static_cast<long>(start);
                    ++pos;
                    m_expectNode = true;
                    return;
                }
            } else if (c == '#') {
                if (pos > start && isBlank(line[pos - 1])) { // a comment after the blank
                    --pos;
                    m_expectNode = false;
                    return;
                }
            } else { // a flow indicator inside a flow collection
                m_expectNode = false;
                return;
            }
            ++pos;
        }
        m_expectNode = false;
        if (!flow) {
            m_inPlain = true;
            m_plainParent = m_owner;
        }
    }

    std::string_view m_text;
    int m_maxDepth;
    int m_line = 0;
    std::optional<PrescanIssue> m_issue;
    std::vector<long> m_indents; // columns of the open block levels
    int m_flowDepth = 0;
    Quote m_quote = Quote::None;
    int m_quoteLine = 0;      // where the open quote started
    bool m_expectNode = true; // the next token starts a node (where & and * would count)
    long m_owner = -1;        // column of the key or "-" that owns the current node
    bool m_inBlockScalar = false;
    long m_blockScalarParent = -1;
    long m_scalarStart = -1; // column where the last scalar on this line began
    bool m_inPlain = false;  // the last line ended inside a plain scalar
    long m_plainParent = -1;
    bool m_seenContent = false;
    bool m_documentEnded = false;
};

} // namespace

std::optional<PrescanIssue> prescanYaml(std::string_view bytes, int maxDepth) {
    if (auto issue = checkEncoding(bytes))
        return issue;
    return Prescanner(bytes, maxDepth).run();
}

} // namespace tandem
