#pragma once

#include "exportoptions.h"
#include "pageplan.h"

#include <QByteArray>
#include <QImage>
#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace tandem {

class CanvasScene;

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
