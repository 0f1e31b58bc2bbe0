#include "notetext.h"

#include "textdrawing.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextOption>

namespace tandem {

namespace {

// QTextLayout aligns as told (unlike QTextDocument): left and right mean the
// start and end of the paragraph unless Qt::AlignAbsolute says otherwise.
Qt::Alignment visualAlignment(Qt::Alignment alignment, bool rightToLeft) {
    if (rightToLeft && !(alignment & Qt::AlignAbsolute) &&
        (alignment & (Qt::AlignLeft | Qt::AlignRight)))
        alignment ^= Qt::AlignLeft | Qt::AlignRight;
    return alignment;
}

} // namespace

void NoteText::setText(const QString& text, const QFont& font, qreal width,
                       Qt::Alignment alignment) {
    m_text = text;
    m_width = width;
    m_paragraphs.clear();
    m_lineCount = 0;
    qreal y = 0;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        auto layout = std::make_unique<QTextLayout>(paragraph, font);
        const bool rightToLeft = paragraph.isRightToLeft();
        QTextOption option(visualAlignment(alignment, rightToLeft));
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        option.setTextDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
        layout->setTextOption(option);
        layout->setCacheEnabled(true);
        layout->beginLayout();
        for (;;) {
            QTextLine line = layout->createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            y += line.height();
            ++m_lineCount;
        }
        layout->endLayout();
        m_paragraphs.push_back(std::move(layout));
    }
    m_height = y;
}

qreal NoteText::heightWithin(qreal maxHeight) const {
    qreal height = 0;
    for (const auto& layout : m_paragraphs) {
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            if (maxHeight >= 0 && line.y() + line.height() > maxHeight + 0.5)
                return height;
            height = line.y() + line.height();
        }
    }
    return height;
}

void NoteText::draw(QPainter* painter, const QPointF& pos, qreal maxHeight) const {
    for (const auto& layout : m_paragraphs) {
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            if (maxHeight >= 0 && line.y() + line.height() > maxHeight + 0.5)
                return;
            drawTextLine(painter, *layout, line, pos);
        }
    }
}

void TextLabel::draw(QPainter* painter, const QRectF& rect, int flags, const QString& text,
                     const QFont& font) {
    const bool wrap = flags & Qt::TextWordWrap;
    if (text != m_source || font != m_font || flags != m_flags || rect.width() != m_width) {
        m_source = text;
        m_font = font;
        m_flags = flags;
        m_width = rect.width();
        // An elided line is laid out a hair wider than it measures, so that
        // rounding never breaks it in two.
        const QString shown =
            wrap ? text : QFontMetricsF(font).elidedText(text, Qt::ElideRight, m_width);
        m_layout.setText(shown, font, wrap ? m_width : m_width + 1,
                         Qt::Alignment(flags & Qt::AlignHorizontal_Mask) | Qt::AlignAbsolute);
    }
    const qreal height = wrap ? m_layout.heightWithin(rect.height()) : m_layout.height();
    const qreal top =
        flags & Qt::AlignVCenter ? rect.top() + (rect.height() - height) / 2 : rect.top();
    m_layout.draw(painter, QPointF(rect.left(), top), wrap ? rect.height() : -1);
}

} // namespace tandem
