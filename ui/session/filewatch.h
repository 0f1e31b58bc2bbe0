#pragma once

#include <QByteArray>
#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace tandem {

class FileWatchBar;
class WindowHost;

// Notices when the open session's file is changed on disk by another program
// (a text editor, git, a sync client) and asks, in a bar over the canvas,
// whether to reload it or keep the version in the window. The window's own
// saves are told apart by content: after a save the bytes on disk are what
// the window wrote, so nothing is asked.
class FileWatch : public QObject {
    Q_OBJECT

public:
    explicit FileWatch(WindowHost* host);

    FileWatchBar* bar() const { return m_bar; }
    bool isAsking() const;

    // Compares the file with what the window knows, at once (the watcher
    // waits a moment for writers that save in several steps).
    void checkNow();
    // The bar's answers.
    void reload();
    void keepMine();

Q_SIGNALS:
    // The file on disk no longer matches what the window read or wrote.
    void changedOnDisk(const QString& path);

private:
    void follow(const QString& path);
    void rewatch();
    // Reads the file's fingerprint: empty when it is missing.
    QByteArray fingerprint() const;

    WindowHost* m_host;
    FileWatchBar* m_bar;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    QString m_path;
    QByteArray m_known; // what the window last read, wrote or accepted
    bool m_asking = false;
};

} // namespace tandem
