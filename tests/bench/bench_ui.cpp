// Editor benchmarks on generated sessions: opening (load + scene), the first
// paint at fit-to-view, one frame while dragging a note, and the peak memory
// with the session open. Zoom, pan and presenter frames: bench_frames.cpp.

#include "editorapp.h"
#include "editorfixture.h"
#include "linklayer.h"
#include "noteitem.h"

#include <QApplication>
#include <QElapsedTimer>

#include <benchmark/benchmark.h>

#include <memory>

namespace {

using tandem::bench::blankFrame;
using tandem::bench::OpenEditor;
using tandem::bench::PaintCounter;
using tandem::bench::sizes;

// An editor window already open on an empty session, as when the user
// chooses a file: document, scene and a shown 1920x1080 view.
struct EmptyEditor {
    EmptyEditor() {
        scene = std::make_unique<tandem::CanvasScene>(&document);
        view = std::make_unique<tandem::CanvasView>(scene.get());
        view->resize(1920, 1080);
        view->show();
        QCoreApplication::processEvents();
    }
    tandem::Document document;
    std::unique_ptr<tandem::CanvasScene> scene;
    std::unique_ptr<tandem::CanvasView> view;
};

// Times opening the session's bytes into an editor window (parse, check,
// build the model and the scene's items), then `then`; making the window
// and closing the session again are not timed.
// Counters say where the time went: reading the file, building the scene,
// and `then`, in milliseconds per iteration.
template <typename Then> void timeOpening(benchmark::State& state, Then then) {
    const QByteArray& bytes = tandem::bench::sessionBytes(static_cast<int>(state.range(0)));
    double readMs = 0, sceneMs = 0, thenMs = 0;
    QElapsedTimer clock;
    for (auto _ : state) {
        state.PauseTiming();
        auto editor = std::make_unique<EmptyEditor>();
        state.ResumeTiming();
        clock.start();
        tandem::LoadError error;
        auto session = tandem::SessionReader::readBytes(bytes, QStringLiteral("bench"), &error);
        readMs += double(clock.nsecsElapsed()) / 1e6;
        clock.start();
        editor->document.resetSession(std::move(*session));
        sceneMs += double(clock.nsecsElapsed()) / 1e6;
        clock.start();
        then(*editor);
        thenMs += double(clock.nsecsElapsed()) / 1e6;
        state.PauseTiming();
        editor.reset();
        tandem::bench::waitForBackgroundWork();
        state.ResumeTiming();
    }
    const auto perIteration = benchmark::Counter::kAvgIterations;
    state.counters["read_ms"] = benchmark::Counter(readMs, perIteration);
    state.counters["scene_ms"] = benchmark::Counter(sceneMs, perIteration);
    state.counters["then_ms"] = benchmark::Counter(thenMs, perIteration);
}

// Issue 19: adding one note to a block of 200 re-lays out that block (and,
// when the block grows, the canvas) in the editor's scene.
void BM_AddNoteToCrowdedBlock(benchmark::State& state) {
    EmptyEditor editor;
    tandem::Session session;
    auto& block = session.state.blocks[static_cast<int>(tandem::Block::ValuePropositions)];
    for (int i = 0; i < state.range(0); ++i) {
        tandem::Element element;
        element.id = QStringLiteral("vp-%1").arg(i);
        element.text = QStringLiteral("Idea %1 from the workshop room").arg(i);
        block.push_back(element);
    }
    editor.document.resetSession(std::move(session));
    tandem::Element element;
    element.text = QStringLiteral("One more idea");
    for (auto _ : state) {
        editor.document.addElement(tandem::Place{tandem::Block::ValuePropositions, {}, -1},
                                   element);
        state.PauseTiming();
        editor.document.undoStack()->undo();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_AddNoteToCrowdedBlock)->Arg(200)->Unit(benchmark::kMillisecond);

void BM_OpenAndBuildScene(benchmark::State& state) {
    timeOpening(state,
                [](EmptyEditor& editor) { benchmark::DoNotOptimize(editor.scene->noteCount()); });
}
BENCHMARK(BM_OpenAndBuildScene)->Apply(sizes)->UseRealTime();

// Opening, then zoomed to fit (as the editor does after opening) and the
// first frame painted: what the user waits for after choosing the file.
void BM_OpenAndFirstPaintAtFit(benchmark::State& state) {
    QImage frame = blankFrame();
    timeOpening(state, [&](EmptyEditor& editor) {
        editor.view->zoomToFit();
        editor.view->viewport()->render(&frame);
    });
}
BENCHMARK(BM_OpenAndFirstPaintAtFit)->Apply(sizes)->UseRealTime();

void BM_WholeCanvasPaint(benchmark::State& state) {
    OpenEditor editor(static_cast<int>(state.range(0)));
    editor.view->zoomToFit();
    QImage frame = blankFrame();
    editor.paintFrame(frame); // the first paint at this zoom is measured above
    for (auto _ : state)
        editor.paintFrame(frame);
    editor.count(state);
    tandem::bench::keepFrame(frame, QStringLiteral("whole-canvas-%1").arg(state.range(0)));
}
BENCHMARK(BM_WholeCanvasPaint)->Apply(sizes);

// A note at 100 % zoom in the middle of the window, ready to be dragged.
struct DragSetup {
    explicit DragSetup(int elements)
        : editor(elements) {
        const QString id =
            editor.document.state().elements(tandem::Block::ValuePropositions).front().id;
        item = editor.scene->noteItem(id);
        editor.scene->selectIds({id}); // a drag moves the selection
        moving.insert(id);
        editor.view->setZoom(1.0);
        editor.view->centerOn(item);
        QImage frame = blankFrame();
        editor.paintFrame(frame); // caches and routes settle at this zoom
        QCoreApplication::processEvents();
    }
    // Moves the note by a pixel, back and forth, and lets its links follow
    // as LinkGesture has them follow every mouse move of a drag.
    void step() {
        item->moveBy(offset, offset);
        offset = -offset;
        editor.scene->linkLayer()->followMovedNotes(moving);
    }

    OpenEditor editor;
    tandem::NoteItem* item = nullptr;
    QSet<QString> moving;
    qreal offset = 1;
};

// One frame of a drag as the user sees it: the note moves and the view
// repaints what that move changed (the note's old and new place, the links
// that follow it), through its own update region and paint event.
void BM_DragFrame(benchmark::State& state) {
    DragSetup drag(static_cast<int>(state.range(0)));
    PaintCounter counter;
    drag.editor.view->viewport()->installEventFilter(&counter);
    for (auto _ : state) {
        drag.step();
        const int painted = counter.paints;
        for (int round = 0; round < 100 && counter.paints == painted; ++round)
            QCoreApplication::processEvents();
    }
    state.counters["paints_per_frame"] =
        benchmark::Counter(counter.paints, benchmark::Counter::kAvgIterations);
    drag.editor.count(state);
}
BENCHMARK(BM_DragFrame)->Apply(sizes);

// The worst case of a drag frame: the whole window repainted at 100 %.
void BM_DragFrameFullRepaint(benchmark::State& state) {
    DragSetup drag(static_cast<int>(state.range(0)));
    QImage frame = blankFrame();
    for (auto _ : state) {
        drag.step();
        drag.editor.paintFrame(frame);
    }
    drag.editor.count(state);
    tandem::bench::keepFrame(frame, QStringLiteral("drag-%1").arg(state.range(0)));
}
BENCHMARK(BM_DragFrameFullRepaint)->Apply(sizes);

// Peak resident memory of the process after opening the session and painting
// it once; run alone (--benchmark_filter=PeakMemory/10000) for a clean figure.
void BM_PeakMemoryOpen(benchmark::State& state) {
    for (auto _ : state) {
        OpenEditor editor(static_cast<int>(state.range(0)));
        editor.view->zoomToFit();
        QImage frame = blankFrame();
        editor.paintFrame(frame);
        state.counters["peak_rss_MB"] = tandem::bench::peakResidentMegabytes();
    }
}
BENCHMARK(BM_PeakMemoryOpen)->Arg(10000)->Iterations(1)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    tandem::initializeApplicationResources();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
