#pragma once

#include <QString>

#include <optional>
#include <string_view>

namespace tandem {

// A problem found in the raw bytes of a file before any YAML parsing.
struct PrescanIssue {
    int line = 0; // 1-based
    QString message;
};

// Checks the raw bytes of a would-be YAML file, in one cheap linear pass each,
// for what must never reach yaml-cpp: bytes that are not UTF-8 or are control
// characters, anchors and aliases (yaml-cpp turns them into shared nodes, so a
// "billion laughs" file or a cycle would blow up any walk of the tree),
// nesting deeper than maxDepth (yaml-cpp recurses once per level) and more
// than one document (YAML::Load would silently drop the rest).
//
// The scan is a small YAML tokenizer: it knows quoted scalars, block scalars,
// plain multi-line scalars, comments and flow collections well enough that an
// '&' or '*' inside text is not mistaken for an anchor.
std::optional<PrescanIssue> prescanYaml(std::string_view bytes, int maxDepth);

} // namespace tandem
