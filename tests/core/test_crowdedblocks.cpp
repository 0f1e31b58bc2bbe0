// Crowded blocks (issue 19): however many notes a block holds, every note's
// rect lies inside its block, overlaps no other, and is never shrunk under
// the legibility floor; long value chains wrap without cutting their text.

#include "canvaslayout.h"
#include "notepacking.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tandem {

namespace {

// Notes of 72 to 108 units, as one to four lines of text make them.
std::vector<NoteDemand> notes(int count, int seed = 0) {
    std::vector<NoteDemand> result;
    for (int i = 0; i < count; ++i)
        result.push_back({QSizeF(CanvasLayout::NoteWidth, 72 + 18 * ((i * 7 + seed) % 3)), {}});
    return result;
}

// What CanvasScene does: the block says what it needs, then is packed into
// what it got.
NotePacking place(CanvasLayout& layout, Block block, const std::vector<NoteDemand>& demands) {
    layout.setContentNeed(block, NotePacker::neededHeight(layout.blockRect(block),
                                                          layout.contentRect(block), demands));
    return NotePacker::pack(layout.blockRect(block), layout.contentRect(block), demands);
}

void expectInsideAndApart(const NotePacking& packing, const QRectF& block,
                          const std::string& what) {
    for (std::size_t i = 0; i < packing.rects.size(); ++i) {
        const QRectF& rect = packing.rects[i];
        EXPECT_TRUE(block.contains(rect)) << what << " note " << i << " leaves its block";
        for (std::size_t j = i + 1; j < packing.rects.size(); ++j)
            EXPECT_FALSE(rect.intersects(packing.rects[j])) << what << " notes " << i << ", " << j;
    }
    EXPECT_GE(packing.scale, 0.6) << what << ": text under the floor";
}

void expectStraightGrid(const CanvasLayout& layout) {
    const QRectF kp = layout.blockRect(Block::KeyPartners);
    for (Block block : {Block::ValuePropositions, Block::CustomerSegments}) {
        EXPECT_DOUBLE_EQ(layout.blockRect(block).top(), kp.top());
        EXPECT_DOUBLE_EQ(layout.blockRect(block).bottom(), kp.bottom());
    }
    EXPECT_DOUBLE_EQ(layout.blockRect(Block::KeyResources).bottom(), kp.bottom());
    EXPECT_DOUBLE_EQ(layout.blockRect(Block::KeyActivities).bottom(),
                     layout.blockRect(Block::CustomerRelationships).bottom());
    EXPECT_DOUBLE_EQ(layout.blockRect(Block::CostStructure).top(), kp.bottom());
    EXPECT_DOUBLE_EQ(layout.blockRect(Block::RevenueStreams).bottom(),
                     layout.bodyRect(Canvas::Business).bottom());
    EXPECT_DOUBLE_EQ(layout.blockRect(Block::Locations).bottom(),
                     layout.blockRect(Block::Suppliers).bottom());
    EXPECT_DOUBLE_EQ(layout.blockRect(Block::Organisation).bottom(),
                     layout.blockRect(Block::Information).bottom());
    // The canvases side by side keep one height.
    EXPECT_DOUBLE_EQ(layout.bodyRect(Canvas::Business).height(),
                     layout.bodyRect(Canvas::Operating).height());
    EXPECT_DOUBLE_EQ(layout.blockRect(Block::ManagementSystem).bottom(),
                     layout.bodyRect(Canvas::Operating).bottom());
    EXPECT_DOUBLE_EQ(layout.mirrorRect(Block::CustomerSegments).bottom(),
                     layout.bodyRect(Canvas::Operating).bottom());
}

class OneCrowdedBlock : public ::testing::TestWithParam<int> {};

TEST_P(OneCrowdedBlock, EveryNoteInsideItsBlockAndApart) {
    CanvasLayout layout;
    const auto demands = notes(GetParam());
    const NotePacking packing = place(layout, Block::ValuePropositions, demands);
    ASSERT_EQ(packing.rects.size(), demands.size());
    expectInsideAndApart(packing, layout.contentRect(Block::ValuePropositions),
                         "value propositions");
    expectStraightGrid(layout);
    // The canvas grows only once the notes are at the floor.
    if (layout.growth() > 1) {
        EXPECT_DOUBLE_EQ(packing.scale, NotePacker::MinScale);
    }
    // The mirror in the OMC holds them too.
    layout.setMirrorNeed(
        Block::ValuePropositions,
        NotePacker::neededHeight({}, layout.mirrorContentRect(Block::ValuePropositions), demands));
    const NotePacking mirror =
        NotePacker::pack({}, layout.mirrorContentRect(Block::ValuePropositions), demands);
    expectInsideAndApart(mirror, layout.mirrorContentRect(Block::ValuePropositions), "mirror");
    expectStraightGrid(layout);
    // An uncrowded block beside it keeps its notes at full size.
    const NotePacking partners = place(layout, Block::KeyPartners, notes(3));
    EXPECT_DOUBLE_EQ(partners.scale, 1.0);
    EXPECT_GE(layout.blockRect(Block::KeyPartners).height(), 800);
}

INSTANTIATE_TEST_SUITE_P(Notes, OneCrowdedBlock, ::testing::Values(10, 30, 60, 120, 200));

TEST(CrowdedBlocks, TenNotesKeepTheirSizeAndThePublishedGrid) {
    CanvasLayout layout;
    const NotePacking packing = place(layout, Block::ValuePropositions, notes(10));
    EXPECT_DOUBLE_EQ(packing.scale, 1.0);
    EXPECT_DOUBLE_EQ(layout.bodyRect(Canvas::Business).height(), CanvasLayout::BodyHeight);
    EXPECT_DOUBLE_EQ(layout.growth(), 1.0);
}

TEST(CrowdedBlocks, TwentyFiveNotesShrinkBeforeTheCanvasGrows) {
    CanvasLayout layout;
    // 13 rows of two notes up to 108 high at 100 % would need 1548 units.
    const NotePacking packing = place(layout, Block::ValuePropositions, notes(25));
    EXPECT_LT(packing.scale, 1.0);
    EXPECT_GT(packing.scale, NotePacker::MinScale);
    EXPECT_DOUBLE_EQ(layout.bodyRect(Canvas::Business).height(), CanvasLayout::BodyHeight);
}

TEST(CrowdedBlocks, TwoHundredNotesGrowTheBandAtTheFloor) {
    CanvasLayout layout;
    const NotePacking packing = place(layout, Block::ValuePropositions, notes(200));
    EXPECT_DOUBLE_EQ(packing.scale, 0.6);
    // Three notes of 96 units to a row of 336: 67 rows.
    EXPECT_GT(layout.blockRect(Block::ValuePropositions).height(), 67 * 0.6 * 72);
    EXPECT_GT(layout.growth(), 2.0);
}

TEST(CrowdedBlocks, SeveralCrowdedBlocksAtOnce) {
    CanvasLayout layout;
    const std::vector<std::pair<Block, int>> crowd{
        {Block::KeyPartners, 30},   {Block::CustomerSegments, 28}, {Block::Channels, 25},
        {Block::CostStructure, 40}, {Block::Information, 30},      {Block::Suppliers, 26}};
    for (const auto& [block, count] : crowd)
        place(layout, block, notes(count, count));
    // Once the grid settled, every block packs inside its own rect.
    std::vector<QRectF> all;
    for (const auto& [block, count] : crowd) {
        const NotePacking packing = NotePacker::pack(
            layout.blockRect(block), layout.contentRect(block), notes(count, count));
        expectInsideAndApart(packing, layout.contentRect(block), blockKey(block).toStdString());
        all.insert(all.end(), packing.rects.begin(), packing.rects.end());
    }
    for (std::size_t i = 0; i < all.size(); ++i) {
        for (std::size_t j = i + 1; j < all.size(); ++j)
            EXPECT_FALSE(all[i].intersects(all[j]));
    }
    expectStraightGrid(layout);
}

TEST(CrowdedBlocks, HandPlacedNotesStayWhileTheyFit) {
    const CanvasLayout layout;
    const QRectF frame = layout.blockRect(Block::KeyPartners);
    std::vector<NoteDemand> demands = notes(6);
    demands[1].at = QPointF(150, 400);
    demands[4].at = QPointF(20, 60);
    const NotePacking packing =
        NotePacker::pack(frame, layout.contentRect(Block::KeyPartners), demands);
    EXPECT_EQ(packing.rects[1].topLeft(), frame.topLeft() + QPointF(150, 400));
    EXPECT_EQ(packing.rects[4].topLeft(), frame.topLeft() + QPointF(20, 60));
    expectInsideAndApart(packing, layout.contentRect(Block::KeyPartners), "key partners");
}

TEST(CrowdedBlocks, HandPlacedNotesOnTopOfEachOtherComeApart) {
    CanvasLayout layout;
    std::vector<NoteDemand> demands = notes(60);
    for (int i = 0; i < 60; i += 3)
        demands[i].at = QPointF(40, 100); // all in one spot
    const NotePacking packing = place(layout, Block::KeyPartners, demands);
    expectInsideAndApart(packing, layout.contentRect(Block::KeyPartners), "key partners");
}

TEST(CrowdedBlocks, AutoArrangePacksInReadingOrder) {
    const CanvasLayout layout;
    const NotePacking packing =
        NotePacker::pack(layout.blockRect(Block::ValuePropositions),
                         layout.contentRect(Block::ValuePropositions), notes(40));
    for (std::size_t i = 1; i < packing.rects.size(); ++i) {
        const QRectF& before = packing.rects[i - 1];
        const QRectF& rect = packing.rects[i];
        EXPECT_TRUE(rect.top() > before.top() ||
                    (rect.top() == before.top() && rect.left() > before.left()))
            << i;
    }
}

class LongChain : public ::testing::TestWithParam<int> {};

TEST_P(LongChain, StagesWrapStayWideEnoughAndInsideTheirRow) {
    const int stages = GetParam();
    CanvasLayout layout;
    const qreal textHeight = 54; // three lines of stage text
    layout.setChainDemands({{5, 20}, {stages, textHeight}, {3, 20}});
    const QRectF block = layout.contentRect(Block::ValueChains);
    const QRectF row = layout.chainStagesRect(1, 3);
    EXPECT_TRUE(block.contains(layout.chainRowRect(1, 3)));
    EXPECT_LE(layout.chainRowRect(0, 3).bottom(), layout.chainRowRect(1, 3).top());
    EXPECT_LE(layout.chainRowRect(1, 3).bottom(), layout.chainRowRect(2, 3).top());
    EXPECT_TRUE(block.contains(layout.chainRowRect(2, 3)));
    for (int i = 0; i < stages; ++i) {
        const QRectF rect = layout.stageRect(1, 3, i, stages);
        EXPECT_TRUE(row.adjusted(-0.01, -0.01, 0.01, 0.01).contains(rect)) << i;
        // At least the room for text the stage's height was measured for.
        EXPECT_GE(rect.width() - 2 * CanvasLayout::chevronDepth(rect) - 12,
                  CanvasLayout::stageTextWidth(stages) - 0.01)
            << i;
        EXPECT_GE(rect.width(), CanvasLayout::StageMinWidth - 2 * CanvasLayout::StageNominalDepth);
        EXPECT_GE(rect.height() - 12, textHeight) << i << ": stage text cut off";
        for (int j = i + 1; j < stages; ++j) {
            const QRectF other = layout.stageRect(1, 3, j, stages);
            // Only neighbours on one line touch, nested by the chevron's point.
            if (j != i + 1 || other.top() != rect.top())
                EXPECT_FALSE(rect.intersects(other)) << i << ", " << j;
            else
                EXPECT_LE(rect.right() - other.left(), CanvasLayout::StageNominalDepth);
        }
    }
    expectStraightGrid(layout);
}

INSTANTIATE_TEST_SUITE_P(Stages, LongChain, ::testing::Values(4, 8, 9, 12, 16, 20, 30));

TEST(CrowdedBlocks, ChainLinesAsCounted) {
    // 1236 units of stage area hold eight stages of at least 170 nested by 22.
    EXPECT_EQ(CanvasLayout::stageLines(4), 1);
    EXPECT_EQ(CanvasLayout::stageLines(8), 1);
    EXPECT_EQ(CanvasLayout::stageLines(9), 2);
    EXPECT_EQ(CanvasLayout::stagesPerLine(9), 5);
    EXPECT_EQ(CanvasLayout::stageLines(16), 2);
    EXPECT_EQ(CanvasLayout::stageLines(30), 4);
    EXPECT_EQ(CanvasLayout::stagesPerLine(30), 8);
}

} // namespace

} // namespace tandem
