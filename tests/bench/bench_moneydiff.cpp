// Comparing money (issue 15, item 5): the snapshot compare panel and
// `tandem diff` recompute the diff with its money figures after each burst
// of edits. Generated sessions of 100, 2,000 and 10,000 elements with an
// amount on every money note and a weight on every third link; the newer
// state has a tenth of the amounts changed.

#include "moneydiff.h"
#include "sessiondiff.h"
#include "sessiondiffformat.h"
#include "sessiongenerator.h"

#include <benchmark/benchmark.h>

namespace {

// An amount on every revenue stream and cost, a weight on some links.
tandem::CanvasState withAmounts(tandem::CanvasState state, int seed) {
    int n = seed;
    for (tandem::Block block : {tandem::Block::RevenueStreams, tandem::Block::CostStructure}) {
        for (tandem::Element& element : state.elements(block))
            element.amount = tandem::Figure{1000.0 + (n++ * 7919 % 100000) / 4.0, {}};
    }
    for (std::size_t i = 0; i < state.links.size(); i += 3)
        state.links[i].weight = tandem::Figure{1.0 + static_cast<double>(i % 5), {}};
    return state;
}

void BM_DiffWithMoney(benchmark::State& state) {
    const tandem::Session session = tandem::generateSession(static_cast<int>(state.range(0)), 42);
    const tandem::CanvasState older = withAmounts(session.state, 1);
    tandem::CanvasState newer = older;
    int changed = 0;
    for (tandem::Element& element : newer.elements(tandem::Block::CostStructure)) {
        if (changed++ % 10 == 0)
            element.amount->value += 250.5;
    }
    for (auto _ : state) {
        auto diff = tandem::diffStates(older, newer);
        benchmark::DoNotOptimize(diff);
    }
    state.counters["money notes"] =
        static_cast<double>(older.elements(tandem::Block::RevenueStreams).size() +
                            older.elements(tandem::Block::CostStructure).size());
}
BENCHMARK(BM_DiffWithMoney)->Arg(100)->Arg(2000)->Arg(10000)->Unit(benchmark::kMillisecond);

// As the compare panel runs it against a snapshot: the snapshot's money
// figures are kept, only the current canvases' are worked out again.
void BM_DiffWithKnownSnapshotMoney(benchmark::State& state) {
    const tandem::Session session = tandem::generateSession(static_cast<int>(state.range(0)), 42);
    const tandem::CanvasState older = withAmounts(session.state, 1);
    const tandem::CanvasState newer = withAmounts(session.state, 2);
    const tandem::money::MoneyReport known = tandem::money::analyse(older);
    for (auto _ : state) {
        auto diff = tandem::diffStates(older, newer, {&known, nullptr});
        benchmark::DoNotOptimize(diff);
    }
}
BENCHMARK(BM_DiffWithKnownSnapshotMoney)
    ->Arg(100)
    ->Arg(2000)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond);

// The money part alone, for the share it takes of the above.
void BM_MoneyDiffOnly(benchmark::State& state) {
    const tandem::Session session = tandem::generateSession(static_cast<int>(state.range(0)), 42);
    const tandem::CanvasState older = withAmounts(session.state, 1);
    const tandem::CanvasState newer = withAmounts(session.state, 2);
    for (auto _ : state) {
        auto diff = tandem::diffMoney(older, newer);
        benchmark::DoNotOptimize(diff);
    }
}
BENCHMARK(BM_MoneyDiffOnly)->Arg(100)->Arg(2000)->Arg(10000)->Unit(benchmark::kMillisecond);

} // namespace
