#include "lenslegend.h"

#include "theme.h"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>

#include <algorithm>

namespace tandem {

namespace {

QFont legendFont(int pixels, QFont::Weight weight) {
    QFont font = Theme::canvasSubtitleFont();
    font.setPixelSize(pixels);
    font.setWeight(weight);
    return font;
}

// The title and the caption, on one line cut to the width.
void paintHeading(QPainter* painter, const QRectF& line, const LensLegend& legend) {
    const QFont bold = legendFont(20, QFont::Bold);
    const QFont plain = legendFont(18, QFont::Normal);
    const QFontMetricsF boldMetrics(bold);
    const QString title = boldMetrics.elidedText(legend.title, Qt::ElideRight, line.width());
    const qreal titleWidth = boldMetrics.horizontalAdvance(title);
    painter->setFont(bold);
    painter->setPen(Theme::blockTitle());
    painter->drawText(QRectF(line.left(), line.top(), titleWidth + 1, line.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, title);
    const qreal rest = line.width() - titleWidth - 12;
    if (legend.caption.isEmpty() || rest < 40)
        return;
    painter->setFont(plain);
    painter->setPen(Theme::noteSubtleText());
    painter->drawText(QRectF(line.right() - rest, line.top(), rest, line.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(plain).elidedText(legend.caption, Qt::ElideRight, rest));
}

// One bar through the keys' colours, the ends named beside it and each
// key's label under its place.
void paintScale(QPainter* painter, const QRectF& area, const LensLegend& legend) {
    const QFont endFont = legendFont(17, QFont::DemiBold);
    const QFont labelFont = legendFont(16, QFont::Normal);
    const QFontMetricsF endMetrics(endFont);
    const qreal low = legend.lowEnd.isEmpty() ? 0 : endMetrics.horizontalAdvance(legend.lowEnd) + 8;
    const qreal high =
        legend.highEnd.isEmpty() ? 0 : endMetrics.horizontalAdvance(legend.highEnd) + 8;
    const QRectF bar(area.left() + low, area.top(), area.width() - low - high, 18);
    if (bar.width() < 40 || legend.keys.empty())
        return;
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    const std::size_t last = legend.keys.size() - 1;
    for (std::size_t i = 0; i <= last; ++i)
        gradient.setColorAt(last == 0 ? 0.0 : static_cast<qreal>(i) / last, legend.keys[i].color);
    painter->setPen(QPen(Theme::noteBorder(QColor(0xf0, 0xf0, 0xf0)), 1));
    painter->setBrush(gradient);
    painter->drawRoundedRect(bar, 3, 3);
    painter->setFont(endFont);
    painter->setPen(Theme::blockTitle());
    painter->drawText(QRectF(area.left(), bar.top() - 4, low, bar.height() + 8),
                      Qt::AlignLeft | Qt::AlignVCenter, legend.lowEnd);
    painter->drawText(QRectF(bar.right() + 8, bar.top() - 4, high, bar.height() + 8),
                      Qt::AlignLeft | Qt::AlignVCenter, legend.highEnd);
    painter->setFont(labelFont);
    painter->setPen(Theme::noteSubtleText());
    const qreal labelTop = bar.bottom() + 2;
    const qreal labelHeight = area.bottom() - labelTop;
    for (std::size_t i = 0; i <= last; ++i) {
        const QString& label = legend.keys[i].label;
        if (label.isEmpty())
            continue;
        const qreal x = bar.left() + (last == 0 ? 0.5 : static_cast<qreal>(i) / last) * bar.width();
        const qreal width = QFontMetricsF(labelFont).horizontalAdvance(label) + 2;
        Qt::Alignment align = Qt::AlignHCenter;
        QRectF box(x - width / 2, labelTop, width, labelHeight);
        if (i == 0) {
            box.moveLeft(bar.left());
            align = Qt::AlignLeft;
        } else if (i == last) {
            box.moveRight(bar.right());
            align = Qt::AlignRight;
        }
        painter->drawText(box, align | Qt::AlignTop, label);
    }
}

// Keys side by side: a swatch and its label each.
void paintKeys(QPainter* painter, const QRectF& area, const LensLegend& legend) {
    const QFont font = legendFont(17, QFont::Normal);
    const QFontMetricsF metrics(font);
    painter->setFont(font);
    qreal x = area.left();
    const qreal swatch = 20;
    for (const LegendKey& key : legend.keys) {
        const qreal width = swatch + 6 + metrics.horizontalAdvance(key.label);
        if (x + width > area.right())
            break;
        painter->setPen(QPen(Theme::noteBorder(key.color), 1));
        painter->setBrush(key.color);
        painter->drawRoundedRect(QRectF(x, area.top(), swatch, swatch), 3, 3);
        painter->setPen(Theme::blockTitle());
        painter->drawText(QRectF(x + swatch + 6, area.top() - 3, width, swatch + 6),
                          Qt::AlignLeft | Qt::AlignVCenter, key.label);
        x += width + 22;
    }
}

} // namespace

void paintLensLegend(QPainter* painter, const QRectF& area, const LensLegend& legend) {
    if (legend.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const QRectF box(area.topLeft(),
                     QSizeF(std::min(area.width(), LensLegendMaxWidth), area.height()));
    paintHeading(painter, QRectF(box.left(), box.top(), box.width(), 26), legend);
    const QRectF keys(box.left(), box.top() + 31, box.width(), box.height() - 31);
    if (legend.scale)
        paintScale(painter, keys, legend);
    else
        paintKeys(painter, keys, legend);
    painter->restore();
}

} // namespace tandem
