#include "sessionparser.h"

#include "extrafields_p.h"
#include "idscope.h"
#include "votes.h"
#include "votesyaml_p.h"
#include "yamlwalk.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

#include <yaml-cpp/yaml.h>

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tandem {

namespace {

using namespace yamlwalk;

// The walk over one file. Members hold what crosses sections: the budget
// for unknown keys.
class TreeWalker {
public:
    TreeWalker(std::span<const ParsedPiece> pieces, qint64 nodeBudget, int maxDepth)
        : m_pieces(pieces)
        , m_nodeBudget(nodeBudget)
        , m_maxDepth(maxDepth) {}

    Session session();

private:
    void checkFormat(NodeRef root, std::optional<NodeRef> format);
    SessionInfo info(NodeRef node);
    void state(NodeRef business, NodeRef operating, std::span<const ListPart> links,
               CanvasState& out);
    void business(NodeRef node, CanvasState& out, IdScope& scope);
    void operating(NodeRef node, CanvasState& out, IdScope& scope);
    void elements(NodeRef node, Key field, std::vector<Element>& out, IdScope& scope);
    Element element(NodeRef node, IdScope& scope);
    ValueChain chain(NodeRef node, IdScope& scope);
    void links(std::span<const ListPart> parts, std::vector<Link>& out, const IdScope& scope);
    void link(NodeRef item, std::vector<Link>& out, const IdScope& scope,
              QHash<quint64, int>& seen);
    Snapshot snapshot(NodeRef node);

    QString text(NodeRef node, Key field);
    QStringList texts(NodeRef node, Key field);
    QString id(NodeRef node, Key field);
    void addId(IdScope& scope, NodeRef node, const QString& id, bool chain);
    QPointF position(NodeRef node);
    void keep(std::vector<ExtraEntry>& extra, Key name, NodeRef value);
    void votes(NodeRef value, Element& element, std::vector<ExtraEntry>& extra);
    void checkExtra(NodeRef node, int depth);

    std::span<const ParsedPiece> m_pieces; // the trees being walked, as one file
    qint64 m_nodeBudget;
    int m_maxDepth;
    int m_sessionLine = 0;
};

QString TreeWalker::text(NodeRef node, Key field) {
    if (node.IsScalar())
        return QString::fromStdString(node.Scalar());
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
        result.append(QString::fromStdString(item.Scalar()));
    }
    return result;
}

QString TreeWalker::id(NodeRef node, Key field) {
    if (!node.IsScalar())
        wrongType(node, field, "an id");
    const std::string& value = node.Scalar();
    if (!isValidIdBytes(value))
        refuse(node, QCoreApplication::translate(
                         "LoadError", "malformed id %1 (an id is 1 to 64 letters, digits, '_', "
                                      "'.' or '-', starting with a letter or digit)")
                         .arg(quoted(QString::fromStdString(value))));
    return QString::fromLatin1(value.data(), static_cast<qsizetype>(value.size()));
}

void TreeWalker::addId(IdScope& scope, NodeRef node, const QString& newId, bool chain) {
    const int first = scope.add(node.Scalar(), lineOf(node), chain, newId);
    if (first >= 0)
        refuse(node,
               QCoreApplication::translate("LoadError", "duplicate id %1 (first used on line %2)")
                   .arg(quoted(QString::fromStdString(node.Scalar())))
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
                                    .arg(QString::fromStdString(key.Scalar()))
                                    .arg(where->second));
            }
            checkExtra(key, depth + 1);
            checkExtra(value, depth + 1);
        });
    }
}

// Unknown keys are checked (depth, size, duplicates) and deep-copied, so the
// session owns them after the parsed tree is gone.
void TreeWalker::keep(std::vector<ExtraEntry>& extra, Key name, NodeRef value) {
    checkExtra(value, 1);
    extra.emplace_back(std::string(name), YAML::Clone(value.node()));
}

// Votes go into the typed field. Where the writer would not write them back
// as the file has them (a hand-edited form, or unknown keys before them),
// they are also kept as they stand, like an unknown key.
void TreeWalker::votes(NodeRef value, Element& element, std::vector<ExtraEntry>& extra) {
    checkExtra(value, 1);
    element.votes = votesFromYaml(value.node());
    if (!extra.empty() || !votesWriteBackAsRead(value.node(), element.votes))
        extra.emplace_back(votesKey, YAML::Clone(value.node()));
}

Element TreeWalker::element(NodeRef node, IdScope& scope) {
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
                               .arg(quoted(QString::fromStdString(value.Scalar())),
                                    paletteNames().join(QStringLiteral(", "))));
                result.color = QString::fromStdString(value.Scalar());
            }
        } else if (name == "tags") {
            result.tags = texts(value, name);
        } else if (name == "at") {
            if (!value.IsNull())
                result.at = position(value);
        } else if (name == votesKey) {
            votes(value, result, extra);
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

void TreeWalker::elements(NodeRef node, Key field, std::vector<Element>& out, IdScope& scope) {
    if (node.IsNull())
        return;
    if (!node.IsSequence())
        wrongType(node, field, "a list of notes");
    out.reserve(out.size() + node.size());
    for (NodeRef item : node.items())
        out.push_back(element(item, scope));
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
            elements(value, name, out.elements(*block), scope);
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

void TreeWalker::links(std::span<const ListPart> parts, std::vector<Link>& out,
                       const IdScope& scope) {
    if (isEmptyList(parts))
        return;
    const std::size_t count = countItems(parts, "links", "a list of links");
    // (from index, to index, kind) -> line: no strings built per link.
    QHash<quint64, int> seen;
    seen.reserve(qsizetype(count));
    out.reserve(count);
    forEachItem(parts, [&](NodeRef item) { link(item, out, scope, seen); });
}

void TreeWalker::link(NodeRef item, std::vector<Link>& out, const IdScope& scope,
                      QHash<quint64, int>& seen) {
    if (!item.IsMap())
        refuse(item, QCoreApplication::translate(
                         "LoadError", "a link must be a mapping with \"from\" and \"to\", not %1")
                         .arg(describe(item)));
    Link link;
    std::vector<ExtraEntry> extra;
    std::optional<NodeRef> from;
    std::optional<NodeRef> to;
    forEachEntry(item, [&](Key name, NodeRef, NodeRef value) {
        if (name == "from") {
            from.emplace(value);
        } else if (name == "to") {
            to.emplace(value);
        } else if (name == "kind") {
            if (value.IsNull())
                return;
            if (!value.IsScalar())
                wrongType(value, name, "a link kind");
            const auto kind = linkKindFromBytes(value.Scalar());
            if (!kind)
                refuse(value, QCoreApplication::translate(
                                  "LoadError", "unknown link kind %1 (expected delivers, "
                                               "supports, depends-on or supplies)")
                                  .arg(quoted(QString::fromStdString(value.Scalar()))));
            link.kind = *kind;
        } else if (name == "note") {
            link.note = text(value, name);
        } else {
            keep(extra, name, value);
        }
    });
    link.extra = makeExtraFields(std::move(extra));
    if (!from || !to)
        refuse(item, QCoreApplication::translate("LoadError", "link has no \"%1\"")
                         .arg(from ? "to" : "from"));
    // Ids in the scope were checked when defined, so a known end is
    // valid; only an unknown one needs the full check for its message.
    auto end = [&](NodeRef endNode, Key field, QString& target) {
        const int found = endNode.IsScalar() ? scope.find(endNode.Scalar()) : -1;
        if (found < 0) {
            target = id(endNode, field); // refuses a malformed id
            refuse(endNode,
                   QCoreApplication::translate("LoadError", "link %1 unknown id %2")
                       .arg(QLatin1String(field.data(), qsizetype(field.size())), quoted(target)));
        }
        const IdScope::Entry& entry = scope[found];
        target = entry.id;
        if (entry.chain)
            refuse(endNode,
                   QCoreApplication::translate("LoadError",
                                               "link %1 value chain %2: links join notes and "
                                               "stages, not whole chains")
                       .arg(QLatin1String(field.data(), qsizetype(field.size())), quoted(target)));
        return found;
    };
    const int fromIndex = end(*from, "from", link.from);
    const int toIndex = end(*to, "to", link.to);
    if (fromIndex == toIndex)
        refuse(*to, QCoreApplication::translate("LoadError", "link from %1 to itself")
                        .arg(quoted(link.from)));
    const quint64 key = (quint64(fromIndex) << 34) | (quint64(toIndex) << 4) | quint64(link.kind);
    const auto where = insertNew(seen, key, lineOf(item));
    if (where)
        refuse(item, QCoreApplication::translate(
                         "LoadError", "duplicate link from %1 to %2 (%3), first on line %4")
                         .arg(quoted(link.from), quoted(link.to), linkKindKey(link.kind))
                         .arg(*where));
    out.push_back(std::move(link));
}

// A section that is missing reads as null, like one left empty.
void TreeWalker::state(NodeRef businessNode, NodeRef operatingNode,
                       std::span<const ListPart> linksParts, CanvasState& out) {
    IdScope scope;
    business(businessNode, out, scope);
    operating(operatingNode, out, scope);
    links(linksParts, out.links, scope);
}

Snapshot TreeWalker::snapshot(NodeRef node) {
    if (!node.IsMap())
        refuse(node, QCoreApplication::translate(
                         "LoadError", "a snapshot must be a mapping with \"name\", not %1")
                         .arg(describe(node)));
    Snapshot result;
    std::vector<ExtraEntry> extra;
    NodeRef businessNode, operatingNode, linksNode;
    bool hasName = false;
    forEachEntry(node, [&](Key name, NodeRef, NodeRef value) {
        if (name == "name") {
            result.name = text(value, name);
            hasName = !result.name.isEmpty();
        } else if (name == "taken") {
            if (value.IsNull())
                return;
            const QString taken = text(value, name);
            result.taken = QDateTime::fromString(taken, Qt::ISODateWithMs);
            if (!result.taken.isValid())
                refuse(value,
                       QCoreApplication::translate(
                           "LoadError", "\"taken\" must be an ISO 8601 date and time such as "
                                        "2026-11-26T14:30:00Z, not %1")
                           .arg(quoted(taken)));
        } else if (name == "business_model") {
            businessNode = value;
        } else if (name == "operating_model") {
            operatingNode = value;
        } else if (name == "links") {
            linksNode = value;
        } else {
            keep(extra, name, value);
        }
    });
    result.extra = makeExtraFields(std::move(extra));
    if (!hasName)
        refuse(node, QCoreApplication::translate("LoadError", "snapshot has no \"name\""));
    const ListPart links{linksNode};
    state(businessNode, operatingNode, std::span(&links, 1), result.state);
    return result;
}

SessionInfo TreeWalker::info(NodeRef node) {
    if (node.IsNull()) // read after the walk over the top level: name its key's line
        refuse(m_sessionLine, QCoreApplication::translate(
                                  "LoadError", "\"session\" is empty; it needs at least a title"));
    if (!node.IsMap())
        wrongType(node, "session", "a mapping with at least a title");
    SessionInfo result;
    std::vector<ExtraEntry> extra;
    forEachEntry(node, [&](Key name, NodeRef, NodeRef value) {
        if (name == "title") {
            result.title = text(value, name);
        } else if (name == "organisation") {
            result.organisation = text(value, name);
        } else if (name == "facilitator") {
            result.facilitator = text(value, name);
        } else if (name == "participants") {
            result.participants = texts(value, name);
        } else if (name == "date") {
            result.date = text(value, name);
            if (!result.date.isEmpty() && (result.date.size() != 10 ||
                                           !QDate::fromString(result.date, Qt::ISODate).isValid()))
                refuse(value, QCoreApplication::translate(
                                  "LoadError", "\"date\" must be an ISO 8601 date such as "
                                               "2026-11-26, not %1")
                                  .arg(quoted(result.date)));
        } else if (name == "notes") {
            result.notes = text(value, name);
        } else {
            keep(extra, name, value);
        }
    });
    result.extra = makeExtraFields(std::move(extra));
    if (result.title.isEmpty())
        refuse(m_sessionLine, QCoreApplication::translate("LoadError", "session has no \"title\""));
    return result;
}

void TreeWalker::checkFormat(NodeRef root, std::optional<NodeRef> format) {
    if (!format)
        refuse(root, QCoreApplication::translate("LoadError",
                                                 "not a Tandem session (no \"format: tandem/1\")"));
    const QString value = format->IsScalar() ? QString::fromStdString(format->Scalar()) : QString();
    if (value == QLatin1String("tandem/1"))
        return;
    const QLatin1String prefix("tandem/");
    if (value.startsWith(prefix)) {
        bool ok = false;
        const double version = value.mid(prefix.size()).toDouble(&ok);
        if (ok && version > 1)
            refuse(*format, QCoreApplication::translate(
                                "LoadError", "made by a newer version of Tandem (format %1); this "
                                             "version reads tandem/1")
                                .arg(value));
    }
    refuse(*format, QCoreApplication::translate(
                        "LoadError", "not a Tandem session (format is %1, expected tandem/1)")
                        .arg(format->IsScalar() ? quoted(value) : describe(*format)));
}

Session TreeWalker::session() {
    const NodeRef root = NodeRef::of(m_pieces.front().root);
    setKeyLine(0);
    if (root.IsNull())
        refuse(root, QCoreApplication::translate("LoadError", "empty file, not a Tandem session"));
    if (!root.IsMap())
        refuse(root, QCoreApplication::translate(
                         "LoadError", "not a Tandem session (the file holds %1, not a mapping "
                                      "starting with \"format: tandem/1\")")
                         .arg(describe(root)));
    // A missing format or session needs its own message; the other sections
    // read as null when missing.
    std::optional<NodeRef> format, sessionNode;
    NodeRef businessNode, operatingNode;
    std::vector<ListPart> linksParts, snapshotsParts; // one each unless read in pieces
    std::vector<std::pair<Key, NodeRef>> unknown;
    auto entry = [&](Key name, NodeRef key, NodeRef value, bool dropLast) {
        if (dropLast && name != "links" && name != "snapshots")
            refuse(key, QStringLiteral("a piece of the file continues \"%1\"")
                            .arg(QString::fromUtf8(name.data(), qsizetype(name.size()))));
        if (name == "format")
            format.emplace(value);
        else if (name == "session") {
            sessionNode.emplace(value);
            m_sessionLine = lineOf(key);
        } else if (name == "business_model")
            businessNode = value;
        else if (name == "operating_model")
            operatingNode = value;
        else if (name == "links")
            linksParts.push_back(ListPart{value, dropLast});
        else if (name == "snapshots")
            snapshotsParts.push_back(ListPart{value, dropLast});
        else
            unknown.emplace_back(name, value);
    };
    // A file read whole is one piece. In a file read in pieces, a piece may
    // begin with more of the list the piece before ended with, and end with
    // the first line of the next piece (see ParsedPiece).
    KeySet keys;
    Key lastKey;
    for (std::size_t p = 0; p < m_pieces.size(); ++p) {
        const ParsedPiece& piece = m_pieces[p];
        const NodeRef node = NodeRef::of(piece.root);
        if (!node.IsMap())
            wrongType(node, "a piece of the file", "a mapping");
        const bool nextContinues = p + 1 < m_pieces.size() && m_pieces[p + 1].continuesList;
        const std::size_t count = node.size();
        std::size_t index = 0;
        node.forEachPair([&](NodeRef key, NodeRef value) {
            const bool last = ++index == count;
            const bool endsWithNext = last && piece.nextLine >= 0;
            if (endsWithNext && !nextContinues) {
                // The next piece's first key: it must start that line.
                if (key.Mark().line != piece.nextLine || key.Mark().column != 0)
                    refuse(key, QStringLiteral("a piece of the file ends inside an entry"));
                return;
            }
            const bool dropLast = endsWithNext && nextContinues;
            // The next piece's first item: it must start on that line.
            if (dropLast && (!value.IsSequence() || value.size() == 0 ||
                             value.lastItem().Mark().line != piece.nextLine))
                refuse(key, QStringLiteral("a piece of the file ends inside an item"));
            if (index == 1 && piece.continuesList) {
                if (!key.IsScalar() || key.Scalar() != lastKey)
                    refuse(key, QStringLiteral("a piece of the file continues another list"));
                entry(lastKey, key, value, dropLast);
                return;
            }
            lastKey = enter(key, keys);
            entry(lastKey, key, value, dropLast);
        });
    }
    // The format comes first: a file from a newer Tandem should say so, not
    // fail on whatever else changed.
    checkFormat(root, format);
    if (!sessionNode)
        refuse(root, QCoreApplication::translate(
                         "LoadError", "missing \"session\" (it needs at least a title)"));

    Session result;
    result.info = info(*sessionNode);
    state(businessNode, operatingNode, linksParts, result.state);
    if (!isEmptyList(snapshotsParts)) {
        countItems(snapshotsParts, "snapshots", "a list of snapshots");
        QHash<QString, int> names;
        forEachItem(snapshotsParts, [&](NodeRef item) {
            Snapshot snapshot = this->snapshot(item);
            const auto where = insertNew(names, snapshot.name, lineOf(item));
            if (where)
                refuse(item, QCoreApplication::translate(
                                 "LoadError", "duplicate snapshot name %1 (first used on line %2)")
                                 .arg(quoted(snapshot.name))
                                 .arg(*where));
            result.snapshots.push_back(std::move(snapshot));
        });
    }
    std::vector<ExtraEntry> extra;
    for (const auto& [name, value] : unknown)
        keep(extra, name, value);
    result.extra = makeExtraFields(std::move(extra));
    return result;
}

} // namespace

Session parseSessionTree(const YAML::Node& root, qint64 nodeBudget, int maxDepth) {
    const ParsedPiece whole{root, false};
    return TreeWalker(std::span(&whole, 1), nodeBudget, maxDepth).session();
}

Session parseSessionPieces(std::span<const ParsedPiece> pieces, qint64 nodeBudget, int maxDepth) {
    if (pieces.empty())
        refuse(0, QStringLiteral("no pieces to read"));
    return TreeWalker(pieces, nodeBudget, maxDepth).session();
}

} // namespace tandem
