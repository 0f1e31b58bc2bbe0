#pragma once

#include <QObject>
#include <QPoint>
#include <QSet>
#include <QString>

class QGraphicsPathItem;

namespace tandem {

class CanvasScene;
class CanvasView;
class LinkHighlighter;
class NoteItem;

// The pointer side of links on the canvas, as an event filter on the view:
// Alt-drag from one note to another (or a plain drag while the link tool is
// on) adds a link, drawing a rubber curve from the source note to the
// pointer, snapped to the note under it. A refused link (to itself, to
// nothing, a duplicate) is announced through message() and pushes nothing;
// a click without a drag just selects. It also tells the highlighter which
// note the pointer rests on, and keeps the link curves following notes
// while they are dragged.
class LinkGesture : public QObject {
    Q_OBJECT

public:
    LinkGesture(CanvasView* view, LinkHighlighter* highlighter, QObject* parent = nullptr);
    ~LinkGesture() override;

    // With the tool on, a plain drag from a note links instead of moving.
    void setToolActive(bool active);
    bool isToolActive() const { return m_toolActive; }
    bool isDragging() const { return !m_source.isEmpty(); }
    // The rubber curve while dragging, for tests.
    QGraphicsPathItem* rubber() const { return m_rubber; }

Q_SIGNALS:
    // A short sentence for the status bar.
    void message(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    NoteItem* noteAt(const QPoint& viewportPos) const;
    bool press(const QPoint& pos, Qt::KeyboardModifiers modifiers);
    void move(const QPoint& pos);
    void release(const QPoint& pos);
    void cancel();
    void trackHover(const QPoint& pos, Qt::MouseButtons buttons);

    CanvasView* m_view;
    CanvasScene* m_scene;
    LinkHighlighter* m_highlighter;
    QGraphicsPathItem* m_rubber = nullptr;
    QString m_source;
    bool m_sourceIsMirror = false;
    QPoint m_pressPos;
    bool m_toolActive = false;
    // The notes being dragged (the selection when the drag began).
    QSet<QString> m_moving;
    bool m_draggingNotes = false;
};

} // namespace tandem
