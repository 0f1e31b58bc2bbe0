#pragma once

#include "money.h"

#include <QString>

#include <optional>
#include <vector>

namespace tandem {

// One figure on both sides of a comparison, in cents.
struct FigureChange {
    qint64 before = 0;
    qint64 after = 0;
    qint64 change() const { return after - before; }
    bool changed() const { return before != after; }
    bool operator==(const FigureChange& other) const = default;
};

// One value proposition's figures on both sides; a side where the value
// proposition does not exist has none. Its text is the newer one while it
// exists.
struct PromiseChange {
    QString id;
    QString text;
    std::optional<money::PromiseFigures> before;
    std::optional<money::PromiseFigures> after;
    // The margin's change, counting a side without the value proposition as 0.
    qint64 marginChange() const {
        return (after ? after->margin() : 0) - (before ? before->margin() : 0);
    }
    // Anything differs: revenue, cost, or whether it exists.
    bool changed() const { return before != after; }
    bool operator==(const PromiseChange& other) const = default;
};

// How the money figures of money.md changed from an older state to a newer
// one (as-is -> to-be): the totals and each value proposition's figures.
// `present` is false when neither side has an amount; then there is nothing
// to show, and comparisons look as they did before money existed.
struct MoneyDiff {
    bool present = false;
    FigureChange revenue;
    FigureChange cost;
    FigureChange profit;
    FigureChange unallocatedRevenue;
    FigureChange unallocatedCost;
    // The newer state's value propositions in reading order, then those only
    // the older one has, in its order.
    std::vector<PromiseChange> valuePropositions;

    bool changed() const;
    bool operator==(const MoneyDiff& other) const = default;
};

MoneyDiff diffMoney(const CanvasState& older, const CanvasState& newer);
MoneyDiff diffMoney(const money::MoneyReport& older, const CanvasState& olderState,
                    const money::MoneyReport& newer, const CanvasState& newerState);

} // namespace tandem
