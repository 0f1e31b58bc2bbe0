#pragma once

// Private to core: how a conflict's values and the merge's unknown keys are
// held as YAML nodes (the representation ExtraFields hides).

#include "extrafields_p.h"
#include "mergeconflict.h"

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>

namespace tandem {

// The name of a side in the file: "base", "ours", "theirs".
const char* mergeSideKey(MergeSide side);

// The value of one side, or nullopt when the side has none.
std::optional<YAML::Node> conflictValue(const MergeConflict& conflict, MergeSide side);
// Builds the values from each side's node (nullopt for none).
ExtraFields conflictValues(const std::optional<YAML::Node>& base,
                           const std::optional<YAML::Node>& ours,
                           const std::optional<YAML::Node>& theirs);

// Nodes for the typed fields, written as a reader would read them back.
YAML::Node textNode(const QString& text);
YAML::Node textListNode(const QStringList& texts);
YAML::Node plainNode(const std::string& scalar); // numbers: written plain
// One node as YAML text, for comparing values.
std::string nodeText(const YAML::Node& node);

} // namespace tandem
