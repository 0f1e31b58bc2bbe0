#pragma once

#include "mergeconflict.h"
#include "model.h"

#include <vector>

namespace tandem {

// What a three-way merge produced: the merged session (its unresolved
// conflicts recorded in it, see conflictsOf()) and the conflicts this merge
// found, in the order they are recorded.
struct MergeResult {
    Session session;
    std::vector<MergeConflict> conflicts;
    // Ids given to elements and chains that both sides added under the same
    // id with different content (theirs gets the new id; links follow).
    int renamedIds = 0;

    bool clean() const { return conflictsOf(session).empty(); }
};

// Merges two sessions that both started from `base`, by identity rather than
// by line: elements, stages and chains by id, links by (from, to, kind),
// snapshots by name, the session details field by field, unknown keys by key.
// A change on one side is taken; the same change on both sides is taken once;
// different changes of the same field are a conflict that keeps ours in place.
// Removing something the other side changed or linked to is a conflict too:
// the changed thing is kept, so the result never holds a dangling link.
MergeResult mergeSessions(const Session& base, const Session& ours, const Session& theirs);

} // namespace tandem
