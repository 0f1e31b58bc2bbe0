#pragma once

#include <QGraphicsObject>

namespace tandem {

class CanvasScene;

// Facilitation mode's veil: a pale wash over the canvases everywhere but the
// block under discussion, so the room looks where the facilitator is. It
// takes no clicks (notes stay editable underneath) and is left out of exports.
class PresenterDimItem : public QGraphicsObject {
    Q_OBJECT

public:
    enum { Type = QGraphicsItem::UserType + 22 };

    explicit PresenterDimItem(CanvasScene* scene);

    int type() const override { return Type; }
    // The scene rect left clear (the focused block).
    void setFocusRect(const QRectF& rect);
    QRectF focusRect() const { return m_focus; }
    // Follows the canvases when the arrangement changes.
    void updateArea();

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QPainterPath veil() const;

    CanvasScene* m_scene;
    QRectF m_area;
    QRectF m_focus;
};

} // namespace tandem
