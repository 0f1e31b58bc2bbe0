#pragma once

#include "lens.h"
#include "model.h"
#include "notetext.h"

#include <QGraphicsItem>

namespace tandem {

// The sheet one canvas is drawn on: its shadow, the header with the canvas
// name and the session's title, and the footer with the licence credit that
// the BMC and OMC ask for (so every export carries it too). While a lens
// colours the notes, its legend takes the tagline's place in the header.
class CanvasFrameItem : public QGraphicsItem {
public:
    enum { Type = QGraphicsItem::UserType + 4 };

    explicit CanvasFrameItem(Canvas canvas);

    int type() const override { return Type; }
    Canvas canvas() const { return m_canvas; }
    void setRect(const QRectF& sceneRect);
    void setSubtitle(const QString& subtitle);
    void setLegend(const LensLegend& legend);
    const LensLegend& legend() const { return m_legend; }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    Canvas m_canvas;
    QSizeF m_size;
    QString m_subtitle;
    LensLegend m_legend;
    TextLabel m_title;
    TextLabel m_tagline;
    TextLabel m_subtitleLabel;
    TextLabel m_credit;
};

} // namespace tandem
