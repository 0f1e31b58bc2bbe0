// LinkLayer's routing: which card each end of a link leaves from, on which
// edge and where along it, and the curve between the two ends. Painting and
// the item's life are in linklayer.cpp.

#include "linklayer.h"
#include "linklayer_p.h"

#include "canvasscene.h"
#include "noteitem.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace tandem {

using namespace linkgeometry;

namespace {

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
    m_moving = 0;
    m_routesOf.clear();
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
        m_routesOf[route.link.from].push_back(static_cast<int>(i));
        if (route.link.to != route.link.from)
            m_routesOf[route.link.to].push_back(static_cast<int>(i));
    }
    bundle();
    updateHighlights();
}

void LinkLayer::followMovedNotes(const QSet<QString>& ids) {
    m_following = ids;
    follow();
    // The link gesture sees a mouse move before the scene moves the notes:
    // follow them again once it has, before the frame is painted.
    if (!m_followQueued) {
        m_followQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_followQueued = false;
                follow();
            },
            Qt::QueuedConnection);
    }
}

void LinkLayer::follow() {
    const QSet<QString>& ids = m_following;
    // Routed afresh at the next paint anyway.
    if (m_dirty || ids.isEmpty())
        return;
    // Only the links of the moved notes change, found through the index:
    // a drag frame costs the same with 20 links or 20,000. Their hubs stay
    // on the block borders until the drop re-routes.
    std::vector<int> moved;
    for (const QString& id : ids) {
        const auto found = m_routesOf.constFind(id);
        if (found != m_routesOf.constEnd())
            moved.insert(moved.end(), found->begin(), found->end());
    }
    std::sort(moved.begin(), moved.end());
    moved.erase(std::unique(moved.begin(), moved.end()), moved.end());
    QRectF focused;
    for (const int index : moved) {
        Route& route = m_routes[static_cast<std::size_t>(index)];
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
        if (!found || (points[0] == route.start && points[1] == route.end))
            continue;
        // A moved link is drawn above the notes by the focus item, and left
        // out of the resting layer's next repaint. That cached bitmap is not
        // redrawn for a drag (at 10,000 notes one repaint of the fans there
        // costs seconds): the note's links are in focus, so not in it, when
        // the highlighter has the dragged note selected; otherwise the old
        // fan stays faintly under the notes until the drop re-routes.
        if (!route.moving) {
            route.moving = true;
            ++m_moving;
            m_restPath = QPainterPath();
        }
        const bool inFocus = route.highlighted;
        focused = focused.united(inFocus ? route.bounds : route.restBounds);
        route.start = points[0];
        route.end = points[1];
        route.path = bezier(route.start, outward(static_cast<Side>(route.ends[0].side)), route.end,
                            outward(static_cast<Side>(route.ends[1].side)));
        route.bounds = route.path.controlPointRect().adjusted(-40, -12, 40, 12);
        updateRest(route);
        focused = focused.united(inFocus ? route.bounds : route.restBounds);
    }
    if (QGraphicsObject* above = focusItem(); above && !focused.isEmpty())
        above->update(focused);
}

int LinkLayer::routedCount() {
    ensureRouted();
    return static_cast<int>(m_routes.size());
}

QPainterPath LinkLayer::pathOf(const Link& link) {
    ensureRouted();
    if (m_followQueued)
        follow();
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
        count += route.restBounds.intersects(sight) ? 1 : 0; // what is drawn at rest
    return count;
}

} // namespace tandem
