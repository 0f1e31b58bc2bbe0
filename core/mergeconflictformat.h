#pragma once

#include "mergeconflict.h"

#include <QJsonArray>
#include <QString>

#include <vector>

namespace tandem {

// How `tandem check` lists a session's unresolved merge conflicts, in its
// three formats (docs/check-json.md for the JSON shape). Empty input gives an
// empty text and an empty array.
QString conflictsText(const std::vector<MergeConflict>& conflicts);
QString conflictsMarkdown(const std::vector<MergeConflict>& conflicts);
QJsonArray conflictsJson(const std::vector<MergeConflict>& conflicts);

} // namespace tandem
