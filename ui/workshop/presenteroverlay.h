#pragma once

#include "model.h"

#include <QWidget>

namespace tandem {

// What facilitation mode shows over the canvas: a dark band across the top
// with the block's title and its guiding question in large type, where the
// walk-through stands ("4 of 15"), and a countdown clock that turns red when
// the block's time is up; a line of key hints at the bottom. It lets every
// click through to the canvas below, so the team can keep adding notes.
class PresenterOverlay : public QWidget {
    Q_OBJECT

public:
    explicit PresenterOverlay(QWidget* view);

    void setBlock(Block block, int position, int count);
    // Remaining milliseconds (negative once over time) of `total`.
    void setClock(qint64 remainingMs, qint64 totalMs, bool paused);
    // Height of the top band, so the zoom can leave room for it.
    int bandHeight() const;

    // What the overlay says, for tests and screen readers.
    QString titleText() const;
    QString questionText() const;
    QString clockText() const;
    // Where the question is written in the band, and in what font: smaller
    // than usual where its wrapped lines would not fit otherwise.
    QRectF questionArea() const;
    QFont questionFont() const;
    bool isOverTime() const { return m_remaining < 0; }

    // "4:59", "0:00", "+1:05" (over time).
    static QString formatClock(qint64 remainingMs);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QRectF textColumn() const; // where, title and question, left of the clock
    Block m_block = Block::KeyPartners;
    int m_position = 0;
    int m_count = 0;
    qint64 m_remaining = 0;
    qint64 m_total = 0;
    bool m_paused = false;
};

} // namespace tandem
