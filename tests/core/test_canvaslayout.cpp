// CanvasLayout: the geometry of both canvases, without a display.

#include "canvaslayout.h"

#include <gtest/gtest.h>

namespace tandem {

namespace {

TEST(CanvasLayout, BusinessBlocksFollowThePublishedGrid) {
    const CanvasLayout layout;
    const QRectF body = layout.bodyRect(Canvas::Business);
    const qreal column = body.width() / 5;
    EXPECT_DOUBLE_EQ(layout.blockRect(Block::KeyPartners).width(), column);
    EXPECT_DOUBLE_EQ(layout.blockRect(Block::ValuePropositions).left(), body.left() + 2 * column);
    EXPECT_DOUBLE_EQ(layout.blockRect(Block::CustomerSegments).right(), body.right());
    // Key activities above key resources, relationships above channels.
    EXPECT_DOUBLE_EQ(layout.blockRect(Block::KeyActivities).bottom(),
                     layout.blockRect(Block::KeyResources).top());
    EXPECT_DOUBLE_EQ(layout.blockRect(Block::CustomerRelationships).bottom(),
                     layout.blockRect(Block::Channels).top());
    // The upper band is about 73 % of the height.
    const qreal upper = layout.blockRect(Block::KeyPartners).height() / body.height();
    EXPECT_NEAR(upper, 0.73, 0.01);
    EXPECT_DOUBLE_EQ(layout.blockRect(Block::CostStructure).width(),
                     layout.blockRect(Block::RevenueStreams).width());
    EXPECT_DOUBLE_EQ(layout.blockRect(Block::RevenueStreams).bottom(), body.bottom());
}

TEST(CanvasLayout, BlocksOfACanvasTileItsBodyWithoutOverlap) {
    const CanvasLayout layout;
    for (Canvas canvas : {Canvas::Business, Canvas::Operating}) {
        qreal area = 0;
        std::vector<QRectF> rects;
        for (Block block : allBlocks()) {
            if (canvasOf(block) != canvas)
                continue;
            const QRectF rect = layout.blockRect(block);
            EXPECT_TRUE(layout.bodyRect(canvas).contains(rect)) << blockKey(block).toStdString();
            for (const QRectF& other : rects)
                EXPECT_FALSE(rect.intersected(other).width() > 0.5 &&
                             rect.intersected(other).height() > 0.5);
            rects.push_back(rect);
            area += rect.width() * rect.height();
        }
        if (canvas == Canvas::Operating) {
            for (Block block : {Block::ValuePropositions, Block::CustomerSegments}) {
                const QRectF mirror = layout.mirrorRect(block);
                for (const QRectF& other : rects)
                    EXPECT_FALSE(mirror.intersects(other.adjusted(0.5, 0.5, -0.5, -0.5)));
                area += mirror.width() * mirror.height();
            }
        }
        const QRectF body = layout.bodyRect(canvas);
        EXPECT_NEAR(area, body.width() * body.height(), 1.0);
    }
}

TEST(CanvasLayout, OperatingCanvasKeepsPolismPositions) {
    const CanvasLayout layout;
    const QRectF chains = layout.blockRect(Block::ValueChains);
    EXPECT_LT(layout.blockRect(Block::Locations).bottom(), chains.center().y());
    EXPECT_LT(layout.blockRect(Block::Suppliers).bottom(), chains.center().y());
    EXPECT_GT(layout.blockRect(Block::Organisation).top(), chains.center().y());
    EXPECT_GT(layout.blockRect(Block::Information).top(), chains.center().y());
    EXPECT_GT(layout.blockRect(Block::ManagementSystem).top(),
              layout.blockRect(Block::Organisation).top());
    // The right-hand column mirrors propositions above customers.
    const QRectF propositions = layout.mirrorRect(Block::ValuePropositions);
    EXPECT_GT(propositions.left(), chains.right() - 0.5);
    EXPECT_LT(propositions.top(), layout.mirrorRect(Block::CustomerSegments).top());
    EXPECT_TRUE(layout.mirrorRect(Block::KeyPartners).isNull());
}

TEST(CanvasLayout, Arrangements) {
    CanvasLayout layout(Arrangement::SideBySide);
    EXPECT_GT(layout.canvasRect(Canvas::Operating).left(),
              layout.canvasRect(Canvas::Business).right());
    EXPECT_DOUBLE_EQ(layout.canvasRect(Canvas::Operating).top(),
                     layout.canvasRect(Canvas::Business).top());
    layout.setArrangement(Arrangement::Stacked);
    EXPECT_GT(layout.canvasRect(Canvas::Operating).top(),
              layout.canvasRect(Canvas::Business).bottom());
    EXPECT_TRUE(layout.sceneRect().contains(layout.canvasRect(Canvas::Operating)));
    layout.setArrangement(Arrangement::OperatingOnly);
    EXPECT_FALSE(layout.isVisible(Canvas::Business));
    EXPECT_EQ(layout.sceneRect(), layout.canvasRect(Canvas::Operating));
    // Only the visible canvas answers a hit test.
    const auto hit = layout.hitTest(layout.canvasRect(Canvas::Operating).center(), 0);
    ASSERT_TRUE(hit.has_value());
    EXPECT_EQ(canvasOf(hit->block), Canvas::Operating);
    layout.setArrangement(Arrangement::BusinessOnly);
    EXPECT_EQ(layout.sceneRect(), layout.canvasRect(Canvas::Business));
}

TEST(CanvasLayout, HitTestFindsBlocksChainRowsAndMirrors) {
    const CanvasLayout layout;
    for (Block block : allBlocks()) {
        const auto hit = layout.hitTest(layout.blockRect(block).center(), 3);
        ASSERT_TRUE(hit.has_value());
        EXPECT_EQ(hit->block, block);
        EXPECT_FALSE(hit->mirror);
    }
    const auto row = layout.hitTest(layout.chainRowRect(2, 3).center(), 3);
    ASSERT_TRUE(row.has_value());
    EXPECT_EQ(row->chainRow, 2);
    const auto mirror = layout.hitTest(layout.mirrorRect(Block::CustomerSegments).center(), 3);
    ASSERT_TRUE(mirror.has_value());
    EXPECT_EQ(mirror->block, Block::CustomerSegments);
    EXPECT_TRUE(mirror->mirror);
    EXPECT_FALSE(layout.hitTest(QPointF(-500, -500), 3).has_value());
}

TEST(CanvasLayout, StagesRunLeftToRightInsideTheirRow) {
    const CanvasLayout layout;
    for (int count : {1, 3, 8, 20}) {
        const QRectF area = layout.chainStagesRect(1, 3);
        qreal lastLeft = -1e9;
        qreal lastTop = -1e9;
        for (int i = 0; i < count; ++i) {
            const QRectF stage = layout.stageRect(1, 3, i, count);
            // Left to right, a long chain wrapping onto a line below.
            EXPECT_TRUE(stage.left() > lastLeft || stage.top() > lastTop) << count << ", " << i;
            EXPECT_GE(stage.top(), lastTop);
            EXPECT_GE(stage.left(), area.left() - 0.01);
            EXPECT_LE(stage.right(), area.right() + 0.01);
            EXPECT_LE(stage.bottom(), area.bottom() + 0.01);
            EXPECT_LE(stage.width(), CanvasLayout::StageMaxWidth + 0.01);
            lastLeft = stage.left();
            lastTop = stage.top();
        }
    }
    // Dropping left of the first stage gives index 0, right of the last the end.
    EXPECT_EQ(layout.stageIndexAt(layout.chainStagesRect(0, 2).left(), 0, 2, 4), 0);
    EXPECT_EQ(layout.stageIndexAt(layout.stageRect(0, 2, 3, 4).right(), 0, 2, 4), 4);
    EXPECT_EQ(layout.stageIndexAt(layout.stageRect(0, 2, 1, 4).center().x() + 1, 0, 2, 4), 2);
    // Rows shrink to fit many chains inside the chain area.
    EXPECT_LE(layout.chainRowRect(9, 10).bottom(),
              layout.contentRect(Block::ValueChains).bottom() + 0.01);
}

TEST(CanvasLayout, ChevronShape) {
    const QRectF rect(0, 0, 200, 100);
    const QPolygonF first = CanvasLayout::chevron(rect, true);
    const QPolygonF later = CanvasLayout::chevron(rect, false);
    EXPECT_EQ(first.size(), 5);
    EXPECT_EQ(later.size(), 6);
    EXPECT_EQ(first.boundingRect(), rect);
    EXPECT_TRUE(later.containsPoint(QPointF(190, 50), Qt::OddEvenFill));
    EXPECT_FALSE(later.containsPoint(QPointF(2, 50), Qt::OddEvenFill)); // the notch
}

TEST(CanvasLayout, FlowPlacesNotesInReadingOrderAndWraps) {
    const QRectF content(0, 0, 340, 1000);
    const std::vector<QSizeF> sizes{{160, 72}, {160, 100}, {160, 72}, {160, 72}};
    const auto positions = CanvasLayout::flow(content, sizes);
    ASSERT_EQ(positions.size(), 4u);
    EXPECT_EQ(positions[0], QPointF(0, 0));
    EXPECT_EQ(positions[1], QPointF(160 + CanvasLayout::NoteSpacing, 0));
    // The second row starts below the tallest note of the first.
    EXPECT_EQ(positions[2], QPointF(0, 100 + CanvasLayout::NoteSpacing));
    EXPECT_EQ(positions[3].y(), positions[2].y());
    EXPECT_TRUE(CanvasLayout::flow(content, {}).empty());
}

TEST(CanvasLayout, ClampKeepsNotesInside) {
    const QRectF content(100, 100, 300, 200);
    EXPECT_EQ(CanvasLayout::clampInto(content, QPointF(0, 0), QSizeF(160, 72)), QPointF(100, 100));
    EXPECT_EQ(CanvasLayout::clampInto(content, QPointF(1000, 1000), QSizeF(160, 72)),
              QPointF(240, 228));
    EXPECT_EQ(CanvasLayout::clampInto(content, QPointF(150, 150), QSizeF(160, 72)),
              QPointF(150, 150));
}

} // namespace

} // namespace tandem
