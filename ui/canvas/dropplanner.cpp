#include "dropplanner.h"

#include "noteitem.h"

#include <QHash>

#include <algorithm>

namespace tandem {

DropPlanner::DropPlanner(const Document& document, const CanvasLayout& layout)
    : m_document(document)
    , m_layout(layout) {}

std::optional<ElementMove> DropPlanner::planNote(const NoteItem* item) const {
    const int chainCount = static_cast<int>(m_document.state().chains.size());
    const QPointF center = item->mapToScene(item->cardRect().center());
    const auto hit = m_layout.hitTest(center, chainCount);
    const auto from = m_document.placeOf(item->elementId());
    if (!hit || !from || hit->block == Block::ValueChains)
        return std::nullopt;
    ElementMove move;
    move.id = item->elementId();
    move.to = Place{hit->block, {}, hit->block == from->block ? from->index : -1};
    if (!hit->mirror) {
        // Keep the note where it was dropped, whole inside the block.
        const QRectF content = m_layout.contentRect(hit->block);
        const QPointF topLeft =
            CanvasLayout::clampInto(content, item->pos(), item->sceneCard().size());
        move.at = topLeft - m_layout.blockRect(hit->block).topLeft();
    }
    return move;
}

std::vector<ElementMove> DropPlanner::plan(const std::vector<NoteItem*>& dropped) const {
    std::vector<ElementMove> moves;
    std::vector<const NoteItem*> stages;
    for (const NoteItem* item : dropped) {
        if (item->isMirror())
            continue;
        if (item->isStage()) {
            stages.push_back(item);
        } else if (auto move = planNote(item)) {
            moves.push_back(*move);
        }
    }
    if (stages.empty())
        return moves;

    // Stages: left to right, each inserted among the stages that stay put.
    const auto& chains = m_document.state().chains;
    const int chainCount = static_cast<int>(chains.size());
    std::sort(stages.begin(), stages.end(), [](const NoteItem* a, const NoteItem* b) {
        return a->scenePos().x() < b->scenePos().x();
    });
    QHash<QString, int> placedInChain;
    for (const NoteItem* stage : stages) {
        const QPointF center = stage->mapToScene(stage->cardRect().center());
        const auto hit = m_layout.hitTest(center, chainCount);
        if (!hit || hit->block != Block::ValueChains || hit->chainRow < 0)
            continue;
        const ValueChain& target = chains[hit->chainRow];
        int staying = 0;
        for (const Element& each : target.stages) {
            const bool moving = std::any_of(stages.begin(), stages.end(), [&](const NoteItem* s) {
                return s->elementId() == each.id;
            });
            staying += moving ? 0 : 1;
        }
        const int before = placedInChain.value(target.id);
        const int index =
            m_layout.stageIndexAt(center, hit->chainRow, chainCount, staying) + before;
        placedInChain[target.id] = before + 1;
        moves.push_back(ElementMove{stage->elementId(), Place{Block::ValueChains, target.id, index},
                                    std::nullopt});
    }
    return moves;
}

} // namespace tandem
