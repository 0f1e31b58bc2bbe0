// The three-way merge (issue 14): two 10,000-element sessions, each edited
// from a common base as two facilitators would (tests/helpers/randomedits.h),
// merged against that base. Budget: under 2 s.

#include "../helpers/randomedits.h"
#include "benchutil.h"
#include "sessiongenerator.h"
#include "sessionmerge.h"

#include <benchmark/benchmark.h>

#include <random>

namespace {

tandem::Session edited(const tandem::Session& base, unsigned seed, const QString& tag) {
    std::mt19937 random(seed);
    tandem::test::RandomEditor editor(
        [&](unsigned bound) { return static_cast<unsigned>(random() % bound); });
    tandem::Session session = base;
    for (int i = 0; i < 300; ++i)
        editor.edit(session, tag);
    return session;
}

void BM_MergeSessions(benchmark::State& state) {
    const int elements = static_cast<int>(state.range(0));
    const tandem::Session base = tandem::generateSession(elements, 42);
    const tandem::Session ours = edited(base, 1, QStringLiteral("ours"));
    const tandem::Session theirs = edited(base, 2, QStringLiteral("theirs"));
    std::size_t conflicts = 0;
    for (auto _ : state) {
        const tandem::MergeResult result = tandem::mergeSessions(base, ours, theirs);
        conflicts = result.conflicts.size();
        benchmark::DoNotOptimize(result);
    }
    state.counters["conflicts"] = static_cast<double>(conflicts);
    // Run alone (--benchmark_filter) to compare with BM_Load's process.
    state.counters["peak_MiB"] = tandem::bench::peakResidentMegabytes();
}
BENCHMARK(BM_MergeSessions)->Arg(2000)->Arg(10000)->Unit(benchmark::kMillisecond);

} // namespace
