#pragma once

#include "model.h"

#include <QString>

#include <yaml-cpp/node/node.h>

#include <span>

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

// One piece of a file cut by splitYamlForParsing(), parsed on its own as
// yamlToParse() gives it: always a mapping.
struct ParsedPiece {
    YAML::Node root;
    // Its first entry holds more items of the last list of the piece before.
    bool continuesList = false;
    // The line (0-based, in the text parsed) where the first line of the
    // next piece is; -1 for the last piece. That line must read as the last
    // entry, or the last item of the last entry's list, starting there: the
    // walk leaves it out. Anything else (a quoted scalar that the line
    // closed, say) refuses, and the whole file is read instead.
    int nextLine = -1;
};

// The same for a file parsed in pieces, walked as one file. A successful
// walk gives the session the whole file would; its refusals can name wrong
// lines (each piece counts its own), so a caller that meets one should read
// the whole file again for the message.
Session parseSessionPieces(std::span<const ParsedPiece> pieces, qint64 nodeBudget, int maxDepth);

} // namespace tandem
