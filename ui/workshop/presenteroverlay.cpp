#include "presenteroverlay.h"

#include "theme.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace tandem {

namespace {

QFont presenterFont(qreal pixels, QFont::Weight weight) {
    QFont font(Theme::fontFamily());
    font.setPixelSize(std::max(10, qRound(pixels)));
    font.setWeight(weight);
    return font;
}

QFont whereFont(qreal scale) {
    return presenterFont(17 * scale, QFont::DemiBold);
}
QFont titleFont(qreal scale) {
    return presenterFont(44 * scale, QFont::Bold);
}
constexpr int QuestionWrap = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

const QColor bandColor(0x1b, 0x24, 0x30); // opaque: the canvas text under it read as noise
const QColor questionColor(0xd5, 0xdd, 0xe6);
const QColor subtleColor(0x9a, 0xa8, 0xb8);
const QColor overColor(0xff, 0x6b, 0x4a);

} // namespace

PresenterOverlay::PresenterOverlay(QWidget* view)
    : QWidget(view) {
    setObjectName(QStringLiteral("presenterOverlay"));
    setAccessibleName(tr("Facilitation"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    view->installEventFilter(this);
    setGeometry(view->rect());
}

bool PresenterOverlay::eventFilter(QObject* watched, QEvent* event) {
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void PresenterOverlay::setBlock(Block block, int position, int count) {
    m_block = block;
    m_position = position;
    m_count = count;
    setAccessibleDescription(titleText() + QLatin1Char('\n') + questionText());
    update();
}

void PresenterOverlay::setClock(qint64 remainingMs, qint64 totalMs, bool paused) {
    // Repaint only when what is shown changes: the clock has whole seconds.
    const bool changed = formatClock(remainingMs) != formatClock(m_remaining) ||
                         paused != m_paused || totalMs != m_total;
    m_remaining = remainingMs;
    m_total = totalMs;
    m_paused = paused;
    if (changed)
        update();
}

int PresenterOverlay::bandHeight() const {
    return std::clamp(height() / 6, 110, 190);
}

QRectF PresenterOverlay::textColumn() const {
    const int band = bandHeight();
    const qreal scale = band / 150.0;
    const qreal margin = 36 * scale;
    const qreal clockWidth = 300 * scale;
    return QRectF(margin, 14 * scale, width() - 2 * margin - clockWidth, band - 22 * scale);
}

QRectF PresenterOverlay::questionArea() const {
    const qreal scale = bandHeight() / 150.0;
    const QRectF text = textColumn();
    const qreal top = text.top() + QFontMetricsF(whereFont(scale)).height() + 2 * scale +
                      QFontMetricsF(titleFont(scale)).height();
    return QRectF(text.left(), top, text.width(), text.bottom() - top);
}

QFont PresenterOverlay::questionFont() const {
    // The question wraps; in a small window its lines get smaller until
    // they fit the band (a line cut by the band's edge reads as a glitch).
    const qreal scale = bandHeight() / 150.0;
    const QRectF area = questionArea();
    QFont font = presenterFont(25 * scale, QFont::Normal);
    for (qreal pixels = 25 * scale; pixels > 14 * scale; pixels -= 1) {
        font = presenterFont(pixels, QFont::Normal);
        if (QFontMetricsF(font).boundingRect(area, QuestionWrap, questionText()).height() <=
            area.height())
            break;
    }
    return font;
}

QString PresenterOverlay::titleText() const {
    return blockTitle(m_block);
}

QString PresenterOverlay::questionText() const {
    return blockHint(m_block);
}

QString PresenterOverlay::clockText() const {
    return formatClock(m_remaining);
}

QString PresenterOverlay::formatClock(qint64 remainingMs) {
    // Round up while counting down, so "0:00" means the time is really up.
    const bool over = remainingMs < 0;
    const qint64 seconds = over ? (-remainingMs) / 1000 : (remainingMs + 999) / 1000;
    const QString text =
        QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return over ? QLatin1Char('+') + text : text;
}

void PresenterOverlay::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int band = bandHeight();
    const qreal scale = band / 150.0;
    painter.fillRect(QRect(0, 0, width(), band), bandColor);

    // Left: where we are, the block, its question.
    const qreal margin = 36 * scale;
    const qreal clockWidth = 300 * scale;
    const QRectF text = textColumn();
    const QString where =
        tr("%1  \u00b7  block %2 of %3")
            .arg(canvasOf(m_block) == Canvas::Business ? tr("Business Model Canvas")
                                                       : tr("Operating Model Canvas"))
            .arg(m_position + 1)
            .arg(m_count);
    painter.setFont(whereFont(scale));
    painter.setPen(Theme::accent(canvasOf(m_block)).lighter(150));
    const QFontMetricsF whereMetrics(painter.font());
    painter.drawText(QRectF(text.left(), text.top(), text.width(), whereMetrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, where);
    const qreal y = text.top() + whereMetrics.height() + 2 * scale;
    painter.setFont(titleFont(scale));
    painter.setPen(Qt::white);
    const QFontMetricsF titleMetrics(painter.font());
    painter.drawText(QRectF(text.left(), y, text.width(), titleMetrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     titleMetrics.elidedText(titleText(), Qt::ElideRight, text.width()));
    const QRectF question = questionArea();
    painter.save();
    painter.setClipRect(question);
    painter.setFont(questionFont());
    painter.setPen(questionColor);
    painter.drawText(question, QuestionWrap, questionText());
    painter.restore();

    // Right: the clock, and a bar of the time left.
    const QRectF clock(width() - margin - clockWidth, 10 * scale, clockWidth, band - 38 * scale);
    const bool over = m_remaining < 0;
    painter.setFont(presenterFont(72 * scale, QFont::Bold));
    painter.setPen(over ? overColor : (m_paused ? subtleColor : QColor(Qt::white)));
    painter.drawText(clock, Qt::AlignRight | Qt::AlignVCenter, clockText());
    painter.setFont(presenterFont(15 * scale, QFont::DemiBold));
    painter.setPen(over ? overColor : subtleColor);
    const QString state = over ? tr("TIME IS UP") : m_paused ? tr("PAUSED") : QString();
    painter.drawText(QRectF(clock.left(), clock.bottom() - 4 * scale, clock.width(), 22 * scale),
                     Qt::AlignRight | Qt::AlignVCenter, state);
    if (m_total > 0) {
        const qreal fraction = std::clamp(double(m_remaining) / double(m_total), 0.0, 1.0);
        const QRectF track(0, band - 6 * scale, width(), 6 * scale);
        painter.fillRect(track, QColor(255, 255, 255, 40));
        painter.fillRect(
            QRectF(track.left(), track.top(), track.width() * fraction, track.height()),
            over ? overColor : Theme::accent(canvasOf(m_block)).lighter(130));
    }

    // Bottom: the keys, small and quiet.
    const QString keys = tr("\u2190 \u2192  blocks     Space  pause     + \u2212  a minute more "
                            "or less     Esc  leave");
    painter.setFont(presenterFont(std::max(13.0, 15 * scale), QFont::Normal));
    const QFontMetricsF keyMetrics(painter.font());
    const qreal keyWidth = keyMetrics.horizontalAdvance(keys) + 28;
    const QRectF keyRect(width() - keyWidth - 16, height() - keyMetrics.height() - 24, keyWidth,
                         keyMetrics.height() + 12);
    QPainterPath pill;
    pill.addRoundedRect(keyRect, keyRect.height() / 2, keyRect.height() / 2);
    painter.fillPath(pill, QColor(0x1b, 0x24, 0x30, 150));
    painter.setPen(QColor(0xe8, 0xee, 0xf4));
    painter.drawText(keyRect, Qt::AlignCenter, keys);
}

} // namespace tandem
