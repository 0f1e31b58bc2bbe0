#pragma once

#include "recoverydialog.h"

#include <QHash>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <vector>

namespace tandem {

class WindowHost;

// At start, offers back the sessions that a Tandem which did not close
// properly had autosaved: collects them from the RecoveryStore (reading each
// one whole, so a damaged copy is set aside before anyone is asked), then
// restores, shows or discards them as the user (or a test) answers.
class RecoveryOffer {
public:
    // `first` is the window Tandem opened at start; an untouched untitled one
    // is reused for the first session restored or shown.
    RecoveryOffer(const QString& directory, WindowHost* first);

    // Finds and verifies what is pending. Returns true when there is
    // something to say (sessions, or problems with damaged copies).
    bool collect();
    const std::vector<RecoveredSession>& sessions() const { return m_sessions; }
    const QStringList& problems() const { return m_problems; }

    // Opens the session with its unsaved changes, under its original file
    // name if it had one, marked modified; autosaves it again at once under
    // this process and only then drops the old copy.
    WindowHost* restore(int index);
    // Opens an untitled copy to look at; the recovery files stay.
    WindowHost* show(int index);
    // Deletes the recovery files (and closes a copy shown before).
    void discard(int index);

    // Answers an offer with something to say, in place of the dialog.
    using Answerer = std::function<void(RecoveryOffer& offer)>;
    // What Tandem runs at start: asks with a RecoveryDialog over `first`,
    // or lets `answerer` answer when one is given (the test driver's).
    static void runAtStart(WindowHost* first, const Answerer& answerer = {});

private:
    WindowHost* targetWindow(int index);
    WindowHost* alive(const QPointer<QWidget>& window) const;

    RecoveryStore m_store;
    QPointer<QWidget> m_first;
    bool m_firstUsed = false;
    std::vector<RecoveredSession> m_sessions;
    QStringList m_problems;
    QHash<int, QPointer<QWidget>> m_shown; // windows showing a copy, by index
};

} // namespace tandem
