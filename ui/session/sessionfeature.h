#pragma once

#include <QObject>

class QAction;

namespace tandem {

class Autosave;
class FileLock;
class FileWatch;
class WindowHost;

// The session's own tools in one editor window: the session details dialog
// (File and Session menus, or a double-click on a canvas header), New from
// Template, autosave to a recovery file, the one-editor-per-file lock and
// the watch for changes on disk.
class SessionFeature : public QObject {
    Q_OBJECT

public:
    explicit SessionFeature(WindowHost* host);
    ~SessionFeature() override;

    Autosave* autosave() const { return m_autosave; }
    FileLock* fileLock() const { return m_fileLock; }
    FileWatch* fileWatch() const { return m_fileWatch; }
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
    void installActions();

    WindowHost* m_host;
    Autosave* m_autosave;
    FileLock* m_fileLock;
    FileWatch* m_fileWatch;
    QAction* m_details = nullptr;
    QAction* m_newFromTemplate = nullptr;
    int m_serial;
};

} // namespace tandem
