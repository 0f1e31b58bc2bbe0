#pragma once

#include "document.h"

#include <QObject>

#include <vector>

class QAction;
class QMenu;

namespace tandem {

class CanvasScene;
class CanvasView;

// The editing commands of the canvas (notes, stages, chains, clipboard,
// colours, keyboard moves), as actions bound to the view so that their plain
// keys (N, Delete, digits, arrows) never fire while a dock's text field has
// focus. Each action is one document gesture, so one undo step.
class NoteActions : public QObject {
    Q_OBJECT

public:
    NoteActions(CanvasView* view, QObject* parent = nullptr);

    QAction* addNote() const { return m_addNote; }
    QAction* addStage() const { return m_addStage; }
    QAction* addChain() const { return m_addChain; }
    QAction* editText() const { return m_editText; }
    QAction* cut() const { return m_cut; }
    QAction* copy() const { return m_copy; }
    QAction* paste() const { return m_paste; }
    QAction* duplicate() const { return m_duplicate; }
    QAction* remove() const { return m_delete; }
    QAction* selectAll() const { return m_selectAll; }
    QAction* selectNone() const { return m_selectNone; }
    QAction* autoArrange() const { return m_autoArrange; }

    // Menus built from the actions, for the menu bar and the context menu.
    void fillNoteMenu(QMenu* menu) const;
    void fillChainMenu(QMenu* menu) const;
    QMenu* colorMenu() const { return m_colorMenu; }
    QMenu* moveToBlockMenu() const { return m_moveToBlockMenu; }

    // The operations behind the actions, public for tests and docks.
    void copySelection();
    void cutSelection();
    void pasteClipboard();
    void duplicateSelection();
    void deleteSelection();
    void selectAllInBlock();
    void setSelectionColor(const QString& color);
    void moveSelectionToBlock(Block block);
    void moveSelectionInOrder(int step);
    void nudgeSelection(int dx, int dy);
    void arrangeCurrentBlock();

private:
    QAction* make(const QString& text, const QList<QKeySequence>& keys,
                  void (NoteActions::*slot)());
    void updateEnabled();
    // Adds notes at a place, as one undo step; returns the new ids.
    QStringList insertNotes(const std::vector<std::pair<Place, Element>>& notes,
                            const QString& undoText);
    void moveChainBy(int step);

    CanvasView* m_view;
    CanvasScene* m_scene;
    Document* m_document;
    QAction* m_addNote = nullptr;
    QAction* m_addStage = nullptr;
    QAction* m_addChain = nullptr;
    QAction* m_editText = nullptr;
    QAction* m_renameChain = nullptr;
    QAction* m_moveChainUp = nullptr;
    QAction* m_moveChainDown = nullptr;
    QAction* m_deleteChain = nullptr;
    QAction* m_cut = nullptr;
    QAction* m_copy = nullptr;
    QAction* m_paste = nullptr;
    QAction* m_duplicate = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_selectAll = nullptr;
    QAction* m_selectNone = nullptr;
    QAction* m_moveEarlier = nullptr;
    QAction* m_moveLater = nullptr;
    QAction* m_nextBlock = nullptr;
    QAction* m_previousBlock = nullptr;
    QList<QAction*> m_nudges;
    QAction* m_autoArrange = nullptr;
    QMenu* m_colorMenu = nullptr;
    QMenu* m_moveToBlockMenu = nullptr;
};

} // namespace tandem
