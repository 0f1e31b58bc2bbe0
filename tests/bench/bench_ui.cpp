// Editor benchmarks on generated sessions: opening (load + scene), the first
// paint at fit-to-view, one frame while dragging a note, one frame while
// zooming, and the peak memory with the session open.

#include "benchutil.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "document.h"
#include "editorapp.h"
#include "noteitem.h"
#include "sessionreader.h"

#include <QApplication>
#include <QImage>
#include <QPainter>

#include <benchmark/benchmark.h>

#include <memory>

namespace {

// An open editor on a generated session: document, scene and a 1920x1080 view.
struct OpenEditor {
    explicit OpenEditor(int elements) {
        tandem::LoadError error;
        auto session = tandem::SessionReader::readBytes(tandem::bench::sessionBytes(elements),
                                                        QStringLiteral("bench"), &error);
        document.resetSession(std::move(*session));
        scene = std::make_unique<tandem::CanvasScene>(&document);
        view = std::make_unique<tandem::CanvasView>(scene.get());
        view->resize(1920, 1080);
        view->show(); // a hidden view has no viewport geometry to fit or paint
        QCoreApplication::processEvents();
    }

    // One frame of the view's viewport, painted the way the screen is.
    void paintFrame(QImage& target) {
        QPainter painter(&target);
        view->render(&painter, QRectF(target.rect()), view->viewport()->rect());
    }

    tandem::Document document;
    std::unique_ptr<tandem::CanvasScene> scene;
    std::unique_ptr<tandem::CanvasView> view;
};

void sizes(benchmark::internal::Benchmark* bench) {
    bench->Arg(100)->Arg(2000)->Arg(10000)->Unit(benchmark::kMillisecond);
}

void BM_OpenAndBuildScene(benchmark::State& state) {
    const QByteArray& bytes = tandem::bench::sessionBytes(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        tandem::LoadError error;
        auto session = tandem::SessionReader::readBytes(bytes, QStringLiteral("bench"), &error);
        tandem::Document document;
        document.resetSession(std::move(*session));
        tandem::CanvasScene scene(&document);
        benchmark::DoNotOptimize(scene.noteCount());
    }
}
BENCHMARK(BM_OpenAndBuildScene)->Apply(sizes);

void BM_OpenAndFirstPaintAtFit(benchmark::State& state) {
    QImage frame(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        OpenEditor editor(static_cast<int>(state.range(0)));
        editor.view->zoomToFit();
        editor.paintFrame(frame);
    }
}
BENCHMARK(BM_OpenAndFirstPaintAtFit)->Apply(sizes);

void BM_WholeCanvasPaint(benchmark::State& state) {
    OpenEditor editor(static_cast<int>(state.range(0)));
    editor.view->zoomToFit();
    QImage frame(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state)
        editor.paintFrame(frame);
}
BENCHMARK(BM_WholeCanvasPaint)->Apply(sizes);

void BM_DragFrame(benchmark::State& state) {
    OpenEditor editor(static_cast<int>(state.range(0)));
    const QString id =
        editor.document.state().elements(tandem::Block::ValuePropositions).front().id;
    tandem::NoteItem* item = editor.scene->noteItem(id);
    editor.view->setZoom(1.0);
    editor.view->centerOn(item);
    QImage frame(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    qreal step = 1;
    for (auto _ : state) {
        item->moveBy(step, step);
        step = -step;
        editor.paintFrame(frame);
    }
}
BENCHMARK(BM_DragFrame)->Apply(sizes);

void BM_ZoomFrame(benchmark::State& state) {
    OpenEditor editor(static_cast<int>(state.range(0)));
    editor.view->zoomToFit();
    QImage frame(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    qreal factor = 1.1;
    for (auto _ : state) {
        editor.view->scale(factor, factor);
        factor = 1.0 / factor;
        editor.paintFrame(frame);
    }
}
BENCHMARK(BM_ZoomFrame)->Apply(sizes);

// Peak resident memory of the process after opening the session and painting
// it once; run alone (--benchmark_filter=PeakMemory/10000) for a clean figure.
void BM_PeakMemoryOpen(benchmark::State& state) {
    for (auto _ : state) {
        OpenEditor editor(static_cast<int>(state.range(0)));
        editor.view->zoomToFit();
        QImage frame(1920, 1080, QImage::Format_ARGB32_Premultiplied);
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
