#pragma once

#include "canvaslayout.h"
#include "exportoptions.h"

#include <QByteArray>
#include <QImage>
#include <QRectF>
#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace tandem {

class CanvasScene;

// The one rendering path from the scene the user sees to paper and files:
// SVG (QSvgGenerator), PDF (QPdfWriter), PNG (QImage) and printing
// (QPrinter) all go through renderCanvas(), which puts the scene into
// export mode and calls QGraphicsScene::render. The export dialog, the
// print preview and `tandem export` share it.
//
// Everything is laid out in points (1/72 inch) on the page; the scene's
// units are pixels at 100 % zoom (1/96 inch), so "fit to content" keeps
// a canvas at the size it has on screen at 100 %.
class Exporter {
public:
    static constexpr qreal PointsPerSceneUnit = 0.75;
    static constexpr qreal PointsPerMm = 72.0 / 25.4;
    // A PNG larger than this is refused rather than exhausting memory.
    static constexpr qint64 MaxImagePixels = 250'000'000;

    explicit Exporter(CanvasScene* scene);

    CanvasScene* scene() const { return m_scene; }

    // The scene rect holding the chosen canvases in an arrangement.
    static QRectF sourceRect(ExportCanvas canvas, Arrangement arrangement);
    // The arrangement to render `canvas` with into an area of this shape:
    // both canvases side by side, or stacked when that fills a portrait
    // page better; a single canvas as the editor shows it, if it shows it.
    Arrangement arrangementFor(ExportCanvas canvas, const QSizeF& area) const;

    // The page of a single-page export, in points: the chosen size, or the
    // content at 100 % plus the margins for "fit to content".
    QSizeF pageSize(const ExportOptions& options) const;

    // Draws the chosen canvases as large as they fit into `area` (painter
    // coordinates), centred, proportions kept; returns where they went.
    QRectF renderCanvas(QPainter* painter, const QRectF& area, ExportCanvas canvas) const;

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
