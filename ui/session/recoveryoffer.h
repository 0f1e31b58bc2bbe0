#pragma once

#include "recoverydialog.h"

#include <QHash>
#include <QPointer>
#include <QStringList>

#include <vector>

namespace tandem {

class MainWindow;

// At start, offers back the sessions that a Tandem which did not close
// properly had autosaved: collects them from the RecoveryStore (reading each
// one whole, so a damaged copy is set aside before anyone is asked), then
// restores, shows or discards them as the user (or a test) answers.
class RecoveryOffer {
public:
    // `first` is the window Tandem opened at start; an untouched untitled one
    // is reused for the first session restored or shown.
    RecoveryOffer(const QString& directory, MainWindow* first);

    // Finds and verifies what is pending. Returns true when there is
    // something to say (sessions, or problems with damaged copies).
    bool collect();
    const std::vector<RecoveredSession>& sessions() const { return m_sessions; }
    const QStringList& problems() const { return m_problems; }

    // Opens the session with its unsaved changes, under its original file
    // name if it had one, marked modified; autosaves it again at once under
    // this process and only then drops the old copy.
    MainWindow* restore(int index);
    // Opens an untitled copy to look at; the recovery files stay.
    MainWindow* show(int index);
    // Deletes the recovery files (and closes a copy shown before).
    void discard(int index);

    // What Tandem runs at start: asks with a RecoveryDialog over `first`.
    // The test hook TANDEM_TEST_RECOVERY_ANSWER=restore|show|discard|later
    // answers every session that way instead and prints what was offered.
    static void runAtStart(MainWindow* first);

private:
    MainWindow* targetWindow(int index);

    RecoveryStore m_store;
    QPointer<MainWindow> m_first;
    bool m_firstUsed = false;
    std::vector<RecoveredSession> m_sessions;
    QStringList m_problems;
    QHash<int, QPointer<MainWindow>> m_shown;
};

} // namespace tandem
