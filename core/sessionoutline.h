#pragma once

#include "model.h"

#include <QString>

namespace tandem {

// A plain-text outline of a whole session for git: session details, then each
// non-empty block as a `[Block]` header with one note per line, then links by
// the texts of their ends, then each snapshot the same way. Made for
// `tandem diff --textconv`, so that `git diff` shows added, removed and
// changed notes by name. The output depends on the session only (no paths, no
// clock), positions are left out (every drag would show up), and each note
// stays on one line; its description follows on indented `| ` lines.
// Amounts and link weights are details of their line, and a state with
// amounts ends with its money figures as `tandem check` gives them.
QString formatSessionOutline(const Session& session);

} // namespace tandem
