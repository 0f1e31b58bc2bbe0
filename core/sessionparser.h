#pragma once

#include "model.h"

#include <QString>

#include "yamltape.h"

#include <span>

namespace tandem {

// A refusal found while walking the YAML document: where and why.
struct SessionParseError {
    int line = 0; // 1-based, 0 when unknown
    QString message;
};

// Turns a parsed YAML document into a Session, checking every rule of the
// format (types, required fields, ids, links, colours, duplicate keys) on the
// way. Throws SessionParseError.
//
// nodeBudget bounds how many nodes unknown keys may hold in total: a
// document without aliases never has more nodes than its file has bytes, so
// this is a second line of defence behind the raw-byte alias check. maxDepth
// bounds their nesting.
Session parseSessionDocument(const yamlwalk::YamlTape& root, qint64 nodeBudget, int maxDepth);

// One piece of a file cut by splitYamlForParsing(), parsed on its own as
// yamlToParse() gives it: always a mapping.
struct ParsedPiece {
    yamlwalk::YamlTape root;
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
