// LinkLayer's routing: which card each end of a link leaves from, on which
// edge and where along it, and the curve between the two ends. Painting and
// the item's life are in linklayer.cpp.
//
// Routing 20,000 links must fit in the frame that first shows them, so it
// works on flat arrays: each end's note item is looked up once, the edges of
// the cards are numbered and their ports sorted edge by edge, and the
// QPainterPaths (an allocation or two each) are made only when something
// draws or asks for them (ensureRouted); counting the links in sight needs
// only their bounds (ensureGeometry).

#include "linklayer.h"
#include "linklayer_p.h"

#include "canvaslayout.h"
#include "canvasscene.h"
#include "noteitem.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tandem {

using namespace linkgeometry;

namespace {

QRectF cardOf(const NoteItem* item) {
    return item->sceneCard();
}

// A counting sort of the two ends of `routes` routes into `buckets` buckets
// (`bucketOf(route, end)`): where each bucket's run starts in the sorted
// array (bucket b holds [starts[b], starts[b + 1])), and each end's place in
// it (at route * 2 + end), in route order within a bucket.
struct Buckets {
    std::vector<int> starts;
    std::vector<int> places;
};

template <class BucketOf> Buckets sortIntoBuckets(int buckets, int routes, BucketOf bucketOf) {
    Buckets sorted;
    sorted.starts.assign(static_cast<std::size_t>(buckets) + 1, 0);
    for (int r = 0; r < routes; ++r) {
        for (int end = 0; end < 2; ++end)
            ++sorted.starts[static_cast<std::size_t>(bucketOf(r, end)) + 1];
    }
    std::partial_sum(sorted.starts.begin(), sorted.starts.end(), sorted.starts.begin());
    std::vector<int> next(sorted.starts.begin(), sorted.starts.end() - 1);
    sorted.places.resize(static_cast<std::size_t>(routes) * 2);
    for (int r = 0; r < routes; ++r) {
        for (int end = 0; end < 2; ++end)
            sorted.places[static_cast<std::size_t>(r * 2 + end)] =
                next[static_cast<std::size_t>(bucketOf(r, end))]++;
    }
    return sorted;
}

// The items an element id may be drawn from.
struct Candidates {
    NoteItem* note = nullptr;
    NoteItem* mirror = nullptr;
};

Candidates candidatesOf(const CanvasScene* scene, const QString& id) {
    Candidates found;
    found.note = scene->noteItem(id);
    // Only a note of a block with a mirror has one (CanvasScene::createNoteItems
    // makes them together), so most ends need one look-up.
    if (found.note && CanvasLayout::hasMirror(found.note->block()))
        found.mirror = scene->mirrorItem(id);
    return found;
}

// The note or its mirror: the mirror when the note is hidden or the other
// end is on the OMC. The other end's block is its note's (an end with no
// note is not drawn at all).
NoteItem* pickOf(const Candidates& mine, const Candidates& other) {
    const bool noteShown = mine.note && mine.note->isVisible();
    const bool mirrorShown = mine.mirror && mine.mirror->isVisible();
    if (mirrorShown) {
        const bool otherOnOmc = other.note && canvasOf(other.note->block()) == Canvas::Operating;
        if (!noteShown || otherOnOmc)
            return mine.mirror;
    }
    return noteShown ? mine.note : nullptr;
}

} // namespace

NoteItem* LinkLayer::pick(const QString& id, const QString& otherId) const {
    return pickOf(candidatesOf(m_scene, id), candidatesOf(m_scene, otherId));
}

std::pair<NoteItem*, NoteItem*> LinkLayer::endItems(const Link& link) const {
    const Candidates fromItems = candidatesOf(m_scene, link.from);
    const Candidates toItems = candidatesOf(m_scene, link.to);
    NoteItem* from = pickOf(fromItems, toItems);
    NoteItem* to = pickOf(toItems, fromItems);
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
    ensureGeometry();
    if (!m_pathsBuilt)
        buildPaths();
}

void LinkLayer::ensureGeometry() {
    if (m_dirty)
        route();
}

void LinkLayer::route() {
    m_dirty = false;
    m_pathsBuilt = false;
    m_routes.clear();
    m_routeItems.clear();
    m_itemNumbers.clear();
    m_moving = 0;
    const auto& links = m_scene->document()->state().links;
    // What the ports need of each route's ends, beside the route.
    struct Ends {
        QRectF cards[2];
        Side sides[2];
        int edges[2]; // item number * 4 + side
    };
    struct Port {
        qreal key;
        int route;
        int end; // 0 = start, 1 = end
    };
    std::vector<Ends> ends;
    ends.reserve(links.size());
    m_routes.reserve(links.size());
    m_routeItems.reserve(links.size());
    auto numberOf = [this](const NoteItem* item) {
        auto found = m_itemNumbers.constFind(item);
        if (found == m_itemNumbers.constEnd())
            found = m_itemNumbers.insert(item, static_cast<int>(m_itemNumbers.size()));
        return found.value();
    };
    for (const Link& link : links) {
        const auto [from, to] = endItems(link);
        if (!from || !to)
            continue;
        const NoteItem* items[2] = {from, to};
        Ends e{{cardOf(from), cardOf(to)}, {}, {}};
        Route& route = m_routes.emplace_back();
        route.link = link;
        for (int i = 0; i < 2; ++i) {
            e.sides[i] = facingSide(e.cards[i], items[i]->isStage(), e.cards[1 - i]);
            e.edges[i] = numberOf(items[i]) * 4 + static_cast<int>(e.sides[i]);
            route.ends[i].mirror = items[i]->isMirror();
            route.ends[i].side = static_cast<int>(e.sides[i]);
        }
        m_routeItems.push_back({from, to});
        ends.push_back(e);
    }
    const int routeCount = static_cast<int>(m_routes.size());

    // Ports are grouped per card edge (a counting sort by edge number) and
    // spread along it afterwards.
    const int itemCount = static_cast<int>(m_itemNumbers.size());
    const Buckets byEdge = sortIntoBuckets(itemCount * 4, routeCount, [&](int r, int end) {
        return ends[static_cast<std::size_t>(r)].edges[end];
    });
    const std::vector<int>& edgeStart = byEdge.starts;
    std::vector<Port> ports(static_cast<std::size_t>(routeCount) * 2);
    for (int r = 0; r < routeCount; ++r) {
        const Ends& e = ends[static_cast<std::size_t>(r)];
        for (int i = 0; i < 2; ++i) {
            // Ordered by where the other end lies along this edge, so that
            // curves leaving one card do not cross each other there.
            const QPointF other = e.cards[1 - i].center();
            const qreal key = isHorizontal(e.sides[i]) ? other.y() : other.x();
            ports[static_cast<std::size_t>(byEdge.places[static_cast<std::size_t>(r * 2 + i)])] =
                Port{key, r, i};
        }
    }
    for (std::size_t edge = 0; edge + 1 < edgeStart.size(); ++edge) {
        const auto first = ports.begin() + edgeStart[edge];
        const auto last = ports.begin() + edgeStart[edge + 1];
        // In route order where the keys are equal, as a stable sort would
        // leave them (a route has one end on an edge at most).
        std::sort(first, last, [](const Port& a, const Port& b) {
            return a.key < b.key || (a.key == b.key && a.route < b.route);
        });
        const int count = static_cast<int>(last - first);
        for (int i = 0; i < count; ++i) {
            const Port& port = first[i];
            const Ends& e = ends[static_cast<std::size_t>(port.route)];
            const NoteItem* item = m_routeItems[static_cast<std::size_t>(port.route)][port.end];
            const QPointF at =
                portAt(e.cards[port.end], item->isStage(), e.sides[port.end], i, count);
            Route& route = m_routes[static_cast<std::size_t>(port.route)];
            route.ends[port.end].offset = at - e.cards[port.end].topLeft();
            (port.end == 0 ? route.start : route.end) = at;
        }
    }
    for (Route& route : m_routes)
        route.bounds = cubicOf(route).controlRect().adjusted(-40, -12, 40, 12);

    // The routes touching each item, for following a drag: one array, by
    // item number.
    Buckets byItem = sortIntoBuckets(itemCount, routeCount, [&](int r, int end) {
        return ends[static_cast<std::size_t>(r)].edges[end] / 4;
    });
    m_routesOfItem.resize(static_cast<std::size_t>(routeCount) * 2);
    for (int r = 0; r < routeCount; ++r) {
        for (int end = 0; end < 2; ++end)
            m_routesOfItem[static_cast<std::size_t>(
                byItem.places[static_cast<std::size_t>(r * 2 + end)])] = r;
    }
    m_routesOfItemStart = std::move(byItem.starts);
    bundle();
    updateHighlights();
}

Cubic LinkLayer::cubicOf(const Route& route) {
    return bezierCubic(route.start, outward(static_cast<Side>(route.ends[0].side)), route.end,
                       outward(static_cast<Side>(route.ends[1].side)));
}

void LinkLayer::buildPaths() {
    m_pathsBuilt = true;
    for (Route& route : m_routes) {
        route.path = cubicOf(route).toPath();
        updateRest(route);
    }
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
        for (const NoteItem* item : {m_scene->noteItem(id), m_scene->mirrorItem(id)}) {
            const auto found = item ? m_itemNumbers.constFind(item) : m_itemNumbers.constEnd();
            if (found == m_itemNumbers.constEnd())
                continue;
            const auto number = static_cast<std::size_t>(found.value());
            moved.insert(moved.end(), m_routesOfItem.begin() + m_routesOfItemStart[number],
                         m_routesOfItem.begin() + m_routesOfItemStart[number + 1]);
        }
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
        route.path = cubicOf(route).toPath();
        route.bounds = route.path.controlPointRect().adjusted(-40, -12, 40, 12);
        updateRest(route);
        focused = focused.united(inFocus ? route.bounds : route.restBounds);
    }
    if (QGraphicsObject* above = focusItem(); above && !focused.isEmpty())
        above->update(focused);
}

int LinkLayer::routedCount() {
    ensureGeometry();
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
        // Routing 20,000 curves costs some 40 ms. A link whose end card is
        // in sight surely is (its curve starts at the card's edge): when
        // more than the budget surely are, as at fit in a large session,
        // that is all the view needs to know.
        int surely = 0;
        for (const Link& link : m_scene->document()->state().links) {
            const auto [from, to] = endItems(link);
            if (from && (sight.contains(cardOf(from)) || sight.contains(cardOf(to))) &&
                ++surely > QuietBudget)
                return surely;
        }
    }
    ensureGeometry();
    int count = 0;
    for (const Route& route : m_routes)
        count += route.restBounds.intersects(sight) ? 1 : 0; // what is drawn at rest
    return count;
}

} // namespace tandem
