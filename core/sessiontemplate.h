#pragma once

#include "model.h"

namespace tandem {

// "New from template": a fresh session that starts from any session's
// canvases (a bundled template, or last year's workshop). Texts, colours,
// tags, descriptions, positions and order are kept; every element, stage and
// chain gets a new short id in the document's style (vp-1, st-3, vc-1) so the
// copy shares no identity with its source, links follow their ends to the new
// ids, and what belongs to the source workshop is left behind: the session
// details (title "Untitled session"), snapshots and votes. Unknown fields on
// elements, chains, links and canvases are kept, as a round trip would.
Session sessionFromTemplate(const Session& source);

} // namespace tandem
