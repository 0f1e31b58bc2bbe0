// LinkLayer's routing: which card each end of a link leaves from, on which
// edge and where along it, and the curve between the two ends. Painting and
// the item's life are in linklayer.cpp.

#include "linklayer.h"

#include "canvasscene.h"
#include "noteitem.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace tandem {

namespace {

enum class Side { Left, Right, Top, Bottom };

QPointF outward(Side side) {
    switch (side) {
    case Side::Left:
        return {-1, 0};
    case Side::Right:
        return {1, 0};
    case Side::Top:
        return {0, -1};
    case Side::Bottom:
        return {0, 1};
    }
    return {};
}

bool isHorizontal(Side side) {
    return side == Side::Left || side == Side::Right;
}

// The edge of a card that faces the other end. Notes use the side with the
// widest gap; stages sit edge to edge in their row, so they are always
// entered from above or below.
Side facingSide(const QRectF& card, bool stage, const QRectF& other) {
    const QPointF mine = card.center();
    const QPointF theirs = other.center();
    const qreal hGap = std::max(other.left() - card.right(), card.left() - other.right());
    const qreal vGap = std::max(other.top() - card.bottom(), card.top() - other.bottom());
    if (!stage && hGap >= vGap)
        return theirs.x() >= mine.x() ? Side::Right : Side::Left;
    return theirs.y() >= mine.y() ? Side::Bottom : Side::Top;
}

// The stretch of an edge where link ends may sit.
std::pair<QPointF, QPointF> portRange(const QRectF& card, bool stage, Side side) {
    if (stage) {
        // The flat top and bottom of a chevron, clear of its notch and point.
        const qreal depth = std::min<qreal>(28, card.height() * 0.22);
        const qreal left = card.left() + depth;
        const qreal right = std::max(left, card.right() - 2 * depth);
        const qreal y = side == Side::Top ? card.top() : card.bottom();
        return {{left, y}, {right, y}};
    }
    if (isHorizontal(side)) {
        const qreal margin = std::min<qreal>(16, card.height() * 0.25);
        const qreal x = side == Side::Left ? card.left() : card.right();
        return {{x, card.top() + margin}, {x, card.bottom() - margin}};
    }
    const qreal margin = std::min<qreal>(24, card.width() * 0.2);
    const qreal y = side == Side::Top ? card.top() : card.bottom();
    return {{card.left() + margin, y}, {card.right() - margin, y}};
}

QPointF portAt(const QRectF& card, bool stage, Side side, int index, int count) {
    const auto [first, last] = portRange(card, stage, side);
    return first + (last - first) * ((index + 0.5) / std::max(1, count));
}

// A cubic that leaves each end at right angles to its edge; a zero
// direction (a free point) takes the curve straight in.
QPainterPath bezier(const QPointF& p0, const QPointF& d0, const QPointF& p3, const QPointF& d3) {
    const QPointF delta = p3 - p0;
    const qreal distance = std::hypot(delta.x(), delta.y());
    auto reach = [&](const QPointF& direction) {
        const qreal along = std::abs(direction.x() * delta.x() + direction.y() * delta.y());
        return std::clamp(0.5 * std::max(along, 0.4 * distance), 18.0, 320.0);
    };
    QPainterPath path(p0);
    path.cubicTo(p0 + d0 * reach(d0), p3 + d3 * reach(d3), p3);
    return path;
}

QRectF cardOf(const NoteItem* item) {
    return item->sceneCard();
}

} // namespace

NoteItem* LinkLayer::pick(const QString& id, const QString& otherId) const {
    NoteItem* note = m_scene->noteItem(id);
    NoteItem* mirror = m_scene->mirrorItem(id);
    const bool noteShown = note && note->isVisible();
    const bool mirrorShown = mirror && mirror->isVisible();
    if (mirrorShown) {
        const auto otherBlock = m_scene->document()->blockOf(otherId);
        const bool otherOnOmc = otherBlock && canvasOf(*otherBlock) == Canvas::Operating;
        if (!noteShown || otherOnOmc)
            return mirror;
    }
    return noteShown ? note : nullptr;
}

std::pair<NoteItem*, NoteItem*> LinkLayer::endItems(const Link& link) const {
    NoteItem* from = pick(link.from, link.to);
    NoteItem* to = pick(link.to, link.from);
    if (!from || !to || from == to)
        return {nullptr, nullptr};
    return {from, to};
}

QPainterPath LinkLayer::curve(const QRectF& from, bool fromStage, const QRectF& to, bool toStage) {
    const Side start = facingSide(from, fromStage, to);
    const QPointF p0 = portAt(from, fromStage, start, 0, 1);
    if (to.isEmpty())
        return bezier(p0, outward(start), to.center(), QPointF());
    const Side end = facingSide(to, toStage, from);
    return bezier(p0, outward(start), portAt(to, toStage, end, 0, 1), outward(end));
}

void LinkLayer::ensureRouted() {
    if (m_dirty)
        route();
}

void LinkLayer::route() {
    m_dirty = false;
    m_routes.clear();
    const auto& links = m_scene->document()->state().links;
    struct Ends {
        NoteItem* items[2];
        QRectF cards[2];
        Side sides[2];
    };
    struct Port {
        int route;
        int end; // 0 = start, 1 = end
        qreal key;
    };
    std::vector<Ends> ends;
    ends.reserve(links.size());
    m_routes.reserve(links.size());
    // Ports are grouped per card edge and spread along it afterwards.
    std::map<std::pair<const NoteItem*, int>, std::vector<Port>> edges;
    for (const Link& link : links) {
        const auto [from, to] = endItems(link);
        if (!from || !to)
            continue;
        Ends e{{from, to}, {cardOf(from), cardOf(to)}, {}};
        for (int i = 0; i < 2; ++i)
            e.sides[i] = facingSide(e.cards[i], e.items[i]->isStage(), e.cards[1 - i]);
        const int index = static_cast<int>(m_routes.size());
        Route route;
        route.link = link;
        for (int i = 0; i < 2; ++i) {
            route.ends[i].mirror = e.items[i]->isMirror();
            route.ends[i].side = static_cast<int>(e.sides[i]);
        }
        m_routes.push_back(route);
        for (int i = 0; i < 2; ++i) {
            // Ordered by where the other end lies along this edge, so that
            // curves leaving one card do not cross each other there.
            const QPointF other = e.cards[1 - i].center();
            const qreal key = isHorizontal(e.sides[i]) ? other.y() : other.x();
            edges[{e.items[i], static_cast<int>(e.sides[i])}].push_back(Port{index, i, key});
        }
        ends.push_back(e);
    }
    for (auto& [edge, ports] : edges) {
        std::stable_sort(ports.begin(), ports.end(),
                         [](const Port& a, const Port& b) { return a.key < b.key; });
        const int count = static_cast<int>(ports.size());
        for (int i = 0; i < count; ++i) {
            const Port& port = ports[i];
            const Ends& e = ends[port.route];
            const QPointF at = portAt(e.cards[port.end], e.items[port.end]->isStage(),
                                      e.sides[port.end], i, count);
            Route& route = m_routes[port.route];
            route.ends[port.end].offset = at - e.cards[port.end].topLeft();
            (port.end == 0 ? route.start : route.end) = at;
        }
    }
    for (std::size_t i = 0; i < m_routes.size(); ++i) {
        Route& route = m_routes[i];
        route.path =
            bezier(route.start, outward(ends[i].sides[0]), route.end, outward(ends[i].sides[1]));
        route.bounds = route.path.controlPointRect().adjusted(-40, -12, 40, 12);
    }
    updateHighlights();
}

void LinkLayer::followMovedNotes(const QSet<QString>& ids) {
    // Routed afresh at the next paint anyway; and with thousands of curves,
    // repainting the long ones every frame would make the drag stutter:
    // they catch up on the drop.
    if (m_dirty || ids.isEmpty() || m_routes.size() > QuietBudget)
        return;
    QRectF touched;
    for (Route& route : m_routes) {
        if (!ids.contains(route.link.from) && !ids.contains(route.link.to))
            continue;
        QPointF points[2];
        bool found = true;
        for (int i = 0; i < 2; ++i) {
            const QString& id = i == 0 ? route.link.from : route.link.to;
            const NoteItem* item =
                route.ends[i].mirror ? m_scene->mirrorItem(id) : m_scene->noteItem(id);
            found = found && item;
            if (item)
                points[i] = item->scenePos() + route.ends[i].offset;
        }
        if (!found)
            continue;
        touched = touched.united(route.bounds);
        route.start = points[0];
        route.end = points[1];
        route.path = bezier(route.start, outward(static_cast<Side>(route.ends[0].side)), route.end,
                            outward(static_cast<Side>(route.ends[1].side)));
        route.bounds = route.path.controlPointRect().adjusted(-40, -12, 40, 12);
        touched = touched.united(route.bounds);
    }
    if (!touched.isEmpty()) {
        m_restPath = QPainterPath();
        updateAll(touched);
    }
}

int LinkLayer::routedCount() {
    ensureRouted();
    return static_cast<int>(m_routes.size());
}

QPainterPath LinkLayer::pathOf(const Link& link) {
    ensureRouted();
    for (const Route& route : m_routes) {
        if (route.link.sameEnds(link))
            return route.path;
    }
    return {};
}

int LinkLayer::countInSight(const QRectF& sight) {
    if (m_dirty) {
        // Routing 20,000 curves costs some 80 ms. A link whose end card is in
        // sight surely is (its curve starts at the card's edge): when more
        // than the budget surely are, as at fit in a large session, that is
        // all the view needs to know.
        int surely = 0;
        for (const Link& link : m_scene->document()->state().links) {
            const auto [from, to] = endItems(link);
            if (from && (sight.contains(cardOf(from)) || sight.contains(cardOf(to))) &&
                ++surely > QuietBudget)
                return surely;
        }
    }
    ensureRouted();
    int count = 0;
    for (const Route& route : m_routes)
        count += route.bounds.intersects(sight) ? 1 : 0;
    return count;
}

} // namespace tandem
