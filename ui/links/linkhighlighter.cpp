#include "linkhighlighter.h"

#include "canvasscene.h"
#include "linklayer.h"
#include "noteitem.h"

#include <QTimer>

namespace tandem {

LinkHighlighter::LinkHighlighter(CanvasScene* scene, QObject* parent)
    : QObject(parent)
    , m_scene(scene)
    , m_document(scene->document())
    , m_applyTimer(new QTimer(this))
    , m_hoverTimer(new QTimer(this)) {
    m_applyTimer->setSingleShot(true);
    m_applyTimer->setInterval(0);
    connect(m_applyTimer, &QTimer::timeout, this, &LinkHighlighter::applyNow);
    m_hoverTimer->setSingleShot(true);
    m_hoverTimer->setInterval(HoverDelayMs);
    connect(m_hoverTimer, &QTimer::timeout, this, [this] { setHoveredIdNow(m_pendingHover); });
    // The selection answers at once; document and layout changes come in
    // bursts (and may recreate note items), so they are coalesced.
    connect(scene, &QGraphicsScene::selectionChanged, this, &LinkHighlighter::applyNow);
    connect(scene, &CanvasScene::layoutChanged, this, &LinkHighlighter::schedule);
    connect(m_document, &Document::changed, this, &LinkHighlighter::schedule);
    connect(m_document, &Document::sessionReset, this, &LinkHighlighter::schedule);
}

void LinkHighlighter::setEnabled(bool enabled) {
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    applyNow();
}

void LinkHighlighter::setHoveredId(const QString& id) {
    m_pendingHover = id;
    if (id == m_hovered) {
        m_hoverTimer->stop();
        return;
    }
    // Leaving a note for empty canvas falls back to the selection quickly.
    m_hoverTimer->start(id.isEmpty() ? HoverDelayMs / 2 : HoverDelayMs);
}

void LinkHighlighter::setHoveredIdNow(const QString& id) {
    m_hoverTimer->stop();
    m_pendingHover = id;
    if (id == m_hovered)
        return;
    m_hovered = id;
    applyNow();
}

void LinkHighlighter::schedule() {
    m_applyTimer->start();
}

void LinkHighlighter::applyNow() {
    m_applyTimer->stop();
    QSet<QString> focus;
    if (m_enabled) {
        if (!m_hovered.isEmpty() && m_document->isElement(m_hovered)) {
            focus.insert(m_hovered);
        } else {
            const QStringList selected = m_scene->selectedIds();
            focus = QSet<QString>(selected.begin(), selected.end());
            // A selected chain stands for its stages.
            if (const ValueChain* chain = m_document->chain(m_scene->selectedChainId())) {
                for (const Element& stage : chain->stages)
                    focus.insert(stage.id);
            }
        }
    }
    QSet<QString> linked;
    if (!focus.isEmpty()) {
        for (const Link& link : m_document->state().links) {
            if (focus.contains(link.from))
                linked.insert(link.to);
            if (focus.contains(link.to))
                linked.insert(link.from);
        }
    }
    if (linked.isEmpty())
        focus.clear(); // nothing to show: leave the canvas as it is
    m_focus = focus;
    m_linked = linked;

    const bool active = !focus.isEmpty();
    const QStringList ids = m_scene->readingOrder();
    for (const QString& id : ids) {
        NoteItem::Emphasis emphasis = NoteItem::Emphasis::Normal;
        if (active && !focus.contains(id))
            emphasis =
                linked.contains(id) ? NoteItem::Emphasis::Highlighted : NoteItem::Emphasis::Dimmed;
        if (NoteItem* item = m_scene->noteItem(id))
            item->setEmphasis(emphasis);
        if (NoteItem* mirror = m_scene->mirrorItem(id))
            mirror->setEmphasis(emphasis);
    }
    if (LinkLayer* layer = m_scene->linkLayer())
        layer->setFocusIds(focus);
}

} // namespace tandem
