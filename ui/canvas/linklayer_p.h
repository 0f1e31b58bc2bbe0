#pragma once

// Geometry the link layer's routing and bundling share: card edges, the
// direction a line leaves them, and the cubic curves between two ends.

#include <QPainterPath>
#include <QPointF>
#include <QRectF>

#include <algorithm>
#include <cmath>
#include <utility>

namespace tandem::linkgeometry {

enum class Side { Left, Right, Top, Bottom };

inline QPointF outward(Side side) {
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

inline bool isHorizontal(Side side) {
    return side == Side::Left || side == Side::Right;
}

// The edge of a card that faces the other end. Notes use the side with the
// widest gap; stages sit edge to edge in their row, so they are always
// entered from above or below.
inline Side facingSide(const QRectF& card, bool stage, const QRectF& other) {
    const QPointF mine = card.center();
    const QPointF theirs = other.center();
    const qreal hGap = std::max(other.left() - card.right(), card.left() - other.right());
    const qreal vGap = std::max(other.top() - card.bottom(), card.top() - other.bottom());
    if (!stage && hGap >= vGap)
        return theirs.x() >= mine.x() ? Side::Right : Side::Left;
    return theirs.y() >= mine.y() ? Side::Bottom : Side::Top;
}

// The stretch of an edge where link ends may sit.
inline std::pair<QPointF, QPointF> portRange(const QRectF& card, bool stage, Side side) {
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

inline QPointF portAt(const QRectF& card, bool stage, Side side, int index, int count) {
    const auto [first, last] = portRange(card, stage, side);
    return first + (last - first) * ((index + 0.5) / std::max(1, count));
}

// The four control points of a cubic from p0 to p3.
struct Cubic {
    QPointF p0;
    QPointF c1;
    QPointF c2;
    QPointF p3;

    // Appended as QPainterPath::cubicTo() appends it (nothing when all four
    // points are one).
    void addTo(QPainterPath& path) const {
        path.moveTo(p0);
        path.cubicTo(c1, c2, p3);
    }
    QPainterPath toPath() const {
        QPainterPath path;
        path.reserve(4);
        addTo(path);
        return path;
    }
    // Widens `rect` (from QPainterPath::controlPointRect()'s first point) by
    // the points, as controlPointRect() does.
    void extend(qreal& minX, qreal& minY, qreal& maxX, qreal& maxY) const {
        for (const QPointF& point : {p0, c1, c2, p3}) {
            minX = std::min(minX, point.x());
            maxX = std::max(maxX, point.x());
            minY = std::min(minY, point.y());
            maxY = std::max(maxY, point.y());
        }
    }
    // QPainterPath::controlPointRect() of the curve alone, without the path.
    QRectF controlRect() const {
        qreal minX = p0.x();
        qreal minY = p0.y();
        qreal maxX = minX;
        qreal maxY = minY;
        extend(minX, minY, maxX, maxY);
        return QRectF(minX, minY, maxX - minX, maxY - minY);
    }
};

// A cubic that leaves each end at right angles to its edge; a zero
// direction (a free point) takes the curve straight in.
inline Cubic bezierCubic(const QPointF& p0, const QPointF& d0, const QPointF& p3,
                         const QPointF& d3) {
    const QPointF delta = p3 - p0;
    const qreal distance = std::hypot(delta.x(), delta.y());
    auto reach = [&](const QPointF& direction) {
        const qreal along = std::abs(direction.x() * delta.x() + direction.y() * delta.y());
        return std::clamp(0.5 * std::max(along, 0.4 * distance), 18.0, 320.0);
    };
    return {p0, p0 + d0 * reach(d0), p3 + d3 * reach(d3), p3};
}

inline QPainterPath bezier(const QPointF& p0, const QPointF& d0, const QPointF& p3,
                           const QPointF& d3) {
    return bezierCubic(p0, d0, p3, d3).toPath();
}

} // namespace tandem::linkgeometry
