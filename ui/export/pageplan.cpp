#include "pageplan.h"

#include <algorithm>

namespace tandem {

CanvasPlacement CanvasPlacement::into(ExportCanvas canvas, const QRectF& area,
                                      const CanvasLayout& layout) {
    CanvasPlacement placement;
    placement.canvas = canvas;
    placement.arrangement = arrangementFor(canvas, area.size(), layout);
    placement.source = sourceRect(canvas, placement.arrangement, layout);
    placement.target = fitCentered(placement.source.size(), area);
    if (!placement.source.isEmpty())
        placement.scale = placement.target.width() / placement.source.width();
    return placement;
}

QRectF CanvasPlacement::sourceRect(ExportCanvas canvas, Arrangement arrangement,
                                   const CanvasLayout& base) {
    const CanvasLayout layout = base.arranged(arrangement);
    switch (canvas) {
    case ExportCanvas::Business:
        return layout.canvasRect(Canvas::Business);
    case ExportCanvas::Operating:
        return layout.canvasRect(Canvas::Operating);
    case ExportCanvas::Both:
        return layout.canvasRect(Canvas::Business).united(layout.canvasRect(Canvas::Operating));
    }
    return {};
}

Arrangement CanvasPlacement::arrangementFor(ExportCanvas canvas, const QSizeF& area,
                                            const CanvasLayout& layout) {
    switch (canvas) {
    case ExportCanvas::Business:
        // Alone on its page: links to the other canvas would end in mid-air.
        return Arrangement::BusinessOnly;
    case ExportCanvas::Operating:
        return Arrangement::OperatingOnly;
    case ExportCanvas::Both:
        break;
    }
    if (area.isEmpty())
        return Arrangement::SideBySide;
    const auto scaleIn = [&](Arrangement candidate) {
        const QSizeF size = sourceRect(canvas, candidate, layout).size();
        return std::min(area.width() / size.width(), area.height() / size.height());
    };
    // Stacked only when it is clearly larger: side by side is how the team
    // saw the canvases all day.
    return scaleIn(Arrangement::Stacked) > 1.25 * scaleIn(Arrangement::SideBySide)
               ? Arrangement::Stacked
               : Arrangement::SideBySide;
}

QSize PagePlan::pixels(int dpi) const {
    const qreal pixelsPerPoint = dpi / 72.0;
    return QSize(qRound(page.width() * pixelsPerPoint), qRound(page.height() * pixelsPerPoint));
}

PagePlan PagePlan::forOptions(const ExportOptions& options, const CanvasLayout& layout) {
    if (options.page)
        return forPaper(pageSizePoints(options), options, layout);
    const ExportCanvas canvas = options.canvas;
    const Arrangement arrangement = CanvasPlacement::arrangementFor(canvas, {}, layout);
    const QSizeF content =
        CanvasPlacement::sourceRect(canvas, arrangement, layout).size() * PointsPerSceneUnit;
    return forPaper(content.grownBy(marginsPoints(options)), options, layout);
}

PagePlan PagePlan::forPaper(const QSizeF& page, const ExportOptions& options,
                            const CanvasLayout& layout) {
    PagePlan plan;
    plan.page = page;
    plan.margins = marginsPoints(options);
    plan.placement = CanvasPlacement::into(options.canvas, plan.area(), layout);
    return plan;
}

QMarginsF PagePlan::marginsPoints(const ExportOptions& options) {
    const qreal margin = options.marginMm * PointsPerMm;
    return QMarginsF(margin, margin, margin, margin);
}

QRectF fitCentered(const QSizeF& source, const QRectF& area) {
    if (source.isEmpty() || area.isEmpty())
        return QRectF(area.center(), QSizeF(0, 0));
    const qreal scale = std::min(area.width() / source.width(), area.height() / source.height());
    const QSizeF size = source * scale;
    return QRectF(area.left() + (area.width() - size.width()) / 2,
                  area.top() + (area.height() - size.height()) / 2, size.width(), size.height());
}

QSizeF exactSizePoints(const QPageSize& page) {
    // QPageSize::size(Point) rounds to whole points; A3 is 841.89 × 1190.55.
    const QSizeF defined = page.definitionSize();
    switch (page.definitionUnits()) {
    case QPageSize::Millimeter:
        return defined * (72 / 25.4);
    case QPageSize::Inch:
        return defined * 72;
    case QPageSize::Point:
        return defined;
    default:
        return page.size(QPageSize::Millimeter) * (72 / 25.4);
    }
}

QSizeF exactSizePoints(const QPageLayout& layout) {
    // Sizes are defined upright, as QPageLayout reads them.
    const QSizeF size = exactSizePoints(layout.pageSize());
    return layout.orientation() == QPageLayout::Landscape ? size.transposed() : size;
}

QSizeF pageSizePoints(const ExportOptions& options) {
    if (!options.page)
        return {};
    return exactSizePoints(QPageLayout(QPageSize(*options.page), options.orientation, {}));
}

} // namespace tandem
