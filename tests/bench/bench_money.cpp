// Issue 15: the money figures (money::analyse) of generated sessions with an
// amount on every revenue stream and cost and random link weights; the
// alignment dock and the canvas recompute them while the user types, so
// 10,000 elements must take under 20 ms. And the canvas after typing one.

#include "canvasdecorations.h"
#include "canvasscene.h"
#include "document.h"
#include "money.h"
#include "sessiongenerator.h"

#include <benchmark/benchmark.h>

namespace {

void BM_MoneyFigures(benchmark::State& state) {
    const tandem::Session session = tandem::generateSession(static_cast<int>(state.range(0)), 42,
                                                            tandem::GeneratorOptions{true});
    qint64 revenue = 0;
    for (auto _ : state) {
        const tandem::money::MoneyReport report = tandem::money::analyse(session.state);
        revenue = report.revenue;
        benchmark::DoNotOptimize(report);
    }
    int amounts = 0;
    for (tandem::Block block : {tandem::Block::RevenueStreams, tandem::Block::CostStructure})
        amounts += static_cast<int>(session.state.elements(block).size());
    state.counters["amounts"] = amounts;
    state.counters["links"] = static_cast<double>(session.state.links.size());
    state.counters["revenue_eur"] = static_cast<double>(revenue / 100);
}
BENCHMARK(BM_MoneyFigures)->Arg(100)->Arg(2000)->Arg(10000)->Unit(benchmark::kMillisecond);

} // namespace

namespace {

// What the canvas does when the user types an amount: the edit (one undo
// step, the note re-measured, its block placed again) and the decorations
// catching up (figures, badges, totals; with the money lens, every note's
// colour). Both run before the next frame.
void BM_CanvasMoneyAfterEdit(benchmark::State& state) {
    tandem::Document document;
    document.resetSession(tandem::generateSession(static_cast<int>(state.range(0)), 42,
                                                  tandem::GeneratorOptions{true}));
    tandem::CanvasScene scene(&document);
    if (state.range(1) != 0)
        scene.decorations()->setLens(QStringLiteral("money"));
    const QString cost = document.state().elements(tandem::Block::CostStructure).front().id;
    double amount = 1000;
    for (auto _ : state) {
        amount += 1;
        document.setElementAmount(cost, tandem::Figure{amount, {}});
        scene.decorations()->refreshNow();
    }
    state.counters["lens"] = static_cast<double>(state.range(1));
}
BENCHMARK(BM_CanvasMoneyAfterEdit)
    ->Args({2000, 0})
    ->Args({10000, 0})
    ->Args({10000, 1})
    ->Unit(benchmark::kMillisecond);

} // namespace
