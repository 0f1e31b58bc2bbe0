#include "linktiles.h"

#include <QImage>
#include <QPainter>
#include <QSemaphore>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <memory>
#include <vector>

namespace tandem {

namespace {

// Links reach this far (device pixels) past the curves' control points: the
// pen, the round caps and the end dots.
constexpr qreal PenReach = 8;

// A range of tile indices: the tiles a rect of the zoomed scene touches.
struct TileRange {
    int left, top, right, bottom;
};

TileRange tilesOf(const QRectF& zoomed) {
    const qreal size = LinkTiles::TileSize;
    return {static_cast<int>(std::floor(zoomed.left() / size)),
            static_cast<int>(std::floor(zoomed.top() / size)),
            static_cast<int>(std::floor((zoomed.right() - 1e-6) / size)),
            static_cast<int>(std::floor((zoomed.bottom() - 1e-6) / size))};
}

} // namespace

QRectF LinkTiles::coveredArea(const QRectF& exposed, qreal scale) {
    if (scale <= 0)
        return exposed;
    const TileRange range = tilesOf(QRectF(exposed.topLeft() * scale, exposed.size() * scale));
    const qreal side = TileSize / scale;
    const qreal reach = PenReach / scale;
    return QRectF(range.left * side - reach, range.top * side - reach,
                  (range.right - range.left + 1) * side + 2 * reach,
                  (range.bottom - range.top + 1) * side + 2 * reach);
}

QRectF LinkTiles::sceneRectOf(const QPoint& tile) const {
    const qreal side = TileSize / m_scale;
    return QRectF(tile.x() * side, tile.y() * side, side, side);
}

bool LinkTiles::paint(QPainter* painter, const QRectF& exposed, const PaintFunction& paintLinks) {
    const QTransform world = painter->worldTransform();
    const qreal scale = world.m11();
    if (world.type() > QTransform::TxScale || scale <= 0 || std::abs(world.m22() - scale) > 1e-9)
        return false;
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    if (scale != m_scale || ratio != m_pixelRatio) {
        m_tiles.clear();
        m_scale = scale;
        m_pixelRatio = ratio;
    }
    ++m_frame;
    const QRectF zoomed(exposed.topLeft() * scale, exposed.size() * scale);
    const TileRange range = tilesOf(zoomed);
    std::vector<QPoint> wanted;
    std::vector<QPoint> missing;
    for (int y = range.top; y <= range.bottom; ++y) {
        for (int x = range.left; x <= range.right; ++x) {
            const QPoint key(x, y);
            wanted.push_back(key);
            auto found = m_tiles.find(key);
            if (found == m_tiles.end())
                missing.push_back(key);
            else
                found->used = m_frame;
        }
    }
    makeTiles(missing, paintLinks);

    // Each tile where its corner of the zoomed scene lies on the device,
    // on whole pixels, as the notes' bitmaps are.
    painter->save();
    painter->setWorldTransform(QTransform());
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    for (const QPoint& key : wanted) {
        const Tile& tile = m_tiles[key];
        if (tile.pixmap.isNull())
            continue;
        const QPointF corner(key.x() * TileSize + world.dx(), key.y() * TileSize + world.dy());
        painter->drawPixmap(QPoint(qRound(corner.x()), qRound(corner.y())), tile.pixmap);
    }
    painter->restore();
    trim();
    return true;
}

void LinkTiles::makeTiles(const std::vector<QPoint>& missing, const PaintFunction& paintLinks) {
    if (missing.empty())
        return;
    const int pixels = qCeil(TileSize * m_pixelRatio);
    const qreal reach = PenReach / m_scale;
    std::vector<QImage> images(missing.size());
    std::vector<char> drawn(missing.size(), 0);
    std::atomic<std::size_t> next{0};
    // Takes the next tile nobody has taken yet, until none is left.
    auto work = [&](bool onWorker) {
        for (std::size_t i = next++; i < missing.size(); i = next++) {
            QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(m_pixelRatio);
            image.fill(Qt::transparent);
            QPainter tilePainter(&image);
            tilePainter.setRenderHint(QPainter::Antialiasing);
            tilePainter.setTransform(QTransform(m_scale, 0, 0, m_scale, -missing[i].x() * TileSize,
                                                -missing[i].y() * TileSize));
            const QRectF area = sceneRectOf(missing[i]).adjusted(-reach, -reach, reach, reach);
            drawn[i] = paintLinks(&tilePainter, area, onWorker) ? 1 : 0;
            tilePainter.end();
            if (drawn[i])
                images[i] = std::move(image);
        }
    };
    // A second core draws tiles too when one is free; this thread never
    // waits for a worker that has not started.
    auto done = std::make_shared<QSemaphore>();
    bool helped = false;
    if (missing.size() > 1) {
        helped = QThreadPool::globalInstance()->tryStart([work, done] {
            work(true);
            done->release();
        });
    }
    work(false);
    if (helped)
        done->acquire();
    for (std::size_t i = 0; i < missing.size(); ++i) {
        Tile tile;
        tile.used = m_frame;
        if (drawn[i])
            tile.pixmap = QPixmap::fromImage(std::move(images[i]));
        m_tiles.insert(missing[i], tile);
    }
}

void LinkTiles::trim() {
    if (m_tiles.size() <= MaxTiles)
        return;
    // The tiles shown longest ago go first; those of this frame stay.
    std::vector<std::pair<std::uint64_t, QPoint>> byAge;
    byAge.reserve(static_cast<std::size_t>(m_tiles.size()));
    for (auto it = m_tiles.cbegin(); it != m_tiles.cend(); ++it)
        byAge.emplace_back(it->used, it.key());
    std::sort(byAge.begin(), byAge.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    std::size_t excess = static_cast<std::size_t>(m_tiles.size()) - MaxTiles * 3 / 4;
    for (const auto& [used, key] : byAge) {
        if (excess == 0 || used == m_frame)
            break;
        m_tiles.remove(key);
        --excess;
    }
}

void LinkTiles::clear() {
    m_tiles.clear();
}

void LinkTiles::clear(const QRectF& sceneRect) {
    if (m_tiles.isEmpty() || m_scale <= 0)
        return;
    const qreal reach = PenReach / m_scale;
    const QRectF padded = sceneRect.adjusted(-reach, -reach, reach, reach);
    const TileRange range = tilesOf(QRectF(padded.topLeft() * m_scale, padded.size() * m_scale));
    if (qint64(range.right - range.left + 1) * (range.bottom - range.top + 1) > m_tiles.size()) {
        for (auto it = m_tiles.begin(); it != m_tiles.end();) {
            const QPoint key = it.key();
            const bool inside = key.x() >= range.left && key.x() <= range.right &&
                                key.y() >= range.top && key.y() <= range.bottom;
            it = inside ? m_tiles.erase(it) : std::next(it);
        }
        return;
    }
    for (int y = range.top; y <= range.bottom; ++y) {
        for (int x = range.left; x <= range.right; ++x)
            m_tiles.remove(QPoint(x, y));
    }
}

int LinkTiles::drawnTileCount() const {
    return static_cast<int>(std::count_if(m_tiles.cbegin(), m_tiles.cend(),
                                          [](const Tile& tile) { return !tile.pixmap.isNull(); }));
}

} // namespace tandem
