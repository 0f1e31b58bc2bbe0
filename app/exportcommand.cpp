#include "exportcommand.h"

#include "canvasdecorations.h"
#include "canvasscene.h"
#include "commandline.h"
#include "consoleoutput.h"
#include "dataexport.h"
#include "document.h"
#include "editorapp.h"
#include "exporter.h"
#include "exportoptions.h"
#include "lens.h"
#include "sessiondiff.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

#include <cstdio>
#include <memory>

namespace tandem {

namespace {

constexpr int ExitWritten = 0;
constexpr int ExitNotWritten = 1;
using commandline::ExitFailure;

QString tr(const char* text) {
    // lupdate files these free-function tr() calls under the namespace.
    return QCoreApplication::translate("tandem", text);
}

using console::write;
using console::writeLine;

int usageError(const QString& problem) {
    return commandline::usageError(
        QStringLiteral("export"), problem,
        tr("usage: tandem export FILE -o OUT.svg|.pdf|.png|.csv|.md|.xml [--canvas "
           "business|operating|both] [--page A4|A3|A2|A1|A0|Letter|Legal|Tabloid|"
           "fit] [--landscape|--portrait] [--margin MM] [--dpi N] [--report] "
           "[--links] [--lens money|votes|findings] [--snapshot NAME]"));
}

// The session, or the canvases of one of its snapshots in its place; says
// why not on stderr.
std::optional<Session> loadSession(const QString& path, const QString& snapshot) {
    std::optional<Session> session = commandline::readSession(path);
    if (!session || snapshot.isEmpty())
        return session;
    std::optional<CanvasState> state = snapshotState(*session, snapshot);
    if (!state) {
        writeLine(stderr, tr("%1: no snapshot named “%2”").arg(path, snapshot));
        return std::nullopt;
    }
    session->state = std::move(*state);
    return session;
}

// CSV, Markdown or ArchiMate XML: written from the model, nothing painted.
int exportData(const QString& path, const QString& snapshot, const QString& out, DataFormat format,
               bool links) {
    const std::optional<Session> session = loadSession(path, snapshot);
    if (!session)
        return ExitFailure;
    QString problem;
    if (!DataExport::writeFile(*session, format, links, out, &problem)) {
        writeLine(stderr, QStringLiteral("tandem export: %1").arg(problem));
        return ExitNotWritten;
    }
    return ExitWritten;
}

// Loads the session (or one of its snapshots) into a document and renders
// it with the editor's own scene.
int exportSession(const QString& path, const QString& snapshot, const QString& out,
                  const ExportOptions& options, const QString& lens = {}) {
    std::optional<Session> session = loadSession(path, snapshot);
    if (!session)
        return ExitFailure;

    initializeApplicationResources();
    Document document;
    document.resetSession(std::move(*session));
    document.setFilePath(path);
    CanvasScene scene(&document);
    scene.decorations()->setLens(lens);
    const Exporter exporter(&scene);
    // Written anyway: the warning says what to choose instead.
    const Legibility legibility = exporter.legibility(options);
    if (legibility.underFloor()) {
        const QString page =
            legibility.largerPage
                ? QStringLiteral("--page %1 or ").arg(exportPageKey(legibility.largerPage))
                : QString();
        writeLine(stderr, tr("tandem export: warning: note text at %1 % of its normal size, under "
                             "the legible %2 %; use %3--page fit")
                              .arg(qRound(legibility.textSize * 100))
                              .arg(qRound(PagePlan::LegibilityFloor * 100))
                              .arg(page));
    }
    QString problem;
    if (!exporter.exportToFile(out, options, &problem)) {
        writeLine(stderr, QStringLiteral("tandem export: %1").arg(problem));
        return ExitNotWritten;
    }
    return ExitWritten;
}

void addOptions(QCommandLineParser& parser) {
    parser.setApplicationDescription(
        tr("Exports a session's canvases as a poster (SVG, PDF or PNG) or as a PDF report, "
           "exactly as the editor draws them; or its notes as CSV for a spreadsheet, as Markdown, "
           "or as an ArchiMate 3.1 exchange file (XML) for modelling tools.\nExit status: 0 "
           "written, 1 the output could not "
           "be written, 2 the file cannot be loaded or the command line is wrong."));
    parser.addOptions({
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")),
        QCommandLineOption(
            {QStringLiteral("o"), QStringLiteral("output")},
            tr("The file to write; its suffix (.svg, .pdf, .png, .csv, .md or .xml) chooses the "
               "format."),
            QStringLiteral("OUT")),
        QCommandLineOption(
            {QStringLiteral("c"), QStringLiteral("canvas")},
            tr("Which canvas: business, operating or both (default, side by side with their "
               "links)."),
            QStringLiteral("canvas"), QStringLiteral("both")),
        QCommandLineOption(
            {QStringLiteral("p"), QStringLiteral("page")},
            tr("Page size: A4, A3 (default), A2, A1, A0, Letter, Legal, Tabloid, or fit: a page "
               "the size of the content as the editor shows it at full size, plus the margins."),
            QStringLiteral("size"), QStringLiteral("A3")),
        QCommandLineOption(QStringLiteral("landscape"), tr("Landscape pages (default).")),
        QCommandLineOption(QStringLiteral("portrait"), tr("Portrait pages.")),
        QCommandLineOption({QStringLiteral("m"), QStringLiteral("margin")},
                           tr("Margin around the content in millimetres (default %1).")
                               .arg(ExportOptions::DefaultMarginMm),
                           QStringLiteral("mm"), QString::number(ExportOptions::DefaultMarginMm)),
        QCommandLineOption(
            QStringLiteral("dpi"),
            tr("Resolution of a PNG in dots per inch (default %1).").arg(ExportOptions::DefaultDpi),
            QStringLiteral("dpi"), QString::number(ExportOptions::DefaultDpi)),
        QCommandLineOption(
            {QStringLiteral("r"), QStringLiteral("report")},
            tr("A multi-page PDF report: title page, each canvas, both with their links, the "
               "alignment findings and the traceability matrix.")),
        QCommandLineOption(QStringLiteral("links"),
                           tr("With a .csv output: one row per link (from, to, kind, note, "
                              "weight) instead of one per element.")),
        QCommandLineOption(QStringLiteral("lens"),
                           tr("Colour the notes by one measure, with its legend in the canvas "
                              "header: money (each value proposition from losing to earning), "
                              "votes or findings."),
                           QStringLiteral("name")),
        QCommandLineOption({QStringLiteral("s"), QStringLiteral("snapshot")},
                           tr("Export the named snapshot instead of the current canvases."),
                           QStringLiteral("name")),
    });
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The session file (.tandem.yaml)."));
}

// The canvas, page and orientation asked for; why not, or empty.
QString readPage(const QCommandLineParser& parser, ExportOptions* options) {
    const QString canvasKey = parser.value(QStringLiteral("canvas"));
    const auto canvas = exportCanvasFromKey(canvasKey);
    if (!canvas)
        return tr("unknown canvas “%1” (expected business, operating or both)").arg(canvasKey);
    options->canvas = *canvas;
    const QString pageKey = parser.value(QStringLiteral("page"));
    const auto page = exportPageFromKey(pageKey);
    if (!page)
        return tr("unknown page size “%1” (expected %2)")
            .arg(pageKey, exportPageKeys().join(QStringLiteral(", ")));
    options->page = *page;
    const bool portrait = parser.isSet(QStringLiteral("portrait"));
    if (parser.isSet(QStringLiteral("landscape")) && portrait)
        return tr("--landscape or --portrait, not both");
    options->orientation = portrait ? QPageLayout::Portrait : QPageLayout::Landscape;
    return {};
}

// The options of an export to `out`; why they cannot be, or empty.
QString readOptions(const QCommandLineParser& parser, const QString& out, ExportOptions* options) {
    const auto format = exportFormatFromPath(out);
    if (!format)
        return tr("cannot tell the format of “%1”: name it .svg, .pdf, .png, .csv, .md or .xml")
            .arg(out);
    options->format = *format;
    if (const QString problem = readPage(parser, options); !problem.isEmpty())
        return problem;
    bool ok = false;
    const QString margin = parser.value(QStringLiteral("margin"));
    options->marginMm = margin.toDouble(&ok);
    if (!ok)
        return tr("the margin “%1” is not a number of millimetres").arg(margin);
    const QString dpi = parser.value(QStringLiteral("dpi"));
    options->dpi = dpi.toInt(&ok);
    if (!ok)
        return tr("the resolution “%1” is not a whole number of dots per inch").arg(dpi);
    if (parser.isSet(QStringLiteral("dpi")) && options->format != ExportFormat::Png)
        writeLine(stderr, QStringLiteral("tandem export: %1")
                              .arg(tr("--dpi only changes PNG images; SVG and PDF are vector "
                                      "graphics at any size")));
    options->report = parser.isSet(QStringLiteral("report"));
    return options->problem();
}

} // namespace

void prepareExportPlatform() {
    qputenv("QT_QPA_PLATFORM", "offscreen");
}

int runExportCommand(const QStringList& arguments) {
    if (!QCoreApplication::instance()) {
        prepareExportPlatform();
    } else if (!qobject_cast<QApplication*>(QCoreApplication::instance())) {
        writeLine(stderr, QStringLiteral("tandem export: needs a QApplication"));
        return ExitFailure;
    }
    const auto ownApp = commandline::ownApplication<QApplication>();

    QCommandLineParser parser;
    addOptions(parser);
    if (!commandline::parse(parser, QStringLiteral("export"), arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        commandline::printHelp(parser, QStringLiteral("export"));
        return ExitWritten;
    }

    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(tr("no session file given"));
    if (files.size() > 1)
        return usageError(tr("one session file at a time, got %1").arg(files.size()));
    const QString out = parser.value(QStringLiteral("output"));
    if (out.isEmpty())
        return usageError(tr("no output file given (-o OUT.svg, OUT.pdf or OUT.png)"));
    const QString snapshot = parser.value(QStringLiteral("snapshot"));
    const bool links = parser.isSet(QStringLiteral("links"));
    const QString lens = parser.value(QStringLiteral("lens"));
    if (parser.isSet(QStringLiteral("lens")) && !findLens(lens)) {
        QStringList known;
        for (const auto& each : lensRegistry())
            known << each->key();
        return usageError(
            tr("unknown lens “%1” (expected %2)").arg(lens, known.join(QStringLiteral(", "))));
    }
    if (const auto data = DataExport::formatFromPath(out)) {
        if (!lens.isEmpty())
            return usageError(tr("--lens only changes a drawing (.svg, .pdf or .png)"));
        if (links && *data != DataFormat::Csv)
            return usageError(tr("--links only changes a .csv export"));
        return exportData(files.first(), snapshot, out, *data, links);
    }
    if (links)
        return usageError(tr("--links only changes a .csv export"));
    ExportOptions options;
    if (const QString problem = readOptions(parser, out, &options); !problem.isEmpty())
        return usageError(problem);
    return exportSession(files.first(), snapshot, out, options, lens);
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
