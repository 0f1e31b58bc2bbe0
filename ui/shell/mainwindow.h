#pragma once

#include <QMainWindow>

#include <functional>
#include <optional>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QToolBar;

namespace tandem {

class CanvasScene;
class CanvasView;
class Document;
class InspectorDock;
class MenuPlaces;
class NoteActions;
class OutlineDock;
class SessionFeature;
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
    // Named places in the menus, where features put their actions.
    MenuPlaces* menuPlaces() const { return m_menuPlaces; }
    // The menus and the toolbar.
    QMenu* fileMenu() const { return m_fileMenu; }
    QMenu* editMenu() const { return m_editMenu; }
    QMenu* viewMenu() const { return m_viewMenu; }
    QMenu* helpMenu() const { return m_helpMenu; }
    QToolBar* canvasToolBar() const { return m_canvasToolBar; }
    // Session details, autosave, file lock, snapshots, facilitation, voting.
    SessionFeature* sessionFeature() const { return m_sessionFeature; }

    // Asked before a file is opened (after it was read) or saved under a
    // path: the one-editor-per-file lock. Returning false cancels, and the
    // document stays as it was.
    using FileCheck = std::function<bool(const QString& path)>;
    void setOpenCheck(FileCheck check) { m_openCheck = std::move(check); }
    void setSaveCheck(FileCheck check) { m_saveCheck = std::move(check); }
    // Read-only: the file is open in another Tandem. Edits stay in this
    // window; Save asks for another name.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

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

Q_SIGNALS:
    // The window wrote its session to `path` (its own save, so a watcher can
    // tell it from a change made on disk by another program).
    void fileSaved(const QString& path);

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
    MenuPlaces* m_menuPlaces = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QToolBar* m_canvasToolBar = nullptr;
    SessionFeature* m_sessionFeature = nullptr;
    FileCheck m_openCheck;
    FileCheck m_saveCheck;
    bool m_readOnly = false;
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
