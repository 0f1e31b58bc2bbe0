#include "notelook.h"

#include "theme.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <utility>

namespace tandem::notelook {

namespace {

// A little larger than the note text and bold: the figure is what the room
// reads first, and it shrinks with the note in a crowded block.
QFont amountFont() {
    QFont font = Theme::noteFont();
    font.setPixelSize(Theme::noteTextSize() + 2);
    font.setWeight(QFont::Bold);
    return font;
}

// As large as the note text, and bold: a badge is legible wherever the
// note's own text is, however far a crowded block shrinks it.
QFont badgeFont() {
    QFont font = Theme::noteFont();
    font.setWeight(QFont::Bold);
    return font;
}

} // namespace

// Measured once per text size and thread: notes ask at every layout, and
// heightFor() runs on all cores.
qreal badgeRoom() {
    thread_local std::pair<int, qreal> known{-1, 0};
    if (known.first != Theme::noteTextSize())
        known = {Theme::noteTextSize(), QFontMetricsF(badgeFont()).height() + 6};
    return known.second;
}

qreal amountLineHeight() {
    thread_local std::pair<int, qreal> known{-1, 0};
    if (known.first != Theme::noteTextSize())
        known = {Theme::noteTextSize(), QFontMetricsF(amountFont()).height() + 6};
    return known.second;
}

void paintAmount(QPainter* painter, const QRectF& line, const QString& text, const QColor& fill) {
    if (text.isEmpty())
        return;
    const QFont font = amountFont();
    const QFontMetricsF metrics(font);
    // A hairline above says "the figure of this note", not more text.
    painter->setPen(QPen(Theme::noteBorder(fill), 1));
    painter->drawLine(QPointF(line.left(), line.top() + 2.5),
                      QPointF(line.right(), line.top() + 2.5));
    painter->setFont(font);
    painter->setPen(Theme::noteTextOn(fill));
    const QString shown = metrics.elidedText(text, Qt::ElideRight, line.width());
    painter->drawText(QRectF(line.left(), line.top() + 5, line.width(), line.height() - 5),
                      Qt::AlignLeft | Qt::AlignVCenter, shown);
}

QColor toneColor(NoteLook::Tone tone) {
    switch (tone) {
    case NoteLook::Tone::Earning:
        return QColor(0x1e, 0x7b, 0x34);
    case NoteLook::Tone::Losing:
        return QColor(0xc6, 0x28, 0x28);
    case NoteLook::Tone::Neutral:
        break;
    }
    return QColor(0x5f, 0x67, 0x72);
}

void paintBadge(QPainter* painter, const QSizeF& card, const NoteLook& look) {
    if (look.badge.isEmpty())
        return;
    const QFont font = badgeFont();
    const QFontMetricsF metrics(font);
    const qreal height = metrics.height() + 4;
    const qreal maxWidth = card.width() - 16;
    const QString text = metrics.elidedText(look.badge, Qt::ElideRight, maxWidth - 14);
    const qreal width = std::min(maxWidth, metrics.horizontalAdvance(text) + 14);
    // In the room the note keeps for it at its bottom, under the text and
    // tags; the white rim sets it off from any note colour.
    const QRectF badge(7, card.height() - 7 - height, width, height);
    painter->setPen(QPen(Qt::white, 2));
    painter->setBrush(toneColor(look.badgeTone));
    painter->drawRoundedRect(badge, height / 2, height / 2);
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, text);
}

} // namespace tandem::notelook
