#include "exportmodeguard.h"

#include "canvasscene.h"

namespace tandem {

ExportModeGuard::ExportModeGuard(CanvasScene* scene, Arrangement arrangement)
    : m_scene(scene) {
    m_wasExporting = scene->exportMode();
    m_arrangement = scene->arrangement();
    m_selection = scene->selectedIds();
    m_selectedChain = scene->selectedChainId();
    scene->setExportMode(true);
    scene->setArrangement(arrangement);
    // Items (links, markers, anything added later) may cache themselves for
    // a smooth editor; QGraphicsScene::render would then paint the cache.
    const auto items = scene->items();
    for (QGraphicsItem* item : items) {
        if (item->cacheMode() != QGraphicsItem::NoCache) {
            m_caches.insert(item, item->cacheMode());
            item->setCacheMode(QGraphicsItem::NoCache);
        }
    }
}

ExportModeGuard::~ExportModeGuard() {
    if (!m_scene)
        return;
    const auto items = m_scene->items();
    for (QGraphicsItem* item : items) {
        const auto cached = m_caches.constFind(item);
        if (cached != m_caches.cend())
            item->setCacheMode(cached.value());
    }
    m_scene->setArrangement(m_arrangement);
    m_scene->setExportMode(m_wasExporting);
    if (m_scene->selectedIds() != m_selection || m_scene->selectedChainId() != m_selectedChain) {
        if (m_selection.isEmpty() && !m_selectedChain.isEmpty())
            m_scene->selectChain(m_selectedChain);
        else
            m_scene->selectIds(m_selection);
    }
}

} // namespace tandem
