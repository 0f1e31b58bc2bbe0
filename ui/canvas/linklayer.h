#pragma once

#include "linktiles.h"
#include "model.h"

#include <QGraphicsObject>
#include <QHash>
#include <QPainterPath>
#include <QPointer>
#include <QSet>

#include <array>
#include <utility>
#include <vector>

namespace tandem {

class CanvasScene;
class LinkFocusItem;
class NoteItem;
namespace linkgeometry {
struct Cubic;
}

// Draws every link of the session between its two notes, across both
// canvases, as one item under the notes (CanvasScene::ZLink): one item routes
// and paints a thousand links much faster than a thousand items, and being
// under the notes a line never hides a note's text.
//
// Ports: each end leaves its card from the edge that faces the other end,
// at right angles to it; stages (chevrons packed edge to edge in a row) are
// entered from above or below. Several links on one edge fan out along it,
// ordered by where they go. A value proposition or customer segment linked
// to an element of the Operating Model Canvas is drawn from its mirror in the
// OMC's right-hand column, where the chains flow into it; links between two
// BMC notes use the BMC notes. A link with an end on a hidden canvas is not
// drawn.
//
// At rest links are bundled, so that a room can still read the canvases on a
// projector (linklayer_bundles.cpp): the links between two blocks share one
// trunk. Each note's link sweeps to a hub on its block's border (its fan),
// the hubs of two blocks are joined once, and links between the canvases run
// along the gap between them, leaving each block at its edge facing the other
// canvas. Trunks and fans are thin and quiet. With focus ids set (the
// selection or the hovered note) the links touching them are drawn strong,
// as direct curves from note to note with their kind, and the rest fainter
// still. The strong ones are drawn by a companion item above the notes, with
// a white casing: a focused curve that crosses a note shows that it passes
// over it instead of seeming to end there. Paths are plain vectors, so the
// exporters get them as vectors; on screen the resting layer is kept as
// bitmap tiles of the view (LinkTiles; never in export mode); in export mode
// every link is drawn at rest.
//
// The layer re-routes lazily, at the next paint, after the layout or the
// links change; its bounding rect is the whole visible canvas area. When
// more than QuietBudget links would be in sight (a generated session of
// thousands, seen whole) the view leaves the resting ones out
// (setRestingShown): the focused links still show, and the rest reappear
// when zoomed in. Exports always draw them all.
class LinkLayer : public QGraphicsObject {
    Q_OBJECT

public:
    enum { Type = QGraphicsItem::UserType + 30 };
    static constexpr int QuietBudget = 900;

    explicit LinkLayer(CanvasScene* scene);
    ~LinkLayer() override;

    int type() const override { return Type; }

    // Links touching one of these element ids are highlighted and the rest
    // dimmed; an empty set draws every link at rest.
    void setFocusIds(const QSet<QString>& ids);
    const QSet<QString>& focusIds() const { return m_focus; }
    bool isHighlighted(const Link& link) const;

    // Marks the routes stale (notes moved); they are rebuilt at next use.
    void invalidate();
    // While notes are dragged: moves the ends of their links along with
    // them, at every size, repainting only those links (the dragged notes
    // are selected, so their links are usually the focused ones, drawn
    // above the cached resting layer). The full routing follows the drop.
    void followMovedNotes(const QSet<QString>& ids);
    // Routes now rather than at the next paint (tests, exporters).
    void ensureRouted();
    // How many links are drawn (both ends on visible canvases).
    int routedCount();
    // How many of them cross a scene rect; when more than QuietBudget do
    // and the links are not routed yet, any number above it.
    int countInSight(const QRectF& sight);
    // Whether the curves at rest are drawn; the view leaves them out when
    // more than QuietBudget are in sight (CanvasView). The focused links
    // and exports are not affected.
    void setRestingShown(bool shown);
    bool restingShown() const { return !(flags() & ItemHasNoContents); }
    // The curve drawn for a link in focus (by from, to and kind), from note
    // to note, or an empty path.
    QPainterPath pathOf(const Link& link);
    // What the link looks like at rest: its two fans from the notes to the
    // hubs of their blocks, plus the trunk it shares with the links between
    // the same two blocks (the direct curve for two notes of one block).
    QPainterPath restingPathOf(const Link& link);
    // The trunk a link shares at rest (empty when its ends share a hub or
    // a block), and how many links share it.
    QPainterPath trunkOf(const Link& link);
    int trunkSize(const Link& link);
    // The two note items a link is drawn between (a note or its mirror),
    // null when an end is not shown.
    std::pair<NoteItem*, NoteItem*> endItems(const Link& link) const;

    // The curve the layer draws from one card to another; `to` may be an
    // empty rect at a point (the rubber curve of the link gesture).
    static QPainterPath curve(const QRectF& from, bool fromStage, const QRectF& to, bool toStage);
    // The item above the notes that draws the focused links.
    QGraphicsObject* focusItem() const;
    // What that item paints.
    void paintFocused(QPainter* painter, const QStyleOptionGraphicsItem* option);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    // The screen's bitmap tiles of the resting links, and forgetting them
    // (tests compare the tiles with the links drawn afresh).
    const LinkTiles& tiles() const { return m_tiles; }
    void clearTiles() { m_tiles.clear(); }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    // Where a curve meets a card: which item (the note or its mirror), which
    // edge, and where on it, relative to the card's corner.
    struct End {
        bool mirror = false;
        int side = 0;
        QPointF offset;
    };
    // Where a bundle meets a block: a point on its border, and the way the
    // trunk leaves it.
    struct Hub {
        QPointF at;
        QPointF direction;
    };
    // The links between two blocks (or a block and a mirror column).
    struct Bundle {
        Hub hubs[2];
        QPainterPath trunk;
        QRectF bounds;
        int links = 0;
        int resting = 0; // not in focus
    };
    struct Route {
        Link link;
        End ends[2];
        QPainterPath path;
        QRectF bounds;
        QPointF start;
        QPointF end;
        // At rest: the fans to the hubs of the bundle (or the direct curve).
        int bundle = -1;
        bool flipped = false; // the bundle's first hub is at the link's end
        QPainterPath rest;
        QRectF restBounds;
        bool highlighted = false;
        // Dragged: drawn by the focus item until the drop re-routes, so
        // that a drag frame never redraws the cached resting layer.
        bool moving = false;
    };

    NoteItem* pick(const QString& id, const QString& otherId) const;
    void route();
    // Bundling (linklayer_bundles.cpp).
    void bundle();
    Hub hubOf(int group, int other) const;
    QPainterPath trunkBetween(int first, const Hub& a, int second, const Hub& b) const;
    void updateRest(Route& route);
    const Route* find(const Link& link);
    // What paintResting draws: the focus state, and the routes it may draw
    // (indices into m_routes; all when null), with all their fans as one
    // path when given.
    struct RestingPaint {
        bool focused = false;
        bool exporting = false;
        const std::vector<int>* candidates = nullptr;
        const QPainterPath* allFans = nullptr;
        // Draws copies of the paths (a worker thread: QPainter fills lazy
        // caches inside a path, which the GUI thread fills at the same time).
        bool copyPaths = false;
    };
    // Builds the one path of the trunks for this focus state (GUI thread).
    void prepareTrunks(bool focused);
    // Builds the one path of all fans at rest, when there are many.
    void prepareAllFans(bool focused);
    // Draws the resting links crossing `exposed`; returns whether any.
    // Safe to call from two threads at once (LinkTiles).
    bool paintResting(QPainter* painter, const QRectF& exposed, const RestingPaint& how) const;
    void updateHighlights();
    // Moves the ends of the links of m_following to where their notes are.
    void follow();
    void updateBounds();
    void drawLabel(QPainter* painter, const Route& route) const;
    void updateAll(const QRectF& rect = {});

    CanvasScene* m_scene;
    std::vector<Route> m_routes;
    std::vector<Bundle> m_bundles;
    // Routing on flat arrays (linklayer_routing.cpp, issue 18): the two
    // items each route is drawn between (valid while routed), the items
    // numbered, and the routes touching each item as one array by number
    // (for following a drag). The paths are made when first drawn or asked
    // for; counting the links in sight needs only their bounds.
    std::vector<std::array<const NoteItem*, 2>> m_routeItems;
    QHash<const NoteItem*, int> m_itemNumbers;
    std::vector<int> m_routesOfItemStart;
    std::vector<int> m_routesOfItem;
    bool m_pathsBuilt = false;
    void ensureGeometry();
    void buildPaths();
    static linkgeometry::Cubic cubicOf(const Route& route);
    std::array<linkgeometry::Cubic, 2> fansOf(const Route& route) const;
    // Every fan not highlighted, and every trunk with a link at rest, as
    // one path each: built when first needed.
    QPainterPath m_restPath;
    QPainterPath m_trunkPath;
    bool m_trunkPathFocused = false;
    QRectF m_trunkBounds; // m_trunkPath's, for threads that must not ask it
    LinkTiles m_tiles;
    QSet<QString> m_focus;
    QRectF m_bounds;
    QPointer<LinkFocusItem> m_focusItem;
    QSet<QString> m_following;
    bool m_followQueued = false;
    int m_moving = 0;
    int m_highlighted = 0;
    bool m_dirty = true;
};

} // namespace tandem
