#include "notetext.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextOption>

namespace tandem {

void NoteText::setText(const QString& text, const QFont& font, qreal width,
                       Qt::Alignment alignment) {
    m_text = text;
    m_width = width;
    QString laidOut = text;
    laidOut.replace(QLatin1Char('\n'), QChar::LineSeparator);
    m_layout = std::make_unique<QTextLayout>(laidOut, font);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout->setTextOption(option);
    m_layout->setCacheEnabled(true);
    m_layout->beginLayout();
    qreal y = 0;
    for (;;) {
        QTextLine line = m_layout->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    m_layout->endLayout();
    m_height = y;
}

qreal NoteText::heightWithin(qreal maxHeight) const {
    if (!m_layout)
        return 0;
    qreal height = 0;
    for (int i = 0; i < m_layout->lineCount(); ++i) {
        const QTextLine line = m_layout->lineAt(i);
        if (maxHeight >= 0 && line.y() + line.height() > maxHeight + 0.5)
            break;
        height = line.y() + line.height();
    }
    return height;
}

void NoteText::draw(QPainter* painter, const QPointF& pos, qreal maxHeight) const {
    if (!m_layout)
        return;
    if (maxHeight < 0) {
        m_layout->draw(painter, pos);
        return;
    }
    for (int i = 0; i < m_layout->lineCount(); ++i) {
        const QTextLine line = m_layout->lineAt(i);
        if (line.y() + line.height() > maxHeight + 0.5)
            break;
        line.draw(painter, pos);
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
                         Qt::Alignment(flags & Qt::AlignHorizontal_Mask));
    }
    const qreal height = wrap ? m_layout.heightWithin(rect.height()) : m_layout.height();
    const qreal top =
        flags & Qt::AlignVCenter ? rect.top() + (rect.height() - height) / 2 : rect.top();
    m_layout.draw(painter, QPointF(rect.left(), top), wrap ? rect.height() : -1);
}

} // namespace tandem
