#pragma once

#include "mergeconflict.h"

#include <QString>

namespace tandem {

class Document;

// Resolving a merge conflict in an open document (core/mergeconflict.h): one
// gesture, one undo step that puts the chosen value in place and removes the
// conflict. Return false (and push nothing) for an index out of range or a
// conflict that cannot be edited.
bool resolveConflict(Document& document, int index, MergeSide side);
bool resolveConflictWith(Document& document, int index, const QString& value);

} // namespace tandem
