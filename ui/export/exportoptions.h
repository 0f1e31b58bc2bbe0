#pragma once

#include "dataexport.h"

#include <QPageLayout>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace tandem {

enum class ExportFormat { Svg, Pdf, Png };
// Which part of the scene goes on the page: one canvas, or both side by
// side with the links between them.
enum class ExportCanvas { Business, Operating, Both };

// Everything that decides what an export looks like, shared by the export
// dialog, printing and `tandem export`, so the three cannot drift apart.
// The page is a standard size, or none for "fit to content": the page is
// then exactly the content plus the margins.
struct ExportOptions {
    static constexpr qreal DefaultMarginMm = 10;
    static constexpr int DefaultDpi = 150;
    static constexpr qreal MaxMarginMm = 100;
    static constexpr int MinDpi = 36;
    static constexpr int MaxDpi = 1200;

    ExportFormat format = ExportFormat::Pdf;
    ExportCanvas canvas = ExportCanvas::Both;
    std::optional<QPageSize::PageSizeId> page = QPageSize::A3; // nullopt: fit to content
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    qreal marginMm = DefaultMarginMm;
    int dpi = DefaultDpi; // PNG only
    bool report = false;  // PDF and print only: the multi-page report
    // CSV, Markdown or ArchiMate instead of a drawing: written from the
    // model, the page options do not apply. `dataLinks`: CSV of the links.
    std::optional<DataFormat> data;
    bool dataLinks = false;

    bool fitToContent() const { return !page.has_value(); }
    // Why these options cannot be exported, or empty when they can.
    QString problem() const;
    bool operator==(const ExportOptions& other) const = default;
};

// Stable keys for the command line and settings (never translated).
QString exportFormatKey(ExportFormat format); // "svg", "pdf", "png"
// What the options write, as a key: "pdf" ... or "csv", "csv-links", "md",
// "xml"; and back. The suffix of the file they write.
QString exportKindKey(const ExportOptions& options);
void setExportKind(ExportOptions& options, const QString& key);
QString exportSuffix(const ExportOptions& options);
std::optional<ExportFormat> exportFormatFromKey(const QString& key);
// The format a file name asks for by its suffix (case-insensitive).
std::optional<ExportFormat> exportFormatFromPath(const QString& path);
QString exportCanvasKey(ExportCanvas canvas); // "business", "operating", "both"
std::optional<ExportCanvas> exportCanvasFromKey(const QString& key);
QString exportCanvasTitle(ExportCanvas canvas); // translated

// Page names as typed on the command line: "A4" ... "Tabloid", "fit".
// The outer optional is empty for an unknown name; the inner one is empty
// for "fit".
QStringList exportPageKeys();
QString exportPageKey(const std::optional<QPageSize::PageSizeId>& page);
std::optional<std::optional<QPageSize::PageSizeId>> exportPageFromKey(const QString& key);
QString exportPageTitle(const std::optional<QPageSize::PageSizeId>& page); // translated

} // namespace tandem
