#pragma once

#include <QHash>
#include <QPixmap>
#include <QPoint>
#include <QRectF>

#include <cstdint>
#include <functional>

class QPainter;

namespace tandem {

// The resting links as the screen shows them: square bitmaps of the view at
// one zoom (tiles), made where the view paints and kept until the links, the
// focus or the zoom change (LinkLayer).
//
// One bitmap of the whole view, as QGraphicsItem's DeviceCoordinateCache
// keeps, is copied into a new bitmap at every scroll and redrawn whole at
// every zoom, and a repaint of the window blends all of it even where no
// link passes. Tiles are fixed in the scene at the zoom: a scroll only draws
// the tiles it uncovers, a repaint blends only tiles with links in them, and
// the tiles a frame needs are drawn on both cores at once (each into its own
// image, the painting function being safe to call from two threads).
// Screen only: exports draw the links as vectors.
class LinkTiles {
public:
    // Paints the links crossing `sceneRect` (the tile, in scene units) on a
    // painter already set to the tile's zoom; returns whether it drew any.
    // Called from the GUI thread and from one worker at once: on the worker
    // (`onWorker`) it must not hand the GUI thread's QPainterPaths to the
    // painter, which fills caches inside them, but copies of them.
    using PaintFunction = std::function<bool(QPainter*, const QRectF& sceneRect, bool onWorker)>;

    // Draws the part `exposed` (scene units) of the links on `painter`,
    // whose world transform is the view's: from tiles, making the missing
    // ones with `paintLinks`. Returns false, drawing nothing, when the
    // transform is not a plain scale and move (the caller then paints the
    // links itself).
    bool paint(QPainter* painter, const QRectF& exposed, const PaintFunction& paintLinks);
    // The scene area the tiles showing `exposed` at `scale` cover, with the
    // pen's reach: the links `paintLinks` may be asked to draw lie in it.
    static QRectF coveredArea(const QRectF& exposed, qreal scale);
    // Forgets every tile (the links or their look changed).
    void clear();
    // Forgets the tiles that show part of `sceneRect`.
    void clear(const QRectF& sceneRect);
    // How many tiles are kept, and how many of them have links in them.
    int tileCount() const { return static_cast<int>(m_tiles.size()); }
    int drawnTileCount() const;

    // Tile side in device-independent pixels, and how many tiles are kept
    // at most (about three screens of 1920x1080).
    static constexpr int TileSize = 256;
    static constexpr int MaxTiles = 160;

private:
    struct Tile {
        QPixmap pixmap; // null: no link crosses the tile
        std::uint64_t used = 0;
    };
    QRectF sceneRectOf(const QPoint& tile) const;
    void makeTiles(const std::vector<QPoint>& missing, const PaintFunction& paintLinks);
    void trim();

    QHash<QPoint, Tile> m_tiles;
    qreal m_scale = 0;
    qreal m_pixelRatio = 0;
    std::uint64_t m_frame = 0;
};

} // namespace tandem
