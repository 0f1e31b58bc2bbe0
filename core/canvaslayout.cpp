#include "canvaslayout.h"

#include <algorithm>
#include <cmath>

namespace tandem {

namespace {

constexpr qreal ColumnWidth = CanvasLayout::BodyWidth / 5;
constexpr qreal UpperBand = 800; // about 73 % of the body, as published
constexpr qreal LowerBand = CanvasLayout::BodyHeight - UpperBand;
constexpr qreal OmcLeftWidth = CanvasLayout::BodyWidth - ColumnWidth;
constexpr qreal OmcRowHeight = 240;
constexpr qreal OmcChainHeight = CanvasLayout::BodyHeight - 3 * OmcRowHeight;
constexpr qreal MirrorSplit = CanvasLayout::BodyHeight / 2;
constexpr qreal BlockChrome = CanvasLayout::BlockTitleHeight + CanvasLayout::Padding;
// The chain block's content height as published.
constexpr qreal ChainContentHeight = OmcChainHeight - BlockChrome;

bool differs(qreal a, qreal b) {
    return std::abs(a - b) > 0.01;
}

// Grows the parts to fill total, each by the same factor.
template <std::size_t N> void stretch(std::array<qreal*, N> parts, qreal total) {
    qreal sum = 0;
    for (const qreal* part : parts)
        sum += *part;
    if (sum <= 0)
        return;
    for (qreal* part : parts)
        *part *= total / sum;
}

} // namespace

CanvasLayout::CanvasLayout(Arrangement arrangement)
    : m_arrangement(arrangement) {
    updateGrid();
}

CanvasLayout CanvasLayout::arranged(Arrangement arrangement) const {
    CanvasLayout copy = *this;
    copy.m_arrangement = arrangement;
    return copy;
}

bool CanvasLayout::setContentNeed(Block block, qreal height) {
    m_need[static_cast<int>(block)] = height;
    return updateGrid();
}

bool CanvasLayout::setMirrorNeed(Block block, qreal height) {
    if (!hasMirror(block))
        return false;
    m_mirrorNeed[block == Block::ValuePropositions ? 0 : 1] = height;
    return updateGrid();
}

bool CanvasLayout::setChainDemands(const std::vector<ChainDemand>& chains) {
    if (chains == m_chainDemands && m_chainRows.size() == chains.size())
        return false;
    m_chainDemands = chains;
    return updateGrid();
}

qreal CanvasLayout::chainShare(int chainCount) const {
    return std::min(ChainMaxRowHeight, ChainContentHeight / std::max(1, chainCount));
}

bool CanvasLayout::updateGrid() {
    auto need = [&](Block block) {
        const qreal height = m_need[static_cast<int>(block)];
        return height > 0 ? height + BlockChrome : 0.0;
    };
    // Chain rows: as published, or as high as their lines of stages need.
    const int chainCount = static_cast<int>(m_chainDemands.size());
    std::vector<qreal> rows;
    qreal chains = 0;
    for (const ChainDemand& chain : m_chainDemands) {
        const int lines = stageLines(chain.stages);
        const qreal line = std::max(lines > 1 ? StageMinLineHeight : 0.0, chain.textHeight + 2 * 8);
        const qreal stages = lines * line + (lines - 1) * StageGap + 12;
        rows.push_back(std::max(chainShare(chainCount), stages));
        chains += rows.back();
    }
    qreal upper =
        std::max({UpperBand, need(Block::KeyPartners), need(Block::ValuePropositions),
                  need(Block::CustomerSegments),
                  2 * std::max({need(Block::KeyActivities), need(Block::KeyResources),
                                need(Block::CustomerRelationships), need(Block::Channels)})});
    qreal lower = std::max({LowerBand, need(Block::CostStructure), need(Block::RevenueStreams)});
    std::array<qreal, 4> omc{
        std::max({OmcRowHeight, need(Block::Locations), need(Block::Suppliers)}),
        std::max({OmcChainHeight, need(Block::ValueChains), chains + BlockChrome}),
        std::max({OmcRowHeight, need(Block::Organisation), need(Block::Information)}),
        std::max(OmcRowHeight, need(Block::ManagementSystem))};
    auto mirror = [&](int i) { return m_mirrorNeed[i] > 0 ? m_mirrorNeed[i] + BlockChrome : 0.0; };
    qreal top = std::max(MirrorSplit, mirror(0));
    qreal bottom = std::max(MirrorSplit, mirror(1));
    const qreal body = std::max({upper + lower, omc[0] + omc[1] + omc[2] + omc[3], top + bottom});
    stretch<2>({&upper, &lower}, body);
    stretch<4>({&omc[0], &omc[1], &omc[2], &omc[3]}, body);
    stretch<2>({&top, &bottom}, body);

    bool changed = differs(body, m_body) || differs(upper, m_upper) || differs(top, m_mirrorTop) ||
                   rows.size() != m_chainRows.size();
    for (std::size_t i = 0; i < omc.size(); ++i)
        changed = changed || differs(omc[i], m_omcRows[i]);
    for (std::size_t i = 0; !changed && i < rows.size(); ++i)
        changed = differs(rows[i], m_chainRows[i]);
    m_body = body;
    m_upper = upper;
    m_omcRows = omc;
    m_mirrorTop = top;
    m_chainRows = std::move(rows);
    return changed;
}

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
        return {0, HeaderHeight + m_body + FooterHeight + CanvasGap};
    case Arrangement::OperatingOnly:
        return {0, 0};
    default:
        return {BodyWidth + CanvasGap, 0};
    }
}

QRectF CanvasLayout::canvasRect(Canvas canvas) const {
    return {origin(canvas), QSizeF(BodyWidth, HeaderHeight + m_body + FooterHeight)};
}

QRectF CanvasLayout::headerRect(Canvas canvas) const {
    return {origin(canvas), QSizeF(BodyWidth, HeaderHeight)};
}

QRectF CanvasLayout::bodyRect(Canvas canvas) const {
    return {origin(canvas) + QPointF(0, HeaderHeight), QSizeF(BodyWidth, m_body)};
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
    const qreal upper = m_upper;
    const qreal lower = m_body - m_upper;
    const qreal half = upper / 2;
    const qreal chainTop = m_omcRows[0];
    const qreal orgTop = chainTop + m_omcRows[1];
    const qreal managementTop = orgTop + m_omcRows[2];
    switch (block) {
    case Block::KeyPartners:
        return {0, 0, ColumnWidth, upper};
    case Block::KeyActivities:
        return {ColumnWidth, 0, ColumnWidth, half};
    case Block::KeyResources:
        return {ColumnWidth, half, ColumnWidth, half};
    case Block::ValuePropositions:
        return {2 * ColumnWidth, 0, ColumnWidth, upper};
    case Block::CustomerRelationships:
        return {3 * ColumnWidth, 0, ColumnWidth, half};
    case Block::Channels:
        return {3 * ColumnWidth, half, ColumnWidth, half};
    case Block::CustomerSegments:
        return {4 * ColumnWidth, 0, ColumnWidth, upper};
    case Block::CostStructure:
        return {0, upper, BodyWidth / 2, lower};
    case Block::RevenueStreams:
        return {BodyWidth / 2, upper, BodyWidth / 2, lower};
    case Block::Locations:
        return {0, 0, OmcLeftWidth / 2, chainTop};
    case Block::Suppliers:
        return {OmcLeftWidth / 2, 0, OmcLeftWidth / 2, chainTop};
    case Block::ValueChains:
        return {0, chainTop, OmcLeftWidth, m_omcRows[1]};
    case Block::Organisation:
        return {0, orgTop, OmcLeftWidth / 2, m_omcRows[2]};
    case Block::Information:
        return {OmcLeftWidth / 2, orgTop, OmcLeftWidth / 2, m_omcRows[2]};
    case Block::ManagementSystem:
        return {0, managementTop, OmcLeftWidth, m_omcRows[3]};
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
    const bool first = block == Block::ValuePropositions;
    return QRectF(OmcLeftWidth, first ? 0 : m_mirrorTop, ColumnWidth,
                  first ? m_mirrorTop : m_body - m_mirrorTop)
        .translated(topLeft);
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
    // Stored rows as the chains asked; a row beyond them (the one a new
    // chain would take) follows at the published share.
    const int stored = std::min(row, static_cast<int>(m_chainRows.size()));
    qreal top = content.top();
    for (int i = 0; i < stored; ++i)
        top += m_chainRows[i];
    const qreal share = chainShare(chainCount);
    top += (row - stored) * share;
    const qreal height = row < static_cast<int>(m_chainRows.size()) ? m_chainRows[row] : share;
    return {content.left(), top, content.width(), height};
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

int CanvasLayout::stagesPerLine(int stageCount) {
    // As many as stay StageMinWidth wide, nested by the nominal depth.
    const qreal area = OmcLeftWidth - 2 * Padding - ChainLabelWidth;
    const qreal overlap = StageNominalDepth - StageGap;
    const int fitting = std::max(1, static_cast<int>((area - overlap) / (StageMinWidth - overlap)));
    const int count = std::max(1, stageCount);
    const int lines = (count + fitting - 1) / fitting;
    return (count + lines - 1) / lines; // balanced lines
}

int CanvasLayout::stageLines(int stageCount) {
    const int count = std::max(1, stageCount);
    const int perLine = stagesPerLine(count);
    return (count + perLine - 1) / perLine;
}

qreal CanvasLayout::stageWidthFor(int stageCount) {
    const qreal area = OmcLeftWidth - 2 * Padding - ChainLabelWidth;
    const int perLine = stagesPerLine(stageCount);
    const qreal width = (area + (perLine - 1) * (StageNominalDepth - StageGap)) / perLine;
    return std::min(width, StageMaxWidth);
}

qreal CanvasLayout::stageTextWidth(int stageCount) {
    // NoteItem's text rect of a stage that is not first, at the nominal
    // depth: a shallower chevron only leaves more room.
    return stageWidthFor(stageCount) - 2 * StageNominalDepth - 12;
}

QRectF CanvasLayout::stageRect(int row, int chainCount, int stage, int stageCount) const {
    const QRectF area = chainStagesRect(row, chainCount);
    const int perLine = stagesPerLine(stageCount);
    const int lines = stageLines(stageCount);
    const qreal lineHeight = (area.height() - (lines - 1) * StageGap) / lines;
    const int line = stage / perLine;
    const int column = stage % perLine;
    const qreal depth = std::min(StageNominalDepth, lineHeight * 0.22);
    // Chevrons nest: each overlaps the previous one by its point depth.
    const qreal width =
        std::min(StageMaxWidth, (area.width() + (perLine - 1) * (depth - StageGap)) / perLine);
    const qreal pitch = width - depth + StageGap;
    return {area.left() + column * pitch, area.top() + line * (lineHeight + StageGap), width,
            lineHeight};
}

int CanvasLayout::stageIndexAt(const QPointF& point, int row, int chainCount,
                               int stageCount) const {
    int index = 0;
    for (int i = 0; i < stageCount; ++i) {
        const QRectF rect = stageRect(row, chainCount, i, stageCount);
        const bool before =
            rect.bottom() < point.y() || (rect.top() <= point.y() && rect.center().x() < point.x());
        if (before)
            index = i + 1;
    }
    return index;
}

int CanvasLayout::stageIndexAt(qreal x, int row, int chainCount, int stageCount) const {
    const QRectF first = stageRect(row, chainCount, 0, std::max(1, stageCount));
    return stageIndexAt(QPointF(x, first.center().y()), row, chainCount, stageCount);
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
