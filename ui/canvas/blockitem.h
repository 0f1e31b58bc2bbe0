#pragma once

#include "model.h"
#include "notetext.h"

#include <QGraphicsItem>

namespace tandem {

class CanvasScene;

// The frame of one canvas block: border, title, and the facilitator's
// guiding question, shown faintly while the block is empty. Also draws the
// OMC's mirrored column (value propositions and customers) and the empty
// state of the value-chain area. Double-clicking it adds a note. The money
// blocks show their total per period at the right of their title.
class BlockItem : public QGraphicsItem {
public:
    enum { Type = QGraphicsItem::UserType + 2 };

    BlockItem(Block block, bool mirror);

    int type() const override { return Type; }
    Block block() const { return m_block; }
    bool isMirror() const { return m_mirror; }
    void setRect(const QRectF& sceneRect);
    void setEmpty(bool empty);
    // A figure at the right of the title ("€990,000 / year"), or none.
    void setFigure(const QString& figure);
    QString figure() const { return m_figure; }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;

private:
    CanvasScene* canvasScene() const;

    Block m_block;
    bool m_mirror;
    bool m_empty = true;
    QSizeF m_size;
    TextLabel m_title;
    TextLabel m_source; // "from the BMC" on the mirrored column
    TextLabel m_hint;
    QString m_figure;
    TextLabel m_figureLabel;
};

} // namespace tandem
