#pragma once

#include <QMainWindow>

#include <optional>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;

namespace tandem {

class CanvasScene;
class CanvasView;
class Document;
class InspectorDock;
class NoteActions;
class OutlineDock;
struct Session;

// One editor window: one session, both canvases side by side, the inspector,
// outline and history docks, and the file commands. The window title shows
// the file name and the [*] modified mark; nothing is lost without asking.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Document* document() const { return m_document; }
    CanvasScene* scene() const { return m_scene; }
    CanvasView* view() const { return m_view; }
    NoteActions* noteActions() const { return m_noteActions; }
    InspectorDock* inspector() const { return m_inspector; }
    OutlineDock* outline() const { return m_outline; }

    // Loads a session into this window. On failure the loader's message is
    // shown and the current document stays as it was.
    bool openFile(const QString& path);
    // Saves to a path; on failure says why and the document stays modified.
    bool saveFile(const QString& path);
    bool save();
    bool saveAs();
    void newFromBlankTemplate();
    void newFromExample();
    void revert();
    void openWithDialog();
    // The message of the last error shown in a dialog (for tests and logs).
    QString lastError() const { return m_lastError; }
    // Asks whether to save unsaved changes; false means "cancel".
    bool maybeSave();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void createStatusBar();
    void updateTitle();
    void updateRecentMenu();
    void showError(const QString& title, const QString& message);
    void openDroppedFiles(const QStringList& paths);
    void showContextMenu(const QPoint& pos);
    std::optional<Session> loadResource(const QString& path);
    void adoptSession(Session session, const QString& path);

    Document* m_document;
    CanvasScene* m_scene;
    CanvasView* m_view;
    NoteActions* m_noteActions;
    InspectorDock* m_inspector = nullptr;
    OutlineDock* m_outline = nullptr;
    QDockWidget* m_historyDock = nullptr;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_zoomLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    QActionGroup* m_arrangements = nullptr;
    QString m_lastError;
    // File and view actions.
    QAction* m_new = nullptr;
    QAction* m_newExample = nullptr;
    QAction* m_newWindow = nullptr;
    QAction* m_open = nullptr;
    QAction* m_save = nullptr;
    QAction* m_saveAs = nullptr;
    QAction* m_revert = nullptr;
    QAction* m_close = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_zoomIn = nullptr;
    QAction* m_zoomOut = nullptr;
    QAction* m_zoomFit = nullptr;
    QAction* m_zoomActual = nullptr;
    QAction* m_zoomBlock = nullptr;
    QAction* m_find = nullptr;
    QAction* m_shortcuts = nullptr;
    QAction* m_about = nullptr;
};

} // namespace tandem
