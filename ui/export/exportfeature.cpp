#include "exportfeature.h"

#include "canvasscene.h"
#include "document.h"
#include "exportdialog.h"
#include "exporter.h"
#include "icons.h"
#include "menuplaces.h"
#include "settings.h"
#include "windowhost.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QSettings>
#include <QStandardPaths>

namespace tandem {

namespace {

// The export dialog's own memory; the page size is the Preferences' one.
const char* const FormatKey = "export/format";
const char* const CanvasKey = "export/canvas";
const char* const FitKey = "export/fitToContent";
const char* const OrientationKey = "export/orientation";
const char* const MarginKey = "export/marginMm";
const char* const DpiKey = "export/dpi";
const char* const ReportKey = "export/report";
const char* const FolderKey = "export/folder";

QString sessionBaseName(const Document* document) {
    const QString path = document->filePath();
    if (!path.isEmpty()) {
        QString name = QFileInfo(path).fileName();
        for (const char* suffix : {".tandem.yaml", ".tandem.yml", ".yaml", ".yml"}) {
            if (name.endsWith(QLatin1String(suffix), Qt::CaseInsensitive)) {
                name.chop(static_cast<int>(qstrlen(suffix)));
                break;
            }
        }
        if (!name.isEmpty())
            return name;
    }
    // A title makes a better file name than "untitled", without the
    // characters file systems refuse.
    QString title = document->info().title.simplified();
    static const QString refused = QStringLiteral("/\\:*?\"<>|");
    for (QChar& c : title) {
        if (refused.contains(c) || c.unicode() < 32)
            c = QLatin1Char('-');
    }
    return title.isEmpty() ? QCoreApplication::translate("ExportFeature", "canvases") : title;
}

} // namespace

ExportFeature::ExportFeature(WindowHost* host)
    : QObject(host->widget())
    , m_host(host) {
    host->registerFeature(this);
    m_export = new QAction(tr("&Export…"), this);
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setStatusTip(tr("Save the canvases as an SVG, PDF or PNG poster, or a PDF report"));
    m_print = new QAction(tr("&Print…"), this);
    m_print->setObjectName(QStringLiteral("printAction"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setStatusTip(tr("Print the canvases or the report, with a preview"));
    connect(m_export, &QAction::triggered, this, &ExportFeature::showExportDialog);
    connect(m_print, &QAction::triggered, this, &ExportFeature::showPrintDialog);
    m_export->setIcon(Icons::icon(QStringLiteral("export")));
    host->addWindowActions({m_export, m_print});
    host->menuPlaces()->add(QStringLiteral("file.export"), {m_export, m_print});
    host->menuPlaces()->add(QStringLiteral("toolbar.export"), {m_export});
}

ExportOptions ExportFeature::savedOptions() const {
    const QSettings settings;
    ExportOptions options;
    setExportKind(options, settings.value(QLatin1String(FormatKey)).toString());
    options.canvas = exportCanvasFromKey(settings.value(QLatin1String(CanvasKey)).toString())
                         .value_or(options.canvas);
    options.page = settings.value(QLatin1String(FitKey), false).toBool()
                       ? std::nullopt
                       : std::optional(Settings::exportPageSize().id());
    options.orientation =
        settings.value(QLatin1String(OrientationKey)).toString() == QLatin1String("portrait")
            ? QPageLayout::Portrait
            : QPageLayout::Landscape;
    options.marginMm = settings.value(QLatin1String(MarginKey), options.marginMm).toDouble();
    options.dpi = settings.value(QLatin1String(DpiKey), options.dpi).toInt();
    options.report = settings.value(QLatin1String(ReportKey), false).toBool();
    // Settings edited by hand may hold anything: fall back to the defaults.
    if (!options.problem().isEmpty()) {
        const ExportOptions defaults;
        options.marginMm = defaults.marginMm;
        options.dpi = defaults.dpi;
        options.report = options.report && options.format == ExportFormat::Pdf;
    }
    return options;
}

void ExportFeature::saveOptions(const ExportOptions& options) const {
    QSettings settings;
    settings.setValue(QLatin1String(FormatKey), exportKindKey(options));
    settings.setValue(QLatin1String(CanvasKey), exportCanvasKey(options.canvas));
    settings.setValue(QLatin1String(FitKey), options.fitToContent());
    if (options.page)
        Settings::setExportPageSizeName(exportPageKey(options.page));
    settings.setValue(QLatin1String(OrientationKey), options.orientation == QPageLayout::Portrait
                                                         ? QStringLiteral("portrait")
                                                         : QStringLiteral("landscape"));
    settings.setValue(QLatin1String(MarginKey), options.marginMm);
    settings.setValue(QLatin1String(DpiKey), options.dpi);
    settings.setValue(QLatin1String(ReportKey), options.report);
}

QString ExportFeature::suggestedPath(const ExportOptions& options) const {
    QString folder = QSettings().value(QLatin1String(FolderKey)).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        const QString file = m_host->document()->filePath();
        folder = file.isEmpty()
                     ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                     : QFileInfo(file).absolutePath();
    }
    return QDir(folder).filePath(sessionBaseName(m_host->document()) + QLatin1Char('.') +
                                 exportSuffix(options));
}

void ExportFeature::showExportDialog() {
    // What is being typed belongs in the export.
    m_host->scene()->commitEditing();
    ExportDialog dialog(m_host->scene(), ExportDialog::Mode::Export, m_host->widget());
    const ExportOptions options = savedOptions();
    dialog.setOptions(options);
    dialog.setFilePath(suggestedPath(options));
    if (dialog.exec() != QDialog::Accepted)
        return;
    exportTo(dialog.filePath(), dialog.options());
}

bool ExportFeature::exportTo(const QString& path, const ExportOptions& options) {
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = options.data
                             ? DataExport::writeFile(m_host->document()->session(), *options.data,
                                                     options.dataLinks, path, &error)
                             : Exporter(m_host->scene()).exportToFile(path, options, &error);
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(m_host->widget(), tr("Export"),
                             tr("The canvases could not be exported.\n\n%1").arg(error));
        return false;
    }
    saveOptions(options);
    QSettings().setValue(QLatin1String(FolderKey), QFileInfo(path).absolutePath());
    m_host->showStatus(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 6000);
    return true;
}

void ExportFeature::setUpPrinter(QPrinter* printer, const ExportOptions& options) {
    // Exporter draws the margins itself, from the paper's edge.
    printer->setFullPage(true);
    printer->setPageLayout(QPageLayout(QPageSize(options.page.value_or(QPageSize::A3)),
                                       options.orientation, QMarginsF()));
}

bool ExportFeature::print(QPrinter* printer, const ExportOptions& options) {
    printer->setDocName(m_host->document()->info().title);
    QString error;
    if (!Exporter(m_host->scene()).paintPages(printer, options, &error)) {
        QMessageBox::warning(m_host->widget(), tr("Print"),
                             tr("Printing failed.\n\n%1").arg(error));
        return false;
    }
    return true;
}

void ExportFeature::showPrintDialog() {
    m_host->scene()->commitEditing();
    ExportDialog dialog(m_host->scene(), ExportDialog::Mode::Print, m_host->widget());
    ExportOptions options = savedOptions();
    options.format = ExportFormat::Pdf; // pages, like a PDF
    dialog.setOptions(options);
    if (dialog.exec() != QDialog::Accepted)
        return;
    options = dialog.options();

    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(&printer, options);
    QPrintPreviewDialog preview(&printer, m_host->widget());
    preview.setWindowTitle(tr("Print Preview"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [this, options](QPrinter* target) { print(target, options); });
    if (preview.exec() == QDialog::Accepted) {
        options.orientation = printer.pageLayout().orientation();
        options.format = savedOptions().format; // printing is no choice of file format
        saveOptions(options);
    }
}

} // namespace tandem
