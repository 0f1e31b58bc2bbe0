// CanvasScene, continued: the selection in reading order, the current place
// (where a new note goes), and dragging notes to another place.

#include "canvasscene.h"

#include "chainitem.h"
#include "dropplanner.h"
#include "noteitem.h"

#include <QGraphicsSceneMouseEvent>

namespace tandem {

QStringList CanvasScene::readingOrder() const {
    QStringList ids;
    ids.reserve(m_notes.size());
    const CanvasState& state = m_document->state();
    for (Block block : allBlocks()) {
        if (block == Block::ValueChains) {
            for (const ValueChain& chain : state.chains) {
                for (const Element& stage : chain.stages)
                    ids.append(stage.id);
            }
            continue;
        }
        for (const Element& element : state.elements(block))
            ids.append(element.id);
    }
    return ids;
}

QStringList CanvasScene::selectedIds() const {
    QSet<QString> selected;
    for (QGraphicsItem* item : selectedItems()) {
        if (item->type() == NoteItem::Type)
            selected.insert(static_cast<NoteItem*>(item)->elementId());
    }
    if (selected.isEmpty())
        return {};
    QStringList ordered;
    for (const QString& id : readingOrder()) {
        if (selected.contains(id))
            ordered.append(id);
    }
    return ordered;
}

QString CanvasScene::selectedChainId() const {
    for (QGraphicsItem* item : selectedItems()) {
        if (item->type() == ChainItem::Type)
            return static_cast<ChainItem*>(item)->chainId();
    }
    return {};
}

void CanvasScene::selectIds(const QStringList& ids) {
    clearSelection();
    for (const QString& id : ids) {
        if (NoteItem* item = m_notes.value(id); item && item->isVisible())
            item->setSelected(true);
    }
}

void CanvasScene::selectChain(const QString& chainId) {
    clearSelection();
    if (ChainItem* item = m_chains.value(chainId))
        item->setSelected(true);
}

Place CanvasScene::currentPlace() const {
    const QStringList selected = selectedIds();
    if (!selected.isEmpty()) {
        if (const auto place = m_document->placeOf(selected.last())) {
            if (place->isStage())
                return Place{Block::ValueChains, place->chainId, place->index + 1};
            return Place{place->block, {}, -1};
        }
    }
    const QString chain = selectedChainId();
    if (!chain.isEmpty())
        return Place{Block::ValueChains, chain, -1};
    Place place = m_currentPlace;
    if (place.isStage() && m_document->chainIndex(place.chainId) < 0) {
        const auto& chains = m_document->state().chains;
        place.chainId = chains.empty() ? QString() : chains.front().id;
        place.index = -1;
    }
    return place;
}

void CanvasScene::setCurrentPlace(const Place& place) {
    if (place == m_currentPlace)
        return;
    m_currentPlace = place;
    Q_EMIT currentPlaceChanged();
}

void CanvasScene::noteSelectionChanged(NoteItem* item) {
    if (item->role() == NoteItem::Role::Note) {
        if (NoteItem* mirror = m_mirrors.value(item->elementId()))
            mirror->setMirrorSelected(item->isSelected());
    }
}

// --- dragging ---------------------------------------------------------------

void CanvasScene::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    QGraphicsScene::mousePressEvent(event);
    const int chainCount = static_cast<int>(m_document->state().chains.size());
    if (const auto hit = m_layout.hitTest(event->scenePos(), chainCount)) {
        Place place{hit->block, {}, -1};
        if (hit->block == Block::ValueChains && hit->chainRow >= 0)
            place.chainId = m_document->state().chains[hit->chainRow].id;
        setCurrentPlace(place);
    }
    m_dragStart.clear();
    if (event->button() != Qt::LeftButton)
        return;
    for (QGraphicsItem* item : selectedItems()) {
        if (item->type() == NoteItem::Type && (item->flags() & QGraphicsItem::ItemIsMovable))
            m_dragStart.insert(static_cast<NoteItem*>(item)->elementId(), item->pos());
    }
}

void CanvasScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event) {
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton)
        commitDrag();
}

void CanvasScene::commitDrag() {
    std::vector<NoteItem*> dropped;
    for (auto it = m_dragStart.cbegin(); it != m_dragStart.cend(); ++it) {
        NoteItem* item = m_notes.value(it.key());
        if (item && (item->pos() - it.value()).manhattanLength() > 0.5)
            dropped.push_back(item);
    }
    m_dragStart.clear();
    if (dropped.empty())
        return;
    QSet<Block> touched;
    for (NoteItem* item : dropped)
        touched.insert(item->block());
    const QStringList ids = [&] {
        QStringList list;
        for (NoteItem* item : dropped)
            list.append(item->elementId());
        return list;
    }();
    const auto moves = DropPlanner(*m_document, m_layout).plan(dropped);
    m_document->moveElements(moves);
    // Whatever was refused, or did not change, goes back to its place.
    for (Block block : touched)
        relayoutBlock(block);
    selectIds(ids);
}

} // namespace tandem
