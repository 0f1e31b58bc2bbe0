#pragma once

// Private to core's reader: the walk over a parsed session document that
// parseSessionDocument() and parseSessionPieces() run. Its definitions are in two
// files: treewalker.cpp reads notes, chains and the fields they are made of;
// sessionparser.cpp reads the sections around them (session details, links,
// snapshots, the top level).

#include "extrafields_p.h"
#include "idscope.h"
#include "model.h"
#include "sessionparser.h"
#include "yamlwalk.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace tandem::yamlwalk {

// A piece of the file as the walk reads it (ParsedPiece).
struct WalkedPiece {
    NodeRef root;
    bool continuesList = false;
    int nextLine = -1;
};

// The walk over one file. Members hold what crosses sections: the budget
// for unknown keys.
class TreeWalker {
public:
    TreeWalker(std::span<const WalkedPiece> pieces, qint64 nodeBudget, int maxDepth)
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
    void elements(NodeRef node, Key field, std::vector<Element>& out, IdScope& scope,
                  bool moneyBlock = false);
    Element element(NodeRef node, IdScope& scope, bool moneyBlock);
    Figure amount(NodeRef value, bool allowed);
    ValueChain chain(NodeRef node, IdScope& scope);
    void links(std::span<const ListPart> parts, std::vector<Link>& out, const IdScope& scope);
    void link(NodeRef item, std::vector<Link>& out, const IdScope& scope,
              QHash<quint64, int>& seen);
    Snapshot snapshot(NodeRef node);
    void snapshots(std::span<const ListPart> parts, std::vector<Snapshot>& out);

    // The sections of the top level, as the pieces hold them. A missing
    // format or session needs its own message; the other sections read as
    // null when missing.
    struct TopLevel {
        std::optional<NodeRef> format;
        std::optional<NodeRef> session;
        NodeRef business;
        NodeRef operating;
        std::vector<ListPart> links; // one part each unless read in pieces
        std::vector<ListPart> snapshots;
        std::vector<std::pair<Key, NodeRef>> unknown;
    };
    TopLevel topLevel();
    void topLevelEntry(TopLevel& top, Key name, NodeRef key, NodeRef value, bool dropLast);

    QString text(NodeRef node, Key field);
    QStringList texts(NodeRef node, Key field);
    QString id(NodeRef node, Key field);
    void addId(IdScope& scope, NodeRef node, const QString& id, bool chain);
    QPointF position(NodeRef node);
    // A number checked by `problem` (money.h), kept with its text.
    Figure figure(NodeRef value, Key field, QString (*problem)(double));
    void keep(std::vector<ExtraEntry>& extra, Key name, NodeRef value);
    void votes(NodeRef value, Element& element, std::vector<ExtraEntry>& extra);
    void checkExtra(NodeRef node, int depth);

    std::span<const WalkedPiece> m_pieces; // the documents being walked, as one file
    qint64 m_nodeBudget;
    int m_maxDepth;
    int m_sessionLine = 0;
};

} // namespace tandem::yamlwalk
