#include "presenterdimitem.h"

#include "canvasscene.h"

#include <QPainter>

namespace tandem {

PresenterDimItem::PresenterDimItem(CanvasScene* scene)
    : m_scene(scene) {
    // Above notes and links, below the in-place editor.
    setZValue(CanvasScene::ZMarker - 1);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    scene->addItem(this);
    updateArea();
}

void PresenterDimItem::updateArea() {
    QRectF area;
    for (Canvas canvas : {Canvas::Business, Canvas::Operating}) {
        if (m_scene->layout().isVisible(canvas))
            area |= m_scene->canvasRect(canvas);
    }
    prepareGeometryChange();
    m_area = area.adjusted(-20, -20, 20, 20);
}

void PresenterDimItem::setFocusRect(const QRectF& rect) {
    prepareGeometryChange();
    m_focus = rect;
}

QRectF PresenterDimItem::boundingRect() const {
    return m_area;
}

QPainterPath PresenterDimItem::veil() const {
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    path.addRect(m_area);
    if (!m_focus.isEmpty())
        path.addRoundedRect(m_focus.adjusted(-6, -6, 6, 6), 8, 8);
    return path;
}

QPainterPath PresenterDimItem::shape() const {
    return veil();
}

void PresenterDimItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    if (m_scene->exportMode())
        return;
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(236, 240, 245, 205));
    painter->drawPath(veil());
    if (!m_focus.isEmpty()) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(QColor(0x1b, 0x24, 0x30, 170), 3));
        painter->drawRoundedRect(m_focus.adjusted(-6, -6, 6, 6), 8, 8);
    }
}

} // namespace tandem
