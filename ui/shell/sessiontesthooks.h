#pragma once

namespace tandem {

class MainWindow;

// What runs once the first window is up: the offer to recover sessions a
// crashed Tandem autosaved (RecoveryOffer), then the test hooks below.
//
// TEST HOOKS, for tests that run the real executable (tests/cli); each is
// inert unless its environment variable is set:
//   TANDEM_TEST_EDIT_NOTE=TEXT     adds a note with TEXT to Key Partners of
//                                  the first window, as a user would.
//   TANDEM_TEST_REPORT=DIR         once started, writes each window's session
//                                  to DIR/window-N.tandem.yaml (N in the order
//                                  the windows were made), prints one line
//                                  per window and exits without saving.
//   TANDEM_TEST_QUIT_AFTER_FIRST_PAINT=1
//                                  exits as soon as the first window's canvas
//                                  has painted once: start-up benchmarks.
// With TANDEM_TEST_RECOVERY_ANSWER (recoveryoffer.h), TANDEM_TEST_LOCK_ANSWER
// (filelock.h), TANDEM_RECOVERY_DIR and TANDEM_AUTOSAVE_INTERVAL_MS
// (autosave.h) they let a test crash Tandem and look at what comes back.
void runStartupSessionTasks(MainWindow* first);

} // namespace tandem
