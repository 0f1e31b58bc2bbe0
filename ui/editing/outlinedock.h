#pragma once

#include <QDockWidget>
#include <QHash>

class QLineEdit;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace tandem {

class CanvasScene;
class CanvasView;
class Document;

// Every element of both canvases as a tree (canvas, block, chain, note),
// with a filter box that finds notes by any words of their text,
// description or tags. Selecting in the tree selects on the canvas and
// scrolls the note into view; the canvas selection shows in the tree.
class OutlineDock : public QDockWidget {
    Q_OBJECT

public:
    OutlineDock(CanvasScene* scene, CanvasView* view, QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }
    QLineEdit* filterEdit() const { return m_filter; }
    void focusFilter();
    // Rebuilds now instead of at the next turn of the event loop.
    void rebuildNow();
    // Ids of the notes the filter lets through, in reading order.
    QStringList matchingIds() const;
    // True when every word of the filter occurs in the element.
    static bool matches(const QString& filter, const QString& haystack);

private:
    void scheduleRebuild();
    void applyFilter();
    void selectFromTree();
    void selectFromScene();
    void selectFirstMatch();
    QTreeWidgetItem* addNote(QTreeWidgetItem* parent, const QString& id);

    CanvasScene* m_scene;
    CanvasView* m_view;
    Document* m_document;
    QTreeWidget* m_tree = nullptr;
    QLineEdit* m_filter = nullptr;
    QTimer* m_rebuildTimer = nullptr;
    QHash<QString, QTreeWidgetItem*> m_items;
    bool m_syncing = false;
};

} // namespace tandem
