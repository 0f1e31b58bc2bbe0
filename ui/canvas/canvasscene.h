#pragma once

#include "canvaslayout.h"
#include "document.h"
#include "noteeditor.h"
#include "notepacking.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>

#include <array>
#include <functional>
#include <optional>
#include <vector>

namespace tandem {

class BlockItem;
class CanvasDecorations;
class CanvasFrameItem;
class CardLayer;
class ChainItem;
class LinkLayer;
class NoteItem;

// The one scene both canvases live in, for the editor and the exporters
// alike. It mirrors the document: one NoteItem per element (plus a mirror for
// the BMC's value propositions and customer segments in the OMC's right-hand
// column), one ChainItem per value chain and fixed block and canvas items.
// Items hold ids; the scene re-reads the document when it signals a change
// and places the items with CanvasLayout. A drag is committed as a single
// move command when the mouse is released.
class CanvasScene : public QGraphicsScene {
    Q_OBJECT

public:
    // Stacking layers. Links (the LinkLayer) draw between chains and notes.
    enum ZLayer : int {
        ZCanvas = 0,
        ZBlock = 10,
        ZChain = 20,
        ZLink = 30,
        ZNote = 40,
        ZMarker = 60,
        ZEditor = 100,
    };

    explicit CanvasScene(Document* document, QObject* parent = nullptr);
    ~CanvasScene() override;

    Document* document() const { return m_document; }
    const CanvasLayout& layout() const { return m_layout; }
    Arrangement arrangement() const { return m_layout.arrangement(); }
    void setArrangement(Arrangement arrangement);
    // Rebuilds every item after the theme's fonts changed (Preferences).
    void refreshAppearance();
    QRectF canvasRect(Canvas canvas) const { return m_layout.canvasRect(canvas); }
    QRectF blockRect(Block block) const { return m_layout.blockRect(block); }

    // Items by id. noteItem() is the editable item; mirrorItem() the copy in
    // the OMC's right-hand column (value propositions and segments only).
    NoteItem* noteItem(const QString& id) const { return m_notes.value(id); }
    NoteItem* mirrorItem(const QString& id) const { return m_mirrors.value(id); }
    ChainItem* chainItem(const QString& chainId) const { return m_chains.value(chainId); }
    BlockItem* blockItem(Block block) const { return m_blocks[static_cast<int>(block)]; }
    CanvasFrameItem* frameItem(Canvas canvas) const { return m_frames[static_cast<int>(canvas)]; }
    // Money on the notes and headers, and the lens (canvasdecorations.h).
    CanvasDecorations* decorations() const { return m_decorations; }
    // Places a block's notes again after a decoration changed their size.
    void relayoutNotesOf(Block block) { relayoutBlock(block); }
    int noteCount() const { return static_cast<int>(m_notes.size()); }
    // The one item that draws every link, under the notes.
    LinkLayer* linkLayer() const { return m_linkLayer; }
    // Calls f(const NoteItem*) for every note item, mirrors included.
    template <typename F> void forEachNoteItem(F&& f) const {
        for (const NoteItem* item : m_notes)
            f(item);
        for (const NoteItem* item : m_mirrors)
            f(item);
    }
    // The smallest scale a note of these canvases is shown at (1 when no
    // block is crowded): exports check it against the legibility floor.
    qreal smallestNoteScale(bool business, bool operating) const;
    // How many shown notes and mirrors lie within a scene rect.
    int visibleNotesIn(const QRectF& rect) const;
    // Counts up whenever the layout or the document changes: lets the view
    // keep what it measured about the scene until then.
    quint64 generation() const { return m_generation; }

    // The far view: notes drawn as plain cards by one CardLayer instead of
    // one by one (the view turns it on when zoomed far out or showing very
    // many notes). Never in export mode. Returns whether it changed.
    bool setFarView(bool far);
    bool farView() const { return m_farView; }
    CardLayer* cardLayer() const { return m_cardLayer; }

    // Every element id in reading order: BMC blocks, then OMC blocks, each
    // in list order; chains top to bottom, stages left to right.
    QStringList readingOrder() const;
    QStringList selectedIds() const; // in reading order
    QString selectedChainId() const;
    void selectIds(const QStringList& ids);
    void selectChain(const QString& chainId);
    // Where a note added with the keyboard or pasted goes: the block of the
    // selection, else the block last clicked.
    Place currentPlace() const;
    void setCurrentPlace(const Place& place);

    // In-place editing. New notes, stages and chains are added to the
    // document only when the editor commits non-empty text (one undo step).
    void beginNewNote(const Place& place, std::optional<QPointF> at = std::nullopt);
    void beginNewChain();
    void editNote(const QString& id, NoteItem* over = nullptr);
    void editChainName(const QString& chainId);
    bool isEditing() const;
    void commitEditing();
    NoteEditor* editor() const { return m_editor; }

    // For the exporters: no selection, hover or editor marks, full detail
    // at any scale, nothing cached as a bitmap.
    void setExportMode(bool on);
    bool exportMode() const { return m_exportMode; }

    // Called by NoteItem when its selection state changes.
    void noteSelectionChanged(NoteItem* item);

Q_SIGNALS:
    void editingFinished();
    void currentPlaceChanged();
    // The view should bring this scene rect into sight.
    void ensureVisibleRequested(const QRectF& rect);
    // Items moved (relayout, arrangement): links and markers follow.
    void layoutChanged();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;

private:
    void rebuild();
    // The note's item, and its mirror where its block has one; measuredHeight
    // as in NoteItem::refresh().
    void createNoteItems(const QString& id, std::optional<qreal> measuredHeight = std::nullopt);
    void destroyNoteItems(const QString& id);
    void refreshNote(const QString& id);
    void rebuildChains();
    // Placing items (canvasscene_layout.cpp). A block whose notes need
    // more or less room than its block gives changes the grid: then every
    // block is placed again.
    void relayoutBlock(Block block);
    void relayoutChains();
    void relayoutAll();
    std::vector<NoteDemand> demandsOf(Block block, bool mirrors) const;
    std::vector<ChainDemand> chainDemands() const;
    bool updateNeed(Block block); // returns whether the grid changed
    void applyGrid();
    void placeBlock(Block block);
    void placeMirror(Block block);
    void placeChains();
    void updateSceneRect();
    void updateVisibility();
    void refreshFrames();
    void commitDrag();
    void startEditor(NoteEditor* editor, const QPointF& pos, NoteItem* covered,
                     std::function<void(const QString&)> onCommit);
    void finishEditor();
    QPointF nextFlowPosition(Block block) const;

    void onElementAdded(const QString& id);
    void onElementRemoved(const QString& id, const tandem::Place& from);
    void onElementChanged(const QString& id);
    void onElementMoved(const QString& id, const tandem::Place& from, const tandem::Place& to);

    Document* m_document;
    CanvasLayout m_layout;
    std::array<BlockItem*, BlockCount> m_blocks{};
    std::array<BlockItem*, 2> m_mirrorBlocks{};
    std::array<CanvasFrameItem*, 2> m_frames{};
    QHash<QString, NoteItem*> m_notes;
    QHash<QString, NoteItem*> m_mirrors;
    QHash<QString, ChainItem*> m_chains;
    QPointer<NoteEditor> m_editor;
    NoteItem* m_editedItem = nullptr;
    QHash<QString, QPointF> m_dragStart;
    Place m_currentPlace{Block::ValuePropositions, {}, -1};
    bool m_exportMode = false;
    bool m_farView = false;
    bool m_rebuilding = false; // rebuild() lays out once, at its end
    quint64 m_generation = 0;
    // The cards of the shown notes and mirrors at m_cardsGeneration, for
    // counting them in sight at every frame of a pan without visiting 10,000
    // items.
    mutable std::vector<QRectF> m_shownCards;
    mutable quint64 m_cardsGeneration = ~quint64(0);
    LinkLayer* m_linkLayer = nullptr;
    CardLayer* m_cardLayer = nullptr;
    CanvasDecorations* m_decorations = nullptr;
};

} // namespace tandem
