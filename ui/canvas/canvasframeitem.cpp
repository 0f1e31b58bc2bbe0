#include "canvasframeitem.h"

#include "canvaslayout.h"
#include "canvasscene.h"
#include "lenslegend.h"
#include "theme.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace tandem {

CanvasFrameItem::CanvasFrameItem(Canvas canvas)
    : m_canvas(canvas) {
    setZValue(CanvasScene::ZCanvas);
}

void CanvasFrameItem::setRect(const QRectF& sceneRect) {
    if (sceneRect.size() != m_size) {
        prepareGeometryChange();
        m_size = sceneRect.size();
    }
    setPos(sceneRect.topLeft());
}

void CanvasFrameItem::setSubtitle(const QString& subtitle) {
    if (m_subtitle != subtitle) {
        m_subtitle = subtitle;
        update();
    }
}

void CanvasFrameItem::setLegend(const LensLegend& legend) {
    if (m_legend != legend) {
        m_legend = legend;
        update();
    }
}

QRectF CanvasFrameItem::boundingRect() const {
    return QRectF(QPointF(0, 0), m_size).adjusted(-2, -2, 10, 12);
}

void CanvasFrameItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    const QRectF sheet(QPointF(0, 0), m_size);
    painter->setPen(Qt::NoPen);
    // Paper on the desk; on a page the sheet is the page (and SVG has no
    // clipping to hide a shadow falling outside the exported rect).
    const auto* owner = qobject_cast<const CanvasScene*>(scene());
    if (!owner || !owner->exportMode()) {
        painter->setBrush(Theme::canvasShadow());
        painter->drawRect(sheet.translated(4, 6));
    }
    // Opaque rectangles: without antialiasing they are plain memory fills.
    const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(sheet, Theme::canvasFill());
    // A thin band in the canvas's accent colour tells the two sheets apart
    // from the back of the room.
    painter->fillRect(QRectF(0, 0, m_size.width(), 6), Theme::accent(m_canvas));
    painter->setRenderHint(QPainter::Antialiasing, antialiased);

    const bool business = m_canvas == Canvas::Business;
    const QString title =
        business ? QCoreApplication::translate("CanvasFrameItem", "Business Model Canvas")
                 : QCoreApplication::translate("CanvasFrameItem", "Operating Model Canvas");
    const QString tagline =
        business
            ? QCoreApplication::translate("CanvasFrameItem", "What value, for whom, for what money")
            : QCoreApplication::translate("CanvasFrameItem", "How the work gets done");
    const QRectF header(0, 6, m_size.width(), CanvasLayout::HeaderHeight - 6);
    painter->setPen(Theme::blockTitle());
    const QRectF titleRect = header.adjusted(2, 0, 0, -4);
    m_title.draw(painter, titleRect, Qt::AlignLeft | Qt::AlignVCenter, title,
                 Theme::canvasTitleFont());
    const qreal titleWidth = QFontMetricsF(Theme::canvasTitleFont()).horizontalAdvance(title);

    const QRectF subtitleRect = titleRect.adjusted(0, 6, -2, 0);
    const qreal subtitleWidth = titleRect.width() / 2.4;
    if (m_legend.isEmpty()) {
        painter->setPen(Theme::noteSubtleText());
        const QRectF taglineRect = titleRect.adjusted(titleWidth + 18, 6, 0, 0);
        m_tagline.draw(
            painter,
            QRectF(taglineRect.topLeft(), QSizeF(taglineRect.width() / 2, taglineRect.height())),
            Qt::AlignLeft | Qt::AlignVCenter, tagline, Theme::canvasSubtitleFont());
    } else {
        // Between the canvas's name and the session's title.
        const qreal subtitleShown =
            std::min(subtitleWidth,
                     QFontMetricsF(Theme::canvasSubtitleFont()).horizontalAdvance(m_subtitle) + 4);
        const qreal left = titleRect.left() + titleWidth + 28;
        const qreal right = subtitleRect.right() - subtitleShown - 28;
        paintLensLegend(painter, QRectF(left, header.top() + 4, right - left, header.height() - 8),
                        m_legend);
    }
    m_subtitleLabel.draw(painter,
                         QRectF(subtitleRect.right() - subtitleWidth, subtitleRect.top(),
                                subtitleWidth, subtitleRect.height()),
                         Qt::AlignRight | Qt::AlignVCenter, m_subtitle,
                         Theme::canvasSubtitleFont());

    const QString credit =
        business ? QCoreApplication::translate(
                       "CanvasFrameItem", "Business Model Canvas: Strategyzer AG, CC BY-SA 3.0")
                 : QCoreApplication::translate("CanvasFrameItem",
                                               "Operating Model Canvas: Campbell, Gutierrez and "
                                               "Lancelott (2017)");
    const QRectF footer(2, m_size.height() - CanvasLayout::FooterHeight, m_size.width() - 4,
                        CanvasLayout::FooterHeight);
    painter->setPen(Theme::hint());
    m_credit.draw(painter, footer, Qt::AlignRight | Qt::AlignVCenter, credit, Theme::creditFont());
}

} // namespace tandem
