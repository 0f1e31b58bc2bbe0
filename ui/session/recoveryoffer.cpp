#include "recoveryoffer.h"

#include "autosave.h"
#include "canvasview.h"
#include "document.h"
#include "mainwindow.h"
#include "sessionfeature.h"

#include <QDir>
#include <QLocale>
#include <QStatusBar>
#include <QTextStream>
#include <QTimer>
#include <QUndoStack>

#include <cstdio>

namespace tandem {

RecoveryOffer::RecoveryOffer(const QString& directory, MainWindow* first)
    : m_store(directory)
    , m_first(first) {}

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

MainWindow* RecoveryOffer::targetWindow(int index) {
    if (MainWindow* shown = m_shown.value(index))
        return shown;
    MainWindow* first = m_first;
    if (first && !m_firstUsed && !first->document()->isModified() &&
        first->document()->filePath().isEmpty()) {
        m_firstUsed = true;
        return first;
    }
    auto* window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    return window;
}

MainWindow* RecoveryOffer::restore(int index) {
    if (index < 0 || index >= static_cast<int>(m_sessions.size()))
        return nullptr;
    const RecoveredSession& recovered = m_sessions[index];
    MainWindow* window = targetWindow(index);
    Document* document = window->document();
    document->resetSession(recovered.session);
    document->setFilePath(recovered.entry.originalPath);
    // Unsaved work it is, and the window says so: closing asks, Save writes.
    document->undoStack()->resetClean();
    // Safe under this process's own key before the old copy goes.
    if (window->sessionFeature()->autosave()->writeNow())
        m_store.remove(recovered.entry.key);
    m_shown.remove(index);
    window->statusBar()->showMessage(
        QObject::tr("Restored from the automatic save of %1. Save to keep it.")
            .arg(QLocale().toString(recovered.entry.written.toLocalTime(), QLocale::ShortFormat)),
        15000);
    QTimer::singleShot(0, window->view(), [view = window->view()] { view->zoomToFit(); });
    return window;
}

MainWindow* RecoveryOffer::show(int index) {
    if (index < 0 || index >= static_cast<int>(m_sessions.size()))
        return nullptr;
    MainWindow* window = targetWindow(index);
    window->document()->resetSession(m_sessions[index].session);
    window->document()->setFilePath(QString());
    m_shown.insert(index, window);
    window->statusBar()->showMessage(
        QObject::tr("A copy of an automatic save, to look at. Restore it from the recovery "
                    "dialog to carry on with it."),
        15000);
    QTimer::singleShot(0, window->view(), [view = window->view()] { view->zoomToFit(); });
    return window;
}

void RecoveryOffer::discard(int index) {
    if (index < 0 || index >= static_cast<int>(m_sessions.size()))
        return;
    m_store.remove(m_sessions[index].entry.key);
    if (MainWindow* shown = m_shown.take(index)) {
        if (shown == m_first) {
            // The start window stays open; it goes back to a blank session.
            shown->newFromBlankTemplate();
        } else {
            shown->close();
        }
    }
}

void RecoveryOffer::runAtStart(MainWindow* first) {
    RecoveryOffer offer(Autosave::configuredDirectory(), first);
    if (!offer.collect())
        return;
    const QString testAnswer = qEnvironmentVariable("TANDEM_TEST_RECOVERY_ANSWER");
    if (!testAnswer.isEmpty()) {
        // Test hook (tests/cli/test_recovery_kill.cpp): no dialog; say what
        // was offered and answer everything the same way.
        QTextStream out(stdout);
        for (const QString& problem : offer.problems())
            out << "recovery problem: " << problem << '\n';
        for (int i = 0; i < static_cast<int>(offer.sessions().size()); ++i) {
            const RecoveredSession& recovered = offer.sessions()[i];
            out << "recovery offered: key=" << recovered.entry.key
                << " original=" << recovered.entry.originalPath
                << " title=" << recovered.session.info.title
                << " notes=" << recovered.session.state.elementCount() << '\n';
            out << "recovery " << testAnswer << ": key=" << recovered.entry.key << '\n';
            out.flush();
            if (testAnswer == QLatin1String("restore"))
                offer.restore(i);
            else if (testAnswer == QLatin1String("show"))
                offer.show(i);
            else if (testAnswer == QLatin1String("discard"))
                offer.discard(i);
        }
        return;
    }
    RecoveryDialog dialog(offer.sessions(), offer.problems(), first);
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
