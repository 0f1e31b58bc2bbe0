// CanvasScene, continued: placing the items with CanvasLayout and
// NotePacker, growing the grid where a block is crowded.

#include "canvasscene.h"

#include "blockitem.h"
#include "canvasframeitem.h"
#include "chainitem.h"
#include "noteitem.h"

#include <algorithm>

namespace tandem {

std::vector<NoteDemand> CanvasScene::demandsOf(Block block, bool mirrors) const {
    const auto& elements = m_document->state().elements(block);
    std::vector<NoteDemand> demands;
    demands.reserve(elements.size());
    for (const Element& element : elements) {
        const NoteItem* item = mirrors ? m_mirrors.value(element.id) : m_notes.value(element.id);
        if (item)
            demands.push_back({item->size(), mirrors ? std::nullopt : element.at});
    }
    return demands;
}

std::vector<ChainDemand> CanvasScene::chainDemands() const {
    std::vector<ChainDemand> demands;
    for (const ValueChain& chain : m_document->state().chains) {
        const int count = static_cast<int>(chain.stages.size());
        ChainDemand demand{count, 0};
        const qreal width = CanvasLayout::stageTextWidth(count);
        for (const Element& stage : chain.stages) {
            if (NoteItem* item = m_notes.value(stage.id))
                demand.textHeight = std::max(demand.textHeight, item->stageTextHeight(width));
        }
        demands.push_back(demand);
    }
    return demands;
}

bool CanvasScene::updateNeed(Block block) {
    if (block == Block::ValueChains)
        return m_layout.setChainDemands(chainDemands());
    const auto need = [&](const QRectF& frame, const QRectF& content, bool mirrors) {
        const auto demands = demandsOf(block, mirrors);
        const qreal height = NotePacker::neededHeight(frame, content, demands);
        // Only what goes beyond the published block is a need.
        return height > content.height() + 0.5 ? height : 0.0;
    };
    // Asked of the published grid, so that a block shrinks back as well.
    const CanvasLayout published(m_layout.arrangement());
    bool changed = m_layout.setContentNeed(
        block, need(published.blockRect(block), published.contentRect(block), false));
    if (CanvasLayout::hasMirror(block)) {
        changed = m_layout.setMirrorNeed(block, need(published.mirrorRect(block),
                                                     published.mirrorContentRect(block), true)) ||
                  changed;
    }
    return changed;
}

void CanvasScene::applyGrid() {
    for (CanvasFrameItem* frame : m_frames)
        frame->setRect(m_layout.canvasRect(frame->canvas()));
    for (BlockItem* item : m_blocks)
        item->setRect(m_layout.blockRect(item->block()));
    for (BlockItem* mirror : m_mirrorBlocks)
        mirror->setRect(m_layout.mirrorRect(mirror->block()));
    updateSceneRect();
}

void CanvasScene::relayoutBlock(Block block) {
    if (updateNeed(block)) {
        relayoutAll();
        return;
    }
    if (block == Block::ValueChains)
        placeChains();
    else
        placeBlock(block);
    Q_EMIT layoutChanged();
}

void CanvasScene::relayoutChains() {
    relayoutBlock(Block::ValueChains);
}

void CanvasScene::relayoutAll() {
    for (Block block : allBlocks())
        updateNeed(block);
    applyGrid();
    for (Block block : allBlocks()) {
        if (block == Block::ValueChains)
            placeChains();
        else
            placeBlock(block);
    }
    Q_EMIT layoutChanged();
}

void CanvasScene::placeBlock(Block block) {
    const auto& elements = m_document->state().elements(block);
    const NotePacking packing = NotePacker::pack(
        m_layout.blockRect(block), m_layout.contentRect(block), demandsOf(block, false));
    std::size_t next = 0;
    for (const Element& element : elements) {
        NoteItem* item = m_notes.value(element.id);
        if (!item || next >= packing.rects.size())
            continue;
        item->setScale(packing.scale);
        item->setPos(packing.rects[next++].topLeft());
    }
    blockItem(block)->setEmpty(elements.empty());
    if (CanvasLayout::hasMirror(block))
        placeMirror(block);
}

void CanvasScene::placeMirror(Block block) {
    const auto& elements = m_document->state().elements(block);
    const NotePacking packing = NotePacker::pack(
        m_layout.mirrorRect(block), m_layout.mirrorContentRect(block), demandsOf(block, true));
    std::size_t next = 0;
    for (const Element& element : elements) {
        NoteItem* mirror = m_mirrors.value(element.id);
        if (!mirror || next >= packing.rects.size())
            continue;
        mirror->setScale(packing.scale);
        mirror->setPos(packing.rects[next++].topLeft());
    }
    m_mirrorBlocks[block == Block::ValuePropositions ? 0 : 1]->setEmpty(elements.empty());
}

void CanvasScene::placeChains() {
    const auto& chains = m_document->state().chains;
    const int count = static_cast<int>(chains.size());
    for (int row = 0; row < count; ++row) {
        const ValueChain& chain = chains[row];
        const int stageCount = static_cast<int>(chain.stages.size());
        if (ChainItem* item = m_chains.value(chain.id)) {
            item->setGeometry(m_layout.chainRowRect(row, count),
                              m_layout.chainLabelRect(row, count),
                              m_layout.stageRect(row, count, 0, 1));
            item->refresh(chain.name, stageCount);
        }
        for (int i = 0; i < stageCount; ++i) {
            if (NoteItem* stage = m_notes.value(chain.stages[i].id))
                stage->setStageRect(m_layout.stageRect(row, count, i, stageCount), i == 0);
        }
    }
    blockItem(Block::ValueChains)->setEmpty(count == 0);
}

qreal CanvasScene::smallestNoteScale(bool business, bool operating) const {
    qreal smallest = 1;
    for (const NoteItem* item : m_notes) {
        const bool shown = canvasOf(item->block()) == Canvas::Business ? business : operating;
        if (shown)
            smallest = std::min(smallest, item->scale());
    }
    if (operating) {
        for (const NoteItem* mirror : m_mirrors)
            smallest = std::min(smallest, mirror->scale());
    }
    return smallest;
}

} // namespace tandem
