#pragma once

// An open editor on a generated session, for the benchmarks that paint
// frames (bench_ui.cpp, bench_frames.cpp).

#include "benchutil.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "document.h"
#include "sessionreader.h"

#include <QCoreApplication>
#include <QEvent>
#include <QImage>

#include <benchmark/benchmark.h>

#include <memory>

namespace tandem::bench {

// An open editor on a generated session: document, scene and a 1920x1080 view.
struct OpenEditor {
    explicit OpenEditor(int elements) {
        LoadError error;
        auto session =
            SessionReader::readBytes(sessionBytes(elements), QStringLiteral("bench"), &error);
        document.resetSession(std::move(*session));
        scene = std::make_unique<CanvasScene>(&document);
        view = std::make_unique<CanvasView>(scene.get());
        view->resize(1920, 1080);
        view->show(); // a hidden view has no viewport geometry to fit or paint
        QCoreApplication::processEvents();
    }

    // One frame of the whole viewport, painted by the view's own paint event
    // as on screen (QGraphicsView::render() would paint as for an export).
    void paintFrame(QImage& target) { view->viewport()->render(&target); }
    // How many notes the view shows, and whether as far-view cards.
    void count(benchmark::State& state) {
        state.counters["zoom"] = view->zoom();
        state.counters["notes_in_sight"] =
            scene->visibleNotesIn(view->mapToScene(view->viewport()->rect()).boundingRect());
        state.counters["far_view"] = scene->farView() ? 1 : 0;
    }

    Document document;
    std::unique_ptr<CanvasScene> scene;
    std::unique_ptr<CanvasView> view;
};

// A frame to paint into, the size of the view (the viewport is smaller when
// scroll bars show: the rest stays black).
inline QImage blankFrame() {
    QImage frame(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    frame.fill(Qt::black);
    return frame;
}

inline void sizes(benchmark::internal::Benchmark* bench) {
    bench->Arg(100)->Arg(2000)->Arg(10000)->Unit(benchmark::kMillisecond);
}

// Counts the paint events a widget receives.
class PaintCounter : public QObject {
public:
    int paints = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace tandem::bench
