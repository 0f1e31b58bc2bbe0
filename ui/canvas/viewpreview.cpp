#include "viewpreview.h"

#include <QBrush>
#include <QPainter>
#include <QRegion>
#include <QtMath>

#include <algorithm>

namespace tandem {

void ViewPreview::add(QPixmap picture, const QTransform& sceneToViewport) {
    if (picture.isNull())
        return;
    if (m_shots.size() >= MaxShots)
        m_shots.erase(m_shots.begin());
    m_shots.push_back(Shot{std::move(picture), sceneToViewport.inverted(), 1});
}

void ViewPreview::setTopOpacity(qreal opacity) {
    if (!m_shots.empty())
        m_shots.back().opacity = std::clamp(opacity, 0.0, 1.0);
}

void ViewPreview::paint(QPainter* painter, const QTransform& sceneToViewport, const QRect& area,
                        const QBrush& background) const {
    painter->save();
    painter->setClipRect(area);
    // Only what no opaque picture covers needs the background: a full fill
    // of a 1080p view costs as much as drawing a picture.
    QRegion bare(area);
    for (const Shot& shot : m_shots) {
        if (shot.opacity >= 1) {
            const QTransform mapping = shot.viewportToScene * sceneToViewport;
            const QRectF covered =
                mapping.mapRect(QRectF(QPointF(0, 0), shot.picture.deviceIndependentSize()));
            // Whole pixels inside the picture: its soft edge gets background.
            const QPoint from(qCeil(covered.left()), qCeil(covered.top()));
            const QPoint to(qFloor(covered.right()), qFloor(covered.bottom()));
            bare -= QRect(from, to - QPoint(1, 1));
        }
    }
    for (const QRect& rect : bare)
        painter->fillRect(rect, background);
    // Unfiltered: bilinear filtering of a whole 1080p picture costs more
    // than the rest of the frame, and the picture shows only while moving.
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    for (const Shot& shot : m_shots) {
        if (shot.opacity <= 0)
            continue;
        painter->setOpacity(shot.opacity);
        painter->setTransform(shot.viewportToScene * sceneToViewport);
        painter->drawPixmap(QPointF(0, 0), shot.picture);
    }
    painter->restore();
}

} // namespace tandem
