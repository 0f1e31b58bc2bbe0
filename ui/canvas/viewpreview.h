#pragma once

#include <QPixmap>
#include <QTransform>

#include <vector>

class QBrush;
class QPainter;
class QRect;

namespace tandem {

// What the view shows while it moves faster than the scene can be drawn (a
// wheel or pinch zoom, the presenter's flight to the next block): pictures of
// the viewport taken sharp, each with the scene-to-viewport transform it was
// taken at, drawn moved and scaled to where their part of the scene lies now.
// Drawing a picture costs a few milliseconds at any zoom and any number of
// notes; painting the scene at a new zoom redraws every note's and the link
// layer's bitmap. The view paints sharp again once it rests (CanvasView).
// Screen only: exports paint the scene itself and never see these pictures.
class ViewPreview {
public:
    // Keeps a picture taken at this scene-to-viewport transform, drawn
    // over the ones before it; at most MaxShots are kept.
    void add(QPixmap picture, const QTransform& sceneToViewport);
    bool isActive() const { return !m_shots.empty(); }
    int count() const { return static_cast<int>(m_shots.size()); }
    void clear() { m_shots.clear(); }
    // The picture drawn over the others (tests), null when there is none.
    QPixmap newest() const { return m_shots.empty() ? QPixmap() : m_shots.back().picture; }
    // How opaque the newest picture is drawn over the others (a cross-fade).
    void setTopOpacity(qreal opacity);
    // Paints `area` of the viewport, now at this transform: the background,
    // then the pictures where their scene lies.
    void paint(QPainter* painter, const QTransform& sceneToViewport, const QRect& area,
               const QBrush& background) const;

    static constexpr int MaxShots = 3;

private:
    struct Shot {
        QPixmap picture;
        QTransform viewportToScene;
        qreal opacity = 1;
    };
    std::vector<Shot> m_shots;
};

} // namespace tandem
