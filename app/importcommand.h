#pragma once

#include <QStringList>

namespace tandem {

// `tandem import IN... (-o OUT.tandem.yaml | --into SESSION [-o OUT])
// [--block KEY] [--title TITLE]`: reads notes from CSV, Markdown or plain
// text files (by suffix; plain text goes into --block) and writes a new
// session, or adds them to an existing one (written back to SESSION unless
// -o names another file). `arguments` are the words after "import".
//
// All or nothing: when any row of any input cannot be used, each is named on
// stderr as FILE:LINE: problem, nothing is written, and the exit code is 2.
// Warnings (a column left out) go to stderr too, and the import goes on.
// Returns 0 written, 1 the output could not be written, 2 bad input or usage.
int runImportCommand(const QStringList& arguments);

} // namespace tandem
