#include "canvaslayout.h"

#include <algorithm>

namespace tandem {

namespace {

constexpr qreal ColumnWidth = CanvasLayout::BodyWidth / 5;
constexpr qreal UpperBand = 800; // about 73 % of the body, as published
constexpr qreal LowerBand = CanvasLayout::BodyHeight - UpperBand;
constexpr qreal OmcLeftWidth = CanvasLayout::BodyWidth - ColumnWidth;
constexpr qreal OmcRowHeight = 240;
constexpr qreal OmcChainHeight = CanvasLayout::BodyHeight - 3 * OmcRowHeight;
constexpr qreal MirrorSplit = CanvasLayout::BodyHeight / 2;

} // namespace

CanvasLayout::CanvasLayout(Arrangement arrangement)
    : m_arrangement(arrangement) {}

void CanvasLayout::setArrangement(Arrangement arrangement) {
    m_arrangement = arrangement;
}

bool CanvasLayout::isVisible(Canvas canvas) const {
    switch (m_arrangement) {
    case Arrangement::BusinessOnly:
        return canvas == Canvas::Business;
    case Arrangement::OperatingOnly:
        return canvas == Canvas::Operating;
    default:
        return true;
    }
}

QPointF CanvasLayout::origin(Canvas canvas) const {
    if (canvas == Canvas::Business)
        return {0, 0};
    switch (m_arrangement) {
    case Arrangement::Stacked:
        return {0, HeaderHeight + BodyHeight + FooterHeight + CanvasGap};
    case Arrangement::OperatingOnly:
        return {0, 0};
    default:
        return {BodyWidth + CanvasGap, 0};
    }
}

QRectF CanvasLayout::canvasRect(Canvas canvas) const {
    return {origin(canvas), QSizeF(BodyWidth, HeaderHeight + BodyHeight + FooterHeight)};
}

QRectF CanvasLayout::headerRect(Canvas canvas) const {
    return {origin(canvas), QSizeF(BodyWidth, HeaderHeight)};
}

QRectF CanvasLayout::bodyRect(Canvas canvas) const {
    return {origin(canvas) + QPointF(0, HeaderHeight), QSizeF(BodyWidth, BodyHeight)};
}

QRectF CanvasLayout::footerRect(Canvas canvas) const {
    return {origin(canvas) + QPointF(0, HeaderHeight + BodyHeight),
            QSizeF(BodyWidth, FooterHeight)};
}

QRectF CanvasLayout::sceneRect() const {
    QRectF result;
    for (Canvas canvas : {Canvas::Business, Canvas::Operating}) {
        if (isVisible(canvas))
            result = result.united(canvasRect(canvas));
    }
    return result;
}

QRectF CanvasLayout::localBlockRect(Block block) const {
    switch (block) {
    case Block::KeyPartners:
        return {0, 0, ColumnWidth, UpperBand};
    case Block::KeyActivities:
        return {ColumnWidth, 0, ColumnWidth, UpperBand / 2};
    case Block::KeyResources:
        return {ColumnWidth, UpperBand / 2, ColumnWidth, UpperBand / 2};
    case Block::ValuePropositions:
        return {2 * ColumnWidth, 0, ColumnWidth, UpperBand};
    case Block::CustomerRelationships:
        return {3 * ColumnWidth, 0, ColumnWidth, UpperBand / 2};
    case Block::Channels:
        return {3 * ColumnWidth, UpperBand / 2, ColumnWidth, UpperBand / 2};
    case Block::CustomerSegments:
        return {4 * ColumnWidth, 0, ColumnWidth, UpperBand};
    case Block::CostStructure:
        return {0, UpperBand, BodyWidth / 2, LowerBand};
    case Block::RevenueStreams:
        return {BodyWidth / 2, UpperBand, BodyWidth / 2, LowerBand};
    case Block::Locations:
        return {0, 0, OmcLeftWidth / 2, OmcRowHeight};
    case Block::Suppliers:
        return {OmcLeftWidth / 2, 0, OmcLeftWidth / 2, OmcRowHeight};
    case Block::ValueChains:
        return {0, OmcRowHeight, OmcLeftWidth, OmcChainHeight};
    case Block::Organisation:
        return {0, OmcRowHeight + OmcChainHeight, OmcLeftWidth / 2, OmcRowHeight};
    case Block::Information:
        return {OmcLeftWidth / 2, OmcRowHeight + OmcChainHeight, OmcLeftWidth / 2, OmcRowHeight};
    case Block::ManagementSystem:
        return {0, 2 * OmcRowHeight + OmcChainHeight, OmcLeftWidth, OmcRowHeight};
    }
    return {};
}

QRectF CanvasLayout::blockRect(Block block) const {
    return localBlockRect(block).translated(bodyRect(canvasOf(block)).topLeft());
}

QRectF CanvasLayout::contentRect(Block block) const {
    return blockRect(block).adjusted(Padding, BlockTitleHeight, -Padding, -Padding);
}

bool CanvasLayout::hasMirror(Block block) {
    return block == Block::ValuePropositions || block == Block::CustomerSegments;
}

QRectF CanvasLayout::mirrorRect(Block block) const {
    if (!hasMirror(block))
        return {};
    const QPointF topLeft = bodyRect(Canvas::Operating).topLeft();
    const qreal top = block == Block::ValuePropositions ? 0 : MirrorSplit;
    return QRectF(OmcLeftWidth, top, ColumnWidth, MirrorSplit).translated(topLeft);
}

QRectF CanvasLayout::mirrorContentRect(Block block) const {
    return mirrorRect(block).adjusted(Padding, BlockTitleHeight, -Padding, -Padding);
}

std::optional<BlockHit> CanvasLayout::hitTest(const QPointF& point, int chainCount) const {
    for (Block block : allBlocks()) {
        if (!isVisible(canvasOf(block)) || !blockRect(block).contains(point))
            continue;
        BlockHit hit{block, -1, false};
        if (block == Block::ValueChains) {
            for (int row = 0; row < chainCount; ++row) {
                if (chainRowRect(row, chainCount).contains(point))
                    hit.chainRow = row;
            }
        }
        return hit;
    }
    if (isVisible(Canvas::Operating)) {
        for (Block block : {Block::ValuePropositions, Block::CustomerSegments}) {
            if (mirrorRect(block).contains(point))
                return BlockHit{block, -1, true};
        }
    }
    return std::nullopt;
}

QRectF CanvasLayout::chainRowRect(int row, int chainCount) const {
    const QRectF content = contentRect(Block::ValueChains);
    const qreal height = std::min(ChainMaxRowHeight, content.height() / std::max(1, chainCount));
    return {content.left(), content.top() + row * height, content.width(), height};
}

QRectF CanvasLayout::chainLabelRect(int row, int chainCount) const {
    const QRectF rowRect = chainRowRect(row, chainCount);
    return {rowRect.left(), rowRect.top() + 4, ChainLabelWidth - Padding, rowRect.height() - 8};
}

QRectF CanvasLayout::chainStagesRect(int row, int chainCount) const {
    const QRectF rowRect = chainRowRect(row, chainCount);
    return rowRect.adjusted(ChainLabelWidth, 6, 0, -6);
}

qreal CanvasLayout::chevronDepth(const QRectF& rect) {
    return std::min<qreal>(28, rect.height() * 0.22);
}

QRectF CanvasLayout::stageRect(int row, int chainCount, int stage, int stageCount) const {
    const QRectF area = chainStagesRect(row, chainCount);
    const qreal depth = chevronDepth(area);
    const int count = std::max(1, stageCount);
    // Chevrons nest: each overlaps the previous one by its point depth.
    qreal width = (area.width() + (count - 1) * (depth - StageGap)) / count;
    width = std::min(width, StageMaxWidth);
    const qreal pitch = width - depth + StageGap;
    return {area.left() + stage * pitch, area.top(), width, area.height()};
}

int CanvasLayout::stageIndexAt(qreal x, int row, int chainCount, int stageCount) const {
    int index = 0;
    for (int i = 0; i < stageCount; ++i) {
        if (stageRect(row, chainCount, i, stageCount).center().x() < x)
            index = i + 1;
    }
    return index;
}

QPolygonF CanvasLayout::chevron(const QRectF& rect, bool first) {
    const qreal depth = chevronDepth(rect);
    const qreal midY = rect.center().y();
    QPolygonF polygon;
    polygon << rect.topLeft() << QPointF(rect.right() - depth, rect.top())
            << QPointF(rect.right(), midY) << QPointF(rect.right() - depth, rect.bottom())
            << rect.bottomLeft();
    if (!first)
        polygon << QPointF(rect.left() + depth, midY);
    return polygon;
}

std::vector<QPointF> CanvasLayout::flow(const QRectF& content, const std::vector<QSizeF>& sizes) {
    std::vector<QPointF> result;
    result.reserve(sizes.size());
    qreal x = content.left();
    qreal y = content.top();
    qreal rowHeight = 0;
    for (const QSizeF& size : sizes) {
        if (x > content.left() && x + size.width() > content.right() + 0.5) {
            x = content.left();
            y += rowHeight + NoteSpacing;
            rowHeight = 0;
        }
        result.emplace_back(x, y);
        x += size.width() + NoteSpacing;
        rowHeight = std::max(rowHeight, size.height());
    }
    return result;
}

QPointF CanvasLayout::clampInto(const QRectF& content, const QPointF& topLeft, const QSizeF& size) {
    const qreal maxX = std::max(content.left(), content.right() - size.width());
    const qreal maxY = std::max(content.top(), content.bottom() - size.height());
    return {std::clamp(topLeft.x(), content.left(), maxX),
            std::clamp(topLeft.y(), content.top(), maxY)};
}

} // namespace tandem
