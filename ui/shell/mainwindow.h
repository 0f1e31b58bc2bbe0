#pragma once

#include "windowhost.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QKeySequence;
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
struct Session;

// One editor window: one session, both canvases side by side, the inspector,
// outline and history docks, and the file commands. It composes the
// features (links, export, session tools, workshop tools), each handed the
// window as a WindowHost. The window title shows the file name and the [*]
// modified mark; nothing is lost without asking.
class MainWindow : public QMainWindow, public WindowHost {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // WindowHost
    QWidget* widget() override { return this; }
    Document* document() const override { return m_document; }
    CanvasScene* scene() const override { return m_scene; }
    CanvasView* view() const override { return m_view; }
    InspectorDock* inspector() const override { return m_inspector; }
    MenuPlaces* menuPlaces() const override { return m_menuPlaces; }
    void showStatus(const QString& text, int timeoutMs) override;
    void addDock(QDockWidget* dock, DockPlace place) override;
    void addToolBarRow(QToolBar* toolBar) override;
    void addWindowActions(const QList<QAction*>& actions) override;
    void setPresenting(bool presenting) override;
    // Loads a session into this window. On failure the loader's message is
    // shown and the current document stays as it was.
    bool openFile(const QString& path) override;
    bool save() override;
    bool maybeSave() override;
    void newFromBlankTemplate() override;
    void adoptSession(Session session, const QString& path, Adoption adoption) override;
    WindowHost* openNewWindow() override;
    void closeWindow() override { close(); }
    void setFileChecks(FileCheck open, FileCheck save) override;
    void setReadOnly(bool readOnly) override;
    void registerFeature(QObject* feature) override { m_features.append(feature); }
    QList<QObject*> features() const override { return m_features; }

    OutlineDock* outline() const { return m_outline; }
    // The menus and the toolbar.
    QMenu* fileMenu() const { return m_fileMenu; }
    QMenu* editMenu() const { return m_editMenu; }
    QMenu* helpMenu() const { return m_helpMenu; }
    QToolBar* canvasToolBar() const { return m_canvasToolBar; }
    bool isReadOnly() const { return m_readOnly; }

    // Saves to a path; on failure says why and the document stays modified.
    bool saveFile(const QString& path);
    bool saveAs();
    void newFromExample();
    void revert();
    void openWithDialog();
    // The message of the last error shown in a dialog (for tests and logs).
    QString lastError() const { return m_lastError; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QAction* makeAction(const QString& text, const QList<QKeySequence>& keys,
                        const std::function<void()>& slot);
    void createActions();
    void createFileActions();
    void createViewActions();
    void createArrangementActions();
    void createHelpActions();
    void createMenus();
    void createDocks();
    void createStatusBar();
    void createToolBar();
    void installFeatures();
    void updateTitle();
    void updateRecentMenu();
    void showError(const QString& title, const QString& message);
    void openDroppedFiles(const QStringList& paths);
    void showContextMenu(const QPoint& pos);
    std::optional<Session> loadResource(const QString& path);

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
    QMenu* m_helpMenu = nullptr;
    QToolBar* m_canvasToolBar = nullptr;
    QList<QObject*> m_features;
    FileCheck m_openCheck;
    FileCheck m_saveCheck;
    bool m_readOnly = false;
    // What presenting hid, to show again afterwards.
    QList<QPointer<QWidget>> m_hiddenForPresenting;
    Qt::WindowStates m_stateBeforePresenting;
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
    QAction* m_welcome = nullptr;
    QAction* m_shortcuts = nullptr;
    QAction* m_about = nullptr;
};

} // namespace tandem
