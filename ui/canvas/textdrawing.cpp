#include "textdrawing.h"

#include <QGlyphRun>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QPaintEngine>
#include <QPainter>
#include <QRawFont>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace tandem {

namespace {

// Noto Color Emoji's bitmaps are 136 x 128 pixels at 109 pixels per em:
// drawn from that size, an emoji stays sharp on a poster.
constexpr qreal NativeEmojiPixels = 109;

QMutex cacheMutex;

struct GlyphImage {
    QImage image;
    QRectF rect; // relative to the glyph's origin on the baseline, at the font's size
};

// One image per glyph and size, kept: the PDF engine embeds an image once
// however often it is drawn, if it is the same QImage.
GlyphImage glyphImage(const QRawFont& font, quint32 glyph) {
    static QHash<QString, GlyphImage> cache;
    const QString key = QStringLiteral("%1|%2|%3|%4")
                            .arg(font.familyName(), font.styleName())
                            .arg(glyph)
                            .arg(font.pixelSize());
    QMutexLocker lock(&cacheMutex);
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return it.value();
    const qreal scale = std::max<qreal>(1, NativeEmojiPixels / font.pixelSize());
    QRawFont large = font;
    large.setPixelSize(font.pixelSize() * scale);
    const QList<QPointF> advances = large.advancesForGlyphIndexes(QList<quint32>{glyph});
    const qreal advance = advances.isEmpty() ? large.averageCharWidth() : advances.first().x();
    const QSize size(std::max(1, int(std::ceil(advance))),
                     std::max(1, int(std::ceil(large.ascent() + large.descent()))));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        QGlyphRun run;
        run.setRawFont(large);
        run.setGlyphIndexes({glyph});
        run.setPositions({QPointF(0, large.ascent())});
        painter.drawGlyphRun(QPointF(0, 0), run);
    }
    GlyphImage result{
        image, QRectF(0, -large.ascent() / scale, size.width() / scale, size.height() / scale)};
    cache.insert(key, result);
    return result;
}

void drawColorRun(QPainter* painter, const QGlyphRun& run, const QPointF& position) {
    const QRawFont font = run.rawFont();
    const QList<quint32> glyphs = run.glyphIndexes();
    const QList<QPointF> positions = run.positions();
    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    for (qsizetype i = 0; i < glyphs.size() && i < positions.size(); ++i) {
        const GlyphImage glyph = glyphImage(font, glyphs[i]);
        painter->drawImage(glyph.rect.translated(position + positions[i]), glyph.image);
    }
    painter->restore();
}

// Draws a run's glyphs left to right on the page (a right-to-left run
// holds them in reading order, right to left), colour glyphs as images.
void drawRun(QPainter* painter, QGlyphRun run, const QPointF& position) {
    if (run.isRightToLeft()) {
        QList<quint32> glyphs = run.glyphIndexes();
        QList<QPointF> positions = run.positions();
        std::reverse(glyphs.begin(), glyphs.end());
        std::reverse(positions.begin(), positions.end());
        run.setGlyphIndexes(glyphs);
        run.setPositions(positions);
    }
    if (isColorFont(run.rawFont()))
        drawColorRun(painter, run, position);
    else
        painter->drawGlyphRun(position, run);
}

bool isPdf(const QPainter* painter) {
    const QPaintEngine* engine = painter->paintEngine();
    return engine && engine->type() == QPaintEngine::Pdf;
}

// Lays out one line of text in the painter's font and draws it with its
// top-left corner where `place` puts it, given the line's size.
template <typename Place> void paintLine(QPainter* painter, const QString& text, Place place) {
    QTextLayout layout(text, painter->font());
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    option.setTextDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    if (line.isValid())
        drawTextLine(painter, layout, line, place(line));
}

} // namespace

bool isColorFont(const QRawFont& font) {
    static QHash<QString, bool> known;
    const QString key = font.familyName() + QLatin1Char('|') + font.styleName();
    QMutexLocker lock(&cacheMutex);
    if (const auto it = known.constFind(key); it != known.constEnd())
        return it.value();
    // The location tables are small; the bitmaps (CBDT) are megabytes.
    const bool color = !font.fontTable("CBLC").isEmpty() || !font.fontTable("sbix").isEmpty();
    known.insert(key, color);
    return color;
}

void paintText(QPainter* painter, const QPointF& baseline, const QString& text) {
    if (!isPdf(painter))
        return painter->drawText(baseline, text);
    paintLine(painter, text, [&](const QTextLine& line) {
        return QPointF(baseline.x(), baseline.y() - line.ascent());
    });
}

void paintText(QPainter* painter, const QRectF& rect, int flags, const QString& text) {
    if (!isPdf(painter))
        return painter->drawText(rect, flags, text);
    paintLine(painter, text, [&](const QTextLine& line) {
        const qreal width = line.naturalTextWidth();
        qreal x = rect.left();
        if (flags & Qt::AlignRight)
            x = rect.right() - width;
        else if (flags & Qt::AlignHCenter)
            x = rect.center().x() - width / 2;
        qreal y = rect.top();
        if (flags & Qt::AlignBottom)
            y = rect.bottom() - line.height();
        else if (flags & Qt::AlignVCenter)
            y = rect.center().y() - line.height() / 2;
        return QPointF(x, y);
    });
}

void drawTextLine(QPainter* painter, const QTextLayout& layout, const QTextLine& line,
                  const QPointF& position) {
    if (!isPdf(painter)) {
        line.draw(painter, position);
        return;
    }
    const QList<QGlyphRun> runs = line.glyphRuns();
    if (std::none_of(runs.begin(), runs.end(), [](const QGlyphRun& run) {
            return run.isRightToLeft() || isColorFont(run.rawFont());
        })) {
        line.draw(painter, position);
        return;
    }
    // Stretch by stretch of one direction, the runs of each in reading
    // order (QTextLine gives them left to right): a stretch ends only before
    // a strong letter of the other direction, never inside a ligature or a
    // cluster, so each glyph is drawn once.
    const QString text = layout.text();
    const qsizetype end = line.textStart() + line.textLength();
    for (qsizetype from = line.textStart(); from < end;) {
        qsizetype to = from;
        int direction = 0; // 1 left to right, -1 right to left, 0 not known yet
        while (to < end) {
            const char32_t c = text.at(to).isHighSurrogate() && to + 1 < end
                                   ? QChar::surrogateToUcs4(text.at(to), text.at(to + 1))
                                   : text.at(to).unicode();
            const QChar::Direction kind = QChar::direction(c);
            const int strong = kind == QChar::DirL                           ? 1
                               : kind == QChar::DirR || kind == QChar::DirAL ? -1
                                                                             : 0;
            if (strong != 0 && direction != 0 && strong != direction)
                break;
            if (direction == 0)
                direction = strong;
            to += QChar::requiresSurrogates(c) ? 2 : 1;
        }
        QList<QGlyphRun> pieces = line.glyphRuns(int(from), int(to - from));
        if (direction < 0)
            std::reverse(pieces.begin(), pieces.end());
        for (const QGlyphRun& piece : pieces)
            drawRun(painter, piece, position);
        from = to;
    }
}

} // namespace tandem
