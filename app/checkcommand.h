#pragma once

#include <QStringList>

namespace tandem {

// `tandem check [--format text|markdown|json] [--snapshot NAME] FILE`: loads a
// session, runs the alignment rules (core/alignment.h) and prints the report
// on stdout. `arguments` are the words after "check".
// Returns the process exit code: 0 no gap found, 1 at least one gap, 2 the
// file cannot be loaded (FILE:LINE: problem on stderr) or bad usage.
int runCheckCommand(const QStringList& arguments);

} // namespace tandem
