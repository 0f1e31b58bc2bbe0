#include "linklayer.h"

#include "canvasscene.h"
#include "linkstyle.h"
#include "noteitem.h"
#include "theme.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace tandem {

namespace {

// Curves may bulge this far beyond the canvases (the longest tangent).
constexpr qreal BoundsMargin = 340;
// Below this scale the kind labels would be unreadable specks.
constexpr qreal LabelLevelOfDetail = 0.25;

} // namespace

// The focused links, above the notes (under the alignment marks). Drawn by
// the layer, which knows the routes; this item only gives them a place in
// the stacking order.
class LinkFocusItem : public QGraphicsObject {
public:
    explicit LinkFocusItem(LinkLayer* layer)
        : m_layer(layer) {
        setZValue(CanvasScene::ZNote + 5);
        setAcceptedMouseButtons(Qt::NoButton);
        setFlag(ItemUsesExtendedStyleOption);
    }
    void boundsChanging() { prepareGeometryChange(); }
    QRectF boundingRect() const override { return m_layer ? m_layer->boundingRect() : QRectF(); }
    QPainterPath shape() const override { return {}; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) override {
        if (m_layer)
            m_layer->paintFocused(painter, option);
    }

private:
    QPointer<LinkLayer> m_layer;
};

LinkLayer::LinkLayer(CanvasScene* scene)
    : m_scene(scene) {
    setZValue(CanvasScene::ZLink);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    // Paint only the links that cross the exposed area.
    setFlag(ItemUsesExtendedStyleOption);
    // On screen the resting curves are kept as bitmap tiles of what the
    // view shows (m_tiles, see paint()): a long thin antialiased curve costs
    // the raster engine tens of microseconds, so repainting hundreds of them
    // for every frame of a drag or a repaint of the window would be slow.
    // Exports (CanvasScene::exportMode) draw the curves as vectors.
    connect(scene, &CanvasScene::layoutChanged, this, &LinkLayer::invalidate);
    connect(scene->document(), &Document::changed, this, &LinkLayer::invalidate);
    connect(scene->document(), &Document::sessionReset, this, &LinkLayer::invalidate);
    m_focusItem = new LinkFocusItem(this);
    updateBounds();
}

LinkLayer::~LinkLayer() {
    delete m_focusItem.data();
}

QGraphicsObject* LinkLayer::focusItem() const {
    return m_focusItem;
}

QVariant LinkLayer::itemChange(GraphicsItemChange change, const QVariant& value) {
    if (m_focusItem) {
        if (change == ItemSceneHasChanged) {
            if (auto* scene = value.value<QGraphicsScene*>())
                scene->addItem(m_focusItem);
        } else if (change == ItemVisibleHasChanged) {
            m_focusItem->setVisible(value.toBool());
        }
    }
    return QGraphicsObject::itemChange(change, value);
}

void LinkLayer::updateAll(const QRectF& rect) {
    if (rect.isNull())
        m_tiles.clear();
    else
        m_tiles.clear(rect);
    update(rect);
    if (m_focusItem)
        m_focusItem->update(rect);
}

void LinkLayer::invalidate() {
    m_dirty = true;
    updateBounds();
    updateAll();
}

void LinkLayer::updateBounds() {
    const QRectF bounds = m_scene->layout().sceneRect().adjusted(-BoundsMargin, -BoundsMargin,
                                                                 BoundsMargin, BoundsMargin);
    if (bounds != m_bounds) {
        prepareGeometryChange();
        if (m_focusItem)
            m_focusItem->boundsChanging();
        m_bounds = bounds;
    }
}

QRectF LinkLayer::boundingRect() const {
    return m_bounds;
}

QPainterPath LinkLayer::shape() const {
    // Never in the way of clicks, hovers or rubber bands.
    return {};
}

void LinkLayer::setFocusIds(const QSet<QString>& ids) {
    if (ids == m_focus)
        return;
    m_focus = ids;
    updateHighlights();
    updateAll();
}

bool LinkLayer::isHighlighted(const Link& link) const {
    return m_focus.contains(link.from) || m_focus.contains(link.to);
}

void LinkLayer::updateHighlights() {
    m_restPath = QPainterPath();
    m_trunkPath = QPainterPath();
    m_highlighted = 0;
    for (Bundle& bundle : m_bundles)
        bundle.resting = 0;
    for (Route& route : m_routes) {
        route.highlighted = isHighlighted(route.link);
        m_highlighted += route.highlighted ? 1 : 0;
        if (!route.highlighted && route.bundle >= 0)
            ++m_bundles[static_cast<std::size_t>(route.bundle)].resting;
    }
}

void LinkLayer::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    ensureRouted();
    if (m_routes.empty())
        return;
    const bool exporting = m_scene->exportMode();
    const bool focused = !exporting && m_highlighted > 0;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    prepareTrunks(focused);
    const QRectF exposed = option->exposedRect;
    if (!exporting) {
        // The routes in the tiles that show the exposed area, found once
        // for all of them.
        const QRectF covered = LinkTiles::coveredArea(exposed, painter->worldTransform().m11());
        std::vector<int> candidates;
        for (std::size_t i = 0; i < m_routes.size(); ++i) {
            if (m_routes[i].restBounds.intersects(covered))
                candidates.push_back(static_cast<int>(i));
        }
        const bool tiled =
            m_tiles.paint(painter, exposed, [&](QPainter* tile, const QRectF& area, bool onWorker) {
                tile->setBrush(Qt::NoBrush);
                return paintResting(tile, area,
                                    RestingPaint{focused, false, &candidates, nullptr, onWorker});
            });
        if (tiled)
            return;
    }
    // Exports, and views turned or sheared: vectors, all fans as one path
    // when most of them show (several times faster than one call each).
    prepareAllFans(focused);
    paintResting(painter, exposed, RestingPaint{focused, exporting, nullptr, &m_restPath});
}

void LinkLayer::setRestingShown(bool shown) {
    // Nothing to paint is cheaper than painting nothing: no cached bitmap
    // to blend over the whole view either.
    setFlag(ItemHasNoContents, !shown);
}

void LinkLayer::paintFocused(QPainter* painter, const QStyleOptionGraphicsItem* option) {
    // Nothing in focus, nothing to route for: the first paint of a large
    // session need not route its 20,000 curves.
    if (m_scene->exportMode() || (m_focus.isEmpty() && m_moving == 0))
        return;
    ensureRouted();
    const QRectF exposed = option->exposedRect;
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_moving > 0 && restingShown()) {
        // Dragged links not in focus, as they look at rest.
        QPen quiet(m_highlighted > 0 ? LinkStyle::faint() : LinkStyle::fan(),
                   LinkStyle::QuietWidth);
        quiet.setCosmetic(true);
        painter->setPen(quiet);
        painter->setBrush(Qt::NoBrush);
        for (const Route& route : m_routes) {
            if (route.moving && !route.highlighted && route.restBounds.intersects(exposed))
                painter->drawPath(route.rest);
        }
    }
    if (m_highlighted == 0)
        return;
    // Strong, cased in white where they cross notes, with ends and kinds.
    QPen casing(QColor(255, 255, 255, 230), LinkStyle::StrongWidth + 3.5);
    casing.setCosmetic(true);
    casing.setCapStyle(Qt::RoundCap);
    QPen strong(LinkStyle::strong(), LinkStyle::StrongWidth);
    strong.setCosmetic(true);
    strong.setCapStyle(Qt::RoundCap);
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setBrush(Qt::NoBrush);
    painter->setPen(casing);
    for (const Route& route : m_routes) {
        if (route.highlighted && route.bounds.intersects(exposed))
            painter->drawPath(route.path);
    }
    for (const Route& route : m_routes) {
        if (!route.highlighted || !route.bounds.intersects(exposed))
            continue;
        painter->setPen(strong);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(route.path);
        painter->setPen(Qt::NoPen);
        painter->setBrush(LinkStyle::strong());
        painter->drawEllipse(route.start, 4, 4);
        painter->drawEllipse(route.end, 4, 4);
    }
    if (lod < LabelLevelOfDetail)
        return;
    for (const Route& route : m_routes) {
        if (route.highlighted && route.bounds.intersects(exposed))
            drawLabel(painter, route);
    }
}

void LinkLayer::drawLabel(QPainter* painter, const Route& route) const {
    const QFont font = Theme::tagFont();
    const QFontMetricsF metrics(font);
    const QString text = linkKindTitle(route.link.kind);
    const QSizeF size(metrics.horizontalAdvance(text) + 14, metrics.height() + 4);
    const QPointF middle = route.path.pointAtPercent(0.5);
    const QRectF pill(middle - QPointF(size.width() / 2, size.height() / 2), size);
    painter->setPen(QPen(LinkStyle::strong(), 1.2));
    painter->setBrush(Theme::canvasFill());
    painter->drawRoundedRect(pill, size.height() / 2, size.height() / 2);
    painter->setFont(font);
    painter->setPen(LinkStyle::strong().darker(135));
    painter->drawText(pill, Qt::AlignCenter, text);
}

} // namespace tandem
