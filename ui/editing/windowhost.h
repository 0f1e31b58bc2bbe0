#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QDockWidget;
class QToolBar;
class QWidget;

namespace tandem {

class CanvasScene;
class CanvasView;
class Document;
class InspectorDock;
class MenuPlaces;
struct Session;

// What a feature of the editor window is given, and all it is given: the
// document with the scene and view that show it, the inspector, named places
// in the menus and the toolbar, dock areas, the status line and the file
// commands. MainWindow implements it; a test implements it without a window
// (tests/ui/fakehost.h). Features never include the main window's header and
// never look each other up by object name: a feature registers itself here
// and a neighbour asks for it by type.
class WindowHost {
public:
    // Where a dock goes. "Beside" docks share the inspector's column as tabs;
    // "below" splits the column.
    enum class DockPlace { Left, Right, BelowInspector, BesideInspector, Bottom };
    // How a session comes into the window: as the saved state of its file,
    // or as unsaved work (recovered, or a copy to look at) that closing asks
    // about.
    enum class Adoption { Saved, Unsaved };
    using FileCheck = std::function<bool(const QString& path)>;

    virtual ~WindowHost() = default;

    // The window as a widget: the parent of the feature's dialogs and docks.
    virtual QWidget* widget() = 0;
    virtual Document* document() const = 0;
    virtual CanvasScene* scene() const = 0;
    virtual CanvasView* view() const = 0;
    virtual InspectorDock* inspector() const = 0;
    // Named places in the menus and the canvas toolbar (see menuplaces.h).
    virtual MenuPlaces* menuPlaces() const = 0;

    virtual void showStatus(const QString& text, int timeoutMs) = 0;
    virtual void addDock(QDockWidget* dock, DockPlace place) = 0;
    // A toolbar on a row of its own below the canvas toolbar.
    virtual void addToolBarRow(QToolBar* toolBar) = 0;
    // Shortcuts that keep working while presenting hides the menu bar.
    virtual void addWindowActions(const QList<QAction*>& actions) = 0;
    // Presenting: the canvas alone, full screen, without menus, toolbars,
    // docks or status bar; false puts back what was there.
    virtual void setPresenting(bool presenting) = 0;

    // The file commands, as the File menu runs them (they ask and report).
    virtual bool openFile(const QString& path) = 0;
    virtual bool save() = 0;
    // Asks whether to save unsaved changes; false means "cancel".
    virtual bool maybeSave() = 0;
    virtual void newFromBlankTemplate() = 0;
    // Puts a session into the window (undo history reset) under `path`, and
    // shows all of it once the window has its size.
    virtual void adoptSession(Session session, const QString& path, Adoption adoption) = 0;
    // A new, shown window with its own features, deleted when it closes.
    virtual WindowHost* openNewWindow() = 0;
    virtual void closeWindow() = 0;

    // Asked before a file is opened (after it was read) or saved under a
    // path: the one-editor-per-file lock. Returning false cancels.
    virtual void setFileChecks(FileCheck open, FileCheck save) = 0;
    // Read-only: edits stay in this window; Save asks for another name.
    virtual void setReadOnly(bool readOnly) = 0;

    // The features installed in this window, by type.
    virtual void registerFeature(QObject* feature) = 0;
    virtual QList<QObject*> features() const = 0;
    template <class Feature> Feature* feature() const {
        for (QObject* installed : features()) {
            if (auto* typed = qobject_cast<Feature*>(installed))
                return typed;
        }
        return nullptr;
    }
};

} // namespace tandem
