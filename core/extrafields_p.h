#pragma once

// Private to core's reader and writer (and core tests): what an ExtraFields
// holds. Nothing outside core/*.cpp includes this header, so the rest of the
// program never sees yaml-cpp.

#include "model.h"

#include <yaml-cpp/node/node.h>

#include <string>
#include <utility>
#include <vector>

namespace tandem {

// One unknown key and its value, deep-copied from the file.
using ExtraEntry = std::pair<std::string, YAML::Node>;

// Never changed once built: every ExtraFields that shares it reads the same
// values, so no copy can rebind a node another copy (an undo command's, a
// snapshot's) refers to.
struct ExtraFields::Data {
    std::vector<ExtraEntry> entries;
};

// Builds the fields from entries in file order; none gives an empty value.
ExtraFields makeExtraFields(std::vector<ExtraEntry> entries);
// The entries in file order; empty when there are none.
const std::vector<ExtraEntry>& extraEntries(const ExtraFields& extra);

} // namespace tandem
