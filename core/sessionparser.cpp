#include "sessionparser.h"

#include "money.h"
#include "treewalker.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace tandem {

using namespace yamlwalk;

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
                                  .arg(quoted(textOf(value.Scalar()))));
            link.kind = *kind;
        } else if (name == "note") {
            link.note = text(value, name);
        } else if (name == "weight") {
            link.weight = figure(value, name, &money::weightProblem);
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
        } else if (name == "currency" || name == "period") {
            QString& field = name == "currency" ? result.currency : result.period;
            field = text(value, name);
            const QString why =
                name == "currency" ? money::currencyProblem(field) : money::periodProblem(field);
            if (!why.isEmpty())
                refuse(value, why);
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
    const QString value = format->IsScalar() ? textOf(format->Scalar()) : QString();
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

// One entry of the top level, sorted into its section.
void TreeWalker::topLevelEntry(TopLevel& top, Key name, NodeRef key, NodeRef value, bool dropLast) {
    if (dropLast && name != "links" && name != "snapshots")
        refuse(key, QStringLiteral("a piece of the file continues \"%1\"")
                        .arg(QString::fromUtf8(name.data(), qsizetype(name.size()))));
    if (name == "format") {
        top.format.emplace(value);
    } else if (name == "session") {
        top.session.emplace(value);
        m_sessionLine = lineOf(key);
    } else if (name == "business_model") {
        top.business = value;
    } else if (name == "operating_model") {
        top.operating = value;
    } else if (name == "links") {
        top.links.push_back(ListPart{value, dropLast});
    } else if (name == "snapshots") {
        top.snapshots.push_back(ListPart{value, dropLast});
    } else {
        top.unknown.emplace_back(name, value);
    }
}

// A file read whole is one piece. In a file read in pieces, a piece may
// begin with more of the list the piece before ended with, and end with the
// first line of the next piece (see ParsedPiece).
TreeWalker::TopLevel TreeWalker::topLevel() {
    TopLevel top;
    KeySet keys;
    Key lastKey;
    for (std::size_t p = 0; p < m_pieces.size(); ++p) {
        const WalkedPiece& piece = m_pieces[p];
        const NodeRef node = piece.root;
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
                topLevelEntry(top, lastKey, key, value, dropLast);
                return;
            }
            lastKey = enter(key, keys);
            topLevelEntry(top, lastKey, key, value, dropLast);
        });
    }
    return top;
}

void TreeWalker::snapshots(std::span<const ListPart> parts, std::vector<Snapshot>& out) {
    if (isEmptyList(parts))
        return;
    countItems(parts, "snapshots", "a list of snapshots");
    QHash<QString, int> names;
    forEachItem(parts, [&](NodeRef item) {
        Snapshot snapshot = this->snapshot(item);
        const auto where = insertNew(names, snapshot.name, lineOf(item));
        if (where)
            refuse(item, QCoreApplication::translate(
                             "LoadError", "duplicate snapshot name %1 (first used on line %2)")
                             .arg(quoted(snapshot.name))
                             .arg(*where));
        out.push_back(std::move(snapshot));
    });
}

Session TreeWalker::session() {
    const NodeRef root = m_pieces.front().root;
    setKeyLine(0);
    if (root.IsNull())
        refuse(root, QCoreApplication::translate("LoadError", "empty file, not a Tandem session"));
    if (!root.IsMap())
        refuse(root, QCoreApplication::translate(
                         "LoadError", "not a Tandem session (the file holds %1, not a mapping "
                                      "starting with \"format: tandem/1\")")
                         .arg(describe(root)));
    const TopLevel top = topLevel();
    // The format comes first: a file from a newer Tandem should say so, not
    // fail on whatever else changed.
    checkFormat(root, top.format);
    if (!top.session)
        refuse(root, QCoreApplication::translate(
                         "LoadError", "missing \"session\" (it needs at least a title)"));

    Session result;
    result.info = info(*top.session);
    state(top.business, top.operating, top.links, result.state);
    snapshots(top.snapshots, result.snapshots);
    std::vector<ExtraEntry> extra;
    for (const auto& [name, value] : top.unknown)
        keep(extra, name, value);
    result.extra = makeExtraFields(std::move(extra));
    return result;
}

Session parseSessionDocument(const YamlTape& root, qint64 nodeBudget, int maxDepth) {
    const WalkedPiece whole{NodeRef::of(root), false, -1};
    return TreeWalker(std::span(&whole, 1), nodeBudget, maxDepth).session();
}

Session parseSessionPieces(std::span<const ParsedPiece> pieces, qint64 nodeBudget, int maxDepth) {
    if (pieces.empty())
        refuse(0, QStringLiteral("no pieces to read"));
    std::vector<WalkedPiece> walked;
    walked.reserve(pieces.size());
    for (const ParsedPiece& piece : pieces)
        walked.push_back(WalkedPiece{NodeRef::of(piece.root), piece.continuesList, piece.nextLine});
    return TreeWalker(walked, nodeBudget, maxDepth).session();
}

} // namespace tandem
