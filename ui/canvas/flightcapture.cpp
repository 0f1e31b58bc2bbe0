#include "flightcapture.h"

#include "canvasscene.h"

#include <QElapsedTimer>
#include <QRegion>
#include <QWidget>

namespace tandem {

int FlightCapture::renderPieces(QWidget* viewport, const QTransform& sceneToViewport,
                                const CanvasScene& scene, int budgetMs) {
    const QSize size = viewport->size();
    const qreal ratio = viewport->devicePixelRatioF();
    if (size.isEmpty())
        return 0;
    // Pieces of another size, place or scene would not join up.
    if (m_picture.isNull() || size != m_size || ratio != m_picture.devicePixelRatio() ||
        sceneToViewport != m_transform || scene.generation() != m_generation) {
        clear();
        m_picture = QPixmap(size * ratio);
        m_picture.setDevicePixelRatio(ratio);
        m_size = size;
        m_transform = sceneToViewport;
    }
    if (isComplete())
        return 0;
    QElapsedTimer clock;
    clock.start();
    const qint64 budgetNs = qint64(budgetMs) * 1000 * 1000;
    int pieces = 0;
    do {
        const QRect area = piece(m_next);
        const qint64 start = clock.nsecsElapsed();
        // Through the viewport's paint event, as on screen; the region keeps
        // the items outside the piece from painting.
        if (!area.isEmpty())
            viewport->render(&m_picture, area.topLeft(), QRegion(area));
        const qint64 cost = clock.nsecsElapsed() - start;
        // The first piece also pays for what the whole view needs once (the
        // count of what is in sight, bitmaps that span the view): it would
        // make the estimate of the others too high.
        if (m_next > 0)
            m_pieceNs = m_pieceNs > 0 ? (m_pieceNs + cost) / 2 : cost;
        ++m_next;
        ++pieces;
    } while (!isComplete() && clock.nsecsElapsed() + m_pieceNs < budgetNs);
    // A paint may change the scene's detail (the far view): what it painted
    // already shows the change, so the pieces still join up.
    m_generation = scene.generation();
    return pieces;
}

QRect FlightCapture::piece(int index) const {
    const int row = index / Columns;
    const int column = index % Columns;
    // Edges at rounded fractions of the size: the pieces tile it exactly.
    const int top = m_size.height() * row / Strips;
    const int bottom = m_size.height() * (row + 1) / Strips;
    const int left = m_size.width() * column / Columns;
    const int right = m_size.width() * (column + 1) / Columns;
    return QRect(QPoint(left, top), QPoint(right - 1, bottom - 1));
}

QPixmap FlightCapture::takePicture() {
    if (!isComplete())
        return QPixmap();
    QPixmap picture = std::move(m_picture);
    clear();
    return picture;
}

void FlightCapture::clear() {
    m_picture = QPixmap();
    m_size = QSize();
    m_next = 0;
    m_pieceNs = 0;
}

} // namespace tandem
