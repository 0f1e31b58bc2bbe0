#pragma once

#include "model.h"

#include <QString>

#include <yaml-cpp/node/node.h>

namespace tandem {

// A refusal found while walking the YAML tree: where and why.
struct SessionParseError {
    int line = 0; // 1-based, 0 when unknown
    QString message;
};

// Turns a parsed YAML tree into a Session, checking every rule of the format
// (types, required fields, ids, links, colours, duplicate keys) on the way.
// Reads only through const nodes: yaml-cpp's non-const operator[] would
// insert keys. Throws SessionParseError.
//
// nodeBudget bounds how many nodes unknown keys may hold in total: a tree
// without aliases never has more nodes than its file has bytes, so this is a
// second line of defence behind the raw-byte alias check. maxDepth bounds
// their nesting, which also stops a cycle.
Session parseSessionTree(const YAML::Node& root, qint64 nodeBudget, int maxDepth);

} // namespace tandem
