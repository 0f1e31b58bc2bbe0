#pragma once

#include <QPixmap>
#include <QTransform>

class QWidget;

namespace tandem {

class CanvasScene;

// The picture of where a flight ends (CanvasView::flyTo), rendered sharp in
// horizontal strips spread over the flight's frames, so that no frame pays
// for the whole destination at once. On each frame the view places itself at
// the destination, renders the next strips through its own paint event (the
// items make their bitmaps at the destination's zoom, ready for the landing)
// until a time budget is used, at least one strip, and moves back. The strips
// of one picture belong together only while the view's size, its transform at
// the destination and the scene stay the same: otherwise the picture starts
// over. Once every strip is in, the picture joins the ViewPreview.
class FlightCapture {
public:
    // Strips per viewport height until their cost is known: a strip of a
    // crowded 1080p view costs a few milliseconds, and a flight has about
    // twenty frames. Later strips are sized to the budget, between a quarter
    // of this height and twice it.
    static constexpr int Strips = 8;

    // Renders the next strips of `viewport`, which shows the destination at
    // this scene-to-viewport transform, until `budgetMs` is used (always one
    // strip). Returns how many strips it rendered.
    int renderStrips(QWidget* viewport, const QTransform& sceneToViewport, const CanvasScene& scene,
                     int budgetMs);
    bool isComplete() const { return !m_picture.isNull() && m_next >= m_size.height(); }
    // The whole picture, once complete; the capture is empty after it.
    QPixmap takePicture();
    void clear();
    // How many times renderStrips added strips to the current picture.
    int rounds() const { return m_rounds; }

private:
    // How many rows the next strip has: what fits in what is left of the
    // budget at the cost per row of the strips before (a strip of a crowded
    // part costs more than one of empty canvas).
    int stripRows(qint64 budgetLeftNs) const;

    QPixmap m_picture;
    QSize m_size; // of the viewport, in device-independent pixels
    QTransform m_transform;
    quint64 m_generation = 0;
    int m_next = 0; // top of the next strip, in device-independent pixels
    int m_rounds = 0;
    qint64 m_rowNs = 0; // estimated cost of a strip's row, 0 while unknown
};

} // namespace tandem
