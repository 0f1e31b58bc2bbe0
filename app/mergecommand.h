#pragma once

#include <QStringList>

namespace tandem {

// `tandem merge [--output FILE] BASE OURS THEIRS`: a three-way merge of
// sessions by element (core/sessionmerge.h), usable as a git merge driver
// (`tandem merge %O %A %B`, docs/git-merge.md). Writes the merged session
// over OURS, or to FILE. Returns 0 when clean, 1 when conflicts remain
// (recorded in the file, listed on stderr), 2 when a side cannot be loaded or
// the command line is wrong; then nothing is written.
int runMergeCommand(const QStringList& arguments);

} // namespace tandem
