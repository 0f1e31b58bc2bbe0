#pragma once

#include "editorapp.h"

class QWidget;

namespace tandem::testdriver {

// The test driver's hooks (tests/driver, never in the installed tandem), for
// tests and benchmarks that run the editor as a user would and look at what
// came of it. Each is inert unless its environment variable is set:
//   TANDEM_TEST_EDIT_NOTE=TEXT     adds a note with TEXT to Key Partners of
//                                  the first window, as a user would.
//   TANDEM_TEST_REPORT=DIR         once started, writes each window's session
//                                  to DIR/window-N.tandem.yaml (N in the order
//                                  the windows were shown), prints one line
//                                  per window and exits without saving.
//   TANDEM_TEST_QUIT_AFTER_FIRST_PAINT=1
//                                  exits as soon as the first window's canvas
//                                  has painted once: start-up benchmarks.
//   TANDEM_TEST_RECOVERY_ANSWER=restore|show|discard|later
//                                  answers the recovery offer without a dialog
//                                  and prints what was offered.
//   TANDEM_TEST_ROOM_CONTROL=1     plays the facilitator of the room opened
//                                  with --room through standard input
//                                  (roomcontrol.h).
//   TANDEM_TEST_LOCK_ANSWER=readonly|cancel
//                                  answers "open in another Tandem" without a
//                                  dialog and prints the owner.
// With TANDEM_RECOVERY_DIR and TANDEM_AUTOSAVE_INTERVAL_MS (documented
// settings, autosave.h) they let a test crash Tandem and look at what comes
// back. Call once a QApplication exists, before runEditor().
EditorHooks hooksFromEnvironment();

// Ends the event loop once `widget` has painted a whole frame.
void quitAfterFirstPaint(QWidget* widget);

} // namespace tandem::testdriver
