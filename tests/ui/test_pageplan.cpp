// The export page plan: the page, margins and placement every export format
// draws from, checked against numbers worked out by hand from the paper
// sizes (ISO 216, in millimetres) and the canvas layout (each canvas 1800 ×
// 1216 scene units: an 84 header, an 1100 body and a 32 footer; 140 between
// the two canvases).

#include "pageplan.h"

#include <gtest/gtest.h>

namespace tandem::test {
namespace {

constexpr qreal PointsPerMm = 72 / 25.4;

TEST(PagePlanTest, A3LandscapeWithMarginsPlacesBothCanvasesSideBySide) {
    ExportOptions options;
    options.canvas = ExportCanvas::Both;
    options.page = QPageSize::A3;
    options.orientation = QPageLayout::Landscape;
    options.marginMm = 10;
    const PagePlan plan = PagePlan::forOptions(options);

    // A3 is 420 × 297 mm; 1190.55 × 841.89 pt, turned.
    EXPECT_NEAR(plan.page.width(), 1190.551, 0.001);
    EXPECT_NEAR(plan.page.height(), 841.890, 0.001);
    EXPECT_NEAR(plan.margins.left(), 28.346, 0.001);
    EXPECT_NEAR(plan.margins.bottom(), 28.346, 0.001);
    // The area left is 400 × 277 mm. Side by side the canvases are 3740 ×
    // 1216: the width decides, 1133.86 pt / 3740 = 0.30317 pt per unit.
    // Stacked (1800 × 2572) would be 0.30529, not clearly larger.
    EXPECT_EQ(plan.placement.arrangement, Arrangement::SideBySide);
    EXPECT_EQ(plan.placement.source, QRectF(0, 0, 3740, 1216));
    EXPECT_NEAR(plan.placement.scale, 400 * PointsPerMm / 3740, 1e-9);
    EXPECT_NEAR(plan.placement.scale, 0.30317, 0.00001);
    // Full width between the margins, centred in the height:
    // 1216 × 0.30317 = 368.66 pt high, (785.20 - 368.66) / 2 below the margin.
    EXPECT_NEAR(plan.placement.target.left(), 28.346, 0.001);
    EXPECT_NEAR(plan.placement.target.width(), 1133.858, 0.001);
    EXPECT_NEAR(plan.placement.target.height(), 368.656, 0.001);
    EXPECT_NEAR(plan.placement.target.top(), 28.346 + (785.197 - 368.656) / 2, 0.001);
}

TEST(PagePlanTest, A3PortraitStacksBothCanvases) {
    ExportOptions options;
    options.page = QPageSize::A3;
    options.orientation = QPageLayout::Portrait;
    options.marginMm = 10;
    const PagePlan plan = PagePlan::forOptions(options);

    EXPECT_NEAR(plan.page.width(), 841.890, 0.001);
    EXPECT_NEAR(plan.page.height(), 1190.551, 0.001);
    // 277 × 400 mm of room: side by side 785.20 / 3740 = 0.20995; stacked
    // (1800 × 2572) min(785.20 / 1800, 1133.86 / 2572) = 0.43622, more than
    // 1.25 times as large.
    EXPECT_EQ(plan.placement.arrangement, Arrangement::Stacked);
    EXPECT_EQ(plan.placement.source, QRectF(0, 0, 1800, 2572));
    EXPECT_NEAR(plan.placement.scale, 277 * PointsPerMm / 1800, 1e-9);
}

TEST(PagePlanTest, FitToContentIsTheCanvasAtFullSizePlusMargins) {
    ExportOptions options;
    options.canvas = ExportCanvas::Business;
    options.page.reset();
    options.marginMm = 5;
    const PagePlan plan = PagePlan::forOptions(options);

    // 1800 × 1216 scene units at 0.75 pt each, and 5 mm (14.17 pt) a side.
    EXPECT_NEAR(plan.page.width(), 1350 + 2 * 14.173, 0.001);
    EXPECT_NEAR(plan.page.height(), 912 + 2 * 14.173, 0.001);
    EXPECT_EQ(plan.placement.arrangement, Arrangement::BusinessOnly);
    EXPECT_EQ(plan.placement.source, QRectF(0, 0, 1800, 1216));
    EXPECT_NEAR(plan.placement.scale, 0.75, 1e-9);
    EXPECT_NEAR(plan.placement.target.left(), 14.173, 0.001);
    EXPECT_NEAR(plan.placement.target.top(), 14.173, 0.001);
}

TEST(PagePlanTest, PixelsAreThePageAtTheResolutionRounded) {
    ExportOptions options;
    options.page = QPageSize::A4;
    options.orientation = QPageLayout::Portrait;
    // 210 × 297 mm at 150 dpi: 1240.16 × 1753.94 pixels.
    EXPECT_EQ(PagePlan::forOptions(options).pixels(150), QSize(1240, 1754));
    // At 72 dpi a pixel is a point: 595.28 × 841.89.
    EXPECT_EQ(PagePlan::forOptions(options).pixels(72), QSize(595, 842));
}

TEST(PagePlanTest, APaperGivenByTheDeviceKeepsTheOptionsMargins) {
    ExportOptions options;
    options.canvas = ExportCanvas::Operating;
    options.marginMm = 20;
    const PagePlan plan = PagePlan::forPaper(QSizeF(600, 500), options);

    EXPECT_EQ(plan.page, QSizeF(600, 500));
    // 20 mm is 56.69 pt: 486.61 × 386.61 pt of room for an 1800 × 1216
    // canvas; the width decides at 486.61 / 1800 = 0.27034 (the height
    // would allow 0.31794).
    EXPECT_NEAR(plan.area().width(), 486.614, 0.001);
    EXPECT_EQ(plan.placement.arrangement, Arrangement::OperatingOnly);
    EXPECT_NEAR(plan.placement.scale, (600 - 40 * PointsPerMm) / 1800, 1e-9);
    EXPECT_NEAR(plan.placement.target.width(), 486.614, 0.001);
}

TEST(PagePlanTest, AnEmptyAreaPlacesNothing) {
    const CanvasPlacement placement = CanvasPlacement::into(ExportCanvas::Both, QRectF());
    EXPECT_TRUE(placement.target.isEmpty());
    EXPECT_EQ(placement.arrangement, Arrangement::SideBySide);
}

} // namespace
} // namespace tandem::test
