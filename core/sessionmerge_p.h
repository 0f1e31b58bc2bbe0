#pragma once

// Private to the session merge (core/sessionmerge*.cpp): the pieces the
// top-level merge and the canvas-state merge share.

#include "mergeconflict_p.h"
#include "sessionmerge.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace tandem::mergedetail {

// Collects conflicts in the order the merge meets them.
class ConflictSink {
public:
    void add(ConflictSubject subject, const QString& id, const QString& field,
             const std::optional<YAML::Node>& base, const std::optional<YAML::Node>& ours,
             const std::optional<YAML::Node>& theirs);
    void addLink(const Link& link, const QString& field, const std::optional<YAML::Node>& base,
                 const std::optional<YAML::Node>& ours, const std::optional<YAML::Node>& theirs);
    void addConflict(MergeConflict conflict) { m_conflicts.push_back(std::move(conflict)); }
    std::vector<MergeConflict>& conflicts() { return m_conflicts; }

private:
    std::vector<MergeConflict> m_conflicts;
};

// The three-way rule for one value: one side's change is taken, the same
// change once; *conflict is set (and ours returned) when both changed it
// differently.
template <typename T> T mergeValue(const T& base, const T& ours, const T& theirs, bool* conflict) {
    if (ours == theirs || theirs == base)
        return ours;
    if (ours == base)
        return theirs;
    *conflict = true;
    return ours;
}

// Called for a key both sides changed differently; values absent where a side
// has no such key.
using ExtraConflict = std::function<void(const QString& key, const std::optional<YAML::Node>& base,
                                         const std::optional<YAML::Node>& ours,
                                         const std::optional<YAML::Node>& theirs)>;
// Unknown keys merged key by key, in ours' order with theirs' additions after
// the key they follow. A conflicting key keeps ours (theirs where ours removed
// it, so that nothing is lost).
ExtraFields mergeExtras(const ExtraFields& base, const ExtraFields& ours, const ExtraFields& theirs,
                        const ExtraConflict& onConflict);

// An order of `members` that keeps the order change of a side that reordered
// (ours when both did) and puts what the other side added after the entry it
// followed there.
QStringList mergeOrder(const QStringList& base, const QStringList& ours, const QStringList& theirs,
                       const QSet<QString>& members);

// Renames in `theirs` every element or chain id that both sides added with
// different content, and its links with it. Returns how many were renamed.
int renameClashingIds(const CanvasState& base, const CanvasState& ours, CanvasState& theirs);

// Where an element sits: a block, or the chain it is a stage of.
struct Spot {
    Block block = Block::KeyPartners;
    QString chainId;
    bool operator==(const Spot& other) const = default;
    QString key() const {
        return block == Block::ValueChains ? QStringLiteral("value_chains/") + chainId
                                           : blockKey(block);
    }
};

// Merges one element present on both sides, field by field.
class ElementMerger {
public:
    ElementMerger(ConflictSink& sink, const QString& id)
        : m_sink(sink)
        , m_id(id) {}

    Element merge(const Element& b, const Element& o, const Element& t);
    Spot mergeSpot(const Spot& b, const Spot& o, const Spot& t);

private:
    void text(QString Element::*field, const char* name, const Element& b, const Element& o,
              const Element& t, Element& out);
    void tags(const Element& b, const Element& o, const Element& t, Element& out);
    void at(const Element& b, const Element& o, const Element& t, Element& out);
    void amount(const Element& b, const Element& o, const Element& t, Element& out);
    void votes(const Element& b, const Element& o, const Element& t, Element& out);

    ConflictSink& m_sink;
    QString m_id;
};

// The canvases merged (elements, chains, order, links, unknown keys).
CanvasState mergeStates(const CanvasState& base, const CanvasState& ours, const CanvasState& theirs,
                        ConflictSink& sink);

} // namespace tandem::mergedetail
