#include "recoveryoffer.h"

#include "autosave.h"
#include "canvasview.h"
#include "document.h"
#include "sessionfeature.h"
#include "windowhost.h"

#include <QDir>
#include <QLocale>

namespace tandem {

RecoveryOffer::RecoveryOffer(const QString& directory, WindowHost* first)
    : m_store(directory)
    , m_first(first ? first->widget() : nullptr) {}

WindowHost* RecoveryOffer::alive(const QPointer<QWidget>& window) const {
    // The window may have been closed (and deleted) since.
    return window ? dynamic_cast<WindowHost*>(window.data()) : nullptr;
}

bool RecoveryOffer::collect() {
    m_sessions.clear();
    m_problems.clear();
    for (const RecoveryEntry& entry : m_store.pending(&m_problems)) {
        LoadError error;
        // Read whole or not at all: a damaged copy is renamed *.corrupt by
        // the store and only reported, never half applied.
        std::optional<Session> session = m_store.load(entry, &error);
        if (session)
            m_sessions.push_back({entry, std::move(*session)});
        else
            m_problems.append(error.toString());
    }
    return !m_sessions.empty() || !m_problems.isEmpty();
}

WindowHost* RecoveryOffer::targetWindow(int index) {
    if (WindowHost* shown = alive(m_shown.value(index)))
        return shown;
    WindowHost* first = alive(m_first);
    if (first && !m_firstUsed && !first->document()->isModified() &&
        first->document()->filePath().isEmpty()) {
        m_firstUsed = true;
        return first;
    }
    // A window makes the next one (with its own features); with none left
    // there is nowhere to show anything.
    return first ? first->openNewWindow() : nullptr;
}

WindowHost* RecoveryOffer::restore(int index) {
    if (index < 0 || index >= static_cast<int>(m_sessions.size()))
        return nullptr;
    const RecoveredSession& recovered = m_sessions[index];
    WindowHost* window = targetWindow(index);
    if (!window)
        return nullptr;
    // Unsaved work it is, and the window says so: closing asks, Save writes.
    window->adoptSession(recovered.session, recovered.entry.originalPath,
                         WindowHost::Adoption::Unsaved);
    // Safe under this process's own key before the old copy goes.
    const SessionFeature* session = window->feature<SessionFeature>();
    if (session && session->autosave()->writeNow())
        m_store.remove(recovered.entry.key);
    m_shown.remove(index);
    window->showStatus(
        QObject::tr("Restored from the automatic save of %1. Save to keep it.")
            .arg(QLocale().toString(recovered.entry.written.toLocalTime(), QLocale::ShortFormat)),
        15000);
    return window;
}

WindowHost* RecoveryOffer::show(int index) {
    if (index < 0 || index >= static_cast<int>(m_sessions.size()))
        return nullptr;
    WindowHost* window = targetWindow(index);
    if (!window)
        return nullptr;
    window->adoptSession(m_sessions[index].session, QString(), WindowHost::Adoption::Saved);
    m_shown.insert(index, window->widget());
    window->showStatus(
        QObject::tr("A copy of an automatic save, to look at. Restore it from the recovery "
                    "dialog to carry on with it."),
        15000);
    return window;
}

void RecoveryOffer::discard(int index) {
    if (index < 0 || index >= static_cast<int>(m_sessions.size()))
        return;
    m_store.remove(m_sessions[index].entry.key);
    if (WindowHost* shown = alive(m_shown.take(index))) {
        if (shown->widget() == m_first) {
            // The start window stays open; it goes back to a blank session.
            shown->newFromBlankTemplate();
        } else {
            shown->closeWindow();
        }
    }
}

void RecoveryOffer::runAtStart(WindowHost* first, const Answerer& answerer) {
    RecoveryOffer offer(Autosave::configuredDirectory(), first);
    if (!offer.collect())
        return;
    if (answerer) {
        answerer(offer);
        return;
    }
    RecoveryDialog dialog(offer.sessions(), offer.problems(), first ? first->widget() : nullptr);
    QObject::connect(&dialog, &RecoveryDialog::answered, &dialog,
                     [&offer](int index, RecoveryDialog::Answer answer) {
                         switch (answer) {
                         case RecoveryDialog::Answer::Restore:
                             offer.restore(index);
                             break;
                         case RecoveryDialog::Answer::Show:
                             offer.show(index);
                             break;
                         case RecoveryDialog::Answer::Discard:
                             offer.discard(index);
                             break;
                         }
                     });
    dialog.exec();
}

} // namespace tandem
