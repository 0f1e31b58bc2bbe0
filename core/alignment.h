#pragma once

#include "model.h"
#include "money.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace tandem {

// How much a finding matters. The order of the enumerators is the order in
// which reports list them: gaps first.
enum class Severity { Gap, Warning, Info };
inline constexpr int SeverityCount = 3;

// "gap", "warning", "info": stable keys for JSON and scripts, never translated.
QString severityKey(Severity severity);
// "Gaps", "Warnings", "Info": translated section titles.
QString severityTitle(Severity severity);

// One thing the alignment check noticed (see canvases.md, rules A1-A8).
//
// elementIds names the elements involved, in reading order. Most findings
// name one element. A8 names the empty chain by its chain id (a chain is not
// an element, so resolve it with CanvasState::chains) or, for an empty
// required block, names nothing; `block` then says which block is empty.
struct Finding {
    QString rule; // "A1" ... "A8"
    Severity severity = Severity::Info;
    QString message; // a sentence naming the elements by their text, translated
    QStringList elementIds;
    std::optional<Block> block; // set only for A8 "empty required block"

    bool operator==(const Finding& other) const = default;
};

// How much of the outward promise has work behind it.
struct Coverage {
    int valuePropositions = 0;
    int deliveredValuePropositions = 0; // linked to at least one stage
    int stages = 0;
    int servingStages = 0; // linked to an outward element, directly or through their chain

    // Shares in [0, 1]; 0 when there is nothing to count (formatters show
    // "n/a" for those, look at the counts).
    double deliveredShare() const;
    double servingShare() const;

    bool operator==(const Coverage& other) const = default;
};

// The result of checkAlignment: the findings in a stable order (severity,
// then rule number, then the reading order of the first element involved)
// and the coverage figures.
struct AlignmentReport {
    std::vector<Finding> findings;
    Coverage coverage;
    // Where the amounts flow (money.md); `present` is false without amounts.
    money::MoneyReport money;

    int count(Severity severity) const;
    bool hasGaps() const { return count(Severity::Gap) > 0; }
};

// Runs rules A1-A8 (and A9-A11 where amounts exist, money.md) on one state (the current canvases or
// a snapshot).
//
// Interpretation notes, where canvases.md leaves room:
// - A link counts in either direction; a link from an element to itself and
//   a link naming an unknown id (or a chain id: links join elements) count
//   for nothing, so a half-edited state can still be checked.
// - "Delivered" (A1, A7) and "behind it" (A4) mean linked to a value-chain
//   stage directly; A2 means linked to a value proposition directly.
// - A3 and coverage treat a chain as one piece of work: if any stage of a
//   chain is linked to an outward element, every stage of that chain serves
//   something. A3 therefore only fires, once per stage, for chains none of
//   whose stages reaches an outward element.
// - A8 reports each empty chain, and an empty value propositions block,
//   customer segments block, or a session with no value chain at all.
//
// Linear in elements + links: one pass builds an id index and, per element,
// a bit set of the blocks it is linked to; every rule only asks "is this
// element linked to something in blocks X", so no neighbour lists are needed.
AlignmentReport checkAlignment(const CanvasState& state);

} // namespace tandem
