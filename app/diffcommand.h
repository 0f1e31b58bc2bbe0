#pragma once

#include <QStringList>

namespace tandem {

// `tandem diff [--format text|json] A B`: what changed from the current
// canvases of session A to those of session B.
// `tandem diff [--format text|json] --snapshot NAME A [B]`: from snapshot NAME
// of A to the current canvases of A (or of B).
// `tandem diff --textconv FILE`: a line-per-note outline of FILE for git's
// textconv (docs/git-diff.md). A file that is not a valid session (a merge
// conflict in the working tree, an old broken revision) is printed as it is,
// with the problem on stderr, so that `git diff` and `git log -p` keep going.
// `arguments` are the words after "diff". Returns the process exit code:
// 0 no differences (and for --textconv whenever the file can be read), 1 differences, 2 a file
// cannot be loaded (FILE:LINE: problem on stderr), an unknown snapshot or bad
// usage.
int runDiffCommand(const QStringList& arguments);

} // namespace tandem
