// In and out (issue 16): a generated session (core/sessiongenerator.h) of
// 100, 2,000 and 10,000 elements exported as CSV, Markdown and ArchiMate
// exchange XML, and CSV and Markdown imported into a new session (read, plan
// and applied), through the same calls `tandem export` and `tandem import`
// make. The budget is 1 s for 10,000 elements in each (PERFORMANCE.md).

#include "archimateexport.h"
#include "csvformat.h"
#include "markdownformat.h"
#include "sessiongenerator.h"
#include "sessionimport.h"

#include <benchmark/benchmark.h>

#include <map>

namespace {

void sizes(benchmark::internal::Benchmark* bench) {
    bench->Arg(100)->Arg(2000)->Arg(10000)->Unit(benchmark::kMillisecond);
}

const tandem::Session& session(int elements) {
    static std::map<int, tandem::Session> made;
    auto it = made.find(elements);
    if (it == made.end())
        it = made.emplace(elements, tandem::generateSession(elements, 42)).first;
    return it->second;
}

void BM_ExportCsv(benchmark::State& state) {
    const tandem::Session& source = session(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(tandem::CsvFormat::elementsCsv(source.state));
}
BENCHMARK(BM_ExportCsv)->Apply(sizes);

void BM_ExportMarkdown(benchmark::State& state) {
    const tandem::Session& source = session(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(tandem::MarkdownFormat::toBytes(source));
}
BENCHMARK(BM_ExportMarkdown)->Apply(sizes);

void BM_ExportArchimate(benchmark::State& state) {
    const tandem::Session& source = session(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(tandem::ArchimateExport::toXml(source));
}
BENCHMARK(BM_ExportArchimate)->Apply(sizes);

// Reads the bytes into a plan and applies it to an empty session, as
// `tandem import IN -o OUT` does before it writes.
template <typename Read>
void importInto(benchmark::State& state, const QByteArray& bytes, Read read) {
    for (auto _ : state) {
        const tandem::ImportPlan plan = read(bytes);
        if (!plan.ok()) {
            state.SkipWithError("the import refused the exported file");
            return;
        }
        benchmark::DoNotOptimize(tandem::SessionImport::apply(tandem::CanvasState(), plan));
    }
    state.counters["notes"] = double(read(bytes).noteCount());
}

void BM_ImportCsv(benchmark::State& state) {
    const QByteArray csv = tandem::CsvFormat::elementsCsv(session(int(state.range(0))).state);
    importInto(state, csv, [](const QByteArray& bytes) {
        return tandem::SessionImport::fromCsv(bytes, QStringLiteral("in.csv"));
    });
}
BENCHMARK(BM_ImportCsv)->Apply(sizes);

void BM_ImportMarkdown(benchmark::State& state) {
    const QByteArray markdown = tandem::MarkdownFormat::toBytes(session(int(state.range(0))));
    importInto(state, markdown, [](const QByteArray& bytes) {
        return tandem::SessionImport::fromMarkdown(bytes, QStringLiteral("in.md"));
    });
}
BENCHMARK(BM_ImportMarkdown)->Apply(sizes);

} // namespace
