#include "exportcommand.h"

#include "canvasscene.h"
#include "consoleoutput.h"
#include "document.h"
#include "editorapp.h"
#include "exporter.h"
#include "exportoptions.h"
#include "loaderror.h"
#include "sessionreader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace tandem {

namespace {

constexpr int ExitWritten = 0;
constexpr int ExitNotWritten = 1;
constexpr int ExitFailure = 2;

QString tr(const char* text) {
    return QCoreApplication::translate("ExportCommand", text);
}

using console::write;
using console::writeLine;

int usageError(const QString& problem) {
    writeLine(stderr, QStringLiteral("tandem export: %1").arg(problem));
    writeLine(stderr, tr("usage: tandem export FILE -o OUT.svg|.pdf|.png [--canvas "
                         "business|operating|both] [--page A4|A3|A2|A1|A0|Letter|Legal|Tabloid|"
                         "fit] [--landscape|--portrait] [--margin MM] [--dpi N] [--report] "
                         "[--snapshot NAME]"));
    return ExitFailure;
}

// Loads the session (or one of its snapshots) into a document and renders
// it with the editor's own scene.
int exportSession(const QString& path, const QString& snapshot, const QString& out,
                  const ExportOptions& options) {
    LoadError error;
    std::optional<Session> session = SessionReader::readFile(path, &error);
    if (!session) {
        writeLine(stderr, error.toString());
        return ExitFailure;
    }
    if (!snapshot.isEmpty()) {
        const auto found = std::find_if(session->snapshots.begin(), session->snapshots.end(),
                                        [&](const Snapshot& s) { return s.name == snapshot; });
        if (found == session->snapshots.end()) {
            writeLine(stderr, tr("%1: no snapshot named “%2”").arg(path, snapshot));
            return ExitFailure;
        }
        session->state = found->state;
    }

    initializeApplicationResources();
    Document document;
    document.resetSession(std::move(*session));
    document.setFilePath(path);
    CanvasScene scene(&document);
    const Exporter exporter(&scene);
    QString problem;
    if (!exporter.exportToFile(out, options, &problem)) {
        writeLine(stderr, QStringLiteral("tandem export: %1").arg(problem));
        return ExitNotWritten;
    }
    return ExitWritten;
}

} // namespace

void prepareExportPlatform() {
    qputenv("QT_QPA_PLATFORM", "offscreen");
}

int runExportCommand(const QStringList& arguments) {
    std::unique_ptr<QApplication> ownApp;
    if (!QCoreApplication::instance()) {
        prepareExportPlatform();
        static int argc = 1;
        static char name[] = "tandem";
        static char* argv[] = {name, nullptr};
        ownApp = std::make_unique<QApplication>(argc, argv);
    } else if (!qobject_cast<QApplication*>(QCoreApplication::instance())) {
        writeLine(stderr, QStringLiteral("tandem export: needs a QApplication"));
        return ExitFailure;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Exports a session's canvases as a poster (SVG, PDF or PNG) or as a PDF report, "
           "exactly as the editor draws them.\nExit status: 0 written, 1 the output could not "
           "be written, 2 the file cannot be loaded or the command line is wrong."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help."));
    const QCommandLineOption outputOption(
        {QStringLiteral("o"), QStringLiteral("output")},
        tr("The file to write; its suffix (.svg, .pdf or .png) chooses the format."),
        QStringLiteral("OUT"));
    const QCommandLineOption canvasOption(
        {QStringLiteral("c"), QStringLiteral("canvas")},
        tr("Which canvas: business, operating or both (default, side by side with their "
           "links)."),
        QStringLiteral("canvas"), QStringLiteral("both"));
    const QCommandLineOption pageOption(
        {QStringLiteral("p"), QStringLiteral("page")},
        tr("Page size: A4, A3 (default), A2, A1, A0, Letter, Legal, Tabloid, or fit: a page "
           "the size of the content as the editor shows it at full size, plus the margins."),
        QStringLiteral("size"), QStringLiteral("A3"));
    const QCommandLineOption landscapeOption(QStringLiteral("landscape"),
                                             tr("Landscape pages (default)."));
    const QCommandLineOption portraitOption(QStringLiteral("portrait"), tr("Portrait pages."));
    const QCommandLineOption marginOption(
        {QStringLiteral("m"), QStringLiteral("margin")},
        tr("Margin around the content in millimetres (default %1).")
            .arg(ExportOptions::DefaultMarginMm),
        QStringLiteral("mm"), QString::number(ExportOptions::DefaultMarginMm));
    const QCommandLineOption dpiOption(
        QStringLiteral("dpi"),
        tr("Resolution of a PNG in dots per inch (default %1).").arg(ExportOptions::DefaultDpi),
        QStringLiteral("dpi"), QString::number(ExportOptions::DefaultDpi));
    const QCommandLineOption reportOption(
        {QStringLiteral("r"), QStringLiteral("report")},
        tr("A multi-page PDF report: title page, each canvas, both with their links, the "
           "alignment findings and the traceability matrix."));
    const QCommandLineOption snapshotOption(
        {QStringLiteral("s"), QStringLiteral("snapshot")},
        tr("Export the named snapshot instead of the current canvases."), QStringLiteral("name"));
    parser.addOptions({helpOption, outputOption, canvasOption, pageOption, landscapeOption,
                       portraitOption, marginOption, dpiOption, reportOption, snapshotOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The session file (.tandem.yaml)."));

    if (!parser.parse(QStringList{QStringLiteral("tandem export")} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        QString help = parser.helpText();
        help.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")),
                     QStringLiteral("Usage: tandem export"));
        write(stdout, help.toUtf8());
        return ExitWritten;
    }

    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(tr("no session file given"));
    if (files.size() > 1)
        return usageError(tr("one session file at a time, got %1").arg(files.size()));
    const QString out = parser.value(outputOption);
    if (out.isEmpty())
        return usageError(tr("no output file given (-o OUT.svg, OUT.pdf or OUT.png)"));

    ExportOptions options;
    const auto format = exportFormatFromPath(out);
    if (!format)
        return usageError(
            tr("cannot tell the format of “%1”: name it .svg, .pdf or .png").arg(out));
    options.format = *format;
    const auto canvas = exportCanvasFromKey(parser.value(canvasOption));
    if (!canvas)
        return usageError(tr("unknown canvas “%1” (expected business, operating or both)")
                              .arg(parser.value(canvasOption)));
    options.canvas = *canvas;
    const auto page = exportPageFromKey(parser.value(pageOption));
    if (!page)
        return usageError(
            tr("unknown page size “%1” (expected %2)")
                .arg(parser.value(pageOption), exportPageKeys().join(QStringLiteral(", "))));
    options.page = *page;
    if (parser.isSet(landscapeOption) && parser.isSet(portraitOption))
        return usageError(tr("--landscape or --portrait, not both"));
    options.orientation =
        parser.isSet(portraitOption) ? QPageLayout::Portrait : QPageLayout::Landscape;
    bool ok = false;
    options.marginMm = parser.value(marginOption).toDouble(&ok);
    if (!ok)
        return usageError(
            tr("the margin “%1” is not a number of millimetres").arg(parser.value(marginOption)));
    options.dpi = parser.value(dpiOption).toInt(&ok);
    if (!ok)
        return usageError(tr("the resolution “%1” is not a whole number of dots per inch")
                              .arg(parser.value(dpiOption)));
    if (parser.isSet(dpiOption) && options.format != ExportFormat::Png)
        writeLine(stderr, QStringLiteral("tandem export: %1")
                              .arg(tr("--dpi only changes PNG images; SVG and PDF are vector "
                                      "graphics at any size")));
    options.report = parser.isSet(reportOption);
    const QString problem = options.problem();
    if (!problem.isEmpty())
        return usageError(problem);

    return exportSession(files.first(), parser.value(snapshotOption), out, options);
}

int exportForHeadlessRun(const QString& file, const QString& out) {
    ExportOptions options;
    options.format = ExportFormat::Pdf;
    options.report = true;
    const int result = exportSession(file, {}, out, options);
    if (result == ExitWritten)
        writeLine(stderr, tr("Exported %1 to %2").arg(file, QFileInfo(out).absoluteFilePath()));
    return result;
}

} // namespace tandem
