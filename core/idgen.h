#pragma once

#include <QString>

#include <functional>

namespace tandem {

// New element and chain ids that stay short and readable ("vp-k3f9") but do
// not collide when two people add notes to the same block on two branches:
// the suffix is four random base-36 characters rather than a count, so the
// chance that two machines pick the same one for the same block is about one
// in 1.7 million per pair of notes. Existing ids are never changed.
class IdGenerator {
public:
    // Returns prefix + "-" + a random suffix for which taken() is false.
    // Falls back to longer suffixes if the short ones keep being taken.
    static QString fresh(const QString& prefix, const std::function<bool(const QString&)>& taken);
    // The part of an id before its last '-' ("vp" for "vp-4"), or the whole
    // id when it has none: the prefix a renamed copy keeps.
    static QString prefixOf(const QString& id);
};

} // namespace tandem
