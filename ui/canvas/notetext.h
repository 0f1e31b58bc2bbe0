#pragma once

#include <QFont>
#include <QString>
#include <QTextLayout>

#include <memory>
#include <vector>

class QPainter;

namespace tandem {

// Wrapped text laid out once and drawn many times. Notes draw from this
// cache instead of owning a QGraphicsTextItem each (5-8x slower to create),
// and the glyphs are drawn as text, so SVG and PDF exports keep real text.
// Each paragraph takes the direction of its first strong letter (Unicode's
// rule), so an Arabic or Hebrew line reads right to left and, aligned
// left (Qt::AlignLeft without Qt::AlignAbsolute), starts at the right.
class NoteText {
public:
    NoteText() = default;

    // Lays out the text at a width; '\n' starts a new paragraph.
    void setText(const QString& text, const QFont& font, qreal width,
                 Qt::Alignment alignment = Qt::AlignLeft);
    bool isEmpty() const { return m_lineCount == 0; }
    QString text() const { return m_text; }
    qreal width() const { return m_width; }
    qreal height() const { return m_height; }
    // Draws the lines that fit in maxHeight (all when negative), top-left at pos.
    void draw(QPainter* painter, const QPointF& pos, qreal maxHeight = -1) const;
    // Height of the lines that fit in maxHeight.
    qreal heightWithin(qreal maxHeight) const;

private:
    // One layout per paragraph, its lines placed below the previous ones.
    std::vector<std::unique_ptr<QTextLayout>> m_paragraphs;
    int m_lineCount = 0;
    QString m_text;
    qreal m_width = 0;
    qreal m_height = 0;
};

// A label of the canvas chrome (a block title, a hint, a credit) drawn from a
// NoteText that is laid out again only when its text, font or width changes:
// QPainter::drawText shapes its text anew at every paint, which made the
// block and canvas titles a fifth of the cost of a whole-canvas repaint.
class TextLabel {
public:
    // Draws text in rect, aligned left, right or centred (absolutely: a
    // label's place is designed, whatever its language), and at the top or
    // centred vertically. With Qt::TextWordWrap in flags the text wraps and
    // the lines that do not fit are left out; without, it is one line cut
    // to the width with an ellipsis.
    void draw(QPainter* painter, const QRectF& rect, int flags, const QString& text,
              const QFont& font);

private:
    NoteText m_layout;
    QString m_source;
    QFont m_font;
    int m_flags = 0;
    qreal m_width = -1;
};

} // namespace tandem
