#pragma once

#include "canvaslayout.h"
#include "exportoptions.h"

#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QRectF>
#include <QSize>
#include <QSizeF>

namespace tandem {

// Which part of the scene is drawn where, and how large: the arrangement of
// the canvases, the scene rect that holds them and the rect it fills on the
// page, as large as it fits, centred, proportions kept. Exporter renders a
// placement; report pages place a canvas into their body this way too.
struct CanvasPlacement {
    ExportCanvas canvas = ExportCanvas::Both;
    Arrangement arrangement = Arrangement::SideBySide;
    QRectF source;   // scene coordinates
    QRectF target;   // painter coordinates: points on a page
    qreal scale = 0; // target units per scene unit, the same on both axes

    // Places `canvas` into `area` (painter coordinates). `layout` is the
    // scene's: a crowded session's canvases are larger than published.
    static CanvasPlacement into(ExportCanvas canvas, const QRectF& area,
                                const CanvasLayout& layout = CanvasLayout());

    // The scene rect holding the chosen canvases in an arrangement.
    static QRectF sourceRect(ExportCanvas canvas, Arrangement arrangement,
                             const CanvasLayout& layout = CanvasLayout());
    // The arrangement to draw `canvas` with into an area of this shape:
    // both canvases side by side, or stacked when that fills a portrait
    // page much better; a single canvas alone.
    static Arrangement arrangementFor(ExportCanvas canvas, const QSizeF& area,
                                      const CanvasLayout& layout = CanvasLayout());
};

// The geometry of an export page, worked out once from the options (and,
// for a paged device, from the paper it has): the page, its margins and
// where the canvases go on it. SVG, PDF, PNG, printing and the dialog's
// preview all draw from a plan, so they cannot disagree about the page.
//
// Everything is in points (1/72 inch) from the paper's top-left corner; the
// scene's units are pixels at 100 % zoom (1/96 inch), so "fit to content"
// keeps a canvas at the size it has on screen at 100 %.
struct PagePlan {
    static constexpr qreal PointsPerSceneUnit = 0.75;
    static constexpr qreal PointsPerMm = 72.0 / 25.4;

    QSizeF page;       // oriented
    QMarginsF margins; // from the paper's edge
    CanvasPlacement placement;

    QRectF paper() const { return QRectF(QPointF(0, 0), page); }
    QRectF area() const { return paper().marginsRemoved(margins); }
    // The page as an image of this resolution, in whole pixels.
    QSize pixels(int dpi) const;

    // A single-page export: the chosen paper, or for "fit to content" the
    // content at 100 % plus the margins.
    static PagePlan forOptions(const ExportOptions& options,
                               const CanvasLayout& layout = CanvasLayout());
    // The options' canvas and margins on a paper the device decides (a
    // printer whose preview may have turned the page).
    static PagePlan forPaper(const QSizeF& page, const ExportOptions& options,
                             const CanvasLayout& layout = CanvasLayout());

    // Note text on the page as a share of its normal size, for notes shown
    // at noteScale (CanvasScene::smallestNoteScale). Normal is the size it
    // has on an A3 poster of both canvases as published, side by side:
    // NormalPointsPerSceneUnit. Under LegibilityFloor the export warns.
    static constexpr qreal NormalPointsPerSceneUnit = 0.3;
    static constexpr qreal LegibilityFloor = 0.6; // NotePacker::MinScale
    qreal textSize(qreal noteScale) const {
        return placement.scale * noteScale / NormalPointsPerSceneUnit;
    }
    // The options' margins, in points.
    static QMarginsF marginsPoints(const ExportOptions& options);
};

// Where a `source` of this size lands inside `area`: as large as it fits,
// centred, proportions kept.
QRectF fitCentered(const QSizeF& source, const QRectF& area);

// The page of a fixed-size export in points (1/72 inch), oriented; empty
// for "fit to content".
QSizeF pageSizePoints(const ExportOptions& options);
// Exact page sizes in points: QPageSize and QPageLayout round points to
// whole numbers (A3 would be 842 × 1191 rather than 841.89 × 1190.55).
QSizeF exactSizePoints(const QPageSize& page);
QSizeF exactSizePoints(const QPageLayout& layout); // oriented

} // namespace tandem
