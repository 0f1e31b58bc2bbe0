#include "treewalker.h"

#include "money.h"
#include "votes.h"
#include "votesyaml_p.h"

#include <QCoreApplication>

#include <yaml-cpp/yaml.h>

#include <charconv>
#include <cmath>
#include <string>
#include <string_view>
#include <unordered_map>

namespace tandem {

using namespace yamlwalk;

QString TreeWalker::text(NodeRef node, Key field) {
    if (node.IsScalar())
        return textOf(node.Scalar());
    if (node.IsNull())
        return {};
    wrongType(node, field, "text");
}

QStringList TreeWalker::texts(NodeRef node, Key field) {
    QStringList result;
    if (node.IsNull())
        return result;
    if (!node.IsSequence())
        wrongType(node, field, "a list of text");
    for (NodeRef item : node.items()) {
        if (!item.IsScalar())
            refuse(item, QCoreApplication::translate(
                             "LoadError", "\"%1\" must be a list of text, but an item is %2")
                             .arg(QString::fromUtf8(field.data(), qsizetype(field.size())),
                                  describe(item)));
        result.append(textOf(item.Scalar()));
    }
    return result;
}

QString TreeWalker::id(NodeRef node, Key field) {
    if (!node.IsScalar())
        wrongType(node, field, "an id");
    const Key value = node.Scalar();
    if (!isValidIdBytes(value))
        refuse(node, QCoreApplication::translate(
                         "LoadError", "malformed id %1 (an id is 1 to 64 letters, digits, '_', "
                                      "'.' or '-', starting with a letter or digit)")
                         .arg(quoted(textOf(value))));
    return QString::fromLatin1(value.data(), static_cast<qsizetype>(value.size()));
}

void TreeWalker::addId(IdScope& scope, NodeRef node, const QString& newId, bool chain) {
    const int first = scope.add(node.Scalar(), lineOf(node), chain, newId);
    if (first >= 0)
        refuse(node,
               QCoreApplication::translate("LoadError", "duplicate id %1 (first used on line %2)")
                   .arg(quoted(textOf(node.Scalar())))
                   .arg(scope[first].line));
}

QPointF TreeWalker::position(NodeRef node) {
    auto number = [&](NodeRef item) {
        if (!item.IsScalar())
            refuse(node, QCoreApplication::translate("LoadError",
                                                     "\"at\" must be [x, y] with two numbers"));
        std::string_view digits(item.Scalar());
        if (!digits.empty() && digits.front() == '+')
            digits.remove_prefix(1);
        double value = 0;
        const auto [end, error] =
            std::from_chars(digits.data(), digits.data() + digits.size(), value);
        if (error != std::errc() || end != digits.data() + digits.size() || !std::isfinite(value))
            refuse(node, QCoreApplication::translate("LoadError",
                                                     "\"at\" must be [x, y] with two numbers"));
        return value;
    };
    if (!node.IsSequence() || node.size() != 2)
        refuse(node,
               QCoreApplication::translate("LoadError", "\"at\" must be [x, y] with two numbers"));
    auto item = node.items().begin();
    const NodeRef x = *item;
    const NodeRef y = *++item;
    return QPointF(number(x), number(y));
}

void TreeWalker::checkExtra(NodeRef node, int depth) {
    if (--m_nodeBudget < 0)
        refuse(node, QCoreApplication::translate(
                         "LoadError", "anchors or aliases are not allowed (the file expands to "
                                      "more values than it has characters)"));
    if (depth > m_maxDepth)
        refuse(node, QCoreApplication::translate(
                         "LoadError", "nesting deeper than %1 levels; a Tandem session needs far "
                                      "fewer")
                         .arg(m_maxDepth));
    if (node.IsSequence()) {
        for (NodeRef item : node.items())
            checkExtra(item, depth + 1);
    } else if (node.IsMap()) {
        std::unordered_map<Key, int> seen;
        node.forEachPair([&](NodeRef key, NodeRef value) {
            if (key.IsScalar()) {
                const auto [where, inserted] = seen.emplace(key.Scalar(), lineOf(key));
                if (!inserted)
                    refuse(key, QCoreApplication::translate(
                                    "LoadError", "duplicate key \"%1\" (first on line %2)")
                                    .arg(textOf(key.Scalar()))
                                    .arg(where->second));
            }
            checkExtra(key, depth + 1);
            checkExtra(value, depth + 1);
        });
    }
}

// Unknown keys are checked (depth, size, duplicates) and deep-copied, so the
// session owns them after the parsed document is gone.
void TreeWalker::keep(std::vector<ExtraEntry>& extra, Key name, NodeRef value) {
    checkExtra(value, 1);
    extra.emplace_back(std::string(name), value.copy());
}

// Votes go into the typed field. Where the writer would not write them back
// as the file has them (a hand-edited form, or unknown keys before them),
// they are also kept as they stand, like an unknown key.
void TreeWalker::votes(NodeRef value, Element& element, std::vector<ExtraEntry>& extra) {
    checkExtra(value, 1);
    YAML::Node asRead = value.copy();
    element.votes = votesFromYaml(asRead);
    if (!extra.empty() || !votesWriteBackAsRead(asRead, element.votes))
        extra.emplace_back(votesKey, std::move(asRead));
}

// An amount on a note of Revenue Streams or Cost Structure (money.md).
Figure TreeWalker::amount(NodeRef value, bool allowed) {
    if (!allowed)
        refuse(value, QCoreApplication::translate(
                          "LoadError", "\"amount\" belongs on notes of revenue_streams and "
                                       "cost_structure only"));
    return figure(value, "amount", &money::amountProblem);
}

Figure TreeWalker::figure(NodeRef value, Key field, QString (*problem)(double)) {
    const std::optional<double> number =
        value.IsScalar() ? money::parseNumber(value.Scalar()) : std::nullopt;
    if (!number)
        refuse(value,
               QCoreApplication::translate("LoadError", "\"%1\" must be a number, not %2")
                   .arg(QString::fromUtf8(field.data(), qsizetype(field.size())), describe(value)));
    if (const QString why = problem(*number); !why.isEmpty())
        refuse(value, why);
    return Figure{*number, textOf(value.Scalar())};
}

Element TreeWalker::element(NodeRef node, IdScope& scope, bool moneyBlock) {
    if (!node.IsMap())
        refuse(node, QCoreApplication::translate(
                         "LoadError", "a note must be a mapping with \"id\" and \"text\", not %1")
                         .arg(describe(node)));
    Element result;
    std::vector<ExtraEntry> extra;
    bool hasId = false;
    bool hasText = false;
    forEachEntry(node, [&](Key name, NodeRef, NodeRef value) {
        if (name == "id") {
            result.id = id(value, name);
            hasId = true;
            addId(scope, value, result.id, false);
        } else if (name == "text") {
            if (value.IsNull())
                refuse(value,
                       QCoreApplication::translate(
                           "LoadError", "\"text\" is empty; write text: \"\" for a blank note"));
            result.text = text(value, name);
            hasText = true;
        } else if (name == "description") {
            result.description = text(value, name);
        } else if (name == "color") {
            if (!value.IsNull()) {
                if (!value.IsScalar())
                    wrongType(value, name, "a colour");
                if (!isValidColorBytes(value.Scalar()))
                    refuse(value,
                           QCoreApplication::translate(
                               "LoadError", "colour %1 is not a palette name (%2) or #rrggbb")
                               .arg(quoted(textOf(value.Scalar())),
                                    paletteNames().join(QStringLiteral(", "))));
                result.color = textOf(value.Scalar());
            }
        } else if (name == "tags") {
            result.tags = texts(value, name);
        } else if (name == "author") {
            if (!value.IsNull())
                result.author = text(value, name);
        } else if (name == "at") {
            if (!value.IsNull())
                result.at = position(value);
        } else if (name == votesKey) {
            votes(value, result, extra);
        } else if (name == "amount") {
            result.amount = amount(value, moneyBlock);
        } else {
            keep(extra, name, value);
        }
    });
    result.extra = makeExtraFields(std::move(extra));
    if (!hasId)
        refuse(node, QCoreApplication::translate("LoadError", "note has no \"id\""));
    if (!hasText)
        refuse(node, QCoreApplication::translate("LoadError", "note %1 has no \"text\"")
                         .arg(quoted(result.id)));
    return result;
}

void TreeWalker::elements(NodeRef node, Key field, std::vector<Element>& out, IdScope& scope,
                          bool moneyBlock) {
    if (node.IsNull())
        return;
    if (!node.IsSequence())
        wrongType(node, field, "a list of notes");
    out.reserve(out.size() + node.size());
    for (NodeRef item : node.items())
        out.push_back(element(item, scope, moneyBlock));
}

ValueChain TreeWalker::chain(NodeRef node, IdScope& scope) {
    if (!node.IsMap())
        refuse(node, QCoreApplication::translate(
                         "LoadError", "a value chain must be a mapping with \"id\", \"name\" and "
                                      "\"stages\", not %1")
                         .arg(describe(node)));
    ValueChain result;
    std::vector<ExtraEntry> extra;
    bool hasId = false;
    bool hasName = false;
    forEachEntry(node, [&](Key name, NodeRef, NodeRef value) {
        if (name == "id") {
            result.id = id(value, name);
            addId(scope, value, result.id, true);
            hasId = true;
        } else if (name == "name") {
            result.name = text(value, name);
            hasName = !value.IsNull();
        } else if (name == "stages") {
            elements(value, name, result.stages, scope);
        } else {
            keep(extra, name, value);
        }
    });
    result.extra = makeExtraFields(std::move(extra));
    if (!hasId)
        refuse(node, QCoreApplication::translate("LoadError", "value chain has no \"id\""));
    if (!hasName)
        refuse(node, QCoreApplication::translate("LoadError", "value chain %1 has no \"name\"")
                         .arg(quoted(result.id)));
    return result;
}

void TreeWalker::business(NodeRef node, CanvasState& out, IdScope& scope) {
    if (node.IsNull())
        return;
    if (!node.IsMap())
        wrongType(node, "business_model", "a mapping of blocks");
    std::vector<ExtraEntry> extra;
    forEachEntry(node, [&](Key name, NodeRef, NodeRef value) {
        const auto block = blockFromKey(QString::fromUtf8(name.data(), qsizetype(name.size())));
        if (block && canvasOf(*block) == Canvas::Business)
            elements(value, name, out.elements(*block), scope,
                     block == Block::RevenueStreams || block == Block::CostStructure);
        else
            keep(extra, name, value); // a block from a newer edition
    });
    out.businessExtra = makeExtraFields(std::move(extra));
}

void TreeWalker::operating(NodeRef node, CanvasState& out, IdScope& scope) {
    if (node.IsNull())
        return;
    if (!node.IsMap())
        wrongType(node, "operating_model", "a mapping of blocks");
    std::vector<ExtraEntry> extra;
    forEachEntry(node, [&](Key name, NodeRef, NodeRef value) {
        const auto block = blockFromKey(QString::fromUtf8(name.data(), qsizetype(name.size())));
        if (block == Block::ValueChains) {
            if (value.IsNull())
                return;
            if (!value.IsSequence())
                wrongType(value, name, "a list of value chains");
            for (NodeRef item : value.items())
                out.chains.push_back(chain(item, scope));
        } else if (block && canvasOf(*block) == Canvas::Operating) {
            elements(value, name, out.elements(*block), scope);
        } else {
            keep(extra, name, value);
        }
    });
    out.operatingExtra = makeExtraFields(std::move(extra));
}

} // namespace tandem
