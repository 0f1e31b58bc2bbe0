#pragma once

#include "model.h"

#include <QDockWidget>

#include <functional>

class QAction;
class QLabel;
class QListWidget;
class QToolBar;

namespace tandem {

class Document;
class WindowHost;
class SnapshotComparePanel;

// The session's snapshots: take a named one of the current canvases (such as
// "as-is" before the team starts on "to-be"), rename, delete, restore one as
// the current canvases, open one in a window of its own (to export or
// print it like any session), and compare any two states below. Every change
// to the list is an undo step and is saved with the session.
class SnapshotDock : public QDockWidget {
    Q_OBJECT

public:
    explicit SnapshotDock(WindowHost* host);

    QListWidget* list() const { return m_list; }
    SnapshotComparePanel* compare() const { return m_compare; }
    QAction* takeAction() const { return m_take; }
    QAction* exportAction() const { return m_export; }

    // The selected snapshot's index in the session, or -1.
    int selectedIndex() const;
    void selectIndex(int index);

    // Takes a snapshot under `name` (replacing one of that name), or asks
    // for a name when it is empty. Returns the name taken, or empty.
    QString takeSnapshot(const QString& name = {});
    void restoreSelected();
    void deleteSelected();
    // Renames the selected snapshot; with no name, starts editing it in place.
    void renameSelected(const QString& name = {});
    // A new window with the selected snapshot as an untitled session.
    WindowHost* openSelectedInWindow();

    // The session a snapshot stands for: the current session's details with
    // the snapshot's canvases, and no snapshots of its own.
    static Session snapshotSession(const Session& session, int index);
    // What the export action does with a snapshot (wired by the exporter).
    using ExportHandler = std::function<void(const Session& session, const QString& name)>;
    void setExportHandler(ExportHandler handler);

private:
    void rebuildList();
    void updateActions();
    void updateDetails();

    WindowHost* m_host;
    Document* m_document;
    QToolBar* m_toolBar;
    QListWidget* m_list;
    QLabel* m_details;
    SnapshotComparePanel* m_compare;
    QAction* m_take;
    QAction* m_restore;
    QAction* m_rename;
    QAction* m_delete;
    QAction* m_open;
    QAction* m_export;
    ExportHandler m_exportHandler;
    bool m_rebuilding = false;
};

} // namespace tandem
