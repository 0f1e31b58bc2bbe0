#include "roomjoinoverlay.h"

#include "roomqr.h"

#include <QEvent>
#include <QPainter>

namespace tandem {

namespace {

constexpr int qrSide = 240;
constexpr int padding = 14;
constexpr int margin = 16;
constexpr int textHeight = 78;

} // namespace

RoomJoinOverlay::RoomJoinOverlay(QWidget* view)
    : QWidget(view) {
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setObjectName(QStringLiteral("roomJoinOverlay"));
    view->installEventFilter(this);
    resize(qrSide + 2 * padding, qrSide + 2 * padding + textHeight);
    place();
}

void RoomJoinOverlay::setJoin(const QString& joinUrl, const QString& pageUrl, const QString& code) {
    m_qr = roomQrImage(joinUrl, 1);
    m_address = pageUrl;
    m_code = code;
    place();
    update();
}

bool RoomJoinOverlay::eventFilter(QObject* watched, QEvent* event) {
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        place();
    return QWidget::eventFilter(watched, event);
}

void RoomJoinOverlay::place() {
    if (QWidget* view = parentWidget())
        move(view->width() - width() - margin, view->height() - height() - margin);
    raise();
}

void RoomJoinOverlay::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QColor(0, 0, 0, 60));
    painter.setBrush(Qt::white);
    painter.drawRoundedRect(rect().adjusted(0, 0, -1, -1), 10, 10);
    if (!m_qr.isNull())
        painter.drawImage(QRect(padding, padding, qrSide, qrSide), m_qr);
    QFont codeFont = font();
    codeFont.setPixelSize(34);
    codeFont.setBold(true);
    codeFont.setLetterSpacing(QFont::AbsoluteSpacing, 6);
    painter.setFont(codeFont);
    painter.setPen(Qt::black);
    const int textTop = padding + qrSide;
    painter.drawText(QRect(0, textTop, width(), 44), Qt::AlignCenter, m_code);
    QFont small = font();
    small.setPixelSize(11);
    painter.setFont(small);
    painter.setPen(QColor(60, 60, 60));
    const QRect addressBox(padding / 2, textTop + 44, width() - padding, textHeight - 44);
    painter.drawText(addressBox, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWrapAnywhere, m_address);
}

} // namespace tandem
