#pragma once

#include <QObject>
#include <QSet>
#include <QString>

class QTimer;

namespace tandem {

class CanvasScene;
class Document;

// Shows what the note in focus is tied to: while the selection (or a note
// the pointer rests on) has links, the notes linked to it are highlighted on
// both canvases, its links drawn strong, and everything else dimmed. A note
// without links changes nothing, so ordinary editing stays calm.
//
// Hovering takes over from the selection after a short rest of the pointer,
// so that sweeping across the canvas does not flicker.
class LinkHighlighter : public QObject {
    Q_OBJECT

public:
    static constexpr int HoverDelayMs = 180;

    explicit LinkHighlighter(CanvasScene* scene, QObject* parent = nullptr);

    // Off while the links are hidden: nothing is highlighted or dimmed.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    // The note under the pointer, or empty; takes effect after HoverDelayMs.
    void setHoveredId(const QString& id);
    // Applies a hover at once (tests, the link gesture's target).
    void setHoveredIdNow(const QString& id);
    QString hoveredId() const { return m_hovered; }
    // The ids in focus and the ids linked to them, as last applied.
    const QSet<QString>& focusIds() const { return m_focus; }
    // Re-applies now rather than at the next turn of the event loop.
    void applyNow();

private:
    void schedule();

    CanvasScene* m_scene;
    Document* m_document;
    QTimer* m_applyTimer;
    QTimer* m_hoverTimer;
    QString m_hovered;
    QString m_pendingHover;
    QSet<QString> m_focus;
    QSet<QString> m_linked;
    bool m_enabled = true;
};

} // namespace tandem
