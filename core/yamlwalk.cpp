#include "yamlwalk.h"

#include <QCoreApplication>

namespace tandem::yamlwalk {

namespace {

// The line of the key whose value is being read (see setKeyLine()).
thread_local int t_keyLine = 0;

} // namespace

void setKeyLine(int line) {
    t_keyLine = line;
}

int lineOf(NodeRef node) {
    if (node.IsNull() && t_keyLine > 0)
        return t_keyLine;
    const YAML::Mark mark = node.Mark();
    return mark.is_null() ? 0 : mark.line + 1;
}

[[noreturn]] void refuse(int line, const QString& message) {
    throw SessionParseError{line, message};
}

[[noreturn]] void refuse(NodeRef node, const QString& message) {
    refuse(lineOf(node), message);
}

QString describe(NodeRef node) {
    switch (node.Type()) {
    case YAML::NodeType::Map:
        return QCoreApplication::translate("LoadError", "a mapping");
    case YAML::NodeType::Sequence:
        return QCoreApplication::translate("LoadError", "a list");
    case YAML::NodeType::Scalar:
        return QStringLiteral("text");
    default:
        return QStringLiteral("empty");
    }
}

[[noreturn]] void wrongType(NodeRef node, Key field, const char* expected) {
    refuse(node, QCoreApplication::translate("LoadError", "\"%1\" must be %2, not %3")
                     .arg(QString::fromUtf8(field.data(), static_cast<qsizetype>(field.size())),
                          QLatin1String(expected), describe(node)));
}

[[noreturn]] void duplicateKey(int line, Key name, int firstLine) {
    refuse(line, QStringLiteral("duplicate key \"%1\" (first on line %2)")
                     .arg(QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())))
                     .arg(firstLine));
}

QString quoted(const QString& text) {
    return QLatin1Char('"') + text + QLatin1Char('"');
}

bool isValidIdBytes(std::string_view id) {
    if (id.empty() || id.size() > 64)
        return false;
    auto alnum = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    };
    if (!alnum(id.front()))
        return false;
    for (char c : id) {
        if (!alnum(c) && c != '_' && c != '.' && c != '-')
            return false;
    }
    return true;
}

bool isValidColorBytes(std::string_view color) {
    if (color.size() == 7 && color.front() == '#') {
        for (std::size_t i = 1; i < 7; ++i) {
            const char c = color[i];
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
                return false;
        }
        return true;
    }
    return paletteNames().contains(
        QLatin1String(color.data(), static_cast<qsizetype>(color.size())));
}

std::optional<LinkKind> linkKindFromBytes(std::string_view key) {
    if (key == "delivers")
        return LinkKind::Delivers;
    if (key == "supports")
        return LinkKind::Supports;
    if (key == "depends-on")
        return LinkKind::DependsOn;
    if (key == "supplies")
        return LinkKind::Supplies;
    return std::nullopt;
}

} // namespace tandem::yamlwalk
