#pragma once

// Private to core's reader and writer: votes as a file holds them.

#include "model.h"

#include <yaml-cpp/node/node.h>

namespace tandem {

// The counted entries (isCountedVote()) of a `votes` value; a value that is
// not a mapping holds none. Reads through const nodes only.
Votes votesFromYaml(const YAML::Node& value);

// True when the writer, given `votes` read from `value`, writes exactly what
// the file holds: then the typed field alone keeps them. Otherwise (a
// hand-edited file: block style, an entry that does not count, a name that
// needs quotes) the reader also keeps the value as the file had it, and the
// writer writes that back until the votes change.
bool votesWriteBackAsRead(const YAML::Node& value, const Votes& votes);

} // namespace tandem
