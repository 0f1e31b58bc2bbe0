#pragma once

#include "githistory.h"

#include <QObject>

class QAction;

namespace tandem {

class WindowHost;

// Session > History: where the session's file is in a git working tree, the
// commits that changed it (author, date, message); a chosen one can be
// compared with the current canvases in the snapshots' compare view, taken
// as a snapshot, or opened in a window of its own. Where there is no git,
// the menu entry is disabled and says why. Runs the `git` program
// (core/githistory.h).
class HistoryFeature : public QObject {
    Q_OBJECT

public:
    explicit HistoryFeature(WindowHost* host);

    QAction* historyAction() const { return m_action; }
    // The commits the dialog lists for the current file.
    std::vector<GitCommit> commits() const;

    // What the dialog's buttons do, for a commit hash. The snapshot is named
    // "git SHORTHASH"; compare takes it and shows it against the current
    // canvases. Return false (with a status message) when git refuses.
    bool takeAsSnapshot(const QString& hash, QString* name = nullptr);
    bool compareWithCurrent(const QString& hash);
    bool openInWindow(const QString& hash);

    void showHistory();

private:
    void updateAvailability();

    WindowHost* m_host;
    QAction* m_action;
};

} // namespace tandem
