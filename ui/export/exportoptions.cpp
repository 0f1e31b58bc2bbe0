#include "exportoptions.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSizeF>

#include <algorithm>
#include <array>
#include <utility>

namespace tandem {

namespace {

// The sizes a workshop prints on: A4 and Letter for handouts, A3 and
// Tabloid for the table, A2 to A0 for the wall.
const std::array<std::pair<const char*, QPageSize::PageSizeId>, 8> pageNames = {{
    {"A4", QPageSize::A4},
    {"A3", QPageSize::A3},
    {"A2", QPageSize::A2},
    {"A1", QPageSize::A1},
    {"A0", QPageSize::A0},
    {"Letter", QPageSize::Letter},
    {"Legal", QPageSize::Legal},
    {"Tabloid", QPageSize::Tabloid},
}};

const char* const fitKey = "fit";

} // namespace

QString ExportOptions::problem() const {
    if (report && format != ExportFormat::Pdf)
        return QCoreApplication::translate("ExportOptions",
                                           "a report is a PDF: choose a .pdf output");
    if (report && fitToContent())
        return QCoreApplication::translate("ExportOptions",
                                           "a report needs a page size (A4 ... Tabloid), not fit");
    if (!(marginMm >= 0 && marginMm <= MaxMarginMm))
        return QCoreApplication::translate("ExportOptions",
                                           "the margin must be between 0 and %1 mm")
            .arg(MaxMarginMm);
    if (page) {
        const QSizeF size = QPageSize(*page).size(QPageSize::Millimeter);
        if (2 * marginMm >= std::min(size.width(), size.height()) - 20)
            return QCoreApplication::translate("ExportOptions",
                                               "the margins leave no room on a %1 page")
                .arg(exportPageKey(page));
    }
    if (dpi < MinDpi || dpi > MaxDpi)
        return QCoreApplication::translate("ExportOptions", "the resolution must be %1 to %2 dpi")
            .arg(MinDpi)
            .arg(MaxDpi);
    return {};
}

QString exportFormatKey(ExportFormat format) {
    switch (format) {
    case ExportFormat::Svg:
        return QStringLiteral("svg");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Png:
        return QStringLiteral("png");
    }
    return {};
}

std::optional<ExportFormat> exportFormatFromKey(const QString& key) {
    for (ExportFormat format : {ExportFormat::Svg, ExportFormat::Pdf, ExportFormat::Png}) {
        if (key.compare(exportFormatKey(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

std::optional<ExportFormat> exportFormatFromPath(const QString& path) {
    return exportFormatFromKey(QFileInfo(path).suffix());
}

QString exportCanvasKey(ExportCanvas canvas) {
    switch (canvas) {
    case ExportCanvas::Business:
        return QStringLiteral("business");
    case ExportCanvas::Operating:
        return QStringLiteral("operating");
    case ExportCanvas::Both:
        return QStringLiteral("both");
    }
    return {};
}

std::optional<ExportCanvas> exportCanvasFromKey(const QString& key) {
    for (ExportCanvas canvas :
         {ExportCanvas::Business, ExportCanvas::Operating, ExportCanvas::Both}) {
        if (key.compare(exportCanvasKey(canvas), Qt::CaseInsensitive) == 0)
            return canvas;
    }
    return std::nullopt;
}

QString exportCanvasTitle(ExportCanvas canvas) {
    switch (canvas) {
    case ExportCanvas::Business:
        return QCoreApplication::translate("ExportOptions", "Business Model Canvas");
    case ExportCanvas::Operating:
        return QCoreApplication::translate("ExportOptions", "Operating Model Canvas");
    case ExportCanvas::Both:
        return QCoreApplication::translate("ExportOptions", "Both canvases, with their links");
    }
    return {};
}

QStringList exportPageKeys() {
    QStringList keys;
    for (const auto& [name, id] : pageNames)
        keys.append(QLatin1String(name));
    keys.append(QLatin1String(fitKey));
    return keys;
}

QString exportPageKey(const std::optional<QPageSize::PageSizeId>& page) {
    if (!page)
        return QLatin1String(fitKey);
    for (const auto& [name, id] : pageNames) {
        if (id == *page)
            return QLatin1String(name);
    }
    return QPageSize(*page).key();
}

std::optional<std::optional<QPageSize::PageSizeId>> exportPageFromKey(const QString& key) {
    // Built in place: returning nested temporaries trips GCC 12's
    // -Wmaybe-uninitialized in optimised builds.
    std::optional<std::optional<QPageSize::PageSizeId>> result;
    if (key.compare(QLatin1String(fitKey), Qt::CaseInsensitive) == 0) {
        result.emplace();
        return result;
    }
    for (const auto& [name, id] : pageNames) {
        if (key.compare(QLatin1String(name), Qt::CaseInsensitive) == 0) {
            result.emplace(id);
            break;
        }
    }
    return result;
}

QString exportPageTitle(const std::optional<QPageSize::PageSizeId>& page) {
    if (!page)
        return QCoreApplication::translate("ExportOptions", "Fit to content");
    const QSizeF mm = QPageSize(*page).size(QPageSize::Millimeter);
    return QCoreApplication::translate("ExportOptions", "%1 (%2 × %3 mm)")
        .arg(exportPageKey(page))
        .arg(qRound(mm.width()))
        .arg(qRound(mm.height()));
}

QString exportKindKey(const ExportOptions& options) {
    if (!options.data)
        return exportFormatKey(options.format);
    if (*options.data == DataFormat::Csv && options.dataLinks)
        return QStringLiteral("csv-links");
    return DataExport::suffix(*options.data);
}

void setExportKind(ExportOptions& options, const QString& key) {
    options.dataLinks = key == QLatin1String("csv-links");
    options.data = DataExport::formatFromPath(QStringLiteral("x.") +
                                              (options.dataLinks ? QStringLiteral("csv") : key));
    if (!options.data)
        options.format = exportFormatFromKey(key).value_or(options.format);
}

QString exportSuffix(const ExportOptions& options) {
    return options.data ? DataExport::suffix(*options.data) : exportFormatKey(options.format);
}

} // namespace tandem
