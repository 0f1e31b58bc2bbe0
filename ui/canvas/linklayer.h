#pragma once

#include "model.h"

#include <QGraphicsObject>
#include <QPainterPath>
#include <QPointer>
#include <QSet>

#include <utility>
#include <vector>

namespace tandem {

class CanvasScene;
class LinkFocusItem;
class NoteItem;

// Draws every link of the session as a smooth curve between its two notes,
// across both canvases, as one item under the notes (CanvasScene::ZLink):
// one item routes and paints a thousand links much faster than a thousand
// items, and being under the notes a curve never hides a note's text.
//
// Routing: each end leaves its card from the edge that faces the other end,
// at right angles to it, so curves run through the gaps between notes and
// columns rather than across them; stages (chevrons packed edge to edge in a
// row) are entered from above or below, through the gap between chain rows.
// Several links on one edge fan out along it, ordered by where they go, so
// they do not cross at the card. A value proposition or customer segment
// linked to an element of the Operating Model Canvas is drawn from its mirror
// in the OMC's right-hand column, where the chains flow into it, rather than
// across the whole Business Model Canvas; links between two BMC notes use the
// BMC notes. A link with an end on a hidden canvas is not drawn.
//
// At rest links are thin and quiet. With focus ids set (the selection or the
// hovered note) the links touching them are drawn strong, with their kind,
// and the others faint. The strong ones are drawn by a companion item above
// the notes, with a white casing: a focused curve that crosses a note shows
// that it passes over it instead of seeming to end there. Paths are plain
// vectors, so the exporters get them as vectors; on screen the resting layer
// is cached as a bitmap of the view (never in export mode); in export mode
// every link is drawn alike.
//
// The layer re-routes lazily, at the next paint, after the layout or the
// links change; its bounding rect is the whole visible canvas area. When
// more than QuietBudget curves would be in sight (a generated session of
// thousands, seen whole) the view leaves the resting curves out
// (setRestingShown), as they would only grey the canvas and slow every
// frame: the focused links still show, and the rest reappear when zoomed
// in. Exports always draw them all.
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
    // While notes are dragged: moves the ends of their curves along with
    // them, repainting only those curves (up to QuietBudget links; beyond,
    // they catch up on the drop). The full routing follows the drop.
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
    // The curve drawn for a link (by from, to and kind), or an empty path.
    QPainterPath pathOf(const Link& link);
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
    struct Route {
        Link link;
        End ends[2];
        QPainterPath path;
        QRectF bounds;
        QPointF start;
        QPointF end;
        bool highlighted = false;
    };

    NoteItem* pick(const QString& id, const QString& otherId) const;
    void route();
    void updateHighlights();
    void updateBounds();
    void drawLabel(QPainter* painter, const Route& route) const;
    void updateAll(const QRectF& rect = {});

    CanvasScene* m_scene;
    std::vector<Route> m_routes;
    // Every curve not highlighted, as one path: built when first needed.
    QPainterPath m_restPath;
    QSet<QString> m_focus;
    QRectF m_bounds;
    QPointer<LinkFocusItem> m_focusItem;
    int m_highlighted = 0;
    bool m_dirty = true;
};

} // namespace tandem
