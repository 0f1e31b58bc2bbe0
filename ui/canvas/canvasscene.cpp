#include "canvasscene.h"

#include "blockitem.h"
#include "canvasdecorations.h"
#include "canvasframeitem.h"
#include "cardlayer.h"
#include "chainitem.h"
#include "linklayer.h"
#include "noteeditor.h"
#include "noteitem.h"

namespace tandem {

namespace {

constexpr qreal SceneMargin = 80;

} // namespace

CanvasScene::CanvasScene(Document* document, QObject* parent)
    : QGraphicsScene(parent)
    , m_document(document) {
    for (Canvas canvas : {Canvas::Business, Canvas::Operating}) {
        auto* frame = new CanvasFrameItem(canvas);
        addItem(frame);
        m_frames[static_cast<int>(canvas)] = frame;
    }
    for (Block block : allBlocks()) {
        auto* item = new BlockItem(block, false);
        addItem(item);
        m_blocks[static_cast<int>(block)] = item;
    }
    m_mirrorBlocks[0] = new BlockItem(Block::ValuePropositions, true);
    m_mirrorBlocks[1] = new BlockItem(Block::CustomerSegments, true);
    for (BlockItem* mirror : m_mirrorBlocks)
        addItem(mirror);
    m_linkLayer = new LinkLayer(this);
    addItem(m_linkLayer);
    m_cardLayer = new CardLayer(this);
    addItem(m_cardLayer);
    connect(this, &CanvasScene::layoutChanged, this, [this] {
        ++m_generation;
        if (m_farView)
            m_cardLayer->refresh();
    });
    connect(document, &Document::changed, this, [this] { ++m_generation; });

    connect(document, &Document::elementAdded, this, &CanvasScene::onElementAdded);
    connect(document, &Document::elementRemoved, this, &CanvasScene::onElementRemoved);
    connect(document, &Document::elementChanged, this, &CanvasScene::onElementChanged);
    connect(document, &Document::elementMoved, this, &CanvasScene::onElementMoved);
    connect(document, &Document::chainAdded, this, &CanvasScene::rebuildChains);
    connect(document, &Document::chainRemoved, this, &CanvasScene::rebuildChains);
    connect(document, &Document::chainChanged, this, &CanvasScene::rebuildChains);
    connect(document, &Document::chainsReordered, this, &CanvasScene::rebuildChains);
    connect(document, &Document::sessionReset, this, &CanvasScene::rebuild);
    connect(document, &Document::infoChanged, this, &CanvasScene::refreshFrames);
    rebuild();
    m_decorations = new CanvasDecorations(this);
}

CanvasScene::~CanvasScene() {
    // Removing the items would announce selection changes to listeners that
    // may already be half gone.
    blockSignals(true);
    // The editor is a QObject; let it go before the items it refers to.
    if (m_editor)
        delete m_editor.data();
}

void CanvasScene::setArrangement(Arrangement arrangement) {
    if (arrangement == m_layout.arrangement())
        return;
    m_layout.setArrangement(arrangement);
    commitEditing();
    relayoutAll();
    updateVisibility();
}

void CanvasScene::refreshAppearance() {
    const QStringList selected = selectedIds();
    // Deselect while the items are whole: listeners react to the change.
    clearSelection();
    rebuild();
    selectIds(selected);
    Q_EMIT layoutChanged();
}

// --- keeping items in step with the document --------------------------------

void CanvasScene::rebuild() {
    if (m_editor) {
        m_editor->cancel();
        finishEditor();
    }
    m_dragStart.clear();
    const auto notes = m_notes.values() + m_mirrors.values();
    for (NoteItem* item : notes)
        delete item;
    m_notes.clear();
    m_mirrors.clear();
    for (ChainItem* chain : std::as_const(m_chains))
        delete chain;
    m_chains.clear();
    const CanvasState& state = m_document->state();
    // Notes must know their heights, and stages the height of their text
    // at their chain's width, before they are placed: in a large session,
    // measure them all at once on all cores. Their text is then laid out
    // when first painted, which the far view never does.
    std::vector<NoteItem::Measure> measures;
    for (Block block : allBlocks()) {
        for (const Element& element : state.elements(block))
            measures.push_back({&element});
    }
    const std::size_t noteCount = measures.size();
    for (const ValueChain& chain : state.chains) {
        const qreal width = CanvasLayout::stageTextWidth(static_cast<int>(chain.stages.size()));
        for (const Element& stage : chain.stages)
            measures.push_back({&stage, width});
    }
    const std::vector<qreal> heights = NoteItem::measureHeights(measures);
    for (std::size_t i = 0; i < measures.size(); ++i) {
        const std::optional<qreal> height =
            heights.empty() || i >= noteCount ? std::nullopt : std::optional(heights[i]);
        createNoteItems(measures[i].element->id, height);
        if (!heights.empty() && i >= noteCount) {
            if (NoteItem* stage = m_notes.value(measures[i].element->id))
                stage->setStageTextHeight(measures[i].stageWidth, heights[i]);
        }
    }
    // relayoutAll() places the chains with everything else.
    m_rebuilding = true;
    rebuildChains();
    m_rebuilding = false;
    relayoutAll();
    refreshFrames();
    updateVisibility();
}

void CanvasScene::createNoteItems(const QString& id, std::optional<qreal> measuredHeight) {
    const auto place = m_document->placeOf(id);
    const Element* element = m_document->element(id);
    if (!place || !element || m_notes.contains(id))
        return;
    const Block block = place->block;
    auto* item = new NoteItem(id, place->isStage() ? NoteItem::Role::Stage : NoteItem::Role::Note);
    item->refresh(*element, block, measuredHeight);
    item->setFarView(m_farView);
    if (m_exportMode)
        item->setCacheMode(QGraphicsItem::NoCache);
    addItem(item);
    m_notes.insert(id, item);
    if (CanvasLayout::hasMirror(block)) {
        auto* mirror = new NoteItem(id, NoteItem::Role::Mirror);
        // As wide as the note, so as high.
        mirror->refresh(*element, block, item->size().height());
        mirror->setFarView(m_farView);
        if (m_exportMode)
            mirror->setCacheMode(QGraphicsItem::NoCache);
        addItem(mirror);
        m_mirrors.insert(id, mirror);
    }
    const bool visible = m_layout.isVisible(canvasOf(block));
    item->setVisible(visible);
    if (NoteItem* mirror = m_mirrors.value(id))
        mirror->setVisible(m_layout.isVisible(Canvas::Operating));
    // Money and lens, after the mirror took the note's own height.
    if (m_decorations) {
        m_decorations->dress(item);
        if (NoteItem* mirror = m_mirrors.value(id))
            m_decorations->dress(mirror);
    }
}

void CanvasScene::destroyNoteItems(const QString& id) {
    NoteItem* item = m_notes.take(id);
    NoteItem* mirror = m_mirrors.take(id);
    if (m_editor && m_editedItem && (m_editedItem == item || m_editedItem == mirror)) {
        m_editedItem = nullptr;
        m_editor->cancel();
    }
    m_dragStart.remove(id);
    delete item;
    delete mirror;
}

void CanvasScene::refreshNote(const QString& id) {
    const Element* element = m_document->element(id);
    const auto block = m_document->blockOf(id);
    if (!element || !block)
        return;
    if (NoteItem* item = m_notes.value(id))
        item->refresh(*element, *block);
    if (NoteItem* mirror = m_mirrors.value(id))
        mirror->refresh(*element, *block);
}

void CanvasScene::onElementAdded(const QString& id) {
    createNoteItems(id);
    if (const auto block = m_document->blockOf(id))
        relayoutBlock(*block);
}

void CanvasScene::onElementRemoved(const QString& id, const Place& from) {
    destroyNoteItems(id);
    relayoutBlock(from.block);
}

void CanvasScene::onElementChanged(const QString& id) {
    refreshNote(id);
    if (const auto block = m_document->blockOf(id))
        relayoutBlock(*block);
}

void CanvasScene::onElementMoved(const QString& id, const Place& from, const Place& to) {
    if (CanvasLayout::hasMirror(from.block) != CanvasLayout::hasMirror(to.block)) {
        // Gains or loses its mirror in the OMC: recreate the items.
        const bool selected = m_notes.value(id) && m_notes.value(id)->isSelected();
        destroyNoteItems(id);
        createNoteItems(id);
        if (selected)
            m_notes.value(id)->setSelected(true);
    } else {
        refreshNote(id);
    }
    relayoutBlock(from.block);
    if (to.block != from.block)
        relayoutBlock(to.block);
}

void CanvasScene::rebuildChains() {
    const auto& chains = m_document->state().chains;
    QSet<QString> chainIds;
    QSet<QString> stageIds;
    for (const ValueChain& chain : chains) {
        chainIds.insert(chain.id);
        if (!m_chains.contains(chain.id)) {
            auto* item = new ChainItem(chain.id);
            addItem(item);
            item->setVisible(m_layout.isVisible(Canvas::Operating));
            m_chains.insert(chain.id, item);
        }
        for (const Element& stage : chain.stages) {
            stageIds.insert(stage.id);
            if (!m_notes.contains(stage.id))
                createNoteItems(stage.id); // a chain came back with its stages
            else
                refreshNote(stage.id);
        }
    }
    for (const QString& id : m_chains.keys()) {
        if (!chainIds.contains(id))
            delete m_chains.take(id);
    }
    // Stages of a removed chain go with it, without signals of their own.
    QStringList orphans;
    for (auto it = m_notes.cbegin(); it != m_notes.cend(); ++it) {
        if (it.value()->isStage() && !stageIds.contains(it.key()))
            orphans.append(it.key());
    }
    for (const QString& id : orphans)
        destroyNoteItems(id);
    if (!m_rebuilding)
        relayoutChains();
}

void CanvasScene::updateVisibility() {
    const bool business = m_layout.isVisible(Canvas::Business);
    const bool operating = m_layout.isVisible(Canvas::Operating);
    auto visibleFor = [&](Canvas canvas) {
        return canvas == Canvas::Business ? business : operating;
    };
    for (CanvasFrameItem* frame : m_frames)
        frame->setVisible(visibleFor(frame->canvas()));
    for (BlockItem* item : m_blocks)
        item->setVisible(visibleFor(canvasOf(item->block())));
    for (BlockItem* mirror : m_mirrorBlocks)
        mirror->setVisible(operating);
    for (NoteItem* item : std::as_const(m_notes)) {
        const bool visible = visibleFor(canvasOf(item->block()));
        if (!visible)
            item->setSelected(false);
        item->setVisible(visible);
    }
    for (NoteItem* mirror : std::as_const(m_mirrors))
        mirror->setVisible(operating);
    for (ChainItem* chain : std::as_const(m_chains)) {
        if (!operating)
            chain->setSelected(false);
        chain->setVisible(operating);
    }
    updateSceneRect();
    Q_EMIT layoutChanged();
}

void CanvasScene::updateSceneRect() {
    setSceneRect(
        m_layout.sceneRect().adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin));
}

void CanvasScene::refreshFrames() {
    const SessionInfo& info = m_document->info();
    QStringList parts;
    for (const QString& part : {info.title, info.organisation, info.date}) {
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    }
    const QString subtitle = parts.join(QStringLiteral("  \u00b7  "));
    for (CanvasFrameItem* frame : m_frames)
        frame->setSubtitle(subtitle);
}

// --- display modes ----------------------------------------------------------

void CanvasScene::setExportMode(bool on) {
    if (on == m_exportMode)
        return;
    m_exportMode = on;
    if (on) {
        // What the last edits changed shows on the page too.
        m_decorations->flush();
        // Exports show every note and link in full; the view decides
        // again at its next paint.
        setFarView(false);
        m_linkLayer->setRestingShown(true);
    }
    // The screen's bitmaps of notes would reach a PDF or SVG as pictures:
    // exports paint the items themselves (the link layer draws vectors
    // whenever the scene exports).
    const auto cache = on ? QGraphicsItem::NoCache : QGraphicsItem::DeviceCoordinateCache;
    for (NoteItem* item : std::as_const(m_notes))
        item->setCacheMode(cache);
    for (NoteItem* item : std::as_const(m_mirrors))
        item->setCacheMode(cache);
    if (m_editor)
        m_editor->setVisible(!on);
    update();
}

bool CanvasScene::setFarView(bool far) {
    far = far && !m_exportMode;
    if (far == m_farView)
        return false;
    m_farView = far;
    for (NoteItem* item : std::as_const(m_notes))
        item->setFarView(far);
    for (NoteItem* item : std::as_const(m_mirrors))
        item->setFarView(far);
    m_cardLayer->setVisible(far);
    if (far)
        m_cardLayer->refresh();
    update();
    return true;
}

int CanvasScene::visibleNotesIn(const QRectF& rect) const {
    int count = 0;
    forEachNoteItem([&](const NoteItem* item) {
        if (item->isVisible() && rect.intersects(item->sceneCard()))
            ++count;
    });
    return count;
}

} // namespace tandem
