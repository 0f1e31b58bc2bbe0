#pragma once

#include <QPixmap>
#include <QTransform>

class QWidget;

namespace tandem {

class CanvasScene;

// The picture of where a flight ends (CanvasView::flyTo), rendered sharp in
// pieces spread over the flight's frames, so that no frame pays for the whole
// destination at once. On each frame the view places itself at the
// destination, renders the next pieces through its own paint event (the
// items make their bitmaps at the destination's zoom, ready for the landing)
// until a time budget is used, at least one piece, and moves back. The pieces
// are horizontal strips cut in Columns: a note's first bitmap at a new zoom
// is the costly part, and a narrower piece touches fewer notes. The pieces of
// one picture belong together only while the view's size, its transform at
// the destination and the scene stay the same: otherwise the picture starts
// over. Once every piece is in, the picture joins the ViewPreview.
class FlightCapture {
public:
    // Strips per viewport height, and pieces per strip: a piece of a crowded
    // 1080p view costs a few milliseconds, and a flight has about twenty
    // frames.
    static constexpr int Strips = 8;
    static constexpr int Columns = 4;

    // Renders the next pieces of `viewport`, which shows the destination at
    // this scene-to-viewport transform, until `budgetMs` is used (always one
    // piece). Returns how many pieces it rendered.
    int renderPieces(QWidget* viewport, const QTransform& sceneToViewport, const CanvasScene& scene,
                     int budgetMs);
    bool isComplete() const { return !m_picture.isNull() && m_next >= Strips * Columns; }
    // The whole picture, once complete; the capture is empty after it.
    QPixmap takePicture();
    void clear();

private:
    // The area of the viewport the piece with this index covers.
    QRect piece(int index) const;

    QPixmap m_picture;
    QSize m_size; // of the viewport, in device-independent pixels
    QTransform m_transform;
    quint64 m_generation = 0;
    int m_next = 0;       // index of the next piece, row by row
    qint64 m_pieceNs = 0; // estimated cost of a piece, 0 while unknown
};

} // namespace tandem
