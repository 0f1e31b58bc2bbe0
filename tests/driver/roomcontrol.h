#pragma once

#include "editorapp.h"

#include <QStringList>

namespace tandem::testdriver {

// `--room FILE [--listen ADDRESS] [--port N]` among the driver's arguments,
// as `tandem --room` takes them: removes them from `arguments` (leaving the
// files) and says how to open the room.
RoomStart takeRoomArguments(QStringList& arguments);

// With TANDEM_TEST_ROOM_CONTROL=1, a test plays the facilitator of the
// first window's room through standard input, one command a line, and reads
// "done: COMMAND" (or "refused: COMMAND") on standard output:
//   vote N       starts a vote with N dots for each participant on the
//                notes of the open block (Value Propositions unless the
//                presenter or the room panel chose another)
//   result       shows the vote's result (the dots go into the notes' votes)
//   end          ends the vote
// The room's tests in a real browser (tests/room) vote through it.
void controlRoomFromStandardInput(MainWindow* first);

} // namespace tandem::testdriver
