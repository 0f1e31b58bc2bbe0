#pragma once

#include "model.h"
#include "moneydiff.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace tandem {

enum class ChangeKind { Added, Removed, Changed, Moved };

// "added", "removed", "changed", "moved": the keys of the JSON output.
QString changeKindKey(ChangeKind kind);

// The fields of an element a diff compares. Position (`at`), order inside a
// block and unknown fields (votes included) are not compared: they change with
// every drag and every dot, and would drown what a team actually decided.
// Amount is a revenue stream's or a cost's amount (money.md), set, changed or
// taken away.
enum class ElementField { Text, Description, Color, Tags, Amount };
// "text", "description", "color", "tags", "amount"
QString elementFieldKey(ElementField field);

// Where an element sits in one state: a block, or a stage of a chain.
struct ElementLocation {
    Block block = Block::KeyPartners;
    QString chainId;   // set for stages
    QString chainName; // the chain's name in that state, for display

    bool isStage() const { return block == Block::ValueChains; }
    // Same block, and for stages the same chain. Order inside is ignored.
    bool sameAs(const ElementLocation& other) const {
        return block == other.block && chainId == other.chainId;
    }
};

// One element that differs between the two states. An element that moved and
// also changed is one entry of kind Moved with its changed fields listed, so
// every id appears at most once.
struct ElementChange {
    ChangeKind kind = ChangeKind::Changed;
    QString id;
    std::optional<Element> before;    // absent for Added
    std::optional<Element> after;     // absent for Removed
    ElementLocation from;             // meaningful when `before` is set
    ElementLocation to;               // meaningful when `after` is set
    std::vector<ElementField> fields; // Changed and Moved: what else changed

    bool hasField(ElementField field) const;
    // The text to name the element by: the newer one when it still exists.
    QString text() const { return after ? after->text : before ? before->text : QString(); }
};

// One value chain that was added, removed or renamed. Reordering chains is not
// reported (see ElementField for the reason order is left out).
struct ChainChange {
    ChangeKind kind = ChangeKind::Changed;
    QString id;
    QString oldName; // empty for Added
    QString newName; // empty for Removed
};

// One link that differs. Links are matched by from, to and kind, the identity
// the file format gives them: a link whose kind changed is a different link,
// so it shows as removed plus added. A link whose note or weight (money.md)
// changed is Changed. The texts of both ends are resolved in the state the link lives in
// (the newer one for Added and Changed, the older one for Removed).
struct LinkChange {
    ChangeKind kind = ChangeKind::Changed;
    Link link;                       // the newer link, or the removed one
    QString oldNote;                 // Changed: the note before
    std::optional<Figure> oldWeight; // Changed: the weight before
    QString fromText;
    QString toText;
};

// Counts of one kind of change, for summaries.
struct ChangeCounts {
    int added = 0;
    int removed = 0;
    int changed = 0;
    int moved = 0;
    int total() const { return added + removed + changed + moved; }
};

// What changed from an older canvas state to a newer one. Entries come in a
// stable order: the reading order of the newer state (blocks in facilitation
// order, chains and their stages left to right, links in file order), then
// what was removed, in the older state's order.
struct StateDiff {
    std::vector<ChainChange> chains;
    std::vector<ElementChange> elements;
    std::vector<LinkChange> links;
    // How the money figures changed; not part of isEmpty(), as they change
    // only when an amount, a weight, a link or an element does.
    MoneyDiff money;

    bool isEmpty() const { return chains.empty() && elements.empty() && links.empty(); }
    ChangeCounts elementCounts() const;
    ChangeCounts chainCounts() const;
    ChangeCounts linkCounts() const;
};

// The money figures of a side that the caller has already (a snapshot's do
// not change between edits), so that a diff does not work them out again.
struct KnownMoney {
    const money::MoneyReport* older = nullptr;
    const money::MoneyReport* newer = nullptr;
};

// Compares two states, matching elements, stages and chains by id (snapshots
// repeat the ids of the elements they froze).
StateDiff diffStates(const CanvasState& older, const CanvasState& newer, KnownMoney known = {});

// The snapshot's frozen state, or nullopt when the session has no snapshot of
// that name. With several of the same name, the first counts.
std::optional<CanvasState> snapshotState(const Session& session, const QString& name);

} // namespace tandem
