#pragma once

#include <QImage>
#include <QString>
#include <QWidget>

namespace tandem {

// The room's join code over the canvas, in a corner, on screen and in
// presenter mode: a QR code big enough to scan from the back of a room, the
// room code in large letters and the address. Clicks go through to the canvas.
class RoomJoinOverlay : public QWidget {
    Q_OBJECT

public:
    explicit RoomJoinOverlay(QWidget* view);

    void setJoin(const QString& joinUrl, const QString& pageUrl, const QString& code);
    QString codeText() const { return m_code; }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void place();

    QImage m_qr;
    QString m_address;
    QString m_code;
};

} // namespace tandem
