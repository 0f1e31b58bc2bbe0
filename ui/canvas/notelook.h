#pragma once

#include <QColor>
#include <QString>

class QPainter;
class QRectF;
class QSizeF;

namespace tandem {

// What the canvas shows on a note beyond the note's own data: its money (a
// revenue stream's or cost's amount in a line of its own, a value
// proposition's margin as a badge on its lower edge) and the colour a lens
// gives it. CanvasDecorations works it out for the whole session and hands
// each note item its look; the item draws it on screen and in every export.
struct NoteLook {
    enum class Tone { Neutral, Earning, Losing };

    QString amount; // formatted, or empty
    QString badge;  // the margin, formatted with its sign, or empty
    Tone badgeTone = Tone::Neutral;
    QColor lensFill; // invalid: the note's own colour

    bool operator==(const NoteLook& other) const = default;
};

// Drawing a note's look, kept out of NoteItem so that the note stays small.
namespace notelook {

// The room the amount line takes at the bottom of a note that has an amount.
qreal amountLineHeight();
// The amount, bold, in the line at the bottom of the note's text area.
void paintAmount(QPainter* painter, const QRectF& line, const QString& text, const QColor& fill);
// The room a margin badge takes at the bottom of a note that has one.
qreal badgeRoom();
// The margin badge: a pill at the bottom left of a card this size, in the
// colour of its tone (green earning, red losing, grey breaking even).
void paintBadge(QPainter* painter, const QSizeF& card, const NoteLook& look);
QColor toneColor(NoteLook::Tone tone);

} // namespace notelook

} // namespace tandem
