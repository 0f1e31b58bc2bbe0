#include "flightcapture.h"

#include "canvasscene.h"

#include <QElapsedTimer>
#include <QRegion>
#include <QWidget>

#include <algorithm>

namespace tandem {

int FlightCapture::renderStrips(QWidget* viewport, const QTransform& sceneToViewport,
                                const CanvasScene& scene, int budgetMs) {
    const QSize size = viewport->size();
    const qreal ratio = viewport->devicePixelRatioF();
    if (size.isEmpty())
        return 0;
    // Strips of another size, place or scene would not join up.
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
    const int least = std::max(1, size.height() / (Strips * 4));
    int strips = 0;
    do {
        const QRect strip(
            0, m_next, size.width(),
            std::min(stripRows(budgetNs - clock.nsecsElapsed()), size.height() - m_next));
        const qint64 start = clock.nsecsElapsed();
        // Through the viewport's paint event, as on screen; the region keeps
        // the items outside the strip from painting.
        viewport->render(&m_picture, strip.topLeft(), QRegion(strip));
        const qint64 cost = clock.nsecsElapsed() - start;
        // The first strip also pays for what the whole view needs once (the
        // count of what is in sight, bitmaps that span the view): it would
        // make the estimate of the others too high.
        if (m_next > 0)
            m_rowNs = m_rowNs > 0 ? (m_rowNs + cost / strip.height()) / 2 : cost / strip.height();
        m_next = strip.bottom() + 1;
        ++strips;
    } while (!isComplete() && clock.nsecsElapsed() + m_rowNs * least < budgetNs);
    ++m_rounds;
    // A paint may change the scene's detail (the far view): what it painted
    // already shows the change, so the strips still join up.
    m_generation = scene.generation();
    return strips;
}

int FlightCapture::stripRows(qint64 budgetLeftNs) const {
    const int height = m_size.height();
    const int least = std::max(1, height / (Strips * 4));
    if (m_rowNs <= 0)
        return std::max(1, (height + Strips - 1) / Strips);
    return int(std::clamp<qint64>(budgetLeftNs / m_rowNs, least, std::max(least, height / 4)));
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
    m_rounds = 0;
    m_rowNs = 0;
}

} // namespace tandem
