// Core benchmarks: load and save against bare yaml-cpp, and the alignment
// check, on generated sessions of 100, 2,000 and 10,000 elements.

#include "alignment.h"
#include "benchutil.h"
#include "canvaslayout.h"
#include "notepacking.h"
#include "sessiongenerator.h"
#include "sessionreader.h"
#include "sessionwriter.h"

#include <benchmark/benchmark.h>
#include <yaml-cpp/yaml.h>

namespace {

void sizes(benchmark::internal::Benchmark* bench) {
    bench->Arg(100)->Arg(2000)->Arg(10000)->Unit(benchmark::kMillisecond);
}

// Loading as the editor does: a large file is parsed in pieces on all cores
// (SessionReader::Parallelism), so the time is wall-clock time.
void timeLoading(benchmark::State& state, const tandem::SessionReader::Parallelism& parallelism) {
    const QByteArray& bytes = tandem::bench::sessionBytes(static_cast<int>(state.range(0)));
    int pieces = 1;
    for (auto _ : state) {
        tandem::LoadError error;
        auto session = tandem::SessionReader::readBytes(bytes, QStringLiteral("bench"), &error,
                                                        parallelism, &pieces);
        if (!session)
            state.SkipWithError(qPrintable(error.toString()));
        benchmark::DoNotOptimize(session);
        state.PauseTiming();
        tandem::bench::waitForBackgroundWork();
        state.ResumeTiming();
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
    state.counters["pieces"] = pieces;
}

void BM_Load(benchmark::State& state) {
    timeLoading(state, tandem::SessionReader::defaultParallelism());
}
BENCHMARK(BM_Load)->Apply(sizes)->UseRealTime();

// The same on one core: what the walk adds to yaml-cpp's parse.
void BM_LoadOneCore(benchmark::State& state) {
    timeLoading(state, tandem::SessionReader::Parallelism{1});
}
BENCHMARK(BM_LoadOneCore)->Apply(sizes)->UseRealTime();

void BM_BareYamlLoad(benchmark::State& state) {
    const QByteArray& bytes = tandem::bench::sessionBytes(static_cast<int>(state.range(0)));
    const std::string text = bytes.toStdString();
    for (auto _ : state) {
        YAML::Node node = YAML::Load(text);
        benchmark::DoNotOptimize(node);
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
}
BENCHMARK(BM_BareYamlLoad)->Apply(sizes)->UseRealTime();

void BM_Save(benchmark::State& state) {
    tandem::LoadError error;
    const auto session = tandem::SessionReader::readBytes(
        tandem::bench::sessionBytes(static_cast<int>(state.range(0))), QStringLiteral("bench"),
        &error);
    for (auto _ : state) {
        QByteArray bytes = tandem::SessionWriter::toBytes(*session);
        benchmark::DoNotOptimize(bytes);
    }
}
BENCHMARK(BM_Save)->Apply(sizes);

void BM_BareYamlEmit(benchmark::State& state) {
    const YAML::Node node =
        YAML::Load(tandem::bench::sessionBytes(static_cast<int>(state.range(0))).toStdString());
    for (auto _ : state) {
        YAML::Emitter emitter;
        emitter << node;
        benchmark::DoNotOptimize(emitter.c_str());
    }
}
BENCHMARK(BM_BareYamlEmit)->Apply(sizes);

void BM_AlignmentCheck(benchmark::State& state) {
    const tandem::Session session = tandem::generateSession(static_cast<int>(state.range(0)), 42);
    for (auto _ : state) {
        auto report = tandem::checkAlignment(session.state);
        benchmark::DoNotOptimize(report);
    }
    state.counters["links"] = static_cast<double>(session.state.links.size());
}
BENCHMARK(BM_AlignmentCheck)->Apply(sizes);

} // namespace

namespace {

// Issue 19: one block of 200 notes (some placed by hand) packed at the
// floor and measured for its need, as CanvasScene does when a note is added.
void BM_PackCrowdedBlock(benchmark::State& state) {
    const tandem::CanvasLayout layout;
    std::vector<tandem::NoteDemand> notes;
    for (int i = 0; i < state.range(0); ++i) {
        tandem::NoteDemand note{QSizeF(tandem::CanvasLayout::NoteWidth, 72 + 18 * (i % 3)), {}};
        if (i % 10 == 0)
            note.at = QPointF(12 + (i % 3) * 100, 60 + (i % 7) * 90);
        notes.push_back(note);
    }
    const QRectF frame = layout.blockRect(tandem::Block::ValuePropositions);
    const QRectF content = layout.contentRect(tandem::Block::ValuePropositions);
    for (auto _ : state) {
        benchmark::DoNotOptimize(tandem::NotePacker::neededHeight(frame, content, notes));
        benchmark::DoNotOptimize(tandem::NotePacker::pack(frame, content, notes));
    }
}
BENCHMARK(BM_PackCrowdedBlock)->Arg(60)->Arg(200)->Unit(benchmark::kMicrosecond);

} // namespace
