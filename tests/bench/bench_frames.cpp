// Frames of motion on generated sessions (issue 18): zooming with the wheel
// and with a pinch, panning (a scroll by a third of the screen, a space-drag)
// and the presenter's flight to the next block. One benchmark iteration is
// one sweep of frames; the counters give the median frame of all sweeps and
// the slowest single frame, in CPU milliseconds of the process, and the
// frames of a sweep; slowest_wall_ms is the slowest frame in wall-clock time
// (link tiles are drawn on both cores: CPU time counts that work twice).

#include "editorfixture.h"
#include "presenter.h"
#include "windowhost.h"

#include <QAbstractAnimation>
#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPointingDevice>
#include <QScrollBar>
#include <QVariantAnimation>
#include <QWheelEvent>

#include <algorithm>
#include <ctime>
#include <vector>

namespace {

using tandem::CanvasView;
using tandem::bench::blankFrame;
using tandem::bench::OpenEditor;
using tandem::bench::PaintCounter;
using tandem::bench::sizes;

double clockMs(clockid_t clock) {
    timespec now{};
    clock_gettime(clock, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}
double cpuMs() {
    return clockMs(CLOCK_PROCESS_CPUTIME_ID);
}

// Times frames one by one and reports their median and the slowest.
class FrameClock {
public:
    template <typename F> double frame(F&& paint) {
        const double start = cpuMs();
        const double wallStart = clockMs(CLOCK_MONOTONIC);
        paint();
        m_frames.push_back(cpuMs() - start);
        m_wallSlowest = std::max(m_wallSlowest, clockMs(CLOCK_MONOTONIC) - wallStart);
        m_sweepSlowest = std::max(m_sweepSlowest, m_frames.back());
        return m_frames.back();
    }
    // A sweep ends: the slowest frame of the last one is kept apart from the
    // slowest of all (the first sweep lays out text no note showed before).
    void endSweep() {
        m_lastSweepSlowest = m_sweepSlowest;
        m_sweepSlowest = 0;
    }
    void report(benchmark::State& state) {
        if (m_frames.empty())
            return;
        std::vector<double> sorted = m_frames;
        std::sort(sorted.begin(), sorted.end());
        state.counters["frame_ms"] = sorted[sorted.size() / 2];
        state.counters["slowest_ms"] = sorted.back();
        state.counters["slowest_last_sweep_ms"] = m_lastSweepSlowest;
        // The slowest frame as the user waits for it: work spread over both
        // cores counts once (CPU time counts it on each), a busy neighbour
        // counts too.
        state.counters["slowest_wall_ms"] = m_wallSlowest;
        state.counters["frames"] =
            benchmark::Counter(double(sorted.size()), benchmark::Counter::kAvgIterations);
    }

private:
    std::vector<double> m_frames;
    double m_sweepSlowest = 0;
    double m_lastSweepSlowest = 0;
    double m_wallSlowest = 0;
};

void sendWheel(CanvasView* view, const QPoint& at, int delta) {
    QWidget* viewport = view->viewport();
    QWheelEvent event(at, viewport->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(viewport, &event);
}

// A touchpad pinch as the platform reports it: a relative change of scale.
void sendPinch(CanvasView* view, const QPoint& at, qreal change) {
    QWidget* viewport = view->viewport();
    QNativeGestureEvent event(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2,
                              at, at, viewport->mapToGlobal(at), change, QPointF());
    QCoreApplication::sendEvent(viewport, &event);
}

// The editor at rest at fit, its frame painted sharp, as before a gesture.
void restAtFit(OpenEditor& editor, QImage& frame) {
    editor.view->settle();
    editor.view->zoomToFit();
    editor.paintFrame(frame);
}

// A zoom sweep from fit: six wheel steps in and, after a rest, six out; then
// a continuous pinch 30 frames in and 30 out. The frame after each rest is
// painted sharp at the new zoom (counter sharp_ms: what every zoom frame
// cost before the view showed pictures while zooming).
void BM_ZoomFrame(benchmark::State& state) {
    OpenEditor editor(static_cast<int>(state.range(0)));
    QImage frame = blankFrame();
    FrameClock clock;
    std::vector<double> sharp;
    const QPoint at(1100, 480); // off centre, over the canvases
    auto rest = [&] {
        sharp.push_back(clock.frame([&] {
            editor.view->settle(); // what SettleMs of rest does
            editor.paintFrame(frame);
        }));
    };
    for (auto _ : state) {
        state.PauseTiming();
        restAtFit(editor, frame);
        state.ResumeTiming();
        for (const int direction : {1, -1}) {
            for (int step = 0; step < 6; ++step) {
                clock.frame([&] {
                    sendWheel(editor.view.get(), at, 120 * direction);
                    editor.paintFrame(frame);
                });
            }
            rest();
        }
        for (int step = 0; step < 60; ++step) {
            clock.frame([&] {
                sendPinch(editor.view.get(), at, step < 30 ? 0.03 : 1 / 1.03 - 1);
                editor.paintFrame(frame);
            });
        }
        rest();
        clock.endSweep();
    }
    clock.report(state);
    std::sort(sharp.begin(), sharp.end());
    state.counters["sharp_ms"] = sharp.empty() ? 0 : sharp[sharp.size() / 2];
    editor.count(state);
    tandem::bench::keepFrame(frame, QStringLiteral("zoom-%1").arg(state.range(0)));
}
BENCHMARK(BM_ZoomFrame)->Apply(sizes);

// A pan sweep at 100 %: scrolls by a third of the screen down, up, right and
// left, then a space-drag of 40 mouse moves. Each frame is painted as the
// screen paints it: the window's backing store (a QImage on this platform)
// moves what stays in sight and the view paints what the move uncovered.
void BM_PanFrame(benchmark::State& state) {
    OpenEditor editor(static_cast<int>(state.range(0)));
    CanvasView* view = editor.view.get();
    QWidget* viewport = view->viewport();
    PaintCounter counter;
    viewport->installEventFilter(&counter);
    auto shown = [&] {
        const int painted = counter.paints;
        for (int round = 0; round < 100 && counter.paints == painted; ++round)
            QCoreApplication::processEvents();
    };
    FrameClock clock;
    QScrollBar* vertical = view->verticalScrollBar();
    QScrollBar* horizontal = view->horizontalScrollBar();
    const QPointF middle = editor.scene->layout().sceneRect().center();
    for (auto _ : state) {
        state.PauseTiming();
        view->setZoom(1.0);
        view->centerOn(middle);
        viewport->update();
        shown();
        state.ResumeTiming();
        const int third = viewport->height() / 3;
        const int across = viewport->width() / 3;
        for (int step = 0; step < 12; ++step) {
            QScrollBar* bar = step < 6 ? vertical : horizontal;
            const int by = (step < 6 ? third : across) * ((step % 6) < 3 ? 1 : -1);
            clock.frame([&] {
                bar->setValue(bar->value() + by);
                shown();
            });
        }
        QKeyEvent space(QEvent::KeyPress, Qt::Key_Space, Qt::NoModifier, QStringLiteral(" "));
        QCoreApplication::sendEvent(view, &space);
        QPointF at(960, 540);
        QMouseEvent press(QEvent::MouseButtonPress, at, viewport->mapToGlobal(at), Qt::LeftButton,
                          Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &press);
        for (int step = 0; step < 40; ++step) {
            at += step < 20 ? QPointF(-24, -12) : QPointF(24, 12);
            clock.frame([&] {
                QMouseEvent move(QEvent::MouseMove, at, viewport->mapToGlobal(at), Qt::NoButton,
                                 Qt::LeftButton, Qt::NoModifier);
                QCoreApplication::sendEvent(viewport, &move);
                shown();
            });
        }
        QMouseEvent release(QEvent::MouseButtonRelease, at, viewport->mapToGlobal(at),
                            Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &release);
        QKeyEvent up(QEvent::KeyRelease, Qt::Key_Space, Qt::NoModifier, QStringLiteral(" "));
        QCoreApplication::sendEvent(view, &up);
        clock.endSweep();
    }
    clock.report(state);
    state.counters["paints_per_frame"] = benchmark::Counter(
        double(counter.paints) / std::max<double>(1, double(state.iterations())) / 52.0);
    editor.count(state);
}
BENCHMARK(BM_PanFrame)->Apply(sizes);

// Just enough of a window for the presenter: the editor's scene and view,
// and nothing it would hide while presenting.
class BenchHost : public tandem::WindowHost {
public:
    explicit BenchHost(OpenEditor& editor)
        : m_editor(editor) {}
    QWidget* widget() override { return &m_window; }
    tandem::Document* document() const override { return &m_editor.document; }
    tandem::CanvasScene* scene() const override { return m_editor.scene.get(); }
    CanvasView* view() const override { return m_editor.view.get(); }
    tandem::InspectorDock* inspector() const override { return nullptr; }
    tandem::MenuPlaces* menuPlaces() const override { return nullptr; }
    void showStatus(const QString&, int) override {}
    void addDock(QDockWidget*, DockPlace) override {}
    void addToolBarRow(QToolBar*) override {}
    void addWindowActions(const QList<QAction*>& actions) override { m_window.addActions(actions); }
    void setPresenting(bool) override {}
    bool openFile(const QString&) override { return false; }
    bool save() override { return false; }
    bool maybeSave() override { return true; }
    void newFromBlankTemplate() override {}
    void adoptSession(tandem::Session, const QString&, Adoption) override {}
    WindowHost* openNewWindow() override { return nullptr; }
    void closeWindow() override {}
    void setFileChecks(FileCheck, FileCheck) override {}
    void setReadOnly(bool) override {}
    void registerFeature(QObject*) override {}
    QList<QObject*> features() const override { return {}; }

private:
    OpenEditor& m_editor;
    QWidget m_window;
};

// The presenter walking through every block: the key press's frame, then
// every frame of the flight at 60 Hz up to the sharp one where it lands.
// Counters apart from the frames of all: keypress_ms (median of the key
// press's frames, which take the picture the flight starts from),
// flight_slowest_ms (the slowest frame between the key press and the
// landing, where the destination is rendered in pieces) and landing_ms.
void BM_PresenterStep(benchmark::State& state) {
    OpenEditor editor(static_cast<int>(state.range(0)));
    BenchHost host(editor);
    auto presenter = std::make_unique<tandem::PresenterMode>(&host);
    CanvasView* view = editor.view.get();
    QImage frame = blankFrame();
    FrameClock clock;
    std::vector<double> landings;
    std::vector<double> keyPresses;
    double flightSlowest = 0;
    for (auto _ : state) {
        state.PauseTiming();
        presenter->start(0);
        editor.paintFrame(frame);
        state.ResumeTiming();
        for (int block = 1; block < tandem::BlockCount; ++block) {
            keyPresses.push_back(clock.frame([&] {
                presenter->next();
                editor.paintFrame(frame);
            }));
            QVariantAnimation* flight = view->flightAnimation();
            for (int tick = 1; view->isFlying(); ++tick) {
                const double ms = clock.frame([&] {
                    flight->setCurrentTime(std::min(flight->duration(), tick * 1000 / 60));
                    editor.paintFrame(frame);
                });
                if (!view->isFlying())
                    landings.push_back(ms);
                else
                    flightSlowest = std::max(flightSlowest, ms);
            }
        }
        clock.endSweep();
        state.PauseTiming();
        presenter->stop();
        state.ResumeTiming();
    }
    clock.report(state);
    auto median = [](std::vector<double>& values) {
        std::sort(values.begin(), values.end());
        return values.empty() ? 0 : values[values.size() / 2];
    };
    state.counters["landing_ms"] = median(landings);
    state.counters["keypress_ms"] = median(keyPresses);
    state.counters["flight_slowest_ms"] = flightSlowest;
    editor.count(state);
    tandem::bench::keepFrame(frame, QStringLiteral("presenter-%1").arg(state.range(0)));
}
BENCHMARK(BM_PresenterStep)->Apply(sizes);

} // namespace
