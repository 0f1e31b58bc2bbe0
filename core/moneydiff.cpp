#include "moneydiff.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace tandem {

namespace {

QString promiseText(const CanvasState& state, const QString& id) {
    for (const Element& element : state.elements(Block::ValuePropositions)) {
        if (element.id == id)
            return element.text;
    }
    return {};
}

} // namespace

bool MoneyDiff::changed() const {
    return revenue.changed() || cost.changed() || unallocatedRevenue.changed() ||
           unallocatedCost.changed() ||
           std::any_of(valuePropositions.begin(), valuePropositions.end(),
                       [](const PromiseChange& promise) { return promise.changed(); });
}

MoneyDiff diffMoney(const CanvasState& older, const CanvasState& newer) {
    return diffMoney(money::analyse(older), older, money::analyse(newer), newer);
}

MoneyDiff diffMoney(const money::MoneyReport& older, const CanvasState& olderState,
                    const money::MoneyReport& newer, const CanvasState& newerState) {
    MoneyDiff diff;
    diff.present = older.present || newer.present;
    if (!diff.present)
        return diff;
    diff.revenue = {older.revenue, newer.revenue};
    diff.cost = {older.cost, newer.cost};
    diff.profit = {older.profit(), newer.profit()};
    diff.unallocatedRevenue = {older.unallocatedRevenue, newer.unallocatedRevenue};
    diff.unallocatedCost = {older.unallocatedCost, newer.unallocatedCost};

    QHash<QString, const money::PromiseFigures*> before;
    for (const money::PromiseFigures& promise : older.valuePropositions)
        before.insert(promise.id, &promise);
    QSet<QString> seen;
    for (const money::PromiseFigures& promise : newer.valuePropositions) {
        if (seen.contains(promise.id))
            continue;
        seen.insert(promise.id);
        PromiseChange change{promise.id, promiseText(newerState, promise.id), {}, promise};
        if (const money::PromiseFigures* was = before.value(promise.id))
            change.before = *was;
        diff.valuePropositions.push_back(std::move(change));
    }
    for (const money::PromiseFigures& promise : older.valuePropositions) {
        if (seen.contains(promise.id))
            continue;
        seen.insert(promise.id);
        diff.valuePropositions.push_back(
            PromiseChange{promise.id, promiseText(olderState, promise.id), promise, {}});
    }
    return diff;
}

} // namespace tandem
