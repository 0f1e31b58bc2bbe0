// Start-up benchmarks (issue #7: "Tandem starts and shows the example in
// under 0.5 s"), both until the canvas has painted its first frame, which
// the test driver's hook (tests/driver/testhooks.h) turns into the end of
// the event loop:
// - BM_StartAndShowExample: runEditor() itself, in this process, on the
//   bundled example (no process start, no QApplication; `cold_ms` is the
//   first iteration, which pays the lazy set-up a fresh process pays once);
// - BM_ProcessStartToFirstPaint: the editor's executable as tandem starts
//   (the test driver: the same start plus that hook), from launch to its
//   exit after the first frame, on the offscreen platform.

#include "benchutil.h"
#include "canvasview.h"
#include "editorapp.h"
#include "mainwindow.h"
#include "testhooks.h"
#include "translations.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QProcess>

#include <benchmark/benchmark.h>

namespace {

// The bundled example as a file on disk, as a user would open it (file
// lock, recent files), in the benchmark's own folders.
QString exampleFile() {
    const QString path =
        QDir(tandem::bench::isolateUserFolders()).filePath(QStringLiteral("northwind.tandem.yaml"));
    if (!QFile::exists(path)) {
        QFile::copy(QStringLiteral(":/examples/northwind.tandem.yaml"), path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
    return path;
}

void BM_StartAndShowExample(benchmark::State& state) {
    const QString path = exampleFile();
    double coldMs = -1;
    int failures = 0;
    for (auto _ : state) {
        QElapsedTimer clock;
        clock.start();
        tandem::EditorHooks hooks;
        hooks.started = [](tandem::MainWindow* first) {
            tandem::testdriver::quitAfterFirstPaint(first->view()->viewport());
        };
        failures += tandem::runEditor(*qApp, {path}, hooks) == 0 ? 0 : 1;
        const double seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
        state.SetIterationTime(seconds);
        if (coldMs < 0)
            coldMs = seconds * 1000;
        // The windows stay open when the hook ends the loop; not timed.
        // (Deleting a window deletes its own top-level children: hold on to
        // the windows by QPointer.)
        QList<QPointer<tandem::MainWindow>> windows;
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* window = qobject_cast<tandem::MainWindow*>(widget))
                windows.append(window);
        }
        for (const QPointer<tandem::MainWindow>& window : windows)
            delete window.data();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    tandem::Translations::uninstall();
    if (failures > 0)
        state.SkipWithError("the editor did not start cleanly");
    state.counters["cold_ms"] = coldMs;
}
BENCHMARK(BM_StartAndShowExample)->UseManualTime()->Iterations(5)->Unit(benchmark::kMillisecond);

void BM_ProcessStartToFirstPaint(benchmark::State& state) {
    const QString path = exampleFile();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("TANDEM_TEST_QUIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    for (auto _ : state) {
        QProcess tandem;
        tandem.setProcessEnvironment(environment); // with the isolated folders
        tandem.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        tandem.start(QStringLiteral(TANDEM_TEST_DRIVER), {path});
        if (!tandem.waitForFinished(30'000) || tandem.exitStatus() != QProcess::NormalExit ||
            tandem.exitCode() != 0) {
            state.SkipWithError("tandem did not start and paint cleanly");
            break;
        }
    }
}
BENCHMARK(BM_ProcessStartToFirstPaint)->Iterations(5)->UseRealTime()->Unit(benchmark::kMillisecond);

} // namespace
