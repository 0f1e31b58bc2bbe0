#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tandem {

// One piece of a YAML file that yaml-cpp can parse on its own.
struct YamlPiece {
    std::string_view text; // the pieces, one after the other, are the file
    // Empty for a mapping of top-level keys (the first piece is always one).
    // Otherwise the key of the top-level list that the piece before left
    // open: this piece holds more of its items (lines "  - ...").
    std::string_view continuesList;
    // The first line of the next piece; empty for the last piece.
    std::string_view nextLine;
};

// What yaml-cpp must parse for a piece: "KEY:" before a piece of list
// items, so that they sit where they sit in the file, and after it the
// first line of the next piece, so that yaml-cpp sees the end of the piece
// as in the whole file (a multi-line scalar left open, say, can end a file
// but not come before a key). That line reads as one more entry or list
// item, which the walk leaves out. storage holds the text when it is not
// simply a part of the file.
std::string_view yamlToParse(const YamlPiece& piece, std::string& storage);

// Cuts a large YAML file into up to maxPieces pieces of roughly equal size,
// so that they can be parsed on several cores and walked as one file.
//
// It cuts only where the pieces parse to exactly what the whole file would:
// at a top-level key, or between the items of a top-level list named in
// listKeys whose items sit at two spaces ("links:\n  - ...", as Tandem
// writes them). A piece that continues a list always ends where that list
// does. Any line it does not understand at the top level (a document
// marker, a directive, a quoted or complex key, a compact list, text at
// column 1, a tab) makes it give the whole file back as one piece.
//
// A cut inside a quoted scalar or a flow collection is not detected here:
// the piece before it then fails to parse, and the caller must fall back to
// parsing the whole file (which also gives the right message and line).
// Pieces are never smaller than minPieceBytes.
std::vector<YamlPiece> splitYamlForParsing(std::string_view text, int maxPieces,
                                           std::size_t minPieceBytes,
                                           std::span<const std::string_view> listKeys);

} // namespace tandem
