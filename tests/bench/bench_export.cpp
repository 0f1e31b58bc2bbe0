// Export benchmarks (issue #7): a generated session written as SVG, PDF and
// PNG by Exporter::exportToFile, the one path the export dialog and
// `tandem export` share, with the command's defaults (both canvases on an A3
// landscape page, 10 mm margins, PNG at 150 dpi).
//
// BM_Export times the export alone, as from the editor where the scene is
// already there; BM_ExportCommand adds loading the file and building the
// scene, as `tandem export FILE -o OUT.pdf` does once its process is up.
// Set TANDEM_BENCH_EXPORT_DIR to keep the files there to look at.

#include "benchutil.h"
#include "canvasscene.h"
#include "document.h"
#include "exporter.h"
#include "exportoptions.h"
#include "sessionreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>
#include <string>

namespace {

using tandem::ExportFormat;

// A generated session loaded into a document and laid out in a scene, as
// `tandem export` does with a file (no view: an export needs none).
struct LoadedSession {
    LoadedSession(int elements, const QString& path) {
        tandem::LoadError error;
        auto session =
            tandem::SessionReader::readBytes(tandem::bench::sessionBytes(elements), path, &error);
        if (!session)
            return;
        document.resetSession(std::move(*session));
        document.setFilePath(path);
        scene = std::make_unique<tandem::CanvasScene>(&document);
    }

    tandem::Document document;
    std::unique_ptr<tandem::CanvasScene> scene;
};

// Where the exports go: a temporary folder, or TANDEM_BENCH_EXPORT_DIR.
class OutputFolder {
public:
    OutputFolder()
        : m_kept(qEnvironmentVariable("TANDEM_BENCH_EXPORT_DIR")) {
        if (!m_kept.isEmpty())
            QDir().mkpath(m_kept);
    }
    bool isValid() const { return !m_kept.isEmpty() || m_temporary.isValid(); }
    QString filePath(const QString& name) const {
        return QDir(m_kept.isEmpty() ? m_temporary.path() : m_kept).filePath(name);
    }

private:
    QString m_kept;
    QTemporaryDir m_temporary;
};

// The options of `tandem export -o OUT.<format>` without further flags.
tandem::ExportOptions commandDefaults(ExportFormat format) {
    tandem::ExportOptions options;
    options.format = format;
    return options;
}

QString outputName(const char* benchmark, ExportFormat format, int elements) {
    return QStringLiteral("%1-%2.%3")
        .arg(QLatin1String(benchmark))
        .arg(elements)
        .arg(tandem::exportFormatKey(format));
}

void reportOutput(benchmark::State& state, const QString& path, int elements) {
    state.counters["bytes"] = static_cast<double>(QFileInfo(path).size());
    state.counters["elements"] = elements;
}

void BM_Export(benchmark::State& state, ExportFormat format) {
    const int elements = static_cast<int>(state.range(0));
    const OutputFolder folder;
    const QString out = folder.filePath(outputName("export", format, elements));
    const LoadedSession loaded(elements, folder.filePath(QStringLiteral("generated.tandem.yaml")));
    if (!folder.isValid() || !loaded.scene) {
        state.SkipWithError("cannot set up the session or the output folder");
        return;
    }
    const tandem::Exporter exporter(loaded.scene.get());
    const tandem::ExportOptions options = commandDefaults(format);
    for (auto _ : state) {
        QString problem;
        if (!exporter.exportToFile(out, options, &problem)) {
            state.SkipWithError(problem.toStdString().c_str());
            return;
        }
    }
    reportOutput(state, out, loaded.document.state().elementCount());
}

void BM_ExportCommand(benchmark::State& state, ExportFormat format) {
    const int elements = static_cast<int>(state.range(0));
    const OutputFolder folder;
    const QString out = folder.filePath(outputName("command", format, elements));
    const QString input = folder.filePath(QStringLiteral("generated.tandem.yaml"));
    int count = 0;
    for (auto _ : state) {
        const LoadedSession loaded(elements, input);
        if (!loaded.scene) {
            state.SkipWithError("cannot load the generated session");
            return;
        }
        QString problem;
        if (!tandem::Exporter(loaded.scene.get())
                 .exportToFile(out, commandDefaults(format), &problem)) {
            state.SkipWithError(problem.toStdString().c_str());
            return;
        }
        count = loaded.document.state().elementCount();
    }
    reportOutput(state, out, count);
}

// One registration per format and size, so that the large sizes run once or
// a few times while the small ones repeat for a steady figure.
void registerExport(const char* name, void (*function)(benchmark::State&, ExportFormat),
                    ExportFormat format, int elements) {
    const std::string full =
        std::string(name) + "/" + tandem::exportFormatKey(format).toStdString();
    benchmark::internal::Benchmark* bench =
        benchmark::RegisterBenchmark(full.c_str(), function, format)
            ->Arg(elements)
            ->Unit(benchmark::kMillisecond);
    if (elements >= 10000 || (elements >= 2000 && format == ExportFormat::Png))
        bench->Iterations(1);
    else if (elements >= 2000)
        bench->Iterations(3);
    else
        bench->MinTime(0.5);
}

[[maybe_unused]] const bool registered = [] {
    for (const int elements : {100, 2000, 10000}) {
        for (const ExportFormat format : {ExportFormat::Svg, ExportFormat::Pdf, ExportFormat::Png})
            registerExport("BM_Export", BM_Export, format, elements);
        registerExport("BM_ExportCommand", BM_ExportCommand, ExportFormat::Pdf, elements);
    }
    return true;
}();

} // namespace
