#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace tandem {

class Autosave;
class FileLock;
class FileWatch;
class MainWindow;
class PresenterMode;
class SnapshotDock;
class Voting;

// Everything a workshop session needs beyond editing, installed into one
// main window: the session details dialog (File menu, or a double-click on
// a canvas header), New from Template, autosave to a recovery file, the
// one-editor-per-file lock and the watch for changes on disk, the snapshots
// dock, facilitation mode and dot voting, gathered in a Session menu.
class SessionFeature : public QObject {
    Q_OBJECT

public:
    explicit SessionFeature(MainWindow* window);
    ~SessionFeature() override;

    Autosave* autosave() const { return m_autosave; }
    FileLock* fileLock() const { return m_fileLock; }
    FileWatch* fileWatch() const { return m_fileWatch; }
    SnapshotDock* snapshotDock() const { return m_snapshots; }
    PresenterMode* presenter() const { return m_presenter; }
    Voting* voting() const { return m_voting; }
    QMenu* sessionMenu() const { return m_menu; }
    QAction* detailsAction() const { return m_details; }
    QAction* newFromTemplateAction() const { return m_newFromTemplate; }

    // Shows the session details dialog; true when something changed.
    bool editDetails();
    // A new untitled session from any session file used as a template (ids
    // regenerated, details, snapshots and votes left behind). Asks whether to
    // save first, and for the file when `path` is empty.
    bool newFromTemplate(const QString& path = {});

    // Windows in the order they were made (for the test hooks' reports).
    int serial() const { return m_serial; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void installMenus();

    MainWindow* m_window;
    Autosave* m_autosave;
    FileLock* m_fileLock;
    FileWatch* m_fileWatch;
    SnapshotDock* m_snapshots;
    PresenterMode* m_presenter;
    Voting* m_voting;
    QMenu* m_menu = nullptr;
    QAction* m_details = nullptr;
    QAction* m_newFromTemplate = nullptr;
    int m_serial;
};

} // namespace tandem
