#pragma once

#include "exportoptions.h"
#include "pageplan.h"

#include <QByteArray>
#include <QImage>
#include <QString>

#include <optional>

class QPagedPaintDevice;
class QPainter;

namespace tandem {

class CanvasScene;

// How legible note text comes out on an export's page (PagePlan::textSize).
struct Legibility {
    qreal textSize = 1; // the smallest note text, as a share of its normal size
    // The smallest standard page that keeps it at the floor, if any.
    std::optional<QPageSize::PageSizeId> largerPage;
    bool underFloor() const { return textSize < PagePlan::LegibilityFloor - 1e-9; }
};

// The one rendering path from the scene the user sees to paper and files:
// SVG (QSvgGenerator), PDF (QPdfWriter), PNG (QImage) and printing
// (QPrinter) all work out one PagePlan and go through renderCanvas(),
// which puts the scene into export mode and calls QGraphicsScene::render.
// The export dialog, the print preview and `tandem export` share it.
class Exporter {
public:
    // A PNG larger than this is refused rather than exhausting memory.
    static constexpr qint64 MaxImagePixels = 250'000'000;

    explicit Exporter(CanvasScene* scene);

    CanvasScene* scene() const { return m_scene; }

    // Whether note text stays at or above the legibility floor with these
    // options: a crowded session's grown canvas, scaled to a fixed page,
    // may not. "Fit to content" always does.
    Legibility legibility(const ExportOptions& options) const;
    // What to tell the user about it (the dialog, `tandem export`), or empty.
    static QString legibilityWarning(const Legibility& legibility);

    // Draws the placed canvases into the placement's target (painter
    // coordinates).
    void renderCanvas(QPainter* painter, const CanvasPlacement& placement) const;

    // Paints the pages (one canvas page, or the report) on a PDF writer or
    // a printer. The device's page layout gives the paper; the margins come
    // from the options. Returns false with a reason when painting failed.
    bool paintPages(QPagedPaintDevice* device, const ExportOptions& options,
                    QString* error = nullptr) const;

    // Whole exports in memory.
    QByteArray pdf(const ExportOptions& options, QString* error = nullptr) const;
    QByteArray svg(const ExportOptions& options) const;
    // A null image (and a reason) when the image would be too large.
    QImage image(const ExportOptions& options, QString* error = nullptr) const;

    // Writes the export to a file through a temporary file in the same
    // folder, so OUT is either the complete export or left as it was.
    bool exportToFile(const QString& path, const ExportOptions& options,
                      QString* error = nullptr) const;

private:
    QString documentTitle() const;

    CanvasScene* m_scene;
};

} // namespace tandem
