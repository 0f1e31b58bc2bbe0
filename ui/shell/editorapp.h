#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QApplication;

namespace tandem {

class MainWindow;
class RecoveryOffer;

// What a start of the editor can be given besides its files: the test
// driver's answers and checks (tests/driver). The shipped tandem gives none.
struct EditorHooks {
    // Answers the offer to recover autosaved sessions instead of the dialog.
    std::function<void(RecoveryOffer& offer)> answerRecovery;
    // Runs once the windows are up and the recovery offer was answered.
    std::function<void(MainWindow* first)> started;
};

// `tandem --room FILE [--port N] [--listen ADDRESS]`: the first window opens
// the workshop room and prints its join address on standard output.
struct RoomStart {
    bool open = false;
    quint16 port = 0;
    QString listen; // empty: the machine's local-network addresses
};

// Sets up the application (bundled font, style, icons) and shows the editor
// with the given session files, or an untitled session; then offers back
// what a Tandem that did not close properly autosaved. Returns app.exec().
int runEditor(QApplication& app, const QStringList& files, const EditorHooks& hooks = {},
              const RoomStart& room = {});

// Loads the bundled font and sets application-wide defaults. Safe to call
// more than once; used by the editor, the exporters and the UI tests.
void initializeApplicationResources();

} // namespace tandem
