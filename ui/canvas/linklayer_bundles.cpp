// LinkLayer's resting look: the links between two blocks bundled into one
// trunk, so that a room can still read the canvases with hundreds of links.
// Routing of the ends is in linklayer_routing.cpp, painting the focused links
// and the item's life in linklayer.cpp.

#include "linklayer.h"
#include "linklayer_p.h"

#include "canvaslayout.h"
#include "canvasscene.h"
#include "linkstyle.h"
#include "noteitem.h"

#include <QPainter>

#include <array>

namespace tandem {

using namespace linkgeometry;

namespace {

// Fans and trunks paint this far around their control points (end dots).
constexpr qreal RestMargin = 14;
// Above this many fans in sight they are drawn as one path.
constexpr std::size_t BatchThreshold = 150;
// How round the corners of a trunk in the gap are.
constexpr qreal CornerRadius = 34;

// A group is a block, or the OMC's mirror of one: where a bundle ends.
int groupOf(const NoteItem* item) {
    return static_cast<int>(item->block()) * 2 + (item->isMirror() ? 1 : 0);
}

Block blockOfGroup(int group) {
    return static_cast<Block>(group / 2);
}

bool isMirrorGroup(int group) {
    return group % 2 == 1;
}

Canvas canvasOfGroup(int group) {
    return isMirrorGroup(group) ? Canvas::Operating : canvasOf(blockOfGroup(group));
}

QRectF rectOfGroup(const CanvasLayout& layout, int group) {
    const Block block = blockOfGroup(group);
    return isMirrorGroup(group) ? layout.mirrorRect(block) : layout.blockRect(block);
}

// Where a canvas's trunks to the other canvas leave their blocks, along the
// edge that faces it: on the BMC the line between the activities and the
// resources (a border of the blocks next to it, so the trunks run between
// notes rather than across them), on the OMC the middle of the chains.
qreal busOf(const CanvasLayout& layout, Canvas canvas, bool horizontalSide) {
    const QRectF chains = layout.blockRect(Block::ValueChains);
    if (canvas == Canvas::Business)
        return horizontalSide ? layout.blockRect(Block::KeyActivities).bottom()
                              : layout.blockRect(Block::ValuePropositions).center().x();
    return horizontalSide ? chains.center().y() : chains.center().x();
}

QPointF onEdge(const QRectF& rect, Side side, qreal along) {
    switch (side) {
    case Side::Left:
        return {rect.left(), std::clamp(along, rect.top(), rect.bottom())};
    case Side::Right:
        return {rect.right(), std::clamp(along, rect.top(), rect.bottom())};
    case Side::Top:
        return {std::clamp(along, rect.left(), rect.right()), rect.top()};
    case Side::Bottom:
        return {std::clamp(along, rect.left(), rect.right()), rect.bottom()};
    }
    return rect.center();
}

// Straight stretches joined by round corners, as lines on a transit map.
QPainterPath roundedPolyline(const std::vector<QPointF>& input, qreal radius) {
    std::vector<QPointF> points;
    for (const QPointF& point : input) {
        if (points.empty() || QLineF(points.back(), point).length() > 0.5)
            points.push_back(point);
    }
    QPainterPath path;
    if (points.size() < 2)
        return path;
    path.moveTo(points.front());
    for (std::size_t i = 1; i + 1 < points.size(); ++i) {
        const QLineF in(points[i], points[i - 1]);
        const QLineF out(points[i], points[i + 1]);
        const qreal r = std::min({radius, in.length() / 2, out.length() / 2});
        path.lineTo(in.pointAt(r / in.length()));
        path.quadTo(points[i], out.pointAt(r / out.length()));
    }
    path.lineTo(points.back());
    return path;
}

} // namespace

LinkLayer::Hub LinkLayer::hubOf(int group, int other) const {
    const CanvasLayout& layout = m_scene->layout();
    const QRectF rect = rectOfGroup(layout, group);
    const Canvas mine = canvasOfGroup(group);
    const Canvas theirs = canvasOfGroup(other);
    if (mine != theirs) {
        // Towards the other canvas, on the canvas's bus.
        const QRectF a = layout.canvasRect(mine);
        const QRectF b = layout.canvasRect(theirs);
        Side side = Side::Top;
        if (b.left() >= a.right())
            side = Side::Right;
        else if (b.right() <= a.left())
            side = Side::Left;
        else if (b.top() >= a.bottom())
            side = Side::Bottom;
        const qreal bus = busOf(layout, mine, isHorizontal(side));
        return {onEdge(rect, side, bus), outward(side)};
    }
    // Within one canvas: on the edge facing the other block, in the middle
    // of the stretch the two blocks face each other along (one point on the
    // border of neighbours).
    const QRectF target = rectOfGroup(layout, other);
    const Side side = facingSide(rect, false, target);
    qreal low = 0;
    qreal high = 0;
    qreal fallback = 0;
    if (isHorizontal(side)) {
        low = std::max(rect.top(), target.top());
        high = std::min(rect.bottom(), target.bottom());
        fallback = target.center().y();
    } else {
        low = std::max(rect.left(), target.left());
        high = std::min(rect.right(), target.right());
        fallback = target.center().x();
    }
    return {onEdge(rect, side, low <= high ? (low + high) / 2 : fallback), outward(side)};
}

QPainterPath LinkLayer::trunkBetween(int first, const Hub& a, int second, const Hub& b) const {
    const CanvasLayout& layout = m_scene->layout();
    const Canvas one = canvasOfGroup(first);
    const Canvas two = canvasOfGroup(second);
    if (one == two) {
        if (QLineF(a.at, b.at).length() < 0.5)
            return {}; // neighbours meet at one point of their border
        return bezier(a.at, a.direction, b.at, b.direction);
    }
    // Along the middle of the gap between the canvases.
    const QRectF ra = layout.canvasRect(one);
    const QRectF rb = layout.canvasRect(two);
    if (a.direction.y() == 0) {
        const qreal x =
            a.direction.x() > 0 ? (ra.right() + rb.left()) / 2 : (ra.left() + rb.right()) / 2;
        return roundedPolyline({a.at, {x, a.at.y()}, {x, b.at.y()}, b.at}, CornerRadius);
    }
    const qreal y =
        a.direction.y() > 0 ? (ra.bottom() + rb.top()) / 2 : (ra.top() + rb.bottom()) / 2;
    return roundedPolyline({a.at, {a.at.x(), y}, {b.at.x(), y}, b.at}, CornerRadius);
}

void LinkLayer::bundle() {
    m_bundles.clear();
    m_restPath = QPainterPath();
    m_trunkPath = QPainterPath();
    // Bundles by their two groups (the lower first), -1 until made.
    constexpr int Groups = BlockCount * 2;
    std::array<int, Groups * Groups> index;
    index.fill(-1);
    for (std::size_t r = 0; r < m_routes.size(); ++r) {
        Route& route = m_routes[r];
        route.bundle = -1;
        const int from = groupOf(m_routeItems[r][0]);
        const int to = groupOf(m_routeItems[r][1]);
        if (from != to) {
            const std::pair<int, int> key = std::minmax(from, to);
            int& at = index[static_cast<std::size_t>(key.first * Groups + key.second)];
            if (at < 0) {
                at = static_cast<int>(m_bundles.size());
                Bundle bundle;
                bundle.hubs[0] = hubOf(key.first, key.second);
                bundle.hubs[1] = hubOf(key.second, key.first);
                bundle.trunk = trunkBetween(key.first, bundle.hubs[0], key.second, bundle.hubs[1]);
                bundle.bounds = bundle.trunk.controlPointRect().adjusted(-RestMargin, -RestMargin,
                                                                         RestMargin, RestMargin);
                m_bundles.push_back(bundle);
            }
            route.bundle = at;
            route.flipped = from > to;
            ++m_bundles[static_cast<std::size_t>(route.bundle)].links;
        }
        // The fans as paths wait for ensureRouted(); their bounds are known.
        if (route.bundle < 0) {
            route.restBounds = route.bounds;
        } else {
            const auto fans = fansOf(route);
            qreal minX = fans[0].p0.x();
            qreal minY = fans[0].p0.y();
            qreal maxX = minX;
            qreal maxY = minY;
            for (const Cubic& fan : fans)
                fan.extend(minX, minY, maxX, maxY);
            route.restBounds = QRectF(minX, minY, maxX - minX, maxY - minY)
                                   .adjusted(-RestMargin, -RestMargin, RestMargin, RestMargin);
        }
    }
}

std::array<Cubic, 2> LinkLayer::fansOf(const Route& route) const {
    const Bundle& bundle = m_bundles[static_cast<std::size_t>(route.bundle)];
    const Hub& first = bundle.hubs[route.flipped ? 1 : 0];
    const Hub& second = bundle.hubs[route.flipped ? 0 : 1];
    // Each end sweeps from its note into its hub, arriving along the trunk.
    return {bezierCubic(route.start, outward(static_cast<Side>(route.ends[0].side)), first.at,
                        -first.direction),
            bezierCubic(route.end, outward(static_cast<Side>(route.ends[1].side)), second.at,
                        -second.direction)};
}

void LinkLayer::updateRest(Route& route) {
    if (route.bundle < 0) {
        // Two notes of one block: their own short curve.
        route.rest = route.path;
        route.restBounds = route.bounds;
        return;
    }
    // One path for both fans, as the first with the second added.
    QPainterPath rest;
    rest.reserve(8);
    for (const Cubic& fan : fansOf(route))
        fan.addTo(rest);
    route.rest = rest;
    route.restBounds =
        rest.controlPointRect().adjusted(-RestMargin, -RestMargin, RestMargin, RestMargin);
}

const LinkLayer::Route* LinkLayer::find(const Link& link) {
    ensureRouted();
    for (const Route& route : m_routes) {
        if (route.link.sameEnds(link))
            return &route;
    }
    return nullptr;
}

QPainterPath LinkLayer::restingPathOf(const Link& link) {
    const Route* route = find(link);
    if (!route)
        return {};
    QPainterPath path = route->rest;
    if (route->bundle >= 0)
        path.addPath(m_bundles[static_cast<std::size_t>(route->bundle)].trunk);
    return path;
}

QPainterPath LinkLayer::trunkOf(const Link& link) {
    const Route* route = find(link);
    if (!route || route->bundle < 0)
        return {};
    return m_bundles[static_cast<std::size_t>(route->bundle)].trunk;
}

int LinkLayer::trunkSize(const Link& link) {
    const Route* route = find(link);
    if (!route || route->bundle < 0)
        return 0;
    return m_bundles[static_cast<std::size_t>(route->bundle)].links;
}

void LinkLayer::prepareTrunks(bool focused) {
    // The trunks: few, and shared, so always as one path.
    if (m_trunkPath.isEmpty() || m_trunkPathFocused != focused) {
        m_trunkPath = QPainterPath();
        for (const Bundle& bundle : m_bundles) {
            if (!bundle.trunk.isEmpty() && (focused ? bundle.resting : bundle.links) > 0)
                m_trunkPath.addPath(bundle.trunk);
        }
        m_trunkPathFocused = focused;
        m_trunkBounds = m_trunkPath.controlPointRect();
    }
}

void LinkLayer::prepareAllFans(bool focused) {
    if (!m_restPath.isEmpty() || m_routes.size() <= BatchThreshold)
        return;
    for (const Route& route : m_routes) {
        if ((!focused || !route.highlighted) && !route.moving)
            m_restPath.addPath(route.rest);
    }
}

bool LinkLayer::paintResting(QPainter* painter, const QRectF& exposed,
                             const RestingPaint& how) const {
    // Exports draw what the screen shows at 100 %, in canvas units so that
    // the lines scale with the page.
    const bool focused = how.focused;
    const bool exporting = how.exporting;
    bool drawn = false;
    const QColor colour = focused ? LinkStyle::faint() : LinkStyle::quiet();
    QPen trunkPen(colour, LinkStyle::TrunkWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    trunkPen.setCosmetic(!exporting);
    // A path's own copy, for a thread other than the GUI thread.
    auto own = [&](const QPainterPath& path) {
        QPainterPath copy;
        copy.addPath(path);
        return copy;
    };
    if (!m_trunkPath.isEmpty() && m_trunkBounds.intersects(exposed)) {
        painter->setPen(trunkPen);
        if (how.candidates) {
            // A tile: only the trunks crossing it (a wide pen's outline is
            // made for the whole path, however little of it shows).
            for (const Bundle& bundle : m_bundles) {
                if (!bundle.trunk.isEmpty() && (focused ? bundle.resting : bundle.links) > 0 &&
                    bundle.bounds.intersects(exposed)) {
                    painter->drawPath(how.copyPaths ? own(bundle.trunk) : bundle.trunk);
                    drawn = true;
                }
            }
        } else {
            painter->drawPath(m_trunkPath);
            drawn = true;
        }
    }

    QPen fanPen(focused ? LinkStyle::faint() : LinkStyle::fan(), LinkStyle::QuietWidth);
    fanPen.setCapStyle(Qt::RoundCap);
    fanPen.setCosmetic(!exporting);
    painter->setPen(fanPen);
    std::vector<const Route*> shown;
    auto consider = [&](const Route& route) {
        if ((!focused || !route.highlighted) && !route.moving &&
            route.restBounds.intersects(exposed))
            shown.push_back(&route);
    };
    if (how.candidates) {
        for (const int index : *how.candidates)
            consider(m_routes[static_cast<std::size_t>(index)]);
    } else {
        for (const Route& route : m_routes)
            consider(route);
    }
    if (shown.empty())
        return drawn;
    if (how.allFans && !how.allFans->isEmpty() && shown.size() > BatchThreshold &&
        shown.size() * 2 > m_routes.size()) {
        painter->drawPath(*how.allFans);
    } else {
        for (const Route* route : shown)
            painter->drawPath(how.copyPaths ? own(route->rest) : route->rest);
    }
    if (focused)
        return true;
    // A small dot where a link meets its card tells a link that ends at a
    // note from one that only passes under it.
    // Only the dots in the area: a round pen makes an outline for each.
    const qreal dotWidth = exporting ? 4 : 4.5;
    const qreal scale = std::max(painter->worldTransform().m11(), 1e-6);
    const qreal dotReach = exporting ? dotWidth : dotWidth / scale;
    const QRectF dotArea = exposed.adjusted(-dotReach, -dotReach, dotReach, dotReach);
    QPolygonF ends;
    ends.reserve(static_cast<int>(shown.size()) * 2);
    for (const Route* route : shown) {
        for (const QPointF& end : {route->start, route->end}) {
            if (dotArea.contains(end))
                ends << end;
        }
    }
    QPen dot(LinkStyle::quiet(), dotWidth, Qt::SolidLine, Qt::RoundCap);
    dot.setCosmetic(!exporting);
    painter->setPen(dot);
    painter->drawPoints(ends);
    return true;
}

} // namespace tandem
