#pragma once

#include <QObject>
#include <QRectF>

class QAction;
class QMenu;

namespace tandem {

class AlignmentDock;
class CanvasScene;
class CanvasView;
class Document;
class LinkGesture;
class LinkHighlighter;
class LinkLayer;
class MatrixDock;
class WindowHost;

// Links and the alignment check in the editor window, a feature of its
// WindowHost: the link gestures (Alt-drag, the link tool L, Ctrl+K on two
// selected notes), the highlight of what the selection is linked to, the
// Show Links toggle, the traceability matrix and alignment docks, and the
// "follow" of a link from the inspector. The curves themselves are drawn by
// the scene's LinkLayer, so exports have them too.
class LinkFeature : public QObject {
    Q_OBJECT

public:
    explicit LinkFeature(WindowHost* host);

    LinkLayer* layer() const;
    LinkHighlighter* highlighter() const { return m_highlighter; }
    LinkGesture* gesture() const { return m_gesture; }
    MatrixDock* matrix() const { return m_matrix; }
    AlignmentDock* alignment() const { return m_alignment; }
    QAction* linkToolAction() const { return m_linkTool; }
    QAction* showLinksAction() const { return m_showLinks; }

    // Ctrl+K: links the two selected notes, or says why not.
    void linkSelection();
    void setLinksShown(bool shown);
    // Selects a note and brings it into view, zooming in if it is too small
    // to read.
    void showElement(const QString& id);
    void showArea(const QRectF& sceneRect);

private:
    void say(const QString& text);
    void createActions();
    void createDocks();
    void createMenus();

    WindowHost* m_host;
    CanvasScene* m_scene;
    CanvasView* m_view;
    Document* m_document;
    LinkHighlighter* m_highlighter = nullptr;
    LinkGesture* m_gesture = nullptr;
    MatrixDock* m_matrix = nullptr;
    AlignmentDock* m_alignment = nullptr;
    QAction* m_linkTool = nullptr;
    QAction* m_linkSelected = nullptr;
    QAction* m_showLinks = nullptr;
};

} // namespace tandem
